// /sources, issue 9 round 7: a claim's core and its periphery. A reader's claim often says more than the report it
// restates: who someone is (an appositive), where a conference was held (an opening phrase), in which court a suit
// was filed (a phrase of place after the verb). Weighing what retrieval proposed, those details may be left out or
// worded otherwise, and so may the speaker a report leaves unnamed ("He added: …" with no one named before it); the
// core stays hard: every named party, the figures (an age in an appositive too), the negation,
// another name written in the detail's place. Made-up files, loaded as the bot loads any corpus; each expectation is
// what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const FILES: Record<string, string> = {
  'p1.txt': 'Dana Whitlow, the lawyer representing the family, declined to comment on the ruling by the appeals court.',
  'p2.txt':
    'Mayor Ellen Varga said on Friday that the city would take over the Orlen ferry service from the county next spring.',
  'p3.txt':
    'The Pelham Growers Cooperative filed a lawsuit on behalf of its members against the Brandt Seed Company, accusing it of selling blighted seed.',
  'p4.txt': 'Councilman Tom Brack, 58, resigned from the planning board after the vote on the marina.',
  'p5.txt':
    'The Kellerman Trust filed a lawsuit in a Tarrant County court on behalf of the Ridgeway Pension Fund against the Ostler Group.',
  'n1.txt':
    'The militia led by bin Sulayem claimed the attack on the Harran pipeline, which halted exports for a week.',
  // The corpus writes "Tariq" as a first name elsewhere, so a claim's "Tariq" may be left out before its surname.
  'n2.txt': 'At the rally in Harran, speeches by Tariq Mansour and by Tariq Odeh drew the loudest cheers.',
  'q1.txt': 'He added: "Nobody who works the night shift at the cannery should pay for the new floodlights."',
  'q2.txt':
    'Harbour master Ruth Lanning spoke at the meeting on Monday.\n\nShe said nobody who works the night shift at the cannery should pay for the new floodlights on the quay.',
  'q3.txt':
    'Officials said nobody who works the night shift at the cannery should pay for the new floodlights on the quay.',
};

const { ids } = sourcesCorpus(Object.fromEntries(Object.entries(FILES).map(([n, t]) => [n, t + '\n'])));

describe('an appositive the report words otherwise or leaves out', () => {
  it("who the speaker is, with the family's names, may be left out", () => {
    expect(
      ids(
        'Dana Whitlow, the attorney who represents the parents, Carl and Jenna Ostrander, declined to comment on the appeals court ruling.',
      ),
    ).toEqual(['p1']);
  });
  it('the person who did it is core: another name lists nothing', () => {
    expect(
      ids(
        'Dana Kessel, the attorney who represents the parents, Carl and Jenna Ostrander, declined to comment on the appeals court ruling.',
      ),
    ).toEqual([]);
  });
  it('a figure of the appositive stays hard: another age lists nothing, and so does an age the report does not give', () => {
    expect(ids('Councilman Tom Brack, 58, quit the planning board after the marina vote.')).toEqual(['p4']);
    expect(ids('Councilman Tom Brack, 85, quit the planning board after the marina vote.')).toEqual([]);
    expect(
      ids('Mayor Ellen Varga, 61, said the city would take over the Orlen ferry service from the county.'),
    ).toEqual([]);
  });
});

describe('where and when, said around the core', () => {
  it('an opening phrase naming where the news was given may be left out', () => {
    expect(
      ids(
        'At a news conference in Harwick, Mayor Ellen Varga announced the city would take over the Orlen ferry service from the county.',
      ),
    ).toEqual(['p2']);
  });
  it('"not" inserted in the core lists nothing', () => {
    expect(
      ids(
        'At a news conference in Harwick, Mayor Ellen Varga announced the city would not take over the Orlen ferry service from the county.',
      ),
    ).toEqual([]);
  });
  it('the court a suit was filed in may be left out; another court named in its place lists nothing', () => {
    expect(
      ids(
        'The Pelham Growers Cooperative sued the Brandt Seed Company in a Garnet County court on behalf of its members, accusing it of selling blighted seed.',
      ),
    ).toEqual(['p3']);
    expect(
      ids(
        'The Kellerman Trust filed a lawsuit in a Garnet County court on behalf of the Ridgeway Pension Fund against the Ostler Group.',
      ),
    ).toEqual([]);
  });
});

describe('a speaker the report does not name', () => {
  it('"He added: …", with no one named before it, is not another speaker: the claim naming its speaker lists it, not the statements the reports give to someone they name or to "officials"', () => {
    expect(
      ids(
        'Councilman Tom Brack said nobody who works the night shift at the cannery should pay for the new floodlights.',
      ),
    ).toEqual(['q1']);
  });
  it('the report naming the speaker is found as written (and the unnamed one is then not weighed)', () => {
    expect(
      ids('Ruth Lanning said nobody who works the night shift at the cannery should pay for the new floodlights.'),
    ).toEqual(['q2']);
  });
});

describe("a name's particle", () => {
  it('"Tariq bin Sulayem" is also "bin Sulayem" (a first name the corpus knows may be left out)', () => {
    expect(
      ids('The militia led by Tariq bin Sulayem claimed the attack on the Harran pipeline, which halted exports.'),
    ).toEqual(['n1']);
  });
});
