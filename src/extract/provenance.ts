// Provenance of an article: which wire services it credits for its text, which for its photos, and which other
// articles share so much verbatim text with it that they are copies of one wire story.
//
// Credits are read from the article's own lines (body and the clutter the cleaner set aside), by the places where
// news pages put them: a dateline ("BEIRUT (AP) —"), a line of credits ("(AP, Reuters)"), a contribution line
// ("The Associated Press and Reuters contributed to this report"), a byline ("Associated Press", "By The
// Associated Press"), a copyright line, Reuters' "Editing by" tail. Photo credits are "Str / AP",
// "Misha Japaridze/AP/File", "Credit: Reuters", "(Seth Wenig / AP)" at the end of a caption: they say who took the
// picture, not who wrote the text, so they are kept apart.
import type { Article } from '../corpus/schema';

/** Wire services and how they are written. Order is the order credits are listed in. */
const WIRES: { name: string; re: RegExp }[] = [
  { name: 'AP', re: /\b(?:the\s+)?associated\s+press\b|\bAP\b/i },
  { name: 'Reuters', re: /\breuters\b/i },
  { name: 'AFP', re: /\bagence\s+france[-\s]presse\b|\bAFP\b/i },
  { name: 'Bloomberg', re: /\bbloomberg\s+news\b/i },
  { name: 'UPI', re: /\bunited\s+press\s+international\b|\bUPI\b/ },
  { name: 'dpa', re: /\bdeutsche\s+presse[-\s]agentur\b|\bdpa\b/ },
  { name: 'Xinhua', re: /\bxinhua\b/i },
  { name: 'PA', re: /\bpress\s+association\b/i },
  { name: 'EFE', re: /\bEFE\b/ },
  { name: 'ANSA', re: /\bANSA\b/ },
  { name: 'Kyodo', re: /\bkyodo(?:\s+news)?\b/i },
  { name: 'Yonhap', re: /\byonhap\b/i },
  { name: 'Tribune News Service', re: /\btribune\s+news\s+service\b/i },
  { name: 'CNN Wire', re: /\bCNN\s+Wire\b/ },
];
// Wire names as a bare credit token (inside parentheses, after a slash): the short forms are case-sensitive
// so that "ap" in prose never counts.
const WIRE_TOKEN =
  '(?:The\\s+)?Associated\\s+Press|AP|Reuters|REUTERS|AFP|Agence\\s+France[-\\s]Presse|Bloomberg(?:\\s+News)?|UPI|dpa|Xinhua|EFE|ANSA|Kyodo(?:\\s+News)?|Yonhap|Press\\s+Association|PA';
const WIRE_LIST = `\\b(?:${WIRE_TOKEN})\\b(?:\\s*(?:,|/|&|\\band\\b)\\s*(?:${WIRE_TOKEN})\\b)*`;

/** A line that is nothing but credits: "(AP, Reuters)", "Associated Press", "— Reuters", "By The Associated Press". */
const CREDIT_LINE = new RegExp(
  `^[\\s(—–-]*(?:by\\s+)?(${WIRE_LIST})(?:\\s+(?:staff|writers?|reporters?|wire))?[\\s).]*$`,
  'i',
);
/** A dateline: "BEIRUT (AP) —", "LONDON, March 3 (Reuters) -", or just "(Reuters) -" at a paragraph's start. */
const DATELINE = new RegExp(`^(?:[\\p{Lu}][\\p{Lu}\\p{L}\\p{N}.,' -]{0,60}?\\s*)?\\((${WIRE_LIST})\\)\\s*[-—–:]`, 'u');
/** "The Associated Press and Reuters contributed to this report", "Material from Reuters was used". */
const CONTRIBUTED = new RegExp(
  `(${WIRE_LIST})(?:\\s+(?:writers?|reporters?|staff))?\\s+(?:contributed|helped)\\b|(?:information|material|reporting)\\s+(?:from|by)\\s+(${WIRE_LIST})\\b|\\bcontributed\\s+(?:to\\s+)?(?:this|the)\\s+(?:report|story)\\b.*?\\b(${WIRE_LIST})`,
  'i',
);
/** "Associated Press Writer", "AP Diplomatic Writer", "Copyright 2012 The Associated Press", "© Reuters". */
const BYLINE = new RegExp(
  `\\b(${WIRE_LIST})\\s+(?:[\\p{L}]+\\s+)?(?:writer|correspondent|reporter)\\b|(?:copyright|©|\\(c\\))\\s*(?:\\d{4}\\s+)?(${WIRE_LIST})\\b`,
  'iu',
);
/** Reuters' house tail: "Reporting by X; Editing by Y". */
const REUTERS_TAIL =
  /\b(?:additional\s+)?reporting\s+by\s+[\p{Lu}][\p{L}.' -]+(?:;|\band\b)[^.]*\bediting\s+by\s+\p{Lu}/u;

/** Photo credits: "Str / AP", "Misha Japaridze/AP/File", "AP Photo/Hussein Malla", "Credit: Reuters". */
const PHOTO_SLASH = new RegExp(
  `^[\\p{Lu}][\\p{L}.'’ -]{0,40}?\\s*/\\s*(${WIRE_TOKEN}|Getty\\s+Images|EPA|[\\p{Lu}][\\p{L}.]+(?:\\s+[\\p{Lu}][\\p{L}.]+){0,2})(?:\\s*/\\s*(?:File|Pool|Handout|Getty\\s+Images))*\\s*$`,
  'u',
);
const PHOTO_LABEL = new RegExp(
  `\\b(?:photo|photograph|picture|image)s?\\s*(?:credit)?\\s*[:/]\\s*(${WIRE_TOKEN}|Getty\\s+Images|EPA)\\b|\\bcredit\\s*:\\s*(?:[\\p{L}. ]+\\s*/\\s*)?(${WIRE_TOKEN}|Getty\\s+Images|EPA)\\b|\\b(${WIRE_TOKEN})\\s+photo\\b`,
  'iu',
);
/** A caption ends with its credit in parentheses: "... on Tuesday. (Seth Wenig / AP)", "(Reuters) Back to ...". */
const CAPTION_CREDIT = new RegExp(
  `\\((?:[\\p{L}.'’ -]+\\s*/\\s*)?(${WIRE_TOKEN})(?:\\s*[-–/]\\s*(Getty\\s+Images))?\\)`,
  'gu',
);

export interface Credits {
  wire: string[];
  photo: string[];
}

function wiresIn(s: string): string[] {
  return WIRES.filter((w) => w.re.test(s)).map((w) => w.name);
}
function photoName(s: string): string {
  const w = wiresIn(s);
  if (w.length) return w[0];
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Credits of an article. Lines are its paragraphs and its clutter, in their own order (the clutter keeps page
 * order, so a bare "Reuters" right under an "Image:" line is read as that image's credit).
 */
export function articleCredits(article: Pick<Article, 'paragraphs' | 'clutter' | 'outlet'>): Credits {
  const wire = new Set<string>();
  const photo = new Set<string>();
  const scan = (lines: string[], isClutter: boolean) => {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      const prev = i > 0 ? lines[i - 1].trim() : '';
      let m: RegExpExecArray | null;
      if (PHOTO_SLASH.test(line) && line.length <= 80) {
        const parts = line
          .split('/')
          .map((p) => p.trim())
          .filter((p) => !/^(?:file|pool|handout)$/i.test(p));
        photo.add(photoName(parts[parts.length - 1]));
        continue;
      }
      if (CREDIT_LINE.test(line)) {
        // Under an image label, a bare agency name is that image's credit.
        if (isClutter && /^(?:image|photo|picture|slideshow)s?\b|^\d+\.\s+image/i.test(prev))
          photo.add(photoName(line));
        else for (const w of wiresIn(line)) wire.add(w);
        continue;
      }
      if ((m = DATELINE.exec(line))) for (const w of wiresIn(m[1])) wire.add(w);
      if ((m = CONTRIBUTED.exec(line))) for (const w of wiresIn(m[1] ?? m[2] ?? m[3] ?? '')) wire.add(w);
      if ((m = BYLINE.exec(line))) for (const w of wiresIn(m[1] ?? m[2] ?? '')) wire.add(w);
      if (REUTERS_TAIL.test(line) && i >= lines.length - 3) wire.add('Reuters');
      if ((m = PHOTO_LABEL.exec(line))) photo.add(photoName(m[1] ?? m[2] ?? m[3] ?? ''));
      // A parenthesised credit that is not a dateline, at the end of caption text, is a photo credit.
      for (const c of line.matchAll(CAPTION_CREDIT)) {
        if (c.index === 0 || DATELINE.test(line.slice(0, (c.index ?? 0) + c[0].length + 3))) continue;
        photo.add(photoName(c[1]));
        if (c[2]) photo.add(photoName(c[2]));
      }
    }
  };
  scan(article.paragraphs, false);
  scan(article.clutter, true);
  // A piece published by a wire service is that wire's copy.
  if (article.outlet) for (const w of wiresIn(article.outlet)) if (isWireOutlet(article.outlet)) wire.add(w);
  return { wire: order(wire), photo: [...photo].filter(Boolean) };
}

/** An outlet that is itself a wire service ("Reuters", "Associated Press", "AP News"), not a paper that names one. */
function isWireOutlet(outlet: string): boolean {
  return /^(?:the\s+)?(?:associated\s+press|ap(?:\s+news)?|reuters|afp|agence\s+france[-\s]presse|upi|xinhua|dpa)\b/i.test(
    outlet.trim(),
  );
}

function order(set: Set<string>): string[] {
  return WIRES.map((w) => w.name).filter((n) => set.has(n));
}

// ---------------------------------------------------------------------------------------------------------
// Syndication: copy families.
//
// Two articles are copies of one text when most of the sentences of one stand, near-verbatim, in the other. We
// compare word 5-gram shingles of sentences. To find candidate pairs in a large corpus without comparing every
// pair, only shingles whose hash falls in a fixed residue class are indexed (a deterministic sample, as in
// winnowing: two copies that share many shingles share many sampled ones too). Boilerplate is counted out:
// a shingle that stands in many articles (a site's footer, a stock sentence like "contributed to this report")
// is no evidence of copying.

export interface FamilyCopy {
  id: string;
  shared: number;
}
export interface Family {
  original: string;
  copies: FamilyCopy[];
}
export interface Families {
  families: Family[];
  /** For each article in a family: the family's original and how much of this article it shares. */
  memberOf: Map<string, { original: string; shared: number }>;
}

export interface FamilyOptions {
  /** Share of the smaller article's sentences found in the other for the two to be copies. */
  minShare?: number;
  /** Sampling modulus for candidate search (1 = every shingle). */
  sample?: number;
}

const SHINGLE = 5;

const LETTER = /[\p{L}\p{N}]/u;

/** Is this UTF-16 unit part of a word? ASCII is decided without a regular expression (the hot path). */
function wordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** FNV-1a hashes of a text's words, lower-cased, an apostrophe inside a word kept as part of it. */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (wordChar(c, text[i])) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      if (c >= 65 && c <= 90) c |= 0x20;
      else if (c >= 128) c = text[i].toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
    } else if (
      inWord &&
      (c === 39 || c === 0x2019) &&
      i + 1 < text.length &&
      wordChar(text.charCodeAt(i + 1), text[i + 1])
    ) {
      h = Math.imul(h ^ 39, 0x01000193);
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/**
 * Shingles of one sentence, as 32-bit hashes of word 5-grams (combined from word hashes, so no strings are built);
 * a sentence shorter than a shingle is one shingle of its own, and one of fewer than three words none.
 */
export function sentenceShingles(sentence: string): number[] {
  const wh = wordHashes(sentence);
  if (wh.length < 3) return [];
  const k = Math.min(SHINGLE, wh.length);
  const out: number[] = [];
  for (let i = 0; i + k <= wh.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ wh[i + j], 0x5bd1e995) ^ (h >>> 15);
    out.push(h >>> 0);
  }
  return out;
}

export interface Shingled {
  sentences: number[][];
  all: Set<number>;
  words: number;
}

export function shingleArticle(a: Article): Shingled {
  const sentences = a.sentences.map((s) => sentenceShingles(s.text));
  const all = new Set<number>();
  let words = 0;
  for (const s of sentences) {
    for (const h of s) all.add(h);
    words += s.length;
  }
  return { sentences, all, words };
}

/**
 * Share of `a`'s text (by shingles, sentence by sentence) that stands in `b`: a sentence counts as shared when most
 * of its non-boilerplate shingles are in `b`. Weighted by sentence length, so a shared one-line quote is small.
 */
export function shareIn(a: Shingled, b: Shingled, boiler: Set<number>): number {
  let total = 0;
  let shared = 0;
  for (const s of a.sentences) {
    const own = s.filter((h) => !boiler.has(h));
    if (own.length === 0) continue;
    total += own.length;
    let hit = 0;
    for (const h of own) if (b.all.has(h)) hit++;
    if (hit / own.length >= 0.5) shared += own.length;
  }
  return total > 0 ? shared / total : 0;
}

/** Compare published dates; undated articles sort last. */
export function byDate(a: Article, b: Article): number {
  if (a.published && b.published) return a.published < b.published ? -1 : a.published > b.published ? 1 : 0;
  return a.published ? -1 : b.published ? 1 : 0;
}

/** Every how-manyth shingle is kept for a corpus of n articles (all of them on a small corpus). */
export const familySample = (n: number): number => (n > 5000 ? 16 : n > 500 ? 4 : 1);
/** A shingle in more articles than this is boilerplate (a site's template), not evidence of a copy. */
export const familyMaxDf = (n: number): number => Math.max(20, Math.ceil(n / 400));

/**
 * Copy families of a corpus. Work is about linear in the corpus: one pass to shingle, a sampled inverted index,
 * and an exact comparison only for pairs that share several sampled shingles.
 */
export function copyFamilies(articles: Article[], options: FamilyOptions = {}): Families {
  const minShare = options.minShare ?? 0.5;
  const n = articles.length;
  const sample = options.sample ?? familySample(n);
  const shingled: (Shingled | null)[] = new Array(n).fill(null);
  const get = (i: number) => (shingled[i] ??= shingleArticle(articles[i]));

  // Sampled inverted index: shingle → articles holding it.
  const postings = new Map<number, number[]>();
  const sampledOf: number[][] = [];
  for (let i = 0; i < n; i++) {
    const set = new Set<number>();
    for (const s of articles[i].sentences) for (const h of sentenceShingles(s.text)) if (h % sample === 0) set.add(h);
    const arr = [...set];
    sampledOf.push(arr);
    for (const h of arr) {
      const p = postings.get(h);
      if (p) p.push(i);
      else postings.set(h, [i]);
    }
  }
  // Boilerplate: a shingle in very many articles, or in several articles of one outlet (its footer, its stock
  // sign-off). A wire story reprinted by many outlets stands once in each, so it is not caught by the second rule.
  const maxDf = familyMaxDf(n);
  const boiler = new Set<number>();
  for (const [h, p] of postings) {
    if (p.length > maxDf) {
      boiler.add(h);
      continue;
    }
    if (p.length >= 4) {
      const byOutlet = new Map<string, number>();
      for (const i of p) {
        const o = articles[i].outlet ?? '';
        const c = (byOutlet.get(o) ?? 0) + 1;
        byOutlet.set(o, c);
        if (o && c >= 4) {
          boiler.add(h);
          break;
        }
      }
    }
  }

  // Candidate pairs: articles sharing a few sampled, non-boilerplate shingles.
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const edges: { a: number; b: number; ab: number; ba: number }[] = [];
  for (let i = 0; i < n; i++) {
    const counts = new Map<number, number>();
    for (const h of sampledOf[i]) {
      if (boiler.has(h)) continue;
      for (const j of postings.get(h)!) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const own = sampledOf[i].length;
    for (const [j, c] of counts) {
      const smaller = Math.min(own, sampledOf[j].length);
      if (c < 2 || c < 0.25 * smaller) continue;
      const ab = shareIn(get(i), get(j), boiler);
      const ba = shareIn(get(j), get(i), boiler);
      if (Math.max(ab, ba) < minShare) continue;
      edges.push({ a: i, b: j, ab, ba });
      parent[find(i)] = find(j);
    }
    // Free the exact shingles of articles already compared with everything after them.
    shingled[i] = null;
  }

  const groups = new Map<number, number[]>();
  for (const e of edges)
    for (const x of [e.a, e.b]) {
      const r = find(x);
      const g = groups.get(r) ?? [];
      if (!g.includes(x)) g.push(x);
      groups.set(r, g);
    }
  const families: Family[] = [];
  const memberOf = new Map<string, { original: string; shared: number }>();
  for (const members of groups.values()) {
    // The original is the earliest; on a tie, the one that holds most of the others (the fuller copy of the wire
    // text), then the longer one.
    const holds = (i: number) =>
      edges.filter((e) => e.a === i || e.b === i).reduce((s, e) => s + (e.a === i ? e.ba : e.ab), 0);
    members.sort(
      (x, y) =>
        byDate(articles[x], articles[y]) ||
        holds(y) - holds(x) ||
        articles[y].sentences.length - articles[x].sentences.length ||
        (articles[x].id < articles[y].id ? -1 : 1),
    );
    const orig = members[0];
    const copies: FamilyCopy[] = [];
    for (const m of members.slice(1)) {
      const e = edges.find((e) => (e.a === m && e.b === orig) || (e.b === m && e.a === orig));
      // Share of the copy found in the original; for a member linked through another copy, compare directly.
      const shared = e
        ? e.a === m
          ? e.ab
          : e.ba
        : shareIn(shingleArticle(articles[m]), shingleArticle(articles[orig]), boiler);
      copies.push({ id: articles[m].id, shared: Math.round(shared * 100) / 100 });
    }
    copies.sort((x, y) => y.shared - x.shared);
    const original = articles[orig].id;
    families.push({ original, copies });
    memberOf.set(original, { original, shared: 1 });
    for (const c of copies) memberOf.set(c.id, { original, shared: c.shared });
  }
  families.sort((x, y) => y.copies.length - x.copies.length || (x.original < y.original ? -1 : 1));
  return { families, memberOf };
}
