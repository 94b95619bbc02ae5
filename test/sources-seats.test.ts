// /sources: one body under two names (issue 9, round 8). News names a government by its capital ("Moscow says it
// will veto the draft") as often as by its country, and a claim told in other words may use either. WordNet joins a
// national capital to the country it is part of (part holonyms): no table of capitals is written. A city that is no
// national capital stands for nothing else, and another country's capital is another party.
// Made-up articles, loaded as the bot loads any corpus; each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';
import { holdsNamed, namedWords } from '../src/extract/claim-reading';

const ARTICLES: Record<string, string> = {
  'wire-2021-04-06-quota.txt': `Quota talks stall

Moscow will block the new fishing quota proposed by Norway, a spokesman for the delegation said on Tuesday.

The talks resume next month in Bergen, where the delegations will meet for a third round.
`,
  'daily-2021-05-11-dairy.txt': `Dairy dispute eases

Canada has moved closer to the United States on dairy tariffs, the trade envoy told reporters on Monday.

Farmers' groups said they would study the offer before the vote in parliament.
`,
};

const { ids } = sourcesCorpus(ARTICLES);

describe('a capital and its country', () => {
  it('a claim naming the country is carried by a report naming its capital', () => {
    expect(ids('Russia will block the new fishing quota proposed by Norway')).toEqual(['wire-2021-04-06-quota']);
  });
  it('a claim naming the capital is carried by a report naming the country', () => {
    expect(ids('Canada has moved closer to Washington on dairy tariffs')).toEqual(['daily-2021-05-11-dairy']);
  });
  it("another country, or another country's capital, lists nothing", () => {
    expect(ids('France will block the new fishing quota proposed by Norway')).toEqual([]);
    expect(ids('Canada has moved closer to Paris on dairy tariffs')).toEqual([]);
  });
  it('a city that is no national capital stands for no country', () => {
    expect(ids('Canada has moved closer to Houston on dairy tariffs')).toEqual([]);
  });
});

describe('the names an article must hold', () => {
  const isName = () => false;
  it('a capital is held by its country, a country by its capital, as WordNet writes them', () => {
    expect(holdsNamed('Russia will block the quota.', namedWords('Moscow will block the quota', isName))).toBe(true);
    expect(holdsNamed('Moscow will block the quota.', namedWords('Russia will block the quota', isName))).toBe(true);
    expect(holdsNamed('Oslo will block the quota.', namedWords('Russia will block the quota', isName))).toBe(false);
  });
  it('"US" for Washington is the acronym, never the pronoun "us"', () => {
    const named = namedWords('Canada moved closer to Washington', isName);
    expect(holdsNamed('Canada moved closer to the US.', named)).toBe(true);
    expect(holdsNamed('Canada moved closer to us.', named)).toBe(false);
  });
});
