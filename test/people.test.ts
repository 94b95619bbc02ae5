// One person across articles, and /quote <person>: the card, the order, fragments, personId and role, and the
// same answer whatever the transport. Made-up articles, written for these tests.
import { describe, expect, it } from 'vitest';
import { answerQuote, buildQuoteBook, listSpeakers } from '../src/answers/quote';
import { QuoteAnswerSchema } from '../src/answers/types';
import type { Corpus } from '../src/corpus/schema';
import { article } from './helpers/article';
import { renderQuoteText } from '../src/render/text-quote';

const corpus: Corpus = {
  dir: 'mem',
  warnings: [],
  articles: [
    article('a1', 'The Ledger', '2016-12-02', [
      '"We are going to fix the bridges first, and we will do it fast," President-elect Paul Brandt said on Friday.',
    ]),
    article('a2', 'Daily Wire Service', '2016-12-03', [
      '"We are going to fix the bridges first, and we will do it fast," President-elect Paul Brandt said on Friday.',
    ]),
    article('a3', 'Evening Post', '2017-03-10', [
      '"The budget has to pass before the summer recess, or nothing else moves," President Brandt said.',
    ]),
    article('a4', 'Evening Post', '2017-04-11', [
      'Paul Brandt called it "a disgrace" in a speech about the budget office, saying "the numbers they publish are simply wrong."',
    ]),
    article('a5', 'The Ledger', '2017-05-01', [
      '"Our family business comes second to the country now," Paul Brandt Jr. said.',
    ]),
    article('a6', 'The Ledger', '2017-05-02', [
      '"I have never been prouder of my husband than today," Clara Brandt said.',
    ]),
    article('a7', 'Harbor News', '2017-05-03', [
      '"The vote is going to be close, closer than anyone thinks," Mr. Brandt said of the budget.',
    ]),
    article('a8', 'Harbor News', '2017-06-01', ['"We balanced the books for four years running," Tom Vance said.']),
    article('a9', 'Harbor News', '2017-06-02', ['"We will not let the schools close," Ruth Vance said.']),
    article('a10', 'Evening Post', '2017-06-03', ['"Nobody can say the money was wasted on us," Vance said.']),
    article('a11', 'Harbor News', '2017-02-01', [
      '"Trade deals will be rewritten from the first page to the last," Paul Brandt said.',
    ]),
    article('a12', 'The Ledger', '2017-02-15', ['"The army will get what it asks for," Paul Brandt said.']),
  ],
};
const book = buildQuoteBook(corpus);

describe('one person across articles', () => {
  it('a bare surname, a title and "Mr." are the one Paul Brandt (quoted far more than any namesake); the son and the wife stay apart', () => {
    const a = answerQuote(book, 'Paul Brandt', {});
    expect(a.person).toMatchObject({ name: 'Paul Brandt', id: 'paul-brandt' });
    const ids = new Set(a.quotes.filter((q) => q.speaker === 'Paul Brandt').map((q) => q.personId));
    expect(ids).toEqual(new Set(['paul-brandt']));
    expect(a.quotes.filter((q) => q.personId === 'paul-brandt').map((q) => q.text)).toEqual(
      expect.arrayContaining([
        'We are going to fix the bridges first, and we will do it fast',
        'The budget has to pass before the summer recess, or nothing else moves',
        'The vote is going to be close, closer than anyone thinks',
      ]),
    );
    const speakers = listSpeakers(book, 'brandt').map((s) => s.name);
    expect(speakers).toEqual(expect.arrayContaining(['Paul Brandt', 'Paul Brandt Jr.', 'Clara Brandt']));
  });

  it('keeps roles with their dates, and gives each quotation the role of its day', () => {
    const a = answerQuote(book, 'Paul Brandt', {});
    const elect = a.person!.roles.find((r) => r.role === 'President-elect');
    expect(elect).toMatchObject({ first: '2016-12-02', last: '2016-12-03' });
    const bridges = a.quotes.find((q) => q.text.startsWith('We are going to fix'))!;
    expect(bridges.role).toBe('President-elect');
  });

  it('a bare surname two people could be stays apart and says so', () => {
    const a = answerQuote(book, 'Vance', {});
    const bare = a.quotes.find((q) => q.text.startsWith('Nobody can say'))!;
    expect(bare.speaker).toBe('Vance');
    const card = answerQuote(book, bare.personId!, {}).person!;
    expect(card.ambiguous).toEqual(expect.arrayContaining(['Tom Vance', 'Ruth Vance']));
    expect(renderQuoteText(answerQuote(book, bare.personId!, {}))).toContain('may be any of');
  });
});

describe('/quote <person>', () => {
  const a = answerQuote(book, 'Paul Brandt', {});

  it('opens with a card: name, roles, quotations in articles and outlets, first and last date', () => {
    expect(a.person).toMatchObject({ quotations: 7, articles: 7, outlets: 4, first: '2016-12-02', last: '2017-05-03' });
    const text = renderQuoteText(a);
    expect(text.split('\n')[0]).toBe('Paul Brandt');
    expect(text).toContain('President-elect (2016-12-02 to 2016-12-03)');
    expect(text).toContain('7 quotations in 7 articles from 4 outlets, 2016-12-02 to 2017-05-03');
  });

  it('lists the most widely carried first, and folds a fragment under the statement of its sentence', () => {
    const texts = a.quotes.filter((q) => q.personId === 'paul-brandt').map((q) => q.text);
    expect(texts[0]).toBe('We are going to fix the bridges first, and we will do it fast');
    expect(texts).not.toContain('a disgrace');
    const numbers = a.quotes.find((q) => q.text.startsWith('the numbers they publish'))!;
    expect(numbers.fragments).toEqual(['a disgrace']);
  });

  it('the JSON keeps its contract and adds personId, role and the card', () => {
    const parsed = QuoteAnswerSchema.parse(JSON.parse(JSON.stringify(a)));
    expect(typeof parsed.quotes[0].speaker).toBe('string');
    expect(parsed.quotes[0].personId).toBe('paul-brandt');
    expect(parsed.person?.id).toBe('paul-brandt');
  });

  it('filters by words and outlet in the answering layer', () => {
    expect(answerQuote(book, 'Paul Brandt', { outlet: 'harbor news' }).quotes.map((q) => q.text)).toEqual([
      'The vote is going to be close, closer than anyone thinks',
      'Trade deals will be rewritten from the first page to the last',
    ]);
    expect(answerQuote(book, 'Paul Brandt', { words: 'budget recess' }).total).toBe(1);
    expect(answerQuote(book, 'Paul Brandt', { words: 'bananas' }).total).toBe(0);
  });
});
