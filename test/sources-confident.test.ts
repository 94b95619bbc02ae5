// /sources, round 11: retrieval's confident picks. Where the index singles out a report (no other article within 0.4
// of its score) and the reading lists nothing, the report is listed on the index's word, with only the hard
// constraints checked: figures, polarity, the claim's speaker and parties. A report of one sentence may refer to the
// claim's party by pronoun when it names no one else. Made-up articles; each expectation is what a user of /sources
// would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  // One sentence, as a wire brief or a quoted line: the mayor is "he".
  'brief-2024-01-09-ferry.txt': 'But he urged the harbour board to keep the Torsby ferry running through the winter.\n',
  'brief-2024-01-10-ferry.txt':
    'Karin Nyström told the harbour board that the Ulvsund ferry should keep running through the winter.\n',
  'brief-2024-01-09-library.txt': 'The Marlow library reopened on Monday after a new roof was fitted.\n',
  'brief-2024-01-09-football.txt': 'Marlow Rovers beat Eastfield two goals to one on Sunday with a late header.\n',
  'brief-2024-01-09-bakery.txt': 'A bakery on the high street in Eastfield won a regional prize for its rye bread.\n',
  'brief-2024-01-09-school.txt': 'Pupils at the Eastfield school planted two hundred trees along the river path.\n',
  'brief-2024-01-09-weather.txt': 'Heavy snow closed the mountain road above Eastfield for most of Thursday.\n',
};

const { ids } = sourcesCorpus(ARTICLES);

const CLAIM = 'Mayor Lars Berg urged the harbour board to keep the Torsby ferry running through the winter.';

describe("a one-sentence report the index singles out, giving the claim's party as a pronoun", () => {
  it('is listed: it names no one else, and says what the claim says of him', () => {
    expect(ids(CLAIM)).toEqual(['brief-2024-01-09-ferry']);
  });
  it('is not listed for a claim it contradicts (an inserted "not")', () => {
    expect(ids(CLAIM.replace('to keep', 'not to keep'))).toEqual([]);
  });
  it('is not listed for a claim with a figure it does not give', () => {
    expect(ids(CLAIM.replace('through the winter', 'for 12 more weeks'))).toEqual([]);
  });
  it('is not listed for a claim about a party it does not stand for (a report naming someone else)', () => {
    expect(
      ids('Mayor Lars Berg urged the harbour board to keep the Ulvsund ferry running through the winter.'),
    ).toEqual([]);
  });
});
