// /sources, round 13: a party the report leaves out. A report may tell a claim without one of its names ("the former
// First Lady" for "Mrs Clinton", "the company" for the firm, no place for "a nightclub in West Warwick"): that is a
// detail it does not give, not another party. Only another name in the same place is a conflict: a report naming
// someone the claim does not, or another speaker. Made-up articles; each expectation is what a user of /sources
// would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  // One sentence each, as a wire brief: who is left out or described.
  'brief-2024-02-05-survey.txt':
    'Strikingly, the survey found very little difference between women and men in their feelings about the former harbour master.\n',
  'brief-2024-02-05-gala.txt': 'Mr. Ekdahl contends that the gala was in large part a business function.\n',
  'brief-2024-02-06-pier.txt':
    'Rescue divers arriving at the collapsed pier found a grim scene, as fishermen trapped under the planks called for help.\n',
  'brief-2024-02-06-tariff.txt': 'Karin Nyström said the fishing tariff would be lifted before the spring season.\n',
  'brief-2024-02-07-yards.txt':
    'Shipyards are not feeling confident enough to hire more welders, the analyst firm said.\n',
  'brief-2024-02-05-library.txt': 'The Marlow library reopened on Monday after a new roof was fitted.\n',
  'brief-2024-02-05-football.txt': 'Marlow Rovers beat Eastfield two goals to one on Sunday with a late header.\n',
  'brief-2024-02-05-bakery.txt': 'A bakery on the high street in Eastfield won a regional prize for its rye bread.\n',
  'brief-2024-02-05-school.txt': 'Pupils at the Eastfield school planted two hundred trees along the river path.\n',
  'brief-2024-02-05-weather.txt': 'Heavy snow closed the mountain road above Eastfield for most of Thursday.\n',
};

const { ids } = sourcesCorpus(ARTICLES);

const SURVEY =
  'Strikingly, the survey found little difference between women and men in their feelings towards Mrs Lindqvist.';
const PIER =
  'Rescue divers arriving at the collapsed pier in Torsby found a grim scene, as fishermen trapped under the planks called for help.';

describe('a report that leaves a name of the claim out, naming no one else', () => {
  it('is listed: "the former harbour master" for "Mrs Lindqvist"', () => {
    expect(ids(SURVEY)).toEqual(['brief-2024-02-05-survey']);
  });
  it('is listed: the pier without its town', () => {
    expect(ids(PIER)).toEqual(['brief-2024-02-06-pier']);
  });
  it('is listed: a statement given to "the analyst firm" for one given to a firm the report does not name', () => {
    expect(ids('Brantholm analysts said that shipyards are not yet confident enough to hire more welders.')).toEqual([
      'brief-2024-02-07-yards',
    ]);
  });
  it('is not listed for a claim it contradicts (an inserted "not")', () => {
    expect(ids(SURVEY.replace('found little', 'did not find any'))).toEqual([]);
    expect(ids(PIER.replace('found a grim', 'did not find a grim'))).toEqual([]);
    expect(ids('Brantholm analysts said that shipyards are confident enough to hire more welders.')).toEqual([]);
  });
  it('is not listed for a claim with a figure it does not give', () => {
    expect(ids(PIER.replace('fishermen trapped', '14 fishermen trapped'))).toEqual([]);
  });
  it('is not listed where what the claim says beside the name is not told ("were not Acme employees")', () => {
    expect(
      ids(
        'Mr. Ekdahl contends that the gala included business and that some of those attending were not Vesta employees.',
      ),
    ).toEqual([]);
  });
});

describe('a report that names another party in its place', () => {
  it('is not listed for a claim naming another speaker', () => {
    expect(ids('Erik Holm said the fishing tariff would be lifted before the spring season.')).toEqual([]);
  });
  it('is listed for its own speaker', () => {
    expect(ids('Karin Nyström said the fishing tariff would be lifted before the spring season.')).toEqual([
      'brief-2024-02-06-tariff',
    ]);
  });
});
