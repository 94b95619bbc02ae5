// Metadata a page gives about itself, for files the manifest does not describe. Only what the page states:
// a date is taken only from a dateline-like line (a line that is mostly the date: "updated 2/2/2012 9:26:05 AM ET",
// "3/14/2012", "By Correspondent / March 13, 2012"), never from a date inside a sentence or a photo caption,
// which is as likely to be the date of an event as of the article.
import { MONTH_NAMES, monthOf } from '../util/calendar';

/** A month's name or abbreviation ("jan", "sept"), as a capture group, with its optional period. */
const MONTH = `(${MONTH_NAMES})\\.?`;

const DATE_PATTERNS: { re: RegExp; parse: (m: RegExpMatchArray) => [number, number, number] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/, parse: (m) => [+m[1], +m[2], +m[3]] },
  // US numeric dates, as US news sites print them (month first).
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, parse: (m) => [+m[3], +m[1], +m[2]] },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    parse: (m) => [+m[3], monthOf(m[1])!, +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    parse: (m) => [+m[3], monthOf(m[2])!, +m[1]],
  },
];

/** Words that may stand beside a date in a dateline. */
const DATELINE_WORDS =
  /^(?:updated|published|posted|last|modified|on|at|by|date|first|am|pm|a\.m\.|p\.m\.|et|est|edt|gmt|utc|bst|cet|pt|pst|pdt|ct|cst|cdt|\||\/|-|–|—|,|:)$/i;

export function toIsoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February and the like
  return date.toISOString().slice(0, 10);
}

/** The first explicit date in a line, as YYYY-MM-DD. */
export function findDate(line: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const { re, parse } of DATE_PATTERNS) {
    const m = line.match(re);
    if (!m || m.index === undefined) continue;
    const iso = toIsoDate(...parse(m));
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * The publication date from a dateline: a short line that is mostly a date. `lines` are the page's blocks in
 * order; only the top part of the page is searched, where datelines stand.
 */
export function inferPublished(lines: string[]): string | null {
  const top = lines.slice(0, Math.max(12, Math.ceil(lines.length * 0.4)));
  for (const line of top) {
    if (line.length > 120) continue;
    const found = findDate(line);
    if (!found) continue;
    const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
      .replace(/\b\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?\b/g, ' ')
      .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ');
    const words = rest.split(/\s+/).filter((w) => w && !DATELINE_WORDS.test(w));
    // "By Correspondent / March 13, 2012": a byline may stand beside the date, but no sentence may.
    const byline = /^\s*by\s/i.test(line);
    if (words.length <= (byline ? 5 : 2) && !/[.!?]["”]?\s*$/.test(line.trim())) return found.iso;
  }
  return null;
}

/**
 * The outlet, from what the page says of itself: "© 2012 Outlet", "Copyright Outlet", a bare site address,
 * a "news services" credit line with a domain, or a prompt to support or subscribe to it by name.
 */
export function inferOutlet(lines: string[]): string | null {
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 100) continue;
    let m = line.match(
      /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([\p{Lu}][\p{L}\p{N}.&' -]{1,60}?)(?:[.,]|\s+all rights reserved|$)/iu,
    );
    if (m) return clean(m[1]);
    m = line.match(
      /^(?:support|subscribe to|donate to|contribute to)\s+((?:the\s+)?[\p{Lu}][\p{L}.&' -]{1,50}?)\s*[!.]?$/iu,
    );
    if (m && /\p{Lu}/u.test(m[1].replace(/^the\s+/i, '')[0] ?? '')) return clean(m[1]);
  }
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 60) continue;
    // A bare address ("www.example.com") or a credit line naming a domain ("example.com news services").
    const m = line.match(
      /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|news|info|ie|ca|au|in))\/?(?:\s+(?:news(?:\s+services?)?|staff|wire))?$/i,
    );
    if (m && !/^(?:gmail|yahoo|hotmail|outlook|twitter|facebook|instagram|youtube|google)\./i.test(m[1]))
      return m[1].toLowerCase();
  }
  return null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
