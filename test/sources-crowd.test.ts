// /sources, round 10: round 9's route (retrieval proposes, the reading vetoes) where several reports on one subject
// stand level at the top of the index. There, a report that says part of the claim in the subject's words is no
// evidence that it says the claim: a statement given to no one does not stand for a named speaker's, as it does where
// the index singles one report out. Made-up articles; each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  'gazette-2023-03-07-pier.txt': `Halvik pier fears

Fears about the safety of the north pier in Halvik are misplaced, said analyst Tove Lind.

The pier will stay open.
`,
  'coast-2023-03-08-pier.txt': `Halvik pier stays open

Fears over the safety of the north pier in Halvik are misplaced.

The ferry board will publish it on Friday.
`,
  'tide-2023-03-09-pier.txt': `North pier report

Safety fears about Halvik's north pier were misplaced.

Ferries will keep sailing from it.
`,
  'local-2023-02-01-library.txt': `Library news

The Marlow library reopened on Monday after a new roof was fitted, and readers returned in numbers.
`,
  'local-2023-02-01-football.txt': `Football news

Marlow Rovers beat Eastfield two goals to one on Sunday, with a late header from their captain.
`,
  'local-2023-02-01-bakery.txt': `Bakery news

A bakery on the high street in Eastfield won a regional prize for its rye bread this week.
`,
  'local-2023-02-01-school.txt': `School news

Pupils at the Eastfield school planted two hundred trees along the river path on Friday.
`,
  'local-2023-02-01-concert.txt': `Concert news

The town orchestra played to a full hall in Marlow on Saturday night, its first concert in a year.
`,
  'local-2023-02-01-weather.txt': `Weather news

Heavy snow closed the mountain road above Eastfield for most of Thursday, police said.
`,
};

const { ids } = sourcesCorpus(ARTICLES);

describe("a named speaker's statement among several reports on one subject", () => {
  it('is listed where the speaker said it, not in the reports that state it unattributed', () => {
    // Three reports hold the statement; only one gives it to the analyst. Round 9's route listed all three.
    expect(ids('Analyst Tove Lind said safety fears about the north pier in Halvik are misplaced.')).toEqual([
      'gazette-2023-03-07-pier',
    ]);
  });
});
