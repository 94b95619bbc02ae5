// The cleaning of each seed page: page furniture goes, every sentence of the reporting stays.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/corpus/article';

// The seeds are the default corpus, data/; numbered here in the order of data/corpus.json (000 msnbc.com, 001 Haaretz,
// 002 Afghanistan Azad, 003 The Moscow Times, 004 The Christian Science Monitor), read as plain text like any page.
const SEEDS = join(__dirname, '../data');
const seed = (prefix: string) => {
  const manifest: { articles: { file: string }[] } = JSON.parse(readFileSync(join(SEEDS, 'corpus.json'), 'utf8'));
  const file = manifest.articles[Number(prefix)].file;
  const article = buildArticle({ id: prefix, file, format: 'txt', text: readFileSync(join(SEEDS, file), 'utf8') });
  return { article, body: article.paragraphs.join('\n') };
};

const FURNITURE = [
  'Skip to',
  'Subscribe',
  'Contribute Today',
  'Support The',
  'Back to slideshow navigation',
  'Read Comments',
  'Yair Lapid',
  'Boston Marathon',
  'Danny Bent',
  'Kinneret',
  'Comment on this story',
  'loading photos',
  "Editor's note",
  'votes comments',
  'Slideshow',
  'Video:',
  'Image:',
  'Str  /  AP',
  'Japaridze',
  'Become a fan',
  'Read more',
  'graphic content',
  'Most active discussions',
  'Special Offer',
  'afgazad@gmail.com',
];

describe.each(['000', '001', '002', '003', '004'])('seed %s', (prefix) => {
  it('drops the page furniture', () => {
    const { body } = seed(prefix);
    for (const f of FURNITURE) expect(body, f).not.toContain(f);
    // The Persian masthead and verse of the Markdown reprint.
    expect(body).not.toMatch(/[\u0600-\u06FF]/);
  });
});

describe('the reporting survives', () => {
  it('msnbc.com: from the lead to the last quotation, captions and slideshow gone', () => {
    const { body } = seed('000');
    for (const s of [
      'Russia will not stop selling arms to Syria, a top defense official said Thursday',
      'Last month, Russia reportedly signed a $550-million deal to sell combat jets to Syria.',
      '"It\'s way too soon in my judgment to know whether ultimately there will be agreement,"',
      'Wahhab said Assad told him he will end the uprising, because "the cost of chaos is much worse than the cost of decisiveness."',
      'The three-week assault on the rebellious city in 1982 leveled entire neighborhoods',
      'Graffiti on the walls read: "Hafez died, and Hama didn\'t. Bashar will die, and Hama won\'t."',
      '"They want to kill the memory and they do not want us to remember," said an activist in the city',
      'However Hama activists said fire trucks washed away the dye.',
    ])
      expect(body).toContain(s);
    expect(body).not.toContain('Syrian rebels take their position behind a wall'); // photo caption
    expect(body).not.toContain('Rastan area in Homs province, central Syria, on Tuesday.'); // slideshow
    expect(body).not.toContain('contributed to this report'); // a credit, kept apart for provenance
  });

  it('Haaretz: the whole story, up to the graffiti line with its missing closing mark, and no teasers', () => {
    const { article, body } = seed('001');
    expect(article.paragraphs[0]).toContain('Moscow has been one of Syria');
    expect(article.paragraphs.at(-1)).toBe(
      "Graffiti on the walls read: \"Hafez died, and Hama didn't. Bashar will die, and Hama won't.",
    );
    expect(body).not.toContain('Deir Balaba'); // photo caption with its credit
    expect(body).not.toContain('Alshawamreh');
  });

  it('the AP reprint in Markdown: its own headline, all the reporting, link syntax gone', () => {
    const { article, body } = seed('002');
    expect(article.title).toBe('Russia says it will keep selling weapons to Syria');
    expect(article.paragraphs[0]).toMatch(/^Russia has no intention of curtailing military cooperation/);
    expect(body).toContain(
      'Antonov dismissed allegations that Russia has sent special forces officers to assist government forces.',
    );
    expect(article.paragraphs.at(-1)).toMatch(
      /^"A unilateral pullout of government forces would be absolutely unrealistic/,
    );
    expect(body).not.toContain('](');
    expect(body).not.toContain('www.afgazad.com');
  });

  it('The Moscow Times: no donation prompt, every paragraph of the story', () => {
    const { article } = seed('003');
    expect(article.paragraphs[0]).toMatch(/^A senior defense official said Tuesday/);
    expect(article.paragraphs).toHaveLength(16);
    expect(article.paragraphs.at(-1)).toMatch(/^Syria's ambassador to Moscow said Monday/);
  });

  it('The Christian Science Monitor: the lead that follows a photo credit survives, the caption before it does not', () => {
    const { article, body } = seed('004');
    expect(body).toContain('Russia has no intention of rethinking its weapons sales');
    expect(body).not.toContain('In this August 2009 file photo');
    expect(body).not.toContain('Skip to next paragraph');
    expect(article.paragraphs.at(-1)).toMatch(/^But US Secretary of State Hillary Clinton said/);
    expect(body).not.toContain('athlete-adventurer');
  });

  it('keeps reporting that happens to open with a word web pages use for buttons', () => {
    const lead =
      'Home prices rose 3 percent in May from a year earlier, the agency said on Tuesday in its monthly report.';
    const next =
      'Search teams found two more survivors overnight, and officials said the effort would go on through the week.';
    const third =
      'Share prices of the largest banks fell sharply after the announcement, traders said late in the day.';
    const article = buildArticle({
      id: 'x',
      file: 'x.txt',
      format: 'txt',
      text: ['Share', 'Home', '', lead, '', next, '', third].join('\n'),
    });
    expect(article.paragraphs).toEqual([lead, next, third]);
  });

  it('keeps a sentence that introduces a quotation, a hard-wrapped paragraph and dash-signed quotations', () => {
    const text = [
      'Readers Speak Out About the Candidates',
      '',
      'In a long interview on Monday, the senator told the editorial board of the paper:',
      '',
      '"We will not give up on this bill, whatever the polls say about it this week," she said.',
      '',
      'The former governor, who has run twice before, called the plan a mistake that would cost the state',
      'billions of dollars over the next decade, and said he would campaign against it.',
      '',
      '“I have never voted for a Republican before, but this year I might.” ― Maria Lopez',
      '“He does not speak for me or for anyone I know in this town.”― John Smith.',
      '',
      'Getty Images',
      '',
    ].join('\n');
    const body = buildArticle({ id: 'x', file: 'x.txt', format: 'txt', text }).paragraphs;
    expect(body[0]).toBe('In a long interview on Monday, the senator told the editorial board of the paper:');
    expect(body).toContain(
      'The former governor, who has run twice before, called the plan a mistake that would cost the state billions of dollars over the next decade, and said he would campaign against it.',
    );
    expect(body.filter((p) => /― (?:Maria Lopez|John Smith)/.test(p))).toHaveLength(2);
  });

  it('keeps credit lines it removed where provenance can see them', () => {
    expect(seed('003').article.clutter).toContain('(AP, Reuters)');
    expect(seed('000').article.clutter.join('\n')).toContain('Str / AP');
  });
});
