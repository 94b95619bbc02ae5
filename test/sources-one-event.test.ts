// /sources on a reader's one line on a story (issue 9, round 14): the line names one event, and its reports are
// published within a few days of each other. A report a year on that meets the line's words in its background ("The
// council approved the plan last March") is on another occasion and is not listed; the event's own reports are, the
// one in the line's words and the ones in their own. Made-up articles, loaded as the bot loads any corpus; each
// expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';
import { oneEvent, statesIntent } from '../src/answers/one-event';
import { answerSources } from '../src/answers/sources';

const ARTICLES: Record<string, string> = {
  'courier-2022-03-08-bridge.txt': `Harbour council approves Lindholm bridge plan

March 8, 2022

The Harbour council approved the Lindholm bridge plan on Tuesday after a two-hour debate.

Work on the crossing is due to start next spring.
`,
  'herald-2022-03-08-bridge.txt': `Lindholm bridge gets the go-ahead

March 8, 2022

The Harbour council on Tuesday approved the plan for a bridge at Lindholm, ending a decade of argument.

Residents of the island had petitioned for the crossing since 2012.
`,
  'gazette-2022-03-09-bridge.txt': `Councillors back Lindholm crossing

March 9, 2022

Councillors in Harbour voted on Tuesday to approve the Lindholm bridge plan, the town's largest project in years.
`,
  'courier-2023-05-10-bridge.txt': `Lindholm bridge costs double as steel prices rise

May 10, 2023

The cost of the Lindholm bridge has doubled, the town's engineers said on Wednesday, blaming the price of steel.

The engineers asked for another six months to redraw the deck.

The Harbour council approved the Lindholm bridge plan in March of last year.
`,
  'gazette-2022-03-10-ferry.txt': `Ferry fares rise in Harbour

March 10, 2022

The ferry company serving Harbour raised its fares on Thursday, blaming the price of fuel.
`,
};

const { ids, book } = sourcesCorpus(ARTICLES);

describe("a reader's one line, met in the event's reports and in a later story's background", () => {
  it("lists the event's reports and not the later story on the bridge's costs", () => {
    expect(ids('Harbour council approves Lindholm bridge plan')).toEqual([
      'courier-2022-03-08-bridge',
      'gazette-2022-03-09-bridge',
      'herald-2022-03-08-bridge',
    ]);
  });
  it('shows the later story apart, as related, rather than losing it', () => {
    const answer = answerSources(book(), 'Harbour council approves Lindholm bridge plan');
    expect(answer.related.map((r) => r.id)).toContain('courier-2023-05-10-bridge');
  });
  it('still lists the later story for the line it alone carries', () => {
    expect(ids('Lindholm bridge costs double as steel prices rise')).toEqual(['courier-2023-05-10-bridge']);
  });
});

describe('oneEvent', () => {
  const at = (published: string | null, score = 1) => ({ published, score });
  it('keeps the reports around the date most of them share, and the undated', () => {
    expect(oneEvent([at('2022-03-08'), at('2023-05-10'), at('2022-03-09'), at(null), at('2022-03-10')])).toEqual([
      0, 2, 3, 4,
    ]);
  });
  it('keeps everything where two dates are equally held, or fewer than three reports are dated', () => {
    expect(oneEvent([at('2022-03-08'), at('2022-03-09'), at('2023-05-10'), at('2023-05-11')])).toEqual([0, 1, 2, 3]);
    expect(oneEvent([at('2022-03-08'), at('2023-05-10', 0.9), at(null)])).toEqual([0, 1, 2]);
  });
  it('on equal counts, keeps the group the claim meets more strongly', () => {
    expect(oneEvent([at('2022-03-08', 1), at('2023-05-10', 0.7), at('2022-03-09', 1), at('2023-05-11', 0.7)])).toEqual([
      0, 2,
    ]);
  });
});

describe('statesIntent', () => {
  it('reads a line of intent or stance, and not an event or the month of May', () => {
    expect(statesIntent('Ostland will not halt grain sales to Vesta')).toBe(true);
    expect(statesIntent('Council Says It Could Delay Bridge')).toBe(true);
    expect(statesIntent('Harbour council approves Lindholm bridge plan')).toBe(false);
    expect(statesIntent('Bridge opens in May')).toBe(false);
  });
});
