// /sources, round 9: retrieval proposes, the reading vetoes. An article the index ranks near the top for a claim is
// listed beside those the reading found, though it leaves out a detail of the claim, unless the passage that meets the
// claim contradicts it: a figure, a "not", a modal, a party it never names. Made-up articles;
// each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';
import { answerSources } from '../src/answers/sources';
import { SourcesAnswerSchema } from '../src/answers/types';

const ARTICLES: Record<string, string> = {
  'herald-2022-06-10-festival.txt': `Mayor apologizes for festival flooding

Mayor Ingrid Holm of Brennby apologized on Friday for the flooded tunnel that trapped 40 visitors at the summer festival.

She said the city had ignored warnings about the drains for years.
`,
  'post-2022-06-11-tunnel.txt': `Tunnel flood: city says sorry

Angry residents of Brennby filled the town hall on Saturday, at a meeting chaired by councillor Per Dahl.

Mayor Ingrid Holm said she was sorry that 40 festival visitors had been trapped when the tunnel flooded, and promised new drains.
`,
  'weekly-2022-05-02-market.txt': `Market season opens

The spring market opened in Brennby's square on Sunday, with thirty stalls selling fish, bread and flowers.

Traders said the crowds were larger than last year.
`,
};

// The route is on in the bot as it ships (see SourcesBook.retrieval): the book as the bot builds it.
const { ids, book } = sourcesCorpus(ARTICLES);

const CLAIM = 'Mayor Ingrid Holm apologized for the flooded tunnel that trapped 40 festival visitors in Brennby';
const BOTH = ['herald-2022-06-10-festival', 'post-2022-06-11-tunnel'];

describe('a report that tells the claim in its own words, leaving out a detail', () => {
  it('is listed beside the one the reading finds ("said she was sorry", no first name, no title)', () => {
    const a = answerSources(book(), CLAIM);
    expect(SourcesAnswerSchema.parse(a)).toBeTruthy();
    expect(a.matches.map((m) => m.id).sort()).toEqual(BOTH);
    expect(a.matches.find((m) => m.id === 'post-2022-06-11-tunnel')!.text).toContain('Holm said she was sorry');
  });
});

describe('what the reading finds against it stops it', () => {
  it('a figure that differs', () => {
    expect(ids(CLAIM.replace('40', '60'))).toEqual([]);
  });
  it('an inserted "not"', () => {
    expect(ids(CLAIM.replace('apologized', 'did not apologize'))).toEqual([]);
  });
  it('an apology only possible', () => {
    expect(ids(CLAIM.replace('apologized', 'may apologize'))).toEqual([]);
  });
  it('a party the article never names', () => {
    expect(ids(CLAIM.replace('apologized', 'apologized to Governor Eva Lund'))).toEqual([]);
  });
});
