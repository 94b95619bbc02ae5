// In-text attribution: to whom a sentence attributes what it says. News marks this in a handful of ways, and they
// are the same in every outlet: a reporting clause ("a top defense official said Thursday", "the U.N. says",
// "Antonov told reporters", inverted: "said Mr. Antonov"), a source phrase ("according to the country's state
// news agencies"), and hedges that name no one ("reportedly", "allegedly"). A quoted sentence often carries its
// attribution in the next sentence of the paragraph, and a pronoun ("he said") is resolved to the last person the
// text named as speaking.
import type { Article } from '../corpus/schema';
import { alternation, CLAIM_FORMS, HEDGES, INVERTIBLE_FORMS } from './lexicon';

const VERBS = alternation(CLAIM_FORMS);
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const HEDGE_RE = new RegExp(String.raw`\b(${alternation(HEDGES)}|is said to|are said to|was said to|were said to|is believed to|are believed to|is thought to|are thought to|sources say)\b`, 'i');
const ACCORDING_RE = /\b(according to|citing|as reported by)\s+((?:[^,.;:"“”]|[,.](?=\d)){2,80}?)(?=\s*(?:[,.](?!\d)|[;:"“”]|$|\s(?:that|who|which|as|and said|but|at least|more than|some|about|over|nearly|almost|up to|there|the number)\b|\s\d))/i;
/** Words that end a subject phrase when reading back from the verb: the subject starts after them. */
const SUBJECT_STOP = /^(?:that|which|who|whom|where|when|as|because|while|and|but|or|if|since|after|before|than|so|though|although|also|meanwhile|however)$/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;
const TIME_WORD = /^(?:on|in|last|this|earlier|later|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|previously|again|also|repeatedly|publicly|privately|separately|then|now)$/i;

/** Replace quoted spans by a neutral marker so reporting verbs inside quotations are not read as attribution. */
function maskQuotes(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”?|''[^']*''/g, (m) => ' ' + '…'.repeat(Math.min(1, m.length)) + ' ');
}

export interface Attribution {
  /** As written: "a top defense official said", "according to the country's state news agencies", "reportedly". */
  text: string;
  /** Who it names, when a reporting clause names someone (pronouns resolved): "Anatoly Antonov", "the U.N.". */
  source: string | null;
}

/** Attribution found in one sentence's own words, or null. */
export function sentenceAttribution(sentence: string, focus = -1): Attribution | null {
  const masked = maskQuotes(sentence);
  const parts: string[] = [];
  let source: string | null = null;

  const clause = reportingClause(masked, focus);
  if (clause) { parts.push(clause.text); source = clause.subject; }
  const acc = ACCORDING_RE.exec(masked);
  if (acc) { parts.push(`${acc[1].toLowerCase()} ${acc[2].trim()}`); source ??= acc[2].trim(); }
  const hedge = HEDGE_RE.exec(masked);
  if (hedge) parts.push(hedge[1].toLowerCase());
  if (parts.length === 0) return null;
  return { text: parts.join(', '), source };
}

/** The reporting clause of a (quote-masked) sentence: subject + verb (+ object of "told"), or inverted "said X". */
function reportingClause(masked: string, focus = -1): { text: string; subject: string | null } | null {
  let best: { text: string; subject: string | null } | null = null;
  // With a focus (where the claim's words stand), the reporting clause nearest before it governs them: in
  // "Antonov said Russia will abide ..., during which the U.N. says over 7,500 people have been killed", the
  // figure is the U.N.'s, not Antonov's.
  let beforeFocus: { text: string; subject: string | null } | null = null;
  for (const m of masked.matchAll(VERB_RE)) {
    const at = m.index ?? 0;
    const verb = m[0];
    // Inverted order after a quotation or comma: ', said Mr. Antonov', ', said an activist in the city'.
    const before = masked.slice(0, at).trimEnd();
    if (/(?:…|,)$/.test(before) || before === '') {
      const after = /^\s+((?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Maj|Capt|Prof)\.\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}|(?:an?|the)\s+[^,.;…]{2,60})/u.exec(masked.slice(at + verb.length));
      if (after && INVERTIBLE_FORMS.has(verb)) {
        const subj = after[1].trim().replace(/\s+(?:on|in|at)$/, '').replace(/[.,;:]+$/, '');
        if (!TIME_WORD.test(subj.split(/\s+/)[0])) return { text: `${verb} ${subj}`, subject: subj };
      }
    }
    // Normal order: read the subject back from the verb, skipping a time word ("Lavrov said Tuesday" reads fine,
    // but "Lavrov on Tuesday said" has "on Tuesday" between).
    const words = before.split(/\s+/).filter(Boolean);
    const subj: string[] = [];
    for (let i = words.length - 1; i >= 0 && subj.length < 8; i--) {
      const w = words[i];
      if (/[,;:…(]$/.test(w) || w === '…') break;
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
      if (SUBJECT_STOP.test(bare)) break;
      subj.unshift(w);
      if (/^[(“"]/.test(w)) break;
    }
    while (subj.length && TIME_WORD.test(subj[subj.length - 1].replace(/[^\p{L}]/gu, ''))) subj.pop();
    let subject = subj.join(' ').replace(/^[^\p{L}\p{N}]+/u, '').trim();
    if (!subject) {
      // A name and its appositive before the verb: "Kyung-wha Kang, Deputy UN High Commissioner, told ...".
      const app = /([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}),\s+[^,…]{2,80},$/u.exec(before);
      if (app) subject = app[1];
    }
    if (!subject) continue;
    // A subject is a noun phrase: it has a noun-ish word and no finite verb of its own.
    if (/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/i.test(subject) && subj.length > 3) continue;
    let text = `${subject} ${verb}`;
    if (verb === 'told' || verb === 'tells') {
      const obj = /^\s+((?:[^\s,.;:…]+(?=[\s,.;:…]|$)\s*){1,4}?)(?=\s*(?:[,.;:…]|$|\b(?:that|on|at|during|after|in an?|he|she|they|it|we|i|the\s+\S+\s+(?:is|was|will|would|has|had))\b))/i.exec(masked.slice(at + verb.length));
      if (obj) text += ' ' + obj[1].trim();
    }
    const cand = { text, subject };
    // A sentence that opens with its reporting clause ("Wahhab said Assad told him ...") is attributed by that
    // one, the outer; otherwise the last one is ("..., a top official said Thursday").
    if (focus >= 0 && at < focus) beforeFocus = cand;
    if (focus < 0 && words.length === subj.length) return cand;
    best ??= words.length === subj.length ? cand : null;
    if (words.length !== subj.length) best = cand;
  }
  return beforeFocus ?? best;
}

/** Strip "Deputy Defense Minister" etc. to a name when the subject ends with capitalised words. */
const TITLE_WORD = /^(?:minister|president|secretary|ambassador|spokesman|spokeswoman|spokesperson|chairman|chief|director|general|deputy|prime|foreign|defense|defence|interior|senator|governor|mayor|judge|justice|commissioner|envoy|leader|king|queen|prince|pope|sheikh|gen\.?|sen\.?|rep\.?|gov\.?|mr\.?|mrs\.?|ms\.?|dr\.?|the)$/i;
function nameOf(subject: string): string | null {
  const m = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+)$/u.exec(subject.replace(/[.,]$/, ''));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  while (words.length > 1 && TITLE_WORD.test(words[0])) words.shift();
  const name = words.slice(-2).join(' ');
  return PRONOUN.test(name) || TITLE_WORD.test(name) ? null : name;
}

/**
 * The attribution of one sentence of an article: its own, or its paragraph's (a quotation attributed by the next
 * sentence), with a pronoun resolved to the last speaker named before it.
 */
export function attributionOf(article: Pick<Article, 'sentences'>, sentenceIndex: number, focus?: string): Attribution | null {
  const sentences = article.sentences;
  const s = sentences[sentenceIndex];
  if (!s) return null;
  const at = focus ? s.text.toLowerCase().indexOf(focus.toLowerCase()) : -1;
  let found = sentenceAttribution(s.text, at);
  // A quotation carries its attribution in a neighbouring sentence of its paragraph; a plain statement does not
  // borrow one from its neighbour ("The U.N. estimates ..." does not attribute the sentence before it).
  if (!found && /["“”]/.test(s.text)) {
    // Paragraph: the nearest sentence of the same paragraph that carries a reporting clause, the next one first
    // (a quotation is usually followed by its "he said"), then the ones before.
    const para = sentences.filter((x) => x.paragraph === s.paragraph && x.index !== s.index);
    para.sort((a, b) => Math.abs(a.index - s.index) - Math.abs(b.index - s.index) || b.index - a.index);
    for (const o of para) {
      const a = sentenceAttribution(o.text);
      if (a && a.source) { found = a; break; }
    }
  }
  if (!found) return null;
  if (found.source && PRONOUN.test(found.source.split(/\s+/)[0] ?? '') && found.source.split(/\s+/).length === 1) {
    const who = lastSpeaker(sentences, sentenceIndex);
    if (who) return { text: `${found.text} (${who})`, source: who };
  }
  return found;
}

/** The last person named as speaking before a sentence (within a few sentences), for "he said". */
function lastSpeaker(sentences: Article['sentences'], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const a = sentenceAttribution(sentences[i].text);
    const name = a?.source ? nameOf(a.source) : null;
    if (name) return name;
  }
  return null;
}
