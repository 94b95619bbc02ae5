// Dates a sentence gives, resolved against the article's own date.
//
// News copy dates things relative to the day it was written ("said Tuesday", "last month", "three years ago") and
// names old events by their year ("in 1982"). chrono-node resolves the relative forms against the article's date;
// forwardDate stays off because a report talks about what already happened ("Tuesday" in a Wednesday paper is the day
// before, never the next Tuesday). Bare years chrono leaves alone, so they are read here.
import * as chrono from 'chrono-node/en';

export type { DatePrecision } from './vocabulary';
import type { DatePrecision } from './vocabulary';
import { lexicon, MONTH_NAMES, MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon';
import { monthOf } from '../util/calendar';

export interface SentenceDate {
  /** YYYY-MM-DD (a year alone is YYYY-01-01, a month alone YYYY-MM-01: see precision). */
  date: string;
  precision: DatePrecision;
  /** The words that gave it ("Tuesday", "in 1982", "last month"). */
  text: string;
  /** Character offset of those words in the sentence. */
  index: number;
  /** The start of a period ("since last year", "from January"): not the day a figure is as of. */
  periodStart: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a Date, read in UTC (every date here is a calendar day, built at UTC noon). */
export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A calendar day as a Date at UTC noon, so that no time zone moves it to a neighbouring day. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1, 12));
}

export function addDays(day: string, n: number): string {
  const d = dayToDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / 86_400_000);
}

/** The last day of the year or month a date stands for (a month is taken to end on the 28th). */
export function periodEnd(date: string, precision: DatePrecision): string {
  return precision === 'year' ? `${date.slice(0, 4)}-12-31` : precision === 'month' ? `${date.slice(0, 7)}-28` : date;
}

/**
 * Whether the year, month or day a date stands for ended more than a year before `ref`: a past event's figure is
 * history, while "the city's 412 murders last year" is last year's count.
 */
export function endedOverAYearBefore(date: string, precision: DatePrecision, ref: string): boolean {
  return daysBetween(periodEnd(date, precision), ref) > 366;
}

// Words before a date that make it the start of a period, not the moment a count stands at.
const PERIOD_START =
  /\b(?:since|from|between|starting|beginning|(?:began|begun|started|broke out|erupted)(?:\s+(?:there|here|again))?|outbreak of [\w\s]{0,30}?|(?:in|over|during|for) the (?:past|last))\s*(?:in|on|at)?\s*(?:late|early|mid|the end of|the start of|the beginning of)?\s*$/i;

const FUTURE = /\b(?:will|shall|is to|are to|plans?|planned|scheduled|expected to|due to|next)\b/i;

/** A month's full name written in lower case (never a month in news copy): "march", "may", "august". */
const LOWER_MONTH = new RegExp(`\\b(?:${MONTH_PATTERN})\\b`, 'g');

/** A month's name as printed, with its capital, in chrono's text of a date: "Sept." in "night of Sept. 11". */
const NAMED_MONTH = new RegExp(`\\b(${MONTH_NAMES})\\b`);

/**
 * A capitalised word right after a month and its day ("a Dec. 29 American missile strike"): the adjective of what
 * happened that day, never a time of day; chrono reads "29 Am…" as an hour and drops the date, so it is masked.
 */
const WORD_AFTER_DAY = new RegExp(`(\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\s+)([A-Z][a-z]{2,})\\b`, 'g');

/** A weekday alone, as chrono gives it: "on Sunday". */
const ON_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_PATTERN})$`);

// Only expressions chrono reads that name a day, a month, a year or a span back in time. Clock times ("at 9:26") and
// "this week" say nothing about a figure's day.
function usable(r: chrono.ParsedResult, sentence: string): boolean {
  const t = r.text.toLowerCase();
  // "Sunday school", "Palm Sunday", "Easter Sunday services": a weekday that names something else
  if (ON_WEEKDAY.test(t)) {
    const before = sentence.slice(0, r.index);
    const after = sentence.slice(r.index + r.text.length);
    if (/\b(?:Palm|Easter|Bloody|Black|Super|Good|Holy|Ash|Cyber|Giving|Maundy|Shrove)\s+$/.test(before)) return false;
    if (
      /^\s+(?:school|schools|service|services|mass|worship|paper|papers|edition|brunch|league|best|night live)\b/i.test(
        after,
      )
    )
      return false;
  }
  if (/^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/.test(t)) return false;
  if (/\b(?:this|next|coming)\b/.test(t)) return false;
  return true;
}

/**
 * Every date a sentence gives, oldest last-written order preserved. `reference` is the article's day (YYYY-MM-DD).
 * Future dates ("later this week", "on Friday" read back to the past by chrono stays past) are dropped.
 */
export function sentenceDates(sentence: string, reference: string): SentenceDate[] {
  const ref = dayToDate(reference);
  const out: SentenceDate[] = [];
  let results: chrono.ParsedResult[] = [];
  // News prints a month with its capital; the same word in lower case is another word ("a Friday night march turned
  // violent", "an august institution", "may have died"), so chrono never sees it (masked with spaces, offsets kept).
  // (a sentence with no capital at all, a lower-cased headline, keeps its words)
  const masked = (
    /\p{Lu}/u.test(sentence) ? sentence.replace(LOWER_MONTH, (w) => ' '.repeat(w.length)) : sentence
  ).replace(WORD_AFTER_DAY, (_, date: string, word: string) => date + ' '.repeat(word.length));
  try {
    results = chrono.parse(masked, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  // "on the night of Sept. 11": chrono reads "night" as the reference day's and the month named after it is lost;
  // a result that names a month but parsed another (or none) is read again from the month's name on
  results = results.flatMap((r) => {
    const named = NAMED_MONTH.exec(r.text);
    if (!named || (r.start.isCertain('month') && r.start.get('month') === monthOf(named[1]))) return [r];
    let again: chrono.ParsedResult[] = [];
    try {
      again = chrono.parse(masked.slice(r.index + named.index), { instant: ref, timezone: 0 }, { forwardDate: false });
    } catch {
      again = [];
    }
    const x = again[0];
    if (!x || x.index !== 0 || x.start.get('month') !== monthOf(named[1])) return [];
    // (the result as chrono gave it, placed where its words stand in the sentence)
    return [
      Object.assign(Object.create(Object.getPrototypeOf(x)) as chrono.ParsedResult, x, {
        index: x.index + r.index + named.index,
      }),
    ];
  });
  for (const r of results) {
    if (!usable(r, sentence)) continue;
    const s = r.start;
    // A date whose day chrono only implied from the reference keeps the precision the words gave.
    const precision: DatePrecision =
      s.isCertain('day') || s.isCertain('weekday') || /\b(?:yesterday|today|tonight|days?\s+ago)\b/i.test(r.text)
        ? 'day'
        : s.isCertain('month') || /\bmonths?\b/i.test(r.text)
          ? 'month'
          : /\byears?\s+ago\b/i.test(r.text)
            ? // "a year ago", "16 years ago": counted back from the article's day, that month of that year
              'month'
            : /\byears?\b/i.test(r.text)
              ? 'year'
              : 'day';
    // "more than a month before the gunman killed 17", "two weeks after the vote": a time counted from the event the
    // words after it tell, not from the article's day ("The day before, ..." alone is the day before the news)
    if (
      /\b(?:before|after)$/i.test(r.text.trim()) &&
      /^\s+(?:the|a|an|his|her|its|their|[A-Z]|[a-z]+(?:ed|s)\b)/.test(sentence.slice(r.index + r.text.length))
    )
      continue;
    const d = s.date();
    let date = isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12)));
    if (precision === 'year') date = `${date.slice(0, 4)}-01-01`;
    else if (precision === 'month') date = `${date.slice(0, 7)}-01`;
    // chrono reads a bare weekday as the nearest one; in a report of what happened it is the one before
    if (
      date > reference &&
      precision === 'day' &&
      s.isCertain('weekday') &&
      !s.isCertain('day') &&
      !FUTURE.test(sentence)
    ) {
      const back = new Date(dayToDate(date).getTime() - 7 * 86_400_000);
      date = isoDay(back);
    }
    if (date > reference) continue; // news reports the past; a future date is a plan, not a count's day
    // "in the past few months", "over the last week": a span up to now, not a day
    const span =
      /^(?:past|last|previous)\b/i.test(r.text) &&
      /\b(?:in|over|during|for|within|throughout) the\s*$/i.test(sentence.slice(0, r.index));
    // "since October 2007, when 139 died": the date of that event, not the start of a period
    const when = /^\s*,?\s*when\b/i.test(sentence.slice(r.index + r.text.length));
    out.push({
      date,
      precision,
      text: r.text,
      index: r.index,
      periodStart: !when && (span || PERIOD_START.test(sentence.slice(0, r.index))),
    });
  }
  // "In April last year", "in March of last year": chrono reads the month in the reference's year and "last year" apart;
  // the two are one month, the year before the reference's
  for (const m of out) {
    if (m.precision !== 'month') continue;
    const tail = /^\s+(?:of\s+)?last\s+year\b/i.exec(sentence.slice(m.index + m.text.length));
    if (!tail) continue;
    const at = m.index + m.text.length + tail[0].length;
    const k = out.findIndex((o) => o !== m && o.index > m.index && o.index < at);
    if (k >= 0) out.splice(k, 1);
    m.date = `${Number(reference.slice(0, 4)) - 1}${m.date.slice(4)}`;
    m.text += tail[0];
  }
  // Bare years ("in 1982", "the 1982 massacre"): chrono leaves them alone. Numbers with a thousands separator
  // ("1,982") and years glued to a unit ("1982-meter") are not years.
  const yearRe =
    /(?<![\d,.$€£-])\b(1[6-9]\d\d|20\d\d)\b(?!\d|,\d|\s*(?:%|percent|people|persons|civilians|troops|soldiers|refugees|migrants|[a-z]*-))/gi;
  for (const m of sentence.matchAll(yearRe)) {
    const idx = m.index ?? 0;
    if (out.some((o) => idx >= o.index && idx < o.index + o.text.length)) continue;
    const year = Number(m[1]);
    if (year > Number(reference.slice(0, 4))) continue;
    out.push({
      date: `${year}-01-01`,
      precision: 'year',
      text: m[0],
      index: idx,
      periodStart: PERIOD_START.test(sentence.slice(0, idx)),
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "N years ago", "the 30-year anniversary", "thirty years after": a past year a sentence points to. */
export function anniversaryYear(sentence: string, reference: string): number | null {
  const m =
    /\b(\d{1,3}|[a-z]+(?:[- ][a-z]+)?)[- ]years?(?:[- ]old)?\s+(?:anniversary|ago|earlier|before)\b|\b(\d{1,3}|[a-z]+(?:[- ][a-z]+)?)(?:st|nd|rd|th)?\s+anniversary\b/i.exec(
      sentence,
    );
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  // ("remembering the sixth anniversary of the shooting": the pattern's two words take "the sixth", whose last is
  // the number)
  const n = /^\d+$/.test(word) ? Number(word) : (wordNumber(word) ?? wordNumber(word.split(/[- ]/).pop() ?? ''));
  if (!n || n < 2) return null;
  return Number(reference.slice(0, 4)) - n;
}

// Number words come from the lexicon; an anniversary or an age reads units, "hundred" and ordinals ("fiftieth").
const UNITS: Record<string, number> = {
  ...lexicon.numbers.units,
  hundred: lexicon.numbers.scales.hundred,
  ...lexicon.numbers.ordinals,
};

/** "thirty", "twenty-five", "fiftieth": small number words (for anniversaries and ages). */
export function wordNumber(word: string): number | null {
  let total = 0;
  for (const part of word.toLowerCase().split(/[- ]/)) {
    const v = UNITS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total || null;
}
