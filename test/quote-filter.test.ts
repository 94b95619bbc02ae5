import { describe, expect, it } from 'vitest';
import { quoteFilter } from '../src/answers/quote';
import type { QuoteEntry } from '../src/answers/types';

describe('/quote words and outlet filters', () => {
  // A quotation as two outlets carried it, one in its own wording: the words filter reads the text and every wording.
  const entry = {
    text: 'The Zoë Street depot will close in March',
    articles: [
      { id: 'harbour-0412', outlet: 'The Harbour Times', wording: 'the depot, a Johnson-era building, will close' },
      { id: 'valley-77', outlet: 'Valley Courier' },
    ],
  } as unknown as QuoteEntry;
  const keeps = (o: { words?: string; outlet?: string }) => quoteFilter(o)(entry);

  it('keeps a quotation holding every word asked for, accents and case aside, in its text or any wording', () => {
    expect(keeps({ words: 'zoe DEPOT' })).toBe(true);
    expect(keeps({ words: 'johnson era building' })).toBe(true);
  });
  it('reads whole words only: "son" is not in "Johnson", "marc" not in "March"', () => {
    expect(keeps({ words: 'son' })).toBe(false);
    expect(keeps({ words: 'marc' })).toBe(false);
    expect(keeps({ words: 'depot tuesday' })).toBe(false);
  });
  it('keeps it when an outlet carrying it (or an article id) holds the words asked for', () => {
    expect(keeps({ outlet: 'harbour times' })).toBe(true);
    expect(keeps({ outlet: 'valley-77' })).toBe(true);
    expect(keeps({ outlet: 'daily star' })).toBe(false);
  });
});
