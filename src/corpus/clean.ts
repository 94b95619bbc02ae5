// Cleaning: from the text of a web page (clutter and all) to the article's paragraphs.
//
// The method is block classification in the manner of jusText (Pomikálek 2011): each block (a paragraph of the
// page) is judged by its own shape (length, sentence punctuation, stock web phrases, credit lines, headline
// case) and, when that is not decisive, by its neighbours. Nothing here knows any particular site: the rules
// are what clutter looks like everywhere (short lines without sentences, link-like lines, repeated stock
// phrases of web pages, captions beside photo credits, teaser headlines with their one-line blurbs).

import { hasVerb } from './verbs';
import { promptsReader, talksAboutPage } from './page-talk';

export interface Block {
  text: string;
  kind: BlockKind;
}
export type BlockKind = 'good' | 'neargood' | 'short' | 'bad';

export interface Cleaned {
  paragraphs: string[];
  /** Lines judged clutter, kept (bounded) for credit and metadata spotting. */
  clutter: string[];
  /** A headline found at the top of the page, if any. */
  headline: string | null;
}

/** Stock phrases of web pages: navigation, prompts, widgets, galleries. Matched at the start of a block. */
const STOCK_START = new RegExp(
  '^(?:' +
    [
      'skip to',
      'jump to',
      'go to',
      'back to (?:top|slideshow)',
      'subscribe',
      'sign (?:up|in)',
      'log ?in',
      'log ?out',
      'already (?:a subscriber|signed up|have an account)',
      'register',
      'create (?:an )?account',
      'read more',
      'read comments',
      'view (?:reader )?comments',
      'comments?\\b',
      'comment on',
      'discuss(?:ion)?\\b',
      'most (?:active|popular|read|viewed|shared|emailed)',
      'share\\b',
      'share this',
      'tweet\\b',
      'email\\b',
      'e-mail\\b',
      'print\\b',
      'advertisement',
      'sponsored',
      'related\\b',
      'recommended',
      'more from',
      'more on',
      'you may also like',
      'follow us',
      'follow @',
      'like us',
      'become a (?:fan|member|subscriber)',
      'click (?:here|to)',
      'tap to',
      'loading\\b',
      'slideshow',
      'photos?\\s*:',
      'photo gallery',
      'gallery',
      'video\\s*:',
      'image\\s*:',
      'images?\\b\\s*\\d',
      'watch\\s*:',
      'listen\\s*:',
      'data\\s*:',
      "editor's note",
      'support (?:the |our |us|independent)',
      'contribute',
      'donate',
      'special offer',
      'this (?:image|video|content) (?:contains|is)',
      'use the buttons',
      'all rights reserved',
      'copyright',
      '©',
      'terms of (?:use|service)',
      'privacy policy',
      'cookie',
      'we use cookies',
      'accept cookies',
      'download (?:the|our) app',
      'get the app',
      'newsletter',
      'sign up for',
      'listen to (?:this|the) (?:article|story)',
      'audio\\s*:',
      'caption\\s*:',
      'credit\\s*:',
      'filed under',
      'tags?\\s*:',
      'topics?\\s*:',
      'posted in',
      'trending',
      'top stories',
      'latest news',
      'breaking news\\s*$',
      'next article',
      'previous article',
      'up next',
      'continue reading',
      'keep reading',
      'show (?:more|less|comments)',
      'hide comments',
      'report (?:abuse|this)',
      'above\\s*:',
      'enlarge',
      'toggle',
      'menu\\b',
      'search\\b',
      'home\\b',
    ].join('|') +
    ')',
  'i',
);

/** Phrases that mark a block as page furniture wherever they stand in it: credits, widgets, prompts. */
const STOCK_PHRASES =
  /contributed (?:to )?(?:this|the) (?:report|story)|contributed reporting|\b(?:back to|return to) (?:the )?(?:slides?|slideshow|gallery|photos?|images?)\b|click to (?:view|enlarge|play)|subscribe (?:today|now)|save \d+%|(?:graphic|disturbing) content|view (?:reader )?comments|sign up for (?:our|the) newsletter|\bfollow us\b/i;
/** A comment policy ("Comments are moderated and approved before they appear."). */
const COMMENT_POLICY =
  /\bcomments?\b.{0,40}\b(?:approv|moderat|policy|guidelines)|\b(?:approv|moderat)\w*.{0,40}\bcomments?\b/i;
const STOCK_ANYWHERE = new RegExp(`${STOCK_PHRASES.source}|${COMMENT_POLICY.source}`, 'i');

/** "Str / AP", "Seth Wenig / AP", "Misha Japaridze/AP/File", "Ayman Mohyeldin / NBC News", "Getty Images". */
export const PHOTO_CREDIT =
  /^(?:(?:photo|image|picture)s?\s*(?:by|:)\s*)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}\s*\/\s*[\p{Lu}][\p{L}.'’ -]*(?:\/\s*[\p{L}.'’ -]+)*$|^(?:photo|image|picture)s?\s*(?:by|:|credit)/iu;

/** A caption marker: "In this August 2009 file photo, ...", "(Reuters)" or "Credit: X" at the end. */
const CAPTION =
  /^(?:in this (?:\p{L}+ )*(?:photo|image|picture|handout|file)|(?:file )?photo\s*:)|(?:\bcredit\s*:\s*[\p{L} .\/-]+|\((?:[\p{L} .-]+\/)?\s*(?:AP|Reuters|AFP|Getty(?: Images)?|EPA|Xinhua|Bloomberg|[\p{Lu}][\p{L}.]+ ?\/ ?[\p{Lu}][\p{L}. -]+)\))\s*$/iu;

// Closing marks after the full stop, including an opening curly mark typed where a closing one belongs; the
// full-width stops of Chinese and Japanese ("。", "！", "？") end a sentence as well.
const TERMINAL = /[.!?…。！？]["”“’')\]»」』）]*\s*$|["”」』]\s*$/;
const SIGNED_QUOTE = /["”]\s*[―—–]\s*\p{Lu}[^"“”]{0,80}$/u;
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-*•·▪►–])\s+/;

/** Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, CJK, kana, full-width forms. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
let segmenter: Intl.Segmenter | null = null;

/**
 * Words in a block, for any script. In scripts that put spaces between words a word is a run of letters and
 * digits; in Chinese, Japanese or Thai ("俄罗斯将继续向叙利亚出售武器。") a whole sentence is one such run, so there
 * the words are the ones Intl.Segmenter's dictionaries find. The regex is kept for spaced text because it is
 * some fifty times faster and gives the same count there, and this runs on every line of every page.
 */
export function wordCount(s: string): number {
  if (!UNSPACED.test(s)) return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const seg of segmenter.segment(s)) if (seg.isWordLike) n++;
  return n;
}

/** Headline case: most words of four letters or more start with a capital, and no sentence punctuation ends it. */
export function looksLikeHeadline(s: string): boolean {
  const t = s.trim();
  if (TERMINAL.test(t) && !/[’']\s*$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 25) return false;
  const long = words.filter((w) => /^[\p{L}'‘’"“]{4,}/u.test(w));
  if (long.length === 0) return words.length <= 6;
  const caps = long.filter((w) => /^['‘’"“]?\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.6;
}

function isLinkLike(s: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$|^\S+\.(?:com|org|net|co\.uk|info)\S*$/i.test(s.trim());
}

/**
 * Share of letters that are Latin. Used to drop mastheads and verse in another script in a Latin-script article.
 * A loop over code units rather than a Unicode-property regex: this runs on every block of every page.
 */
export function latinShare(s: string): number {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x1e00 && c <= 0x1eff)
    )
      latin++;
    // Letters of other scripts: Greek onwards, leaving out punctuation, symbols and surrogate halves' partners.
    else if (
      c >= 0x370 &&
      !(c >= 0x2000 && c <= 0x2bff) &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xdc00 && c <= 0xdfff) &&
      c < 0xfe00
    )
      other++;
  }
  return latin + other === 0 ? 1 : latin / (latin + other);
}

/** The first pass: each block on its own. */
export function classify(text: string, mainLatin: boolean): BlockKind {
  const t = text.trim();
  const words = wordCount(t);
  if (words === 0) return 'bad';
  if (mainLatin && latinShare(t) < 0.5) return 'bad';
  // A quotation signed with a dash ("“…” ― Name") ends as a sentence does.
  const terminal = TERMINAL.test(t) || SIGNED_QUOTE.test(t);
  if (STOCK_ANYWHERE.test(t)) return 'bad';
  // A stock opening ("Share", "Search", "Home", "Related") marks furniture only in a short line or one that is
  // no sentence: "Home prices rose 3 percent in May, the agency said." is reporting.
  if (STOCK_START.test(t) && (words <= 10 || !terminal)) return 'bad';
  if (PHOTO_CREDIT.test(t) && words <= 8) return 'bad';
  if (isLinkLike(t)) return 'bad';
  if (CAPTION.test(t)) return 'bad';
  if (LIST_ITEM.test(t) && words < 12) return 'bad';
  // A sentence that introduces a quotation or a list ("..., she told reporters:") is reporting too.
  if (!terminal) return words >= 25 || (words >= 8 && /:\s*$/.test(t)) ? 'neargood' : 'bad';
  if (words < 8) return 'short';
  const sentences = (t.match(/[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu) ?? []).length + 1;
  if (words >= 20 || (sentences >= 2 && words >= 14)) return 'good';
  return 'neargood';
}

/**
 * Clean a page given as blocks (paragraph candidates in page order). Returns the article's paragraphs.
 */
export function cleanBlocks(rawBlocks: string[], headings: ReadonlySet<string> = new Set()): Cleaned {
  const texts = rawBlocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0);
  const all = texts.join(' ');
  const mainLatin = latinShare(all) >= 0.5;
  const kinds: BlockKind[] = texts.map((t) => classify(t, mainLatin));

  // Captions: a photo credit line belongs to the caption before it, unless what stands before it is only the
  // caption's label ("Image: ...") or other furniture, in which case the caption text follows the credit.
  for (let i = 0; i < texts.length; i++) {
    if (!(PHOTO_CREDIT.test(texts[i]) && wordCount(texts[i]) <= 8)) continue;
    const before = i - 1;
    const captionBefore = before >= 0 && (kinds[before] !== 'bad' || CAPTION.test(texts[before]));
    const j = captionBefore ? before : i + 1;
    if (j < texts.length && kinds[j] !== 'bad' && !hasReportingShape(texts[j]) && !SIGNED_QUOTE.test(texts[j]))
      kinds[j] = 'bad';
  }

  // The headline: the first headline-like block before the first good block (a Markdown heading counts).
  let headline: string | null = null;
  const firstGood = kinds.indexOf('good');
  for (let i = 0; i < (firstGood < 0 ? texts.length : firstGood); i++) {
    const t = texts[i];
    if (mainLatin && latinShare(t) < 0.5) continue;
    if (headings.has(t) && wordCount(t) >= 3) {
      headline = t;
      break;
    }
    if (kinds[i] === 'bad' && couldBeHeadline(t) && !STOCK_START.test(t) && !PHOTO_CREDIT.test(t)) {
      headline = t;
      break;
    }
  }

  // Teasers: a headline (a line of four words or more with no sentence punctuation, not the page's own
  // headline) followed by one blurb and then clutter is a teaser for another story, not a subheading of this
  // one: a subheading is followed by more reporting.
  for (let i = 1; i < texts.length; i++) {
    if (kinds[i] === 'bad') continue;
    const prev = texts[i - 1];
    if (prev === headline || kinds[i - 1] !== 'bad' || TERMINAL.test(prev) || wordCount(prev) < 4) continue;
    if (PHOTO_CREDIT.test(prev) || STOCK_START.test(prev)) continue;
    if (i + 1 === texts.length || kinds[i + 1] === 'bad') kinds[i] = 'bad';
  }

  // Context: short and near-good blocks take the side of their nearest decided neighbours. The nearest decided
  // kind on each side is found in one pass each way, so a file of a million undecided lines stays linear.
  const decided = kinds.slice();
  const beforeOf = nearestDecided(kinds, -1);
  const afterOf = nearestDecided(kinds, +1);
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== 'short' && kinds[i] !== 'neargood') continue;
    const before = beforeOf[i];
    const after = afterOf[i];
    if (before === 'good' && after === 'good') decided[i] = 'good';
    else if (before === 'bad' && after === 'bad') decided[i] = 'bad';
    else if (kinds[i] === 'neargood') decided[i] = 'good';
    else decided[i] = isSentenceLike(texts[i]) ? 'good' : 'bad';
  }

  // A short article (a bulletin, a one-paragraph brief, a statement) has no neighbours to vouch for it, so a
  // page left with nothing keeps the blocks that read as prose on their own.
  // And a page whose only long lines speak to its reader ("We use cookies to give you the best experience on
  // our website. By continuing to browse, you agree to our use of cookies.") holds no reporting at all.
  let kept = 0;
  let prompts = 0;
  for (let i = 0; i < texts.length; i++) {
    if (decided[i] !== 'good') continue;
    kept++;
    if (speaksToReader(texts[i])) prompts++;
  }
  if (kept > 0 && prompts === kept) for (let i = 0; i < texts.length; i++) decided[i] = 'bad';
  if (kept === 0) for (const i of proseBlocks(texts, mainLatin)) decided[i] = 'good';

  const paragraphs: string[] = [];
  const clutter: string[] = [];
  texts.forEach((t, i) => {
    if (decided[i] === 'good') paragraphs.push(t);
    // Long lines keep their head and tail: a credit stands at one end or the other ("... (Reuters)").
    else if (clutter.length < 200) clutter.push(t.length > 300 ? `${t.slice(0, 200)} … ${t.slice(-90)}` : t);
  });
  return { paragraphs, clutter, headline };
}

/** A headline: 4 to 25 words, mostly words (not a dateline of numbers), no sentence punctuation at its end. */
function couldBeHeadline(t: string): boolean {
  const tokens = t.split(/\s+/);
  if (tokens.length < 4 || tokens.length > 25 || (TERMINAL.test(t) && !/['’]\s*$/.test(t))) return false;
  const wordy = tokens.filter((w) => /^["“‘'(]?\p{L}[\p{L}'’-]*[,:;'’"”)]?$/u.test(w)).length;
  return wordy / tokens.length >= 0.75 && !isLinkLike(t) && !LIST_ITEM.test(t);
}

/** For each block, the kind of the nearest good or bad block on one side (step -1: before, +1: after); 'bad' past the page's edge. */
function nearestDecided(kinds: BlockKind[], step: -1 | 1): ('good' | 'bad')[] {
  const out = new Array<'good' | 'bad'>(kinds.length);
  let last: 'good' | 'bad' = 'bad';
  for (let n = 0; n < kinds.length; n++) {
    const i = step === 1 ? kinds.length - 1 - n : n;
    out[i] = last;
    if (kinds[i] === 'good' || kinds[i] === 'bad') last = kinds[i] as 'good' | 'bad';
  }
  return out;
}

/** A short block that reads as a sentence of reporting: a capitalised start, a verb-like word, a full stop. */
function isSentenceLike(t: string): boolean {
  return wordCount(t) >= 5 && /^["“‘(]?[\p{Lu}\p{N}]/u.test(t) && TERMINAL.test(t) && /\b[a-z]{2,}\b/.test(t);
}

/**
 * What a page says to its reader rather than about the news: cookie notices, subscription and sign-up prompts,
 * share bars, app and newsletter offers ("This website uses cookies to improve your experience.", "Get
 * unlimited digital access for $1 a week."). Only consulted for a page that would otherwise be empty.
 */
const WEB_PROMPT = new RegExp(
  [
    '\\b(?:uses?|use of|accept|allow|enable|disable|about|manage) (?:our |all |the )?cookies\\b',
    '\\bcookies? (?:policy|settings|preferences|notice)\\b',
    '\\bunlimited (?:digital )?access\\b',
    '\\bsubscri(?:be|ption|ber)s? (?:now|today|here|to (?:continue|read|keep|get|unlock|our|the))\\b',
    '\\b(?:become|already) a (?:subscriber|member)\\b',
    '\\bcancel (?:any ?time|at any time)\\b',
    '\\bsign (?:up|in) (?:now|today|here|for|to)\\b',
    '\\b(?:log|sign) in to\\b',
    '\\b(?:to|in) your (?:inbox|browser)\\b',
    '\\byour (?:email address|subscription|account|browser)\\b',
    '^share\\b',
    '\\bshare (?:this|via)\\b',
    '\\b(?:follow|like) us\\b',
    '\\bprivacy (?:policy|statement|notice|settings)\\b',
    '\\bterms (?:of (?:use|service)|and conditions)\\b',
    '\\ball rights reserved\\b',
    '\\b(?:download|get) (?:our|the) (?:free )?app\\b',
    '\\bnewsletters?\\b',
    '\\benable javascript\\b',
    '\\bad ?blocker\\b',
    '\\b(?:click|tap) (?:here|the|to|on)\\b',
    '^(?:photo(?:graph)?s?|images?|pictures?|credits?)\\s*(?:by|:|credit)',
  ].join('|'),
  'i',
);

/**
 * A block that reads as prose on its own: a sentence with a verb, ending as a sentence ends, of at least a
 * handful of words, and none of the shapes of page furniture ("Current Chief Operating Officer Mike Butcher
 * and Group Chief Financial Officer Alex Arena will report to So." is prose; "Share this article." is not).
 */
export function readsAsProse(text: string, mainLatin = true): boolean {
  const shape = proseShape(text, mainLatin);
  return shape !== null && (shape.signed || hasClause(shape.text));
}

/**
 * The tagger reads English; in another script the shape tests decide. A clause that tells the reader, in the
 * imperative, to do something about the page reports nothing ("Your free trial has ended. Choose a plan to keep
 * reading."), unless someone is reported saying it.
 */
const hasClause = (t: string) => latinShare(t) < 0.5 || (hasVerb(t) && (REPORTS.test(t) || !promptsReader(t)));

/** At most this many blocks of one page go through the tagger (about a third of a millisecond each). */
const MAX_TAGGED = 256;

/**
 * The blocks of an otherwise empty page that read as prose. A page of thousands of such blocks (a log of a
 * million one-line reports) is judged by an evenly spread sample: when nine in ten sampled blocks have a verb,
 * every block of prose shape is kept; otherwise only the sampled ones that have one.
 */
function proseBlocks(texts: string[], mainLatin: boolean): number[] {
  let candidates: number[] = [];
  const shapes = new Map<number, Shape>();
  for (let i = 0; i < texts.length; i++) {
    const shape = proseShape(texts[i], mainLatin);
    if (shape === null) continue;
    candidates.push(i);
    shapes.set(i, shape);
  }
  if (candidates.filter((i) => shapes.get(i)!.open).length > MAX_OPEN)
    candidates = candidates.filter((i) => !shapes.get(i)!.open);
  const boxed = linkBoxItems(texts);
  if (boxed.size) candidates = candidates.filter((i) => !boxed.has(i));
  const reads = (i: number) => shapes.get(i)!.signed || hasClause(shapes.get(i)!.text);
  if (candidates.length <= MAX_TAGGED) return candidates.filter(reads);
  const sample: number[] = [];
  for (let k = 0; k < MAX_TAGGED; k++) sample.push(candidates[Math.floor((k * candidates.length) / MAX_TAGGED)]);
  const withVerb = sample.filter(reads);
  return withVerb.length >= 0.9 * sample.length ? candidates : withVerb;
}

/**
 * The heading of a box of links to other stories, as sites label it ("Related Articles", "Recommended for you",
 * "You may also like", "Editor's Picks"), or naming what it lists ("Stories you might have missed").
 */
const LINK_BOX =
  /^(?:related|more|recommended|most|trending|popular|latest|top|also|further|see also|read (?:more|next|also)|you (?:may|might) (?:also )?like|what to read|around the web|in other news|editor['’]?s picks|in case you missed|don['’]t miss)\b|\b(?:stories|articles|headlines|reads|links)\b/i;

/**
 * The lines under a link box's heading: headlines of other stories, without sentence punctuation, up to the
 * first line that ends as a sentence ("Related Articles / Five things to know about the new tax rules / City
 * council delays vote on budget"). A headline in sentence case reads as a bulletin cut short when alone; under
 * such a heading it is a link.
 */
function linkBoxItems(texts: string[]): Set<number> {
  const items = new Set<number>();
  let inBox = false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (LINK_BOX.test(t) && !TERMINAL.test(t) && wordCount(t) <= 6) inBox = true;
    else if (inBox && !TERMINAL.test(t)) items.add(i);
    else inBox = false;
  }
  return items;
}

/**
 * What the tagger is asked about a block of prose shape (its text less any list mark or bullet), or that it
 * need not be: a post signed with its author and date is a statement whatever its grammar.
 */
interface Shape {
  text: string;
  signed: boolean;
  /** Without sentence punctuation at its end. */
  open?: boolean;
}

/**
 * A lone line without its full stop is a bulletin cut short; three or more such lines on one page are a list of
 * headlines ("Most read"), in sentence case or not.
 */
const MAX_OPEN = 2;

/**
 * The signature an embedded social post ends in, as the platforms write it: "— Donald J. Trump
 * (@realDonaldTrump) June 29, 2017", "Posted by Dr. Ben Carson on Tuesday, April 28, 2015".
 */
const POST_SIGNATURE =
  /(?:^|\s)[—–-]{1,2}\s*[^\s()][^()]{0,60}\(@\w{1,30}\)\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$|(?:^|\s|\.\.\.|…)Posted by\s+\p{Lu}[^()]{1,60}?\s+on\s+(?:\p{L}+,\s+)?\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$/u;
/** Links and pictures a post carries at its end ("Join us: https://t.co/… pic.twitter.com/…"). */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/;
/**
 * What stands before a sentence in a list or a copied thread: a number ("3) There was a mainstream"), a bullet
 * ("►Trump has"), Markdown's bold left open ("**Marco Rubio converted"), a dash or an ellipsis carrying a
 * post on from the one before ("….The United States should not be penalized").
 */
const LEADER = /^(?:\d{1,3}[.)]\s+|(?:[-*•·▪►▸–—…]|\.{2,})+\s*)/u;
/** A footnote's number after the full stop ("... the city's drinking water supply.2"). */
const FOOTNOTE = /([.!?]["”’')\]]*)(?:\d{1,2}|\[\d{1,2}\])$/;
/** A link or a control: a line that ends in an arrow ("All Missouri polls and polling averages »", "Show all states ▾"). */
const ARROW_END = /\s[»›▾▼▸→]\s*$/;
/** A reporting verb: a page's prompts do not report ("... the qualifying period to sign up for ... , Beskin said"). */
const REPORTS = /\b(?:said|says|told|tells|wrote|writes|added|according to)\b/;
/**
 * A page speaking for itself to its reader, "we" or "our" to "you", outside any quotation: "We value your
 * privacy. We and our partners store and access information on your device." A news sentence that has both
 * persons quotes someone ("“You have called 20 times to shut down the government. We don’t.”"); "us" is left
 * out, being a speaker's word as often as a site's ("You have to dig deep ... competing with the best of us.").
 */
const SITE_TO_READER = /^(?=[^"“”]*$)(?=.*\b(?:[Ww]e|[Oo]ur)\b)(?=.*\b(?:[Yy]ou|[Yy]our)\b)/;
/**
 * The site addressing its reader with no one reported (no quotation marks): a sentence about the reader and the
 * reader's own things, "you" as its subject and "your" after ("You have reached your limit of free articles this
 * month."), or the site asking to be written to, by an imperative to "us" ("Have a news tip? Email us at …") or
 * by an email address given as the way to reach it. A news sentence in the second person quotes someone, and has
 * its marks or its "said" ("“You can’t fix that,” the mayor said."); "you" alone is left to speakers, whose
 * words a transcript prints without marks ("You can expect the Democrats to reposition themselves ..."), and so
 * is "join us", a statement's word as often ("Join us: https://t.co/…").
 */
const READER_ADDRESS =
  /^(?=[^"“”]*$)[\s\S]*?(?:(?:^|[.!?]\s+)You\b[^.!?]*\byour\b|(?:^|[.!?]\s+)(?:[Pp]lease\s+)?(?:E-?mail|Contact|Tell|Send|Write to|Call|Text|Message|Reach) us\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/;
/** A prompt, the site speaking for itself to its reader, or addressing the reader, and reporting no one. */
function speaksToReader(t: string): boolean {
  return (
    (WEB_PROMPT.test(t) || SITE_TO_READER.test(t) || READER_ADDRESS.test(t) || talksAboutPage(t)) && !REPORTS.test(t)
  );
}

/** A credit or caption's label: "Image copyright Reuters Image caption ...". */
const CAPTION_LABEL = /^(?:image|photo|picture)s? (?:copyright|caption|source|credit)\b/i;

/**
 * Everything readsAsProse asks but the verb: length, sentence punctuation, no furniture shape. Null when the
 * block has not the shape of prose.
 */
function proseShape(text: string, mainLatin: boolean): Shape | null {
  // Marks that copying from a page leaves after a full stop (a rendered soft hyphen, a zero-width space), and
  // a footnote's number.
  let t = text
    .trim()
    .replace(/[¬\u00ad\u200b]+$/, '')
    .replace(FOOTNOTE, '$1');
  if (wordCount(t) < 5) return null;
  if (mainLatin && latinShare(t) < 0.5) return null;
  const signature = t.match(POST_SIGNATURE);
  if (signature) {
    // An embedded post: its words before the signature, less the links it carries, are what is judged.
    const body = t.slice(0, signature.index).replace(TRAILING_LINKS, '').trim();
    return wordCount(body) > 0 && !furniture(body, wordCount(body)) ? { text: body, signed: true } : null;
  }
  const leader = t.match(LEADER)?.[0] ?? '';
  t = t.slice(leader.length);
  const words = wordCount(t);
  if (words < 5) return null;
  // A post carried on from the one before may go on in lower case ("....except for those stated by me").
  const continued = /\.\.|…/.test(leader);
  if (latinShare(t) >= 0.5 && !(continued || /^["“‘'(«¿¡[]*[\p{Lu}\p{N}]/u.test(t))) return null;
  if (furniture(t, words) || ARROW_END.test(t)) return null;
  // A sentence that introduces a quotation ("..., the group wrote in a statement:") ends as reporting does, as
  // in classify.
  if (TERMINAL.test(t) || SIGNED_QUOTE.test(t) || (words >= 8 && /:\s*$/.test(t))) return { text: t, signed: false };
  // Without its full stop (a line cut short, a caption, a quotation left open) a sentence still reads as one
  // when it is long enough to be more than a label and is not in headline case ("He is on trial over the
  // execution of nine African Americans last year in the Emanuel AME Church in South Carolina"); a headline
  // ("DOJ Watchdog Puts Final Nail In Steele Dossier Coffin") or a name with its title is not a report.
  if (words >= 8 && !looksLikeHeadline(t) && !isLinkLike(t.split(/\s+/).pop() ?? ''))
    return { text: t, signed: false, open: true };
  return null;
}

/**
 * The shapes of page furniture, for a block judged alone: navigation, prompts, credits, menus and share bars.
 * A prompt's words ("sign up for", "terms and conditions", "comments ... policy") in a sentence that reports
 * ("“His seat is not vacant,” Beskin said Thursday, the day before the qualifying period to sign up for
 * Georgia’s 2020 elections was set to expire.") are the news's words, not the page's.
 */
function furniture(t: string, words: number): boolean {
  if (STOCK_PHRASES.test(t) || (STOCK_START.test(t) && words <= 10)) return true;
  if ((COMMENT_POLICY.test(t) || speaksToReader(t)) && !REPORTS.test(t)) return true;
  if ((PHOTO_CREDIT.test(t) && words <= 8) || CAPTION.test(t) || CAPTION_LABEL.test(t) || isLinkLike(t)) return true;
  if (LIST_ITEM.test(t)) return true;
  // A menu or share bar: items separated by bars or bullets ("Home | World | Business").
  return (t.match(/\s[|•·»]\s/g) ?? []).length >= 2;
}

/** Reporting prose beside a credit line is reporting, not a caption ("... said Tuesday."). */
function hasReportingShape(t: string): boolean {
  return /["“”]/.test(t) && /\b(?:said|says|told|added|asked)\b/.test(t);
}

// ---------------------------------------------------------------------------------------------------------
// From raw file text to blocks.

/**
 * Plain text copied from a page: one block a line, except that a hard-wrapped paragraph (a line that does not
 * end a sentence followed by one that starts in lower case) is joined back together.
 */
export function textToBlocks(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let current: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\u00a0/g, ' ').trim();
    if (line === '') {
      if (current !== null) blocks.push(current);
      current = null;
      continue;
    }
    // Join only what looks wrapped: the previous line is long (near a wrap width) and stops mid-sentence.
    // (The cheap tests first: word counts are asked only of a line that could continue the one before.)
    const lastLine = current === null ? '' : current.slice(current.lastIndexOf('\n') + 1);
    const continues = current !== null && /^[\p{Ll}]/u.test(line) && !TERMINAL.test(lastLine) && !LIST_ITEM.test(line);
    if (continues && (lastLine.length >= 50 || (wordCount(lastLine) >= 5 && wordCount(line) >= 5))) {
      current += '\n' + line;
    } else {
      if (current !== null) blocks.push(current);
      current = line;
    }
  }
  if (current !== null) blocks.push(current);
  return blocks;
}

/**
 * Markdown: the same, after taking the text out of its syntax (links keep their words, images go).
 * Headings are returned apart so the cleaner can take the page's headline from them.
 */
export function markdownToBlocks(md: string): { blocks: string[]; headings: Set<string> } {
  const headings = new Set<string>();
  for (const m of md.matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm))
    headings.add(stripInline(m[1]).replace(/\s+/g, ' ').trim());
  return { blocks: textToBlocks(stripMarkdown(md)), headings };
}

function stripInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1');
}

function stripMarkdown(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/`([^`]*)`/g, '$1');
}
