// The clause a figure sits in, read by what the number is to the words around it rather than by patterns of whole
// sentences: the subject of a predicate after it ("102 of the suspects ... were arrested"), the object of a
// predicate that describes it ("an attack that left at least several dozen of them dead", "with millions of its
// citizens displaced", "have been shot in the past year, eight of them fatally"), or the object of a noun of "of"
// ("the assassination of Ambassador X and three other Americans"). The metric is what that word means (WordNet,
// ./figures-meaning.ts), whatever the sentence is about: a war, a pandemic, a shooting.
import type { Metric } from './vocabulary';
import { metricOfWord } from './figures-meaning';
import { baseForms } from './meaning/wordnet';

export interface ClauseReading {
  metric: Metric;
  /** How the figure stands to the word that names its metric. */
  relation: 'subject' | 'complement' | 'nominal';
  /** That word as written. */
  word: string;
  /** People the clause adds to the count: "the assassination of Ambassador X and three other Americans" is one more. */
  added: number;
  /** Where the figure's reading ends in the sentence (after the word, for a predicate after the number). */
  end: number;
}

/** "of them", "of the suspects", "of its citizens": a part of a group named before, still counted. */
const PARTITIVE = /^\s+of\s+(?:them|us|those|these|whom|(?:the|its|their|his|her|our|those|these)\s+[A-Za-z][\w'’-]*)/i;
/** Words that end the counted noun phrase: a verb's helper, a conjunction, a clause opener, a preposition. */
const NP_END =
  /^(?:and|or|but|while|when|where|after|before|because|as|if|than|to|said|says|who|whom|whose|which|that|have|has|had|were|was|are|is|be|been|being|will|would|could|should|may|might|can|did|do|does|not|in|at|on|for|from|by|with|during|since|into|across|near|under|over|among|including|amid)$/i;
/** Helpers between a subject and its predicate: "were", "have been", "had reportedly been", "were all". */
const AUX =
  /^(?:have|has|had|were|was|are|is|be|been|being|reportedly|allegedly|later|also|all|now|already|then|since|either)$/i;
/** A passive or stative helper: the predicate after it tells what happened to the subject. */
const PASSIVE = /^(?:were|was|are|is|be|been|being)$/i;
/** Words after an active verb that make it transitive: the counted people are then its agents, not its victims. */
const OBJECT_AFTER =
  /^(?:a|an|the|his|her|their|its|our|my|\d[\d,]*|at|more|some|about|nearly|dozens|hundreds|thousands)$/i;

/** A participle, an adjective or an adverb by WordNet or by its ending. */
const formCache = new Map<string, boolean>();
function predicateForm(word: string): boolean {
  const w = word.toLowerCase();
  let f = formCache.get(w);
  if (f === undefined) {
    f = /(?:ed|en|wn|ly)$/.test(w) || baseForms(w).some((b) => b.pos === 'a' || b.pos === 'r');
    formCache.set(w, f);
  }
  return f;
}

interface Word {
  text: string;
  start: number;
  end: number;
}
function words(text: string, offset: number): Word[] {
  return [...text.matchAll(/[A-Za-z][\w'’.-]*|\d[\d,.]*|[,;:()"“”—–]|\s-\s/g)].map((m) => ({
    text: m[0].replace(/\.$/, '').trim(),
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

/**
 * A predicate right after the counted phrase: "several dozen of them dead", "millions of its citizens displaced",
 * "eight of them fatally", "102 of the suspects — two-thirds white — were arrested". The counted phrase is a few
 * words at most, ending at a helper verb, a clause word or the predicate itself; a dash-set aside in it is skipped.
 */
function predicateAfter(sentence: string, end: number): ClauseReading | null {
  const after = sentence.slice(end);
  const shift = end;
  const part = PARTITIVE.exec(after);
  const np: Word[] = [];
  const ws = words(after, shift);
  let k = 0;
  if (part) {
    while (k < ws.length && ws[k].end <= shift + part[0].length) k++;
  }
  // up to four more words of the counted phrase ("current or former students"), no verb among them
  for (let n = 0; k < ws.length && n < 5; k++, n++) {
    const w = ws[k].text;
    if (/^[—–]$|^-$/.test(w)) {
      // "— two-thirds white —": an aside between dashes
      const close = ws.findIndex((x, j) => j > k && x.text === w);
      if (close < 0 || close - k > 8) return null;
      k = close;
      n--;
      continue;
    }
    if (/^[,;:()"“”]$/.test(w) || NP_END.test(w) || AUX.test(w)) break;
    // another number: "250 of every 100,000 residents" is a rate
    if (/^\d/.test(w)) return null;
    // "more than 4,400 lynching victims", "20 murder victims": the victims of what the noun names
    const noun = /^victims$/i.test(ws[k + 1]?.text ?? '') ? metricOfWord(w, 'noun') : null;
    if (noun) return { metric: noun, relation: 'nominal', word: w, added: 0, end: ws[k + 1].end };
    if (metricOfWord(w, 'predicate')) break;
    // a verb of its own ("eight were Mexican nationals"): the phrase is another clause's
    if (/(?:ed|ing)$/i.test(w) && !/^[A-Z]/.test(w)) return null;
    np.push(ws[k]);
  }
  // "Forty people were shot, nine fatally": a count set off by a comma and followed by its adverb alone is a part of
  // the people just counted, the partitive left out ("nine of them fatally")
  const elided =
    !part && !np.length && /,\s+[^\s,]+$/.test(sentence.slice(0, end)) && /^\p{L}+ly$/u.test(ws[k]?.text ?? '');
  if (!part && !np.length && !elided) return null;
  // helpers between the phrase and its predicate
  let passive = false;
  let aux = 0;
  while (k < ws.length && AUX.test(ws[k].text)) {
    if (PASSIVE.test(ws[k].text)) passive = true;
    k++;
    aux++;
  }
  // an adverb of degree before the predicate: "where 17 of us were seriously injured", "two of them critically"
  // ("fatally" names the metric itself)
  if (k + 1 < ws.length && /ly$/i.test(ws[k]?.text ?? '') && !metricOfWord(ws[k].text, 'predicate')) {
    const next = ws[k + 1].text;
    if (predicateForm(next) && metricOfWord(next, 'predicate')) k++;
  }
  const w = ws[k];
  // a predicate is a participle, an adjective or an adverb ("dead", "displaced", "fatally", "slain"), not a noun
  // ("replace it with four smaller jails")
  if (!w || !predicateForm(w.text)) return null;
  const metric = metricOfWord(w.text, 'predicate');
  if (!metric) return null;
  // an active verb with an object names what the counted people did: "two gunmen killed a reporter"
  const next = ws[k + 1]?.text ?? '';
  if (!passive && /ed$/i.test(w.text) && OBJECT_AFTER.test(next) && !/^at$/i.test(next)) return null;
  // "have died" (a helper but no passive) is the subject's own act; "killed" with no helper and no object is a
  // participle ("with millions of its citizens displaced")
  if (!passive && aux === 0 && /ed$/i.test(w.text) && /^[A-Z]/.test(next)) return null;
  return { metric, relation: aux ? 'subject' : 'complement', word: w.text, added: 0, end: w.end };
}

/**
 * A noun of "of" right before the figure: "the assassination of Ambassador Christopher Stevens and three other
 * Americans", "the deaths of four Americans". A name before "and N other(s)" is one more person.
 */
function nominalBefore(sentence: string, start: number): ClauseReading | null {
  const before = sentence.slice(0, start);
  const m =
    /\b([A-Za-z][\w-]*)\s+of\s+(?:(?:the|all|those|these)\s+)?((?:[A-Z][\w.'’-]*\s+){1,5}and\s+(?:the\s+)?)?$/.exec(
      before,
    );
  if (!m) return null;
  const metric = metricOfWord(m[1], 'noun');
  if (!metric) return null;
  const others = m[2] ? /^\s+other\b|^\s+others\b/i.test(sentence.slice(start).replace(/^\S+/, '')) : false;
  if (m[2] && !others) return null;
  return { metric, relation: 'nominal', word: m[1], added: m[2] ? 1 : 0, end: start };
}

/**
 * What the clause says of a number at [start, end): the metric its predicate or its noun names, or null when
 * neither names a casualty.
 */
export function readClause(sentence: string, start: number, end: number): ClauseReading | null {
  return predicateAfter(sentence, end) ?? nominalBefore(sentence, start);
}
