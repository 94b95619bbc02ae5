// A reader's one line on a story ("Senate passes the farm bill") names one event, and the reports of one event are
// published within a few days of each other. Where such a line is met in reports far apart in time, the reports
// around the date most of them share are the event's; the others met its words on another occasion ("the Senate
// passed a farm bill in 2012" in a story on next year's fight over it).

/** Days either side of an event's date within which its reports are published. */
export const EVENT_DAYS = 2;

const DAY = 86_400_000;

/**
 * The indices of the items to keep: those dated within `days` of the date that gathers the most items (ties: the
 * higher summed score, then keep all), and every undated item. Fewer than three dated items: all kept, since two
 * reports cannot say which of them is the event's.
 */
export function oneEvent(items: { published?: string | null; score: number }[], days = EVENT_DAYS): number[] {
  const all = items.map((_, i) => i);
  const dated = items
    .map((x, i) => ({ i, t: x.published ? Date.parse(x.published) : NaN, score: x.score }))
    .filter((x) => Number.isFinite(x.t));
  if (dated.length < 3) return all;
  const around = (t: number) => dated.filter((y) => Math.abs(y.t - t) <= days * DAY);
  const groups = dated.map((x) => {
    const near = around(x.t);
    return { near, n: near.length, sum: near.reduce((s, y) => s + y.score, 0) };
  });
  const top = groups.reduce((a, b) => (b.n > a.n || (b.n === a.n && b.sum > a.sum + 1e-9) ? b : a));
  if (top.n === dated.length) return all;
  // Two different groups as large and as strong: nothing says which is the event's.
  const same = (a: typeof top, b: typeof top) =>
    a.near.length === b.near.length && a.near.every((y) => b.near.includes(y));
  if (groups.some((g) => g.n === top.n && Math.abs(g.sum - top.sum) <= 1e-9 && !same(g, top))) return all;
  const keep = new Set(top.near.map((y) => y.i));
  const isDated = new Set(dated.map((y) => y.i));
  return all.filter((i) => !isDated.has(i) || keep.has(i));
}

// A line of intent or stance is no one event: "Russia will not halt weapons sales" is said again at every turn of a
// conflict, and each report that says it is the line's, weeks apart. ("May" only in lower case: the month.)
const INTENT = /\b(?:will|would|won['’]t|wouldn['’]t|shall|should|must|could|couldn['’]t|can|cannot|can['’]t|might)\b/i;

/** Whether a line states what someone will, would, could or must do rather than an event. */
export function statesIntent(line: string): boolean {
  return INTENT.test(line) || /\bmay\b/.test(line);
}
