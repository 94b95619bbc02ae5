// Attribution rules, one news convention per case, on made-up paragraphs; then people merged across articles.
// The PolNeAR floors are checked by `npm run eval:quotes` (bench/eval-quotes.ts), not here.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../src/extract/quote-attribute';
import { speakerLabel } from '../src/extract/quote-merge';
import { classifySubject, parseName } from '../src/extract/speakers';
import { answerQuote, buildQuoteBook, listSpeakers } from '../src/answers/quote';
import type { Article, Corpus } from '../src/corpus/schema';
import { article as makeArticle } from './helpers/article';

/** Who the article has saying each quotation, in order. */
function speakers(...paragraphs: string[]): (string | null)[] {
  return attributeQuotes(paragraphs)
    .quotes.filter((q) => !q.scare)
    .map((q) => speakerLabel(q.speaker));
}

/** An article whose outlet is the first part of its id ("wire-1" is from "wire"). */
function article(id: string, published: string, paragraphs: string[]): Article {
  return makeArticle(id, id.split('-')[0], published, paragraphs);
}

describe('names, roles and descriptions', () => {
  it('peels the role off a titled name', () => {
    expect(classifySubject("Russia's Deputy Defense Minister Anatoly Antonov")).toMatchObject({
      kind: 'person',
      name: 'Anatoly Antonov',
      role: "Russia's Deputy Defense Minister",
    });
    expect(classifySubject('U.S. Ambassador to the United Nations Susan Rice')).toMatchObject({
      kind: 'person',
      name: 'Susan Rice',
    });
    expect(classifySubject('Secretary of State Hillary Clinton')).toMatchObject({
      kind: 'person',
      name: 'Hillary Clinton',
      role: 'Secretary of State',
    });
    expect(parseName('Mr. King')).toMatchObject({ tokens: ['King'], honorific: 'Mr.' });
  });

  it('keeps descriptions and organisations as written', () => {
    expect(classifySubject('an activist in the city')).toMatchObject({
      kind: 'description',
      text: 'an activist in the city',
    });
    expect(classifySubject('the White House')).toMatchObject({ kind: 'org' });
    expect(classifySubject('The New York businessman')).toMatchObject({ kind: 'description' });
    expect(classifySubject('he')).toMatchObject({ kind: 'pronoun', pron: 'm' });
  });
});

describe('reporting verbs in every position', () => {
  it('reads "..., X said", "said X", "X told reporters:", "X said that", "according to X"', () => {
    expect(speakers('"We will win this fight," Jane Doe said.')).toEqual(['Jane Doe']);
    expect(speakers('"We will win this fight," said Jane Doe, a local organiser.')).toEqual(['Jane Doe']);
    expect(speakers('Governor Tom Smith told reporters: "The bridge will open next week."')).toEqual(['Tom Smith']);
    expect(speakers('Tom Smith said that "nobody will be left behind here."')).toEqual(['Tom Smith']);
    expect(speakers('"The numbers are wrong and everyone knows it," according to the union statement.')).toEqual([
      'the union statement',
    ]);
    expect(speakers('"This is a historic day for all of us," Tom Smith tweeted.')).toEqual(['Tom Smith']);
  });

  it('walks back over appositives to the name', () => {
    expect(
      speakers('"It will not pass the Senate," Tom Smith, a lawyer for the group and a former judge, said.'),
    ).toEqual(['Tom Smith']);
    expect(speakers('"It will not pass the Senate," Senate Leader Tom Smith, R-Ky., said Tuesday.')).toEqual([
      'Tom Smith',
    ]);
  });

  it('reads names with where they are from, roles joined by "and", a description then its name, a colon intro', () => {
    expect(speakers('"We will not wait any longer," Gov. Tom Smith of West Virginia said.')).toEqual(['Tom Smith']);
    expect(
      speakers(
        'Jane Doe, senior vice president and chief operating officer at the bank, told Reuters that "the losses are behind us now."',
      ),
    ).toEqual(['Jane Doe']);
    expect(speakers('"We are running out of time," added the leader\'s deputy, Sen. Tom Smith of Texas.')).toEqual([
      'Tom Smith',
    ]);
    expect(speakers('On air, senior correspondent Jane Doe declared: "This changes the race entirely."')).toEqual([
      'Jane Doe',
    ]);
  });

  it('keeps an unnamed speaker as described, and a sign unattributed', () => {
    expect(speakers('"They took everything we had left," said a resident of the old town.')).toEqual([
      'a resident of the old town',
    ]);
    expect(speakers('A banner on the bridge read: "We will not forget this day."')).toEqual([null]);
  });

  it('gives the words of a spokeswoman or aide to them, never to the titled person they speak for', () => {
    // A name after "a spokeswoman for House Speaker" or "aides to Governor" is the employer, in either order.
    expect(
      speakers(
        '“We think the plan is wrong for the whole state,” Jane Doe, spokeswoman for House Speaker John Smith, said Friday.',
        'Aides to Governor Mary Roe said the rule “would lapse after two years and changes nothing” at all.',
        'A spokesman for Senate Majority Leader John Smith said the leader “will not bring the bill up this month.”',
      ),
    ).toEqual(['Jane Doe', 'Aides to Governor Mary Roe', 'A spokesman for Senate Majority Leader John Smith']);
    // ... but a title tied to a place or body keeps the name its holder's own.
    expect(classifySubject('Ambassador to the United Nations Mary Roe')).toMatchObject({
      kind: 'person',
      name: 'Mary Roe',
    });
  });

  it('takes organisations as speakers', () => {
    expect(speakers('"The plan is dead on arrival," the White House said in a statement.')).toEqual([
      'the White House',
    ]);
  });
});

describe('who a pronoun or a follow-on quotation belongs to', () => {
  it('resolves "he" to the sentence subject, not a later name in it', () => {
    expect(
      speakers(
        'Foreign Minister Ivan Petrov said Assad would not withdraw his forces first.',
        '"A one-sided pullout would be absolutely unrealistic," he said.',
      ),
    ).toEqual(['Ivan Petrov']);
  });

  it('resolves "she" past a man named in between', () => {
    expect(
      speakers(
        '"It is too soon to know," Ambassador Mary Stone told reporters, after meeting John Clark.',
        '"It is long past time to act," she said.',
      ),
    ).toEqual(['Mary Stone', 'Mary Stone']);
  });

  it('continues the speaker across a split quotation and an unattributed follow-on', () => {
    expect(speakers('"We must keep our word," Mr. Antonov said. "And that is what we do."')).toEqual([
      'Antonov',
      'Antonov',
    ]);
    expect(speakers('"We must keep our word," Tom Smith said.', '"And that is what we do."')).toEqual([
      'Tom Smith',
      'Tom Smith',
    ]);
  });

  it('keeps a titled bare surname apart from a namesake named in full later', () => {
    expect(
      speakers(
        'President Obama spoke on Saturday.',
        'The campaign will use Mr. Obama and the first lady, Michelle Obama, in the coming weeks.',
        '"Our progress is on the ballot," Mr. Obama said.',
      ),
    ).toEqual(['Obama']);
  });

  it('finds a speaker named after a quotation that closes its sentence', () => {
    expect(speakers('"How many times must we see this? It has to stop." Jane Doe said.')).toEqual(['Jane Doe']);
  });

  it('names the one whose words they are in a nested attribution, and who reported them', () => {
    const q = attributeQuotes([
      'Tom Smith said Jane Doe told him she would resign, because "the cost of staying is too high."',
    ]).quotes[0];
    expect(speakerLabel(q.speaker)).toBe('Jane Doe');
    expect(speakerLabel(q.reportedBy)).toBe('Tom Smith');
  });

  it('leaves an unresolvable pronoun unnamed rather than guessing', () => {
    const q = attributeQuotes(['"Nobody told us anything about the plan," he said.']).quotes[0];
    expect(q.speaker).toMatchObject({ kind: 'pronoun', text: 'he' });
  });

  it('treats one- or two-word quotes without attribution as scare quotes', () => {
    const qs = attributeQuotes(['The group collected testimony on "atrocities" in the border towns.']).quotes;
    expect(qs[0].scare).toBe(true);
    const attributed = attributeQuotes(['Jane Doe says prices have "skyrocketed" since March.']).quotes;
    expect(attributed[0].scare).toBe(false);
    expect(speakerLabel(attributed[0].speaker)).toBe('Jane Doe');
  });

  it('keeps a nickname inside the name', () => {
    expect(speakers('"This is a big year for us," state Del. Marcia "Cia" Price shouted to the crowd.')).toEqual([
      'Marcia Price',
    ]);
  });
});

describe('people across articles', () => {
  const corpus: Corpus = {
    dir: 'mem',
    warnings: [],
    articles: [
      article('a-one', '2012-03-13', [
        'Foreign Minister Sergei Lavrov spoke on Tuesday.',
        '"Both sides must stop at the same time," Lavrov said.',
      ]),
      article('b-two', '2012-03-14', [
        'Foreign Minister Sergey Lavrov spoke in Moscow.',
        '"Both sides must stop at the same time," Lavrov said.',
        '"There is no other way to end this," he added.',
      ]),
      article('c-three', '2012-03-15', ['"We will look at every option on the table," Lavrov said.']),
      article('d-four', '2012-03-15', ['"The economy has to come first for us," Clinton said.']),
      article('e-five', '2012-03-16', ['"We balanced the budget four years running," Bill Clinton said.']),
      article('f-six', '2012-03-16', ['"We are stronger together than apart," Hillary Clinton said.']),
    ],
  };
  const book = buildQuoteBook(corpus);

  it('merges spellings and a surname one person alone carries', () => {
    const a = answerQuote(book, 'Lavrov', {});
    expect(new Set(a.quotes.map((q) => q.speaker)).size).toBe(1);
    expect(a.total).toBe(3);
    const both = a.quotes.find((q) => q.text.startsWith('Both sides'))!;
    expect(both.articles.map((x) => x.id)).toEqual(['a-one', 'b-two']);
    expect(listSpeakers(book, 'serg')[0].aliases).toEqual(
      expect.arrayContaining(
        ['Sergei Lavrov', 'Sergey Lavrov'].filter((n) => n !== listSpeakers(book, 'serg')[0].name),
      ),
    );
  });

  it('does not guess between two people sharing a surname', () => {
    const q = answerQuote(book, 'economy', {}).quotes[0];
    expect(q.speaker).toBe('Clinton');
  });
});
