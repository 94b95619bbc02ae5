// What a chat message claims, for "Find sources" on a message: its words without links, mentions, custom emoji and
// markdown, and when it is long, the sentences that carry a claim first: those with a figure ("killed 5,400") or
// a reporting verb ("the UN said"), since that is what a fact-checker traces. Pure.
import { splitSentences } from '../corpus/segment';
import { REPORTING_VERBS } from '../extract/quote-words';

/** The message's prose: no links, no <@mentions>, <#channels>, <:emoji:ids>, markdown marks or block quotes. */
export function messageText(raw: string): string {
  return raw
    .replace(/<a?:\w+:\d+>/g, ' ')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/@(?:everyone|here)\b/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/^>+\s?/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/(\*\*|__|~~|\|\||`)/g, '')
    .replace(/(^|\s)[*_](\S)/g, '$1$2')
    .replace(/(\S)[*_](?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function weight(sentence: string): number {
  const words = sentence.toLowerCase().match(/[a-z']+/g) ?? [];
  let w = 0;
  if (/\d/.test(sentence)) w += 2;
  if (words.some((x) => REPORTING_VERBS.has(x))) w += 1;
  return w;
}

/** The claim to trace in a message, at most `max` characters; '' when the message has no words to trace. */
export function claimFromMessage(raw: string, max = 500): string {
  const text = messageText(raw);
  if (!/\p{L}/u.test(text)) return '';
  if (text.length <= max) return text;
  const sentences = splitSentences(text).map((s, i) => ({ text: s.text.trim(), i, w: weight(s.text) }));
  const ranked = [...sentences].sort((a, b) => b.w - a.w || a.i - b.i);
  const kept: typeof sentences = [];
  let used = 0;
  for (const s of ranked) {
    if (used + s.text.length + 1 > max) continue;
    kept.push(s);
    used += s.text.length + 1;
  }
  if (kept.length === 0) return text.slice(0, max).replace(/\s+\S*$/, '');
  return kept
    .sort((a, b) => a.i - b.i)
    .map((s) => s.text)
    .join(' ');
}
