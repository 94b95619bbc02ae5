// Discord's message limits, and the helpers that keep every payload inside them by truncating ("… and N more"),
// never by failing. Lengths are counted in UTF-16 code units (JavaScript's .length), which is never less than the
// code points Discord counts, and cuts never split a surrogate pair.
import { escapeMarkdown } from 'discord.js';
import { escapeRegExp } from '../util/regexp';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  embeds: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  url: 2048,
} as const;

export const ELLIPSIS = '…';

/** Cuts `text` to at most `max` UTF-16 units, ending with "…" when cut. Never splits a surrogate pair. */
export function truncate(text: string, max: number, suffix: string = ELLIPSIS): string {
  text = wellFormed(text);
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (suffix.length >= max) return cutCodePoints(suffix, max);
  let cut = cutCodePoints(text, max - suffix.length);
  // A cut escape ("\" left at the end) would escape our own ellipsis.
  cut = cut.replace(/\\+$/, (m) => (m.length % 2 ? m.slice(1) : m));
  return cut.trimEnd() + suffix;
}

/** The longest prefix of `text` of at most `max` UTF-16 units that does not end inside a surrogate pair. */
function cutCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Replaces lone surrogates (which JSON carries but Discord refuses as text) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Joins lines into at most `max` units; when they do not all fit, ends with "… and N more" (N counting the
 * lines left out). A single line longer than the limit is itself truncated.
 */
export function joinLines(lines: string[], max: number, noun = 'more', sep = '\n', unlisted = 0): string {
  if (unlisted > 0) {
    // Items the caller did not render: they count toward "… and N more" (with any lines that do not fit).
    const note = moreText(unlisted, noun);
    const body = joinLines(lines, Math.max(0, max - note.length - sep.length), noun, sep);
    const m = new RegExp(`${ELLIPSIS} and ([\\d,]+) ${escapeRegExp(noun)}$`).exec(body);
    if (m) return body.slice(0, m.index) + moreText(Number(m[1].replace(/,/g, '')) + unlisted, noun);
    return body ? `${body}${sep}${note}` : note;
  }
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const add = (out.length ? sep.length : 0) + line.length;
    const rest = lines.length - i - 1;
    const moreNote = rest > 0 ? moreText(rest, noun) : '';
    const reserve = rest > 0 ? sep.length + moreNote.length : 0;
    if (used + add + reserve <= max) {
      out.push(line);
      used += add;
      continue;
    }
    // This line does not fit whole: cut it if that leaves room for the note, else stop here.
    const note = moreText(lines.length - i, noun);
    const room = max - used - (out.length ? sep.length : 0) - sep.length - moreText(rest, noun).length;
    if (rest === 0 && max - used - (out.length ? sep.length : 0) >= 20) {
      out.push(truncate(line, max - used - (out.length ? sep.length : 0)));
      return out.join(sep);
    }
    if (rest > 0 && room >= 40) {
      out.push(truncate(line, room));
      out.push(moreText(rest, noun));
      return fit(out.join(sep), max);
    }
    out.push(note);
    return fit(out.join(sep), max);
  }
  return out.join(sep);
}

function fit(text: string, max: number): string {
  return text.length <= max ? text : truncate(text, max);
}

export function moreText(n: number, noun = 'more'): string {
  return `${ELLIPSIS} and ${n.toLocaleString('en-US')} ${noun}`;
}

/** Markdown in article text shown as text: every construct escaped, lists and headings and masked links included. */
export function md(text: string): string {
  // Most text has nothing to escape; escapeMarkdown's many passes are skipped for it.
  if (!/[\\*_`~|>#\-+[\]()<]|\d\./.test(text)) return wellFormed(text);
  return escapeMarkdown(wellFormed(text), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
}

/** Escapes and truncates: escaping first, so the result is what is measured. */
export function mdCut(text: string, max: number): string {
  // Cutting the raw text first keeps escaping cheap on long article text; escaping can only lengthen it.
  return truncate(md(text.length > max ? truncate(text, max) : text), max);
}

/** Plain text Discord shows without markdown (author names, footers, choices): only well-formed and cut. */
export function plain(text: string, max: number): string {
  return truncate(wellFormed(text).replace(/\s+/g, ' ').trim(), max);
}

/** Discord refuses empty or blank names and values: give them a visible placeholder. */
export function nonBlank(text: string, placeholder = '—'): string {
  return text.trim() === '' ? placeholder : text;
}

/** An http(s) URL Discord will accept in an embed or link, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href.replace(
    /[()<>\s]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
  return href.length <= 512 ? href : null;
}

/** "[headline](url)" when there is a usable URL, else the escaped headline alone. */
export function link(label: string, url: string | null | undefined, maxLabel = 120): string {
  const text = mdCut(label, maxLabel);
  const href = safeUrl(url);
  return href ? `[${text.replace(/(?<!\\)[[\]]/g, '\\$&')}](${href})` : text;
}
