// /sources on a reader's one line on a story (issue 9, round 4): every report of the story is listed, the one in the
// claim's words and the one in its own ("said he regretted his remarks"), and nothing for another mayor or a denied
// apology. (The reading meets these made-up reports already; what weighing a found report's siblings adds is measured
// on basil-dev, see README.) Made-up articles, loaded as the bot loads any corpus; each expectation is what a user
// of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  'courier-2021-04-06-ostlund.txt': `Mayor Ostlund apologizes for remarks on flood victims

Mayor Henrik Ostlund apologized on Tuesday for his remarks on the victims of the Varberg flood.

He spoke at the town hall, where residents had gathered.
`,
  'herald-2021-04-06-ostlund.txt': `Varberg mayor says sorry

Henrik Ostlund, the mayor of Varberg, said on Tuesday that he regretted his remarks about the victims of the flood.

The remarks, made at a council meeting last week, had angered residents.
`,
  'gazette-2021-04-07-ferry.txt': `Ferry fares rise in Varberg

The ferry company serving Varberg raised its fares on Wednesday, blaming the price of fuel.
`,
};

const { ids } = sourcesCorpus(ARTICLES);

describe("a story's other report, in its own words", () => {
  it('is listed beside the one that says it as the claim does', () => {
    expect(ids('Mayor Ostlund apologizes for remarks on flood victims')).toEqual([
      'courier-2021-04-06-ostlund',
      'herald-2021-04-06-ostlund',
    ]);
  });
  it('another mayor, or a denied apology, lists neither', () => {
    expect(ids('Mayor Brandt apologizes for remarks on flood victims')).toEqual([]);
    expect(ids('Mayor Ostlund does not apologize for remarks on flood victims')).toEqual([]);
  });
});
