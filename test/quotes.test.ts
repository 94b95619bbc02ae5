// What a user sees from /quote on the seed corpus, and how quotation spans are found in paragraphs.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load';
import { answerQuote, buildQuoteBook, exportQuotes, listSpeakers, weight, type QuoteBook } from '../src/answers/quote';
import { findQuoteSpans } from '../src/extract/quotes';
import { renderQuoteText } from '../src/render/text-quote';
import { QuoteAnswerSchema, type QuoteEntry } from '../src/answers/types';
import fc from 'fast-check';
import { attributeQuotes } from '../src/extract/quote-attribute';

const ids = (e: QuoteEntry) => e.articles.map((a) => a.id.split('-')[0]).sort();

describe('finding quotation spans', () => {
  it('reads straight, curly and two-apostrophe marks', () => {
    const spans = findQuoteSpans(["He said \"one two three\" and “four five six” then ''seven eight nine'' at last."]);
    expect(spans.map((s) => s.text)).toEqual(['one two three', 'four five six', 'seven eight nine']);
  });

  it('splits around the attribution and keeps both halves', () => {
    const spans = findQuoteSpans(['"We will go," she said. "And we will stay."']);
    expect(spans.map((s) => s.text)).toEqual(['We will go', 'And we will stay.']);
  });

  it('runs a quotation on into the next paragraph that opens with a mark', () => {
    const spans = findQuoteSpans(['"First paragraph of the speech.', '"Second paragraph, and the end," he said.']);
    expect(spans).toHaveLength(1);
    expect(spans[0].text).toBe('First paragraph of the speech. Second paragraph, and the end');
    expect(spans[0].parts.map((p) => p.paragraph)).toEqual([0, 1]);
  });

  it('bounds an unbalanced mark by its paragraph', () => {
    const spans = findQuoteSpans([
      'Graffiti read: "Nobody closed this one.',
      'Unrelated text follows here.',
      'And "a real one" later.',
    ]);
    expect(spans.map((s) => s.text)).toEqual(['Nobody closed this one.', 'a real one']);
    expect(spans[0].closed).toBe(false);
  });

  it('keeps a quotation within a curly quotation inside it', () => {
    const spans = findQuoteSpans(['“I read the question: “Are you well?” and I answered,” she said.']);
    expect(spans).toHaveLength(1);
    expect(spans[0].text).toContain('Are you well?');
  });
});

describe('any text at all', () => {
  const piece = fc.constantFrom(
    '"',
    '“',
    '”',
    "''",
    ' said ',
    ' he ',
    'Mr. ',
    'Jane Doe',
    ', ',
    '. ',
    'the city',
    'told reporters: ',
    '\n',
    'x',
  );
  const paragraphs = fc.array(
    fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join('')),
    { maxLength: 6 },
  );

  it('never throws, and every span stays inside its paragraphs, in order', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const { quotes } = attributeQuotes(ps);
        let last = -1;
        for (const q of quotes) {
          for (const part of q.span.parts) {
            expect(part.start).toBeGreaterThanOrEqual(0);
            expect(part.end).toBeLessThanOrEqual(ps[part.paragraph].length);
          }
          // A run-on continues only into paragraphs that open with a mark.
          for (const part of q.span.parts.slice(1)) expect(ps[part.paragraph]).toMatch(/^\s*(''|``|["“”„«])/);
          expect(q.span.parts[0].paragraph).toBeGreaterThanOrEqual(last);
          last = q.span.parts[0].paragraph;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('/quote on the seed corpus', () => {
  let book: QuoteBook;
  beforeAll(async () => {
    book = buildQuoteBook(await loadCorpus('data'));
  });

  it('lists what Anatoly Antonov said in all five articles, and nothing else', () => {
    const answer = answerQuote(book, 'Antonov', {});
    expect(QuoteAnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.quotes.every((q) => q.speaker === 'Anatoly Antonov')).toBe(true);
    const articles = new Set(answer.quotes.flatMap(ids));
    expect([...articles].sort()).toEqual(['afgazad', 'csmonitor', 'haaretz', 'moscow', 'msnbc']);
    const texts = answer.quotes.map((q) => q.text).join(' | ');
    expect(texts).toContain('As of today there are no restrictions on our delivery of weapons');
    expect(texts).toContain('We must fulfill our obligations');
    expect(texts).toContain('perfectly legitimate');
    expect(texts).toContain('grenade launchers');
    expect(texts).not.toMatch(/cost of chaos|unilateral|checkpoint|Hama/);
    expect(answer.total).toBe(answer.quotes.length);
  });

  it('merges the same words carried by several outlets into one entry with every article', () => {
    const answer = answerQuote(book, 'Antonov', {});
    const restrictions = answer.quotes.filter((q) => q.text.includes('no restrictions on our delivery'));
    expect(restrictions).toHaveLength(1);
    expect(ids(restrictions[0])).toEqual(['haaretz', 'msnbc']);
    const cooperation = answer.quotes.filter((q) => /military technical cooperation/.test(q.text));
    expect(cooperation).toHaveLength(1);
    expect(ids(cooperation[0])).toEqual(['afgazad', 'csmonitor', 'moscow']);
    // The Moscow Times carries a partial quotation: its own wording is kept.
    const mt = cooperation[0].articles.find((a) => a.id.startsWith('moscow'))!;
    expect(mt.wording).toMatch(/^good, strong military/);
    expect(mt.sentence).toContain('He told reporters that Russia enjoys');
    const training = answer.quotes.filter((q) => q.text.includes('provide training'));
    expect(training).toHaveLength(1);
    expect(ids(training[0])).toEqual(['afgazad', 'csmonitor']);
  });

  it('finds him from a misspelled name and puts the weightiest first, newest first among equals', () => {
    const answer = answerQuote(book, 'Antonv', {});
    expect(answer.total).toBe(answerQuote(book, 'Antonov', {}).total);
    const w = answer.quotes.map(weight);
    expect([...w].sort((a, b) => b - a)).toEqual(w);
    for (let i = 1; i < w.length; i++)
      if (w[i] === w[i - 1]) expect((answer.quotes[i - 1].first ?? '') >= (answer.quotes[i].first ?? '')).toBe(true);
  });

  it('finds quotations by their words', () => {
    const answer = answerQuote(book, 'checkpoint', {});
    expect(answer.quotes[0].text).toContain('There is a checkpoint every 100 meters');
    expect(answer.quotes[0].speaker).toBe('Ahmed Jimejmi');
    const weapons = answerQuote(book, 'weapons', {});
    expect(weapons.total).toBeGreaterThan(0);
    expect(weapons.quotes.every((q) => /weapon/i.test(q.text))).toBe(true);
  });

  it('keeps Lavrov one speaker under both spellings, and his two translations one quotation', () => {
    const answer = answerQuote(book, 'Lavrov', {});
    expect(new Set(answer.quotes.map((q) => q.speaker))).toEqual(new Set(['Sergei Lavrov']));
    const unilateral = answer.quotes.filter((q) => /unilateral/.test(q.text));
    expect(unilateral).toHaveLength(1);
    expect(ids(unilateral[0])).toEqual(['afgazad', 'moscow']);
    const wordings = unilateral[0].articles.map((a) => a.wording).join(' | ');
    expect(wordings).toContain('unilateral pullout');
    expect(wordings).toContain('unilateral withdrawal');
    expect(answerQuote(book, 'Sergey Lavrov', {}).total).toBe(answer.total);
  });

  it('names Assad as the speaker of the words Wahhab reported', () => {
    const chaos = exportQuotes(book).find((q) => q.text.includes('cost of chaos'))!;
    expect(chaos.speaker).toBe('Bashar Assad');
    expect(chaos.reportedBy).toBe('Wiam Wahhab');
    expect(ids(chaos)).toEqual(['haaretz', 'msnbc']);
  });

  it('gives Rice both halves, the second by "she said"', () => {
    const rice = answerQuote(book, 'Rice', {});
    expect(rice.quotes.map((q) => q.speaker)).toEqual(['Susan Rice', 'Susan Rice']);
    expect(rice.quotes.map((q) => q.text).join(' ')).toMatch(
      /way too soon.*long past time|long past time.*way too soon/,
    );
  });

  it('leaves the graffiti unattributed and keeps the activist as described', () => {
    const all = exportQuotes(book);
    const graffiti = all.find((q) => q.text.startsWith('Hafez died'))!;
    expect(graffiti.speaker).toBeNull();
    expect(ids(graffiti)).toEqual(['haaretz', 'msnbc']);
    // The unbalanced mark in Haaretz is bounded: the quotation ends with the paragraph.
    expect(graffiti.articles.every((a) => a.wording.endsWith("Hama won't."))).toBe(true);
    const activist = all.filter((q) => q.speaker === 'an activist in the city').map((q) => q.text);
    expect(activist).toEqual(
      expect.arrayContaining([expect.stringContaining('kill the memory'), 'But we will not accept it.']),
    );
  });

  it('attributes the rest as a reader would', () => {
    const all = exportQuotes(book);
    const by = (words: string) => all.find((q) => q.text.includes(words))?.speaker;
    expect(by('Whose side are you on')).toBe('Hillary Clinton');
    expect(by('We reject any equivalence')).toBe('Hillary Clinton');
    expect(by('I found him relaxed')).toBe('Wiam Wahhab');
    expect(by('sending monitors')).toBe('Kyung-wha Kang');
    expect(by('interference from outside')).toBe('Sergei Lavrov');
    expect(by('Both parties should realize')).toBe('Sergei Lavrov');
    expect(by('pull out of cities')).toBe('Sergei Lavrov');
  });

  it('keeps scare quotes apart unless the sentence attributes them', () => {
    const all = exportQuotes(book);
    expect(
      all.some((q) => q.text === 'atrocities' || q.text === 'concrete proposals' || /wishful thinking/.test(q.text)),
    ).toBe(false);
    expect(all.find((q) => q.text === 'skyrocketed')?.speaker).toBe('Panos Moumtzis');
    const found = answerQuote(book, 'atrocities', {});
    expect(found.quotes.some((q) => q.scare && q.text === 'atrocities')).toBe(true);
  });

  it('lists speakers with counts for autocomplete', () => {
    const a = listSpeakers(book, 'an');
    expect(a[0]).toMatchObject({ name: 'Anatoly Antonov', count: 8 });
    expect(a[0].aliases).toEqual(expect.arrayContaining(['Antonov', 'Mr. Antonov']));
    expect(listSpeakers(book, 'serg').map((s) => s.name)).toEqual(['Sergei Lavrov']);
    expect(listSpeakers(book).length).toBeGreaterThan(5);
  });

  it('renders a readable answer', () => {
    const text = renderQuoteText(answerQuote(book, 'Assad', {}));
    expect(text).toContain('Bashar Assad');
    expect(text).toContain('as reported by Wiam Wahhab');
    expect(text).toContain('“the cost of chaos is much worse than the cost of decisiveness.”');
    expect(renderQuoteText(answerQuote(book, 'zzzz nothing', {}))).toMatch(/No quotations/);
  });
});
