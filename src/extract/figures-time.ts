// The times a figure may stand at, from the article's own time expressions.
import { sentenceDates, type SentenceDate } from './dates';

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;

/**
 * Every date a sentence gives, with a month named without its year read as the last such month on or before the
 * article's day: "In February, a bombing in Kashmir killed 40 troops" in an August paper is that February, and "on
 * Sept. 11" in a May paper the September before (chrono takes the nearest one, a later one, and a later date is
 * dropped as a plan). A date that names its year, or no month, is read as sentenceDates reads it.
 */
export function pastDates(sentence: string, reference: string): SentenceDate[] {
  const own = sentenceDates(sentence, reference);
  const year = Number(reference.slice(0, 4));
  // read against the middle and the end of the next year (chrono's nearest month or day is then no later than
  // either), and taken back a year at a time to the article's day
  const later = [...sentenceDates(sentence, `${year + 1}-06-30`), ...sentenceDates(sentence, `${year + 1}-12-31`)];
  for (const d of later) {
    if (own.some((o) => o.index === d.index) || /\d{4}/.test(d.text) || !MONTH.test(d.text)) continue;
    let date = d.date;
    while (date > reference) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    own.push({ ...d, date });
  }
  return own.sort((a, b) => a.index - b.index);
}
