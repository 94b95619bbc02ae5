// /sources on claims the reading alone does not carry (issue 9, round 3): retrieval proposes the articles, and the
// judgement keeps one unless it contradicts the claim. Made-up articles, written to a temporary folder and loaded
// as the bot loads any corpus; each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';
import { answerSources } from '../src/answers/sources';
import { SourcesAnswerSchema } from '../src/answers/types';

const ARTICLES: Record<string, string> = {
  'harbour-2021-03-02-bridge.txt': `Harbour bridge shut to lorries

Marlow's council voted on Tuesday to shut the old harbour bridge to heavy trucks after inspectors discovered cracks in two of its arches.

The bridge, built in 1911, carries about 4,000 vehicles a day. Repairs are expected to take a year.
`,
  'gazette-2021-03-03-bridge.txt': `Council acts on bridge

Councillors in Marlow decided Tuesday that the ageing harbour bridge will be barred to heavy lorries after engineers spotted cracks in its arches.

Drivers will be sent around the ring road, the council said.
`,
  'coast-2021-03-04-ferry.txt': `Ferry fares rise

The ferry company serving Marlow raised its fares on Wednesday, blaming the price of fuel.

Passengers said the rise would hurt commuters who cross the harbour every day.
`,
  'town-2021-02-10-market.txt': `Market returns to the square

The weekly market returned to Marlow's square on Saturday after the winter break, with forty stalls selling fish, bread and flowers.

Traders said the crowds were larger than last year.
`,
  'valley-2021-03-05-kingsford.txt': `Kingsford bridge closed

The council of Kingsford voted on Tuesday to close its river bridge to heavy trucks after inspectors discovered cracks in the deck.

Work will begin in May.
`,
  'north-2020-02-02-orlen.txt': `Remembering the flood

Residents of Orlen marked the anniversary of the 1953 flood with a silent march on Sunday.

Hundreds walked to the old sea wall where the water broke through, and a wreath was laid by the mayor.

The march ended at the church, where the names of the dead were read aloud.

On Sunday evening, many of the town's shops were closed for a general strike to mark the anniversary, said Petra Voss, a shopkeeper.
`,
  'wire-2020-05-06-minister.txt': `Minister rejects tariff plan

Trade Minister Tomas Ekberg said on Monday that the new tariff on imported steel would hurt local builders.

Industry groups welcomed his remarks, and the opposition leader, Lena Brandt, said the tariff should be dropped.
`,
};

const { ids, book } = sourcesCorpus(ARTICLES);

const BRIDGE =
  'The council in Marlow voted on Tuesday to close the old harbour bridge to heavy lorries after engineers found cracks in its arches';

describe('a claim longer than a headline, told in other words', () => {
  it('is carried by both reports of the vote, in their own words ("shut", "barred", "trucks", "inspectors discovered")', () => {
    const a = answerSources(book(), BRIDGE);
    expect(SourcesAnswerSchema.parse(a)).toBeTruthy();
    expect(a.matches.map((m) => m.id).sort()).toEqual(['gazette-2021-03-03-bridge', 'harbour-2021-03-02-bridge']);
    expect(a.matches.find((m) => m.id === 'harbour-2021-03-02-bridge')!.text).toContain(
      "Marlow's council voted on Tuesday to shut the old harbour bridge to heavy trucks",
    );
  });
  it('a figure that differs lists nothing', () => {
    expect(ids(BRIDGE.replace('cracks in its arches', 'cracks in 3 of its arches'))).toEqual([]);
  });
  it('an inserted "not" lists nothing', () => {
    expect(ids(BRIDGE.replace('voted on', 'did not vote on'))).toEqual([]);
  });
  it("another town, the claim's named party, is not Marlow: only the article on that town", () => {
    expect(ids(BRIDGE.replace('Marlow', 'Dunmore'))).toEqual([]);
    expect(
      ids(
        'The council in Kingsford voted on Tuesday to close the old river bridge to heavy lorries after engineers found cracks in the deck',
      ),
    ).toEqual(['valley-2021-03-05-kingsford']);
  });
});

describe('a sentence that names no one takes its place and year from the paragraphs before', () => {
  const STRIKE = 'Orlen shopkeepers held a general strike on the anniversary of the 1953 flood';
  it('"the town\'s shops were closed for a general strike to mark the anniversary" carries it', () => {
    const a = answerSources(book(), STRIKE);
    expect(a.matches.map((m) => m.id)).toEqual(['north-2020-02-02-orlen']);
    expect(a.matches[0].text).toBe(
      "On Sunday evening, many of the town's shops were closed for a general strike to mark the anniversary, said Petra Voss, a shopkeeper.",
    );
  });
  it('another year, or a strike denied, is not carried', () => {
    expect(ids(STRIKE.replace('1953', '1954'))).toEqual([]);
    expect(ids(STRIKE.replace('held', 'did not hold'))).toEqual([]);
  });
});

describe('a named speaker', () => {
  it("is carried only by that speaker's statement", () => {
    expect(ids('Tomas Ekberg said the new tariff on imported steel would hurt local builders')).toEqual([
      'wire-2020-05-06-minister',
    ]);
    // Lena Brandt is in the article, but said the tariff should be dropped.
    expect(ids('Lena Brandt said the new tariff on imported steel would hurt local builders')).toEqual([]);
  });
});
