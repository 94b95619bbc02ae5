// The times a figure may stand at, from the article's own time expressions.
import { daysBetween, sentenceDates, type SentenceDate } from './dates';
import { capitalised, MONTH_SHORT } from './lexicon';

const MONTH = new RegExp(String.raw`\b(?:${MONTH_SHORT.map(capitalised).join('|')})[a-z]*\.?`);

/**
 * Every date a sentence gives, with a month named without its year read as the last such month on or before the
 * article's day: "In February, a bombing in Kashmir killed 40 troops" in an August paper is that February, and "on
 * Sept. 11" in a May paper the September before (chrono takes the nearest one, a later one, and a later date is
 * dropped as a plan). A date that names its year, or no month, is read as sentenceDates reads it.
 */
export function pastDates(sentence: string, reference: string): SentenceDate[] {
  const own = sentenceDates(sentence, reference);
  const year = Number(reference.slice(0, 4));
  // read against each quarter's end of the next year (chrono takes the nearest month of that name, and a later one is
  // dropped as a plan: "in July" read on Dec. 31 is the next July, read on June 30 too; on Sept. 30 it is the one
  // before), and taken back a year at a time to the article's day
  if (!MONTH.test(sentence)) return own;
  const later = ['03-31', '06-30', '09-30', '12-31'].flatMap((d) => sentenceDates(sentence, `${year + 1}-${d}`));
  for (const d of later) {
    if (own.some((o) => o.index === d.index) || /\d{4}/.test(d.text) || !MONTH.test(d.text)) continue;
    let date = d.date;
    while (date > reference) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    own.push({ ...d, date });
  }
  return own.sort((a, b) => a.index - b.index);
}

/**
 * Events that happen on a day, named by a noun: their date, told once in an article, holds wherever it names them
 * again. (A war, an uprising or a pandemic runs for years: its start is no day its toll stands at.)
 */
const POINT_EVENT = String.raw`(?:attacks?|assaults?|massacres?|bombings?|raids?|shootings?|ambush(?:es)?|blasts?|explosions?|earthquakes?|quakes?|crash(?:es)?|stampedes?|storms?|hurricanes?|tornado(?:es)?|fires?|floods?)`;
const NAMED_EVENT = new RegExp(
  String.raw`\b(?:the|this|that|these|those)\s+(?:[\w'’.-]+\s+){0,3}?(${POINT_EVENT})\b`,
  'gi',
);

/** "attack" for "attacks", "ambush" for "ambushes": the noun a later mention shares. */
const stem = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/(?:es|s)$/, '')
    .replace(/(?:ch|sh)$/, (m) => m);

/**
 * The day an event named in a sentence by a definite noun ("The Benghazi attack left the ambassador and three other
 * Americans dead", "Less than 24 hours after the shooting in Texas") was dated elsewhere in the article: the nearest
 * sentence (before it, else after it) that dates a mention of the same noun by its day or month ("the Sept. 11 attack in Benghazi", "the Aug. 3 mass
 * shooting", "last month's consulate attack"), the date within a few words of it. Null when none does, or when the
 * date is the article's own day.
 */
export function eventDateElsewhere(
  texts: string[],
  i: number,
  before: string,
  reference: string,
): { date: string; precision: SentenceDate['precision'] } | null {
  const nouns = new Set([...before.matchAll(NAMED_EVENT)].map((m) => stem(m[1])));
  if (!nouns.size) return null;
  // the nearest sentence before first, then those after (a gallery dates each caption's event apart)
  const order = [...texts.keys()]
    .filter((j) => j !== i)
    .sort((a, b) => (a < i ? i - a : 1e6 + a) - (b < i ? i - b : 1e6 + b));
  for (const j of order) {
    const text = texts[j];
    const mentions = [...text.matchAll(new RegExp(String.raw`\b${POINT_EVENT}\b`, 'gi'))].filter((m) =>
      nouns.has(stem(m[0])),
    );
    if (!mentions.length) continue;
    for (const d of pastDates(text, reference)) {
      // a year is no day: "the 2017 raid" may be any raid of that year
      // (a day within the article's few days is its news, not a recalled event's)
      if (d.periodStart || daysBetween(d.date, reference) <= 3 || d.precision === 'year') continue;
      const close = mentions.some((m) => {
        const at = m.index ?? 0;
        const gap = d.index < at ? text.slice(d.index + d.text.length, at) : text.slice(at + m[0].length, d.index);
        return gap.length <= 40 && !/[;:.]\s/.test(gap);
      });
      if (close) return { date: d.date, precision: d.precision };
    }
  }
  return null;
}

/** "that month", "in that attack", "that same year": a time or an event the text told just before, by a demonstrative. */
const THAT_TIME = new RegExp(
  String.raw`\b(?:that|the same)\s+(?:same\s+)?(?:(day|week|month|year)|${POINT_EVENT})\b`,
  'i',
);

/**
 * The time a demonstrative points back to: "Mexico detained more than 29,000 migrants that month" after "In June 2019,
 * ..."; "At least 27 people died in that attack" after "In August, a pair of bombs ripped through ...". The first
 * date (never a period's start) of the nearest of the three sentences before that gives one, at the precision the
 * demonstrative names ("that year" is the year). `head` is the figure's sentence up to the end of its clause.
 */
export function demonstrativeDate(
  texts: string[],
  i: number,
  head: string,
  reference: string,
): { date: string; precision: SentenceDate['precision'] } | null {
  const m = THAT_TIME.exec(head);
  if (!m) return null;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const d = pastDates(texts[j], reference).find((x) => !x.periodStart);
    if (!d) continue;
    const unit = m[1]?.toLowerCase();
    if (unit === 'year') return { date: `${d.date.slice(0, 4)}-01-01`, precision: 'year' };
    if (unit === 'month' && d.precision === 'day') return { date: `${d.date.slice(0, 7)}-01`, precision: 'month' };
    return { date: d.date, precision: d.precision };
  }
  return null;
}
