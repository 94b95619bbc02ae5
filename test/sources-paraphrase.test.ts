// /sources on a claim that restates one news sentence in other words (issue 9, round 4): the sentence is carried when
// it says nearly all of itself in the claim, when its names are written otherwise, when a feed stripped its
// apostrophes; and still not when a figure differs or a "not" is inserted. Made-up one-sentence files, loaded as the
// bot loads any corpus; each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const FILES: Record<string, string> = {
  'p1.txt':
    'A charter plane crashed in Norvania on Monday, killing all 64 people aboard, including 51 Estolian firefighters returning from Kestrel Bay, officials said.',
  'p2.txt':
    'Brenner said he dont know anybody on the harbour committee who is fighting to keep the ferry levy out completely.',
  'p3.txt': 'Fifty-seven councillors, including 24 Greens, have signed the letter against the quarry at Holloway.',
  'p4.txt':
    'Rebels who slip into Tarrajah at night attack the convoys of the Ostrava Mining Company, the governor said.',
  'p5.txt': 'We believe the claim is without merit and we will defend ourselves vigorously against Pellham Freight.',
  'p6.txt': 'The ferry company serving Marlow raised its fares on Wednesday, blaming the price of fuel.',
  'p7.txt':
    'The council of Kingsford voted on Tuesday to close its river bridge to heavy trucks after inspectors found cracks.',
};

const { ids } = sourcesCorpus(Object.fromEntries(Object.entries(FILES).map(([n, t]) => [n, t + '\n'])));

const PLANE =
  'An airplane carrying Estolian firefighters back from Kestrel Bay crashed into a fog-shrouded mountain in Norvania and exploded Monday, killing all 64 people aboard.';

describe('a sentence the claim says nearly all of, with details the claim adds', () => {
  it('is carried ("fog-shrouded mountain", "exploded" are the claim\'s own)', () => {
    expect(ids(PLANE)).toEqual(['p1']);
  });
  it('a figure that differs, or an inserted "not", lists nothing', () => {
    expect(ids(PLANE.replace('all 64', 'all 65'))).toEqual([]);
    expect(ids(PLANE.replace('and exploded Monday, killing', 'and did not kill'))).toEqual([]);
  });
});

describe('words written otherwise', () => {
  it('a negation whose apostrophe a feed stripped ("dont know") is still one', () => {
    const claim =
      "Brenner said he doesn't know anybody on the harbour committee who is fighting to keep the ferry levy out completely.";
    expect(ids(claim)).toEqual(['p2']);
    expect(ids(claim.replace("doesn't know", 'knows'))).toEqual([]);
  });
  it('"Fifty-seven" is 57, not 50 and 7', () => {
    expect(ids('57 councillors, among them 24 Greens, have signed the letter against the quarry at Holloway.')).toEqual(
      ['p3'],
    );
    expect(ids('58 councillors, among them 24 Greens, have signed the letter against the quarry at Holloway.')).toEqual(
      [],
    );
  });
  it('a name spelled otherwise ("Tarraja"), or by its initials ("OMC"), is the same', () => {
    expect(
      ids('The governor said rebels slip into Tarraja at night to attack the convoys of the Ostrava Mining Company.'),
    ).toEqual(['p4']);
    expect(ids('The governor said rebels slip into Tarrajah at night to attack the convoys of the OMC.')).toEqual([
      'p4',
    ]);
    expect(ids('The governor said rebels slip into Dorraja at night to attack the convoys of the OMC.')).toEqual([]);
  });
});

describe("a negation's reach", () => {
  it('ends at a coordination: "without merit and we will defend" does not deny the defending', () => {
    expect(
      ids('We believe the claim is without merit, and will not defend ourselves vigorously against Pellham Freight.'),
    ).toEqual([]);
    expect(
      ids('We believe the claim is without merit, and will defend ourselves vigorously against Pellham Freight.'),
    ).toEqual(['p5']);
  });
});
