// A learned second reader of /toll's figures: for a number the rules of figures.ts read no figure in, how likely it
// is a casualty or displacement figure, and of which metric. Rounds of rules written on one sample's misses lifted
// that sample and moved no unseen one: the misses of unseen news are shapes met once ("Two men in their early 40s were
// arrested", "were targeted and killed", "five officers killed July 7"). This reader asks instead what the words
// around the number are, by how news is written and by what they mean, never by a story's words: the part of speech
// and the lemma of the words next to it, the meaning of the nearest verbs and of the counted noun (WordNet's
// lexicographer files: noun.person, verb.contact, noun.time), whether that noun is a kind of person, the voice, the
// qualifier, whether a word of the sentence names a metric (figures-meaning.ts) and how far it is, whether the number
// sits in a quotation, which metrics the rules already read in the sentence.
//
// The weights are a multinomial logistic regression fitted by bench/fit-toll-proposer.ts on the hand-labelled gold
// (bench/toll-gold.json); its cross-validation, leave one sample out, is in docs/measured/toll.md: it gained nothing,
// so the reader lives here, with the bench that measured it, and extractFigures asks no reader by default.
import type { Metric } from '../src/extract/vocabulary';
import type { Candidate, Proposer } from '../src/extract/figures';
import { isPersonKind, tokens, type Token } from '../src/extract/figures-general';
import { metricOfWord } from '../src/extract/figures-meaning';
import { sensesOf, type Pos } from '../src/extract/meaning/wordnet';

/** WordNet's lexicographer files, by number (lexnames(5WN)): what kind of thing or act a sense is. */
const LEX_FILES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** The lexicographer file of a lemma's most frequent sense in a part of speech ("arrest" → verb.social). */
function lexFile(lemma: string, pos: Pos): string | null {
  const s = sensesOf(lemma.toLowerCase(), pos, 1)[0];
  return s ? (LEX_FILES[s.lexFile] ?? null) : null;
}

/** Closed-class words are features by their own spelling; open-class ones by their tag (and meaning, below). */
const CLOSED = new Set(['ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);
const word = (t: Token | undefined) =>
  !t ? 'none' : CLOSED.has(t.pos) ? `${t.pos}:${t.value.toLowerCase()}` : `${t.pos}`;
/** Marks that end a clause: what lies past them is another clause's. */
const CLAUSE_MARK = /^(?:[;:"“”()]|--|—|–)$/;
const BE = /^(?:be|is|are|was|were|been|being|am)$/i;
const bucket = (d: number) => (d <= 1 ? '1' : d <= 3 ? '2-3' : d <= 6 ? '4-6' : d <= 12 ? '7-12' : 'far');

/** The metric a word names in its place in the sentence (figures-meaning.ts), or null. */
function metricOf(t: Token): Metric | null {
  if (!/^[a-z][a-z-]*$/i.test(t.value) || t.pos === 'PROPN') return null;
  if (t.pos === 'NOUN') return metricOfWord(t.value, 'noun');
  if (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') return metricOfWord(t.value, 'predicate');
  return null;
}

/** How many characters of the sentence before and after the number are read. */
const REACH = 200;

/** The features of a number the rules read no figure in, as names (each present once). */
export function candidateFeatures(c: Candidate): string[] {
  const { sentence, mention: m } = c;
  const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, m.start - REACH)));
  const ts = tokens(sentence, from, m.end - from + REACH);
  const k = ts.findIndex((t) => t.start >= m.end);
  const b = ts.findLastIndex((t) => t.end <= m.start);
  const f = new Set<string>();
  const add = (x: string) => f.add(x);
  add('bias');
  // the number itself
  add(m.vague ? 'num:vague' : /^\d/.test(m.raw) ? 'num:digits' : /^one$/i.test(m.raw) ? 'num:one' : 'num:word');
  add(`num:size:${m.value < 10 ? 1 : m.value < 100 ? 2 : m.value < 1000 ? 3 : m.value < 1e5 ? 4 : 5}`);
  if (m.part) add('num:part');
  add(`qualifier:${c.qualifier}`);
  if (m.start === 0 || /^\W*$/.test(sentence.slice(0, m.start))) add('num:opens');
  // the words right before and after
  add(`prev1:${word(ts[b])}`);
  add(`prev2:${word(ts[b - 1])}`);
  add(`next1:${word(ts[k])}`);
  add(`next2:${word(ts[k + 1])}`);
  if (ts[k]?.pos === 'NUM' || ts[b]?.pos === 'NUM') add('num:beside-number');
  // the counted noun: the first noun after the number, past adjectives, "of" and a determiner ("thousands of the
  // Syrians", "two young men")
  let h = k;
  while (h >= 0 && h < ts.length && h - k < 5 && /^(?:ADJ|DET|ADP|ADV|NUM)$/.test(ts[h].pos) && ts[h].pos !== 'PUNCT')
    h++;
  const head = h >= 0 && (ts[h]?.pos === 'NOUN' || ts[h]?.pos === 'PROPN') ? ts[h] : undefined;
  if (head) {
    add(`head:${head.pos}`);
    add(`head:lemma:${head.lemma.toLowerCase()}`);
    const lf = head.pos === 'NOUN' ? lexFile(head.lemma, 'n') : null;
    if (lf) add(`head:lex:${lf}`);
    if (isPersonKind(head.value, head.lemma)) add('head:person');
    const hm = head.pos === 'NOUN' ? metricOfWord(head.value, 'noun') : null;
    if (hm) add(`head:metric:${hm}`);
    if (h > k) add('head:after-modifiers');
  } else add('head:none');
  // the nearest verbs after and before, in the number's clause
  const verbs = (dir: 1 | -1, start: number, tag: string) => {
    for (let j = start, d = 1; j >= 0 && j < ts.length && d <= 15; j += dir, d++) {
      const t = ts[j];
      if (CLAUSE_MARK.test(t.value)) {
        add(`${tag}:clause-ends`);
        return;
      }
      if (t.pos !== 'VERB') continue;
      add(`${tag}:lemma:${t.lemma.toLowerCase()}`);
      const lf = lexFile(t.lemma, 'v');
      if (lf) add(`${tag}:lex:${lf}`);
      const vm = metricOf(t);
      if (vm) add(`${tag}:metric:${vm}`);
      add(`${tag}:dist:${bucket(d)}`);
      if (BE.test(ts[j - 1]?.value ?? '') || (ts[j - 1]?.pos === 'ADV' && BE.test(ts[j - 2]?.value ?? '')))
        add(`${tag}:passive`);
      if (/ing$/i.test(t.value)) add(`${tag}:gerund`);
      const comma = ts.slice(Math.min(j, start), Math.max(j, start)).some((x) => x.value === ',');
      if (comma) add(`${tag}:past-comma`);
      return;
    }
    add(`${tag}:none`);
  };
  verbs(1, k, 'verb-after');
  verbs(-1, b, 'verb-before');
  // the nearest word naming each metric, on each side, and how far
  const nearest = new Map<string, number>();
  ts.forEach((t, j) => {
    if (j >= k && k >= 0 && j - k > 25) return;
    if (j <= b && b - j > 25) return;
    if (j > b && (k < 0 || j < k)) return;
    const mt = metricOf(t);
    if (!mt) return;
    const side = j >= k && k >= 0 ? 'after' : 'before';
    const d = side === 'after' ? j - k + 1 : b - j + 1;
    const key = `${side}:${mt}`;
    if ((nearest.get(key) ?? Infinity) > d) nearest.set(key, d);
  });
  for (const [key, d] of nearest) {
    add(`metric-word:${key}`);
    add(`metric-word:${key}:${bucket(d)}`);
    add(`metric-word:${key.split(':')[0]}:${bucket(d)}`);
  }
  if (!nearest.size) add('metric-word:none');
  // what a linear reader cannot join by itself: the counted people and what the verb after them says befell them
  // ("Two men in their early 40s were arrested"), a number that opens its clause and the verb of that clause
  const person = f.has('head:person');
  const opens = b < 0 || /^(?:PUNCT|CCONJ|SCONJ)$/.test(ts[b].pos);
  for (const x of [...f]) {
    const v = /^verb-(after|before):metric:(.+)$/.exec(x);
    if (!v) continue;
    if (person) add(`person&${x}`);
    if (v[1] === 'after' && f.has('verb-after:passive')) add(`passive&${x}`);
    if (v[1] === 'after' && person && f.has('verb-after:passive')) add(`person&passive&${x}`);
    if (v[1] === 'after' && opens) add(`opens-clause&${x}`);
    if (v[1] === 'before' && f.has(`verb-before:dist:1`)) add(`object&${x}`);
  }
  for (const [key, d] of nearest) if (person) add(`person&metric-word:${key}:${bucket(d)}`);
  // in a quotation: an odd count of quotation marks before it
  if ((sentence.slice(0, m.start).match(/["“”]/g)?.length ?? 0) % 2 === 1) add('quoted');
  // what the rules already read here
  for (const x of c.here) add(`rules-here:${x}`);
  if (!c.here.length) add('rules-here:none');
  for (const x of c.previous) add(`rules-previous:${x}`);
  return [...f];
}

/** Whether the reader is asked at all: a word of the sentence near the number names a metric. */
export const readable = (features: string[]): boolean => !features.includes('metric-word:none');

/** Weights of the reader: per feature, one weight a class. */
export interface ProposerModel {
  classes: ('none' | Metric)[];
  weights: Record<string, number[]>;
  threshold: number;
}

/** The most likely metric and its probability (a softmax over the classes, "none" among them). */
export function scoreCandidate(model: ProposerModel, features: string[]): { metric: Metric | null; p: number } {
  const z = model.classes.map(() => 0);
  for (const x of features) {
    const w = model.weights[x];
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  let best = -1;
  for (let c = 0; c < z.length; c++) if (model.classes[c] !== 'none' && (best < 0 || e[c] > e[best])) best = c;
  return best < 0 ? { metric: null, p: 0 } : { metric: model.classes[best] as Metric, p: e[best] / sum };
}

/** A proposer from a fitted model: the most likely metric when its probability reaches the model's threshold. */
export function proposerOf(model: ProposerModel, threshold = model.threshold): Proposer {
  return (c) => {
    const features = candidateFeatures(c);
    if (!readable(features)) return null;
    const s = scoreCandidate(model, features);
    return s.metric && s.p >= threshold ? s.metric : null;
  };
}
