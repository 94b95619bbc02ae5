// Issue 17: a short article is an article. A folder of one-sentence news items (the seeds' own sentences, one a
// file, in .txt, .md and .html) beside files that are only page furniture, written by bench/short-items.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { buildCoverage, type Coverage } from '../src/answers/coverage';
import type { Corpus } from '../src/corpus/schema';
import {
  writeShortItems,
  bulletinSentences,
  tally,
  FURNITURE_DEV,
  FURNITURE_HELD_OUT,
  FURNITURE_UNTOUCHED,
  FURNITURE_FRESH,
  FURNITURE_READER,
  type ShortItems,
} from '../bench/short-items';

let dir: string;
let items: ShortItems;
let sentences: string[];
let corpus: Corpus;
let coverage: Coverage;

beforeAll(async () => {
  const seeds = await loadCorpus(join(__dirname, '../data'));
  sentences = bulletinSentences(seeds.articles.flatMap((a) => a.sentences.map((s) => s.text)));
  dir = await mkdtemp(join(tmpdir(), 'short-items-'));
  items = await writeShortItems(
    dir,
    sentences,
    [...FURNITURE_DEV, ...FURNITURE_HELD_OUT, ...FURNITURE_UNTOUCHED, ...FURNITURE_FRESH, ...FURNITURE_READER],
    '2012-03-13',
    5,
  );
  corpus = await loadCorpus(dir);
  coverage = buildCoverage(corpus);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fileOf = (sentence: string) => items.news[sentences.indexOf(sentence)];

describe('short articles', () => {
  it('keeps every one-sentence news item and drops the furniture files', () => {
    const t = tally(
      items,
      corpus.articles.map((a) => a.file),
    );
    console.log(
      `short items: news kept ${t.newsKept}/${t.news}, furniture dropped ${t.furnitureDropped}/${t.furniture}`,
    );
    expect(t.news).toBeGreaterThan(80);
    expect(t.newsDropped).toEqual([]);
    // Every furniture file is dropped: the development, held-out, second pass's untouched, third pass's fresh and
    // fourth pass's reader lists (all development now).
    expect(t.furnitureKept).toEqual([]);
  });

  it('names what a dropped file held', () => {
    const subscribe = items.furniture[FURNITURE_DEV.indexOf('Subscribe now')];
    expect(corpus.warnings.find((w) => w.file === subscribe)?.message).toBe(
      "skipped: no article text found in it (only page furniture: 'Subscribe now')",
    );
  });

  it('keeps the example of issue 17 in every format', async () => {
    const d = await mkdtemp(join(tmpdir(), 'short-one-'));
    try {
      const s =
        'Current Chief Operating Officer Mike Butcher and Group Chief Financial Officer Alex Arena will report to So.';
      const written = await writeShortItems(d, [s, s, s], ['Share this']);
      const c = await loadCorpus(d);
      expect(c.articles.map((a) => a.file).sort()).toEqual(written.news.sort());
      for (const a of c.articles) expect(a.paragraphs).toEqual([s]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('decides alike for .txt, .md and .html, and says why a dropped file was dropped', async () => {
    const news = [
      // An embedded post, signed as the platform signs it, with no full stop of its own.
      "I'll continue to help the island recover — Rick Scott (@ScottforFlorida) September 13, 2018",
      // A sentence whose full stop was lost, in sentence case and with a finite verb.
      'On Friday, the government eased restrictions on imports of most goods from the region',
      // A footnote's number after the full stop; a bullet before a sentence; a thread carried on.
      'Residents dumped waste into the river, which also served as the city’s drinking water supply.2',
      '►The senator has “relinquished the core duties of the office,” the economist wrote.',
      '….The country should not be penalized because we are doing so well.',
      // Verbs the tagger reads as nouns.
      'The Dow Jones industrial average fell 10.89 points, or 0.11 percent, to 9,837.94.',
      'However, the group points to a number of conflicting standards and media formats.',
      // A prompt's words in a sentence that reports.
      '“His seat is not vacant,” the lawyer said Thursday, the day before the period to sign up for the election was set to expire.',
      // The second person in news: a quotation with its marks, a speaker's words printed without them, a report.
      '“You have to look at your own budget first,” the governor told the mayors on Tuesday.',
      'You can expect lawmakers to return to the budget fight after the holiday recess.',
      'Readers who emailed the council were told their complaints would be answered within a week.',
    ];
    const furniture = [
      'Subscribe now\nShare this',
      'DOJ Watchdog Puts Final Nail In The Dossier Coffin',
      'See the polls behind the forecast: All state polls and polling averages »',
      'Image copyright Reuters Image caption The leading candidates will be hoping to repeat their success later on Tuesday',
      'Follow their accounts and our Facebook page for ongoing updates from the field.',
      'We value your privacy. We and our partners store and access information on your device.',
      // The site addressing its reader about the reader's own things, or asking to be written to.
      'You have reached your limit of free articles this month.',
      'Have a news tip? Email us at tips@example.com.',
      'Questions about a delivery? Write to us and a member of our team will answer within two days.',
      'Corrections and clarifications can be sent to the readers’ editor at readers@example.org.',
      // A list of headlines in sentence case: each alone would read as a sentence that lost its full stop.
      [
        'Most read',
        'Police say the suspect fled the scene after the shooting on Main Street',
        'City council votes to raise parking fees for the third year in a row',
        'Local bakery wins a national award for its sourdough bread this week',
      ].join('\n'),
    ];
    const d = await mkdtemp(join(tmpdir(), 'short-formats-'));
    try {
      // Each text three times in a row, so writeShortItems gives it a .txt, an .md and an .html file.
      const triple = (xs: string[]) => xs.flatMap((x) => [x, x, x]);
      const written = await writeShortItems(d, triple(news), triple(furniture));
      const c = await loadCorpus(d);
      const loaded = new Set(c.articles.map((a) => a.file));
      expect(written.news.filter((f) => !loaded.has(f))).toEqual([]);
      expect(written.furniture.filter((f) => loaded.has(f))).toEqual([]);
      for (const f of written.furniture.slice(0, 3)) {
        expect(f).toMatch(/\.(?:txt|md|html)$/);
        expect(c.warnings.find((w) => w.file === f)?.message).toBe(
          "skipped: no article text found in it (only page furniture: 'Subscribe now', 'Share this')",
        );
      }
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('drops a page that talks about itself or to its reader, and keeps news that quotes a site or an official addressing people', async () => {
    const news = [
      // A site's or an official's words, reported.
      'Residents were told to log in to the state portal to claim aid.',
      '‘Subscribe to our channel,’ the militant group’s video said.',
      'The newspaper said the article was removed after complaints from readers.',
      'Call 911 if you see the suspect, police said in a statement on Tuesday.',
      'The ministry said comments on the draft law will be reviewed before it goes to parliament.',
      // The page's words in a report of the world: subscribers, signing in, comments someone made, this story.
      'Netflix lost 200,000 subscribers in the first quarter, its first decline in a decade.',
      'Users must now sign in with a government ID to post comments on the ministry’s website.',
      'The state representative has been accused of harassment, including inappropriate comments to staff.',
      'The agency will accept public comments on the proposal until March 3.',
      'Ford declined to comment for this article.',
      'Our reporting found that 40 percent of the city’s inspectors had never visited the plants they certified.',
      'This story began in 2014, when a retired teacher in Ohio noticed her water had turned brown.',
      // The second person in a speaker's words printed without marks, and an author's view.
      'Your vaccination makes it harder for other people you come in contact with to catch the disease.',
      'I hope you won’t read this piece as a defense of the regime.',
      'At some point during the caucus, you have to show your support for a candidate.',
      'Imagine the government handing you a check for $52,000 to defray the costs of raising your teenager.',
      // A live report's update, seats reserved for members, a source out of reach.
      'Update: Police have arrested a suspect in the shooting at the mall.',
      'The front rows are reserved for members of Congress and their guests.',
      'The company’s spokesman could not be reached for comment on Tuesday.',
      // Comments an agency takes in, and a speaker's "we".
      'Comments on the proposal will be reviewed by the agency before a final rule is issued.',
      'We are a nation of immigrants, and we will remain one.',
    ];
    const furniture = [
      // The article about itself: availability, editors' notes.
      'This article is only available to subscribers.',
      'This piece has been updated to correct the spelling of a name.',
      'This story is part of our ongoing coverage of the election.',
      // The reader addressed about the page: "you", "your", an imperative, a question before one.
      'You have 2 free articles remaining this month.',
      'Your comment has been submitted and is awaiting moderation.',
      'Sign in or subscribe to continue reading this article.',
      'Already a member? Log in to continue reading this story.',
      'Our reporters rely on readers. Donate today to support our journalism.',
      'Questions or comments about this story? Write to the editor.',
      'Contact our editorial team at any time with corrections.',
      // The comment box and disclaimers.
      'We moderate every comment. Off-topic comments may be deleted.',
      'The opinions expressed in this article are the author’s own.',
      'Commenting has been disabled on this article.',
      // The page's apology and its terms of access.
      'Sorry, this video is no longer available.',
      'An account is required to view this page.',
      'Access to this story is reserved for our members.',
      'Get 3 months for $1 and enjoy everything we publish.',
      // The editor's and the writer's notes.
      'Editor’s note: This story contains graphic descriptions of violence.',
      'This interview has been edited for length and clarity.',
      'Staff writer Jane Doe can be reached at 555-0100.',
      'Letters to the editor may be edited for length and clarity.',
      // The site saying what it is, and selling its alerts.
      'We’re a nonprofit newsroom powered by readers.',
      'Get breaking news alerts on your phone.',
      // A box of links under its heading, the headlines in sentence case.
      'Stories you might have missed\nCity council approves new budget for the coming year after long debate',
    ];
    const d = await mkdtemp(join(tmpdir(), 'short-page-talk-'));
    try {
      const written = await writeShortItems(d, news, furniture);
      const c = await loadCorpus(d);
      const loaded = new Set(c.articles.map((a) => a.file));
      expect(news.filter((_, i) => !loaded.has(written.news[i]))).toEqual([]);
      expect(furniture.filter((_, i) => loaded.has(written.furniture[i]))).toEqual([]);
      // The warning names the line, so a user can tell a paywall from a dropped report.
      expect(c.warnings.find((w) => w.file === written.furniture[0])?.message).toBe(
        "skipped: no article text found in it (only page furniture: 'This article is only available to subscr…')",
      );
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('takes part in quotations, figures, sources and copy families', () => {
    const quoted = sentences.find(
      (s) =>
        /“[^”]{20,}[,.]” (?:he|she|\p{Lu}\p{L}+) said/u.test(s) ||
        /"[^"]{20,}[,.]" (?:he|she|\p{Lu}\p{L}+) said/u.test(s),
    )!;
    expect(quoted).toBeDefined();
    const words = quoted
      .match(/["“]([^"”]+)/)![1]
      .split(/\s+/)
      .slice(0, 4)
      .join(' ');
    const quotes = coverage.quote(words).quotes;
    expect(quotes.flatMap((q) => q.articles.map((a) => a.id))).toContain(fileOf(quoted).replace(/\.\w+$/, ''));

    const figure = sentences.find((s) => /more than 5,400 people have been killed/.test(s))!;
    const toll = coverage.toll({}).estimates.filter((e) => e.display.includes('5,400'));
    expect(toll.flatMap((e) => e.articles.map((a) => a.id))).toContain(fileOf(figure).replace(/\.\w+$/, ''));

    const sources = coverage.sources('more than 5,400 people have been killed in the government crackdown');
    expect(sources.matches.map((m) => m.id)).toContain(fileOf(figure).replace(/\.\w+$/, ''));

    const families = coverage.articles().families ?? [];
    const reprinted = families.find((f) => f.copies.some((c) => c.id === 'reprint-0000'));
    expect(reprinted?.original).toBe(items.news[0].replace(/\.\w+$/, ''));
  });
});
