// /sources, round 12: where plain retrieval would list a report and the reading has no concrete reason against it,
// the bot lists it too. A figure written to fewer digits is the other rounded ("some $65 billion" / "$64.7 billion"),
// not a changed one; a claim whose subject is "a fisherman who …" names its doer as much as "the fisherman" does, so
// retrieval's reports are read for it. A changed figure still lists nothing. Made-up articles; each expectation is what
// a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  'brief-2024-03-04-roads.txt':
    'The bulk of the bill, $64.7 billion, goes to road repairs and new bridges in the Torsby region.\n',
  'brief-2024-03-05-pier.txt':
    'The rescued fisherman said the storm had torn the old Torsby pier in two before dawn on Tuesday.\n',
  'brief-2024-03-04-library.txt': 'The Marlow library reopened on Monday after a new roof was fitted.\n',
  'brief-2024-03-04-football.txt': 'Marlow Rovers beat Eastfield two goals to one on Sunday with a late header.\n',
  'brief-2024-03-04-bakery.txt': 'A bakery on the high street in Eastfield won a regional prize for its rye bread.\n',
  'brief-2024-03-04-school.txt': 'Pupils at the Eastfield school planted two hundred trees along the river path.\n',
  'brief-2024-03-04-weather.txt': 'Heavy snow closed the mountain road above Eastfield for most of Thursday.\n',
};

const { ids } = sourcesCorpus(ARTICLES);

describe('a figure written to fewer digits', () => {
  const CLAIM = 'The bulk of the funds, some $65 billion, will go for road repairs and new bridges around Torsby.';
  it('is the report\'s figure rounded: "some $65 billion" lists the report of "$64.7 billion"', () => {
    expect(ids(CLAIM)).toEqual(['brief-2024-03-04-roads']);
  });
  it('is not another figure: "$60 billion" lists nothing', () => {
    expect(ids(CLAIM.replace('$65 billion', '$60 billion'))).toEqual([]);
  });
});

describe('a claim whose subject is a noun with a relative clause', () => {
  const CLAIM = 'A fisherman who was saved told of a gale that broke the Torsby pier apart early on Tuesday.';
  it('names its doer: the report retrieval finds is listed', () => {
    expect(ids(CLAIM)).toEqual(['brief-2024-03-05-pier']);
  });
  it('is still held to its polarity: "did not break" lists nothing', () => {
    expect(ids(CLAIM.replace('that broke', 'that did not break'))).toEqual([]);
  });
});
