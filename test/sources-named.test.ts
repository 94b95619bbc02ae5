// /sources: a capitalised word of a claim that names another place or person is never let go (issue 9, round 4).
// The reading lets a capitalised word before a title or a noun, or opening the claim, go as a modifier or an
// opening capital; when it is a name the article never mentions, the claim is about someone or somewhere else.
// Made-up articles, written to a temporary folder and loaded as the bot loads any corpus; each expectation is what a
// user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';
import { holdsNamed, namedWords } from '../src/extract/claim-reading';

const ARTICLES: Record<string, string> = {
  'north-2020-02-02-orlen.txt': `Remembering the flood

Residents of Orlen marked the anniversary of the 1953 flood with a silent march on Sunday.

Hundreds walked to the old sea wall where the water broke through, and a wreath was laid by the mayor.
`,
  'wire-2020-05-06-minister.txt': `Minister rejects tariff plan

Trade Minister Tomas Ekberg said on Monday that the new tariff on imported steel would hurt local builders.

Industry groups welcomed his remarks, and the opposition leader, Lena Brandt, said the tariff should be dropped.
`,
  'coast-2021-03-04-ferry.txt': `Ferry fares rise

The ferry company serving Marlow raised its fares on Wednesday, blaming the price of fuel.

Passengers said the rise would hurt commuters who cross the harbour every day.
`,
};

const { ids } = sourcesCorpus(ARTICLES);

describe('a place opening the claim', () => {
  it('is the article\'s place: "Orlen residents marked the anniversary of the 1953 flood" lists the Orlen article', () => {
    expect(ids('Orlen residents marked the anniversary of the 1953 flood')).toEqual(['north-2020-02-02-orlen']);
  });
  it('another place in its stead lists nothing ("Dunmore residents …")', () => {
    expect(ids('Dunmore residents marked the anniversary of the 1953 flood')).toEqual([]);
  });
  it('an ordinary word opening the claim is no place ("Residents of Orlen …")', () => {
    expect(ids('Residents of Orlen marked the anniversary of the 1953 flood')).toEqual(['north-2020-02-02-orlen']);
  });
});

describe('a word before a title', () => {
  it('a common word ("Trade Minister") is a description', () => {
    expect(ids('Trade Minister Tomas Ekberg criticizes the steel tariff')).toEqual(['wire-2020-05-06-minister']);
  });
  it('another name in its place ("Kessler Minister Tomas Ekberg") lists nothing', () => {
    expect(ids('Kessler Minister Tomas Ekberg criticizes the steel tariff')).toEqual([]);
    expect(
      ids('Kessler Minister Tomas Ekberg said the new tariff on imported steel would hurt local builders'),
    ).toEqual([]);
  });
});

describe('which capitalised words must stand in the article', () => {
  const isName = () => false;
  it('names and places, not common words, titles, days or acronyms', () => {
    expect(namedWords('Dunmore residents marked the anniversary on Sunday', isName)).toEqual([{ alts: ['dunmore'] }]);
    expect(namedWords('Western criticism of the Trade Minister at the UN', isName)).toEqual([]);
    expect(namedWords('Kessler Minister Tomas Ekberg said', isName).map((x) => x.alts[0])).toEqual([
      'kessler',
      'tomas',
      'ekberg',
    ]);
  });
  it('a common word this corpus writes as a name is one ("Trump supporters"), an adjective is not ("Western")', () => {
    const isName = (w: string) => w === 'trump' || w === 'western';
    expect(namedWords('Trump supporters marked the anniversary', isName).map((x) => x.alts[0])).toEqual(['trump']);
    expect(namedWords('Aid arrived despite Western criticism', isName)).toEqual([]);
  });
  it('a people\'s name is met by its country\'s ("Russian weapons" in an article on Russia)', () => {
    const named = namedWords('Russian weapons reach the port', isName);
    expect(holdsNamed('Russia will keep selling arms.', named)).toBe(true);
    expect(holdsNamed('Ukraine will keep selling arms.', named)).toBe(false);
  });
});
