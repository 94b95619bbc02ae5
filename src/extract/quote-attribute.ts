// Attribution: for each quotation span, whose words they are, read the way a reader reads a news article —
// sentence by sentence, keeping track of who has been speaking so a "he said" or an unattributed follow-on
// quotation lands on the right person.
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { isSentenceEnd } from './quote-text';
import { PARTICLE_PREFIXES, PARTICLE_WORDS, SENTENCE_OPENERS, TITLE_WORDS } from './quote-words';
import { isTitleWord, NAME_OPENERS } from './names';
import { isAdjectiveWord, isPersonNoun, isPlaceName } from './name-entities';
import { isVerbAt, PREPS, tokenize, type Tok } from './reporting/tokens';
import { givenNameGender } from './given-names';
import { verbSubject as verbSubjectOf, type Found } from './reporting/subject';
import { applyQuoteRules, type ArticleState, type Mention, type QuoteResult, type Sent } from './reporting/quote-rules';
import { AliasTable, classifySubject, cleanRole, normName, parseName, type PersonRec, type Subject } from './speakers';

export type Speaker =
  | {
      kind: 'person' | 'org';
      rec: PersonRec;
      /** Named only through "he" or "she" in the reporting clause: the corpus may know the person is not that sex. */
      pronoun?: 'm' | 'f';
    }
  | { kind: 'description'; text: string }
  /** A pronoun nothing before it could resolve: kept as written, never guessed. */
  | { kind: 'pronoun'; text: string };

export type Via = 'after' | 'before' | 'according' | 'continues' | 'next' | 'none';

export interface AttributedQuote {
  span: QuoteSpan;
  /** The sentence(s) carrying the quotation, as printed. */
  sentence: string;
  speaker: Speaker | null;
  /** Role as the attribution gave it ("a resident", "Deputy Defense Minister"). */
  role: string | null;
  /** For nested attributions: who the article has reporting the words. */
  reportedBy: Speaker | null;
  via: Via;
  /** One- or two-word (or title-like) quotation no sentence attributes: a scare quote, not someone's words. */
  scare: boolean;
  /** The reporting-clause rule that attributed it ('none' when none did): see reporting/quote-rules.ts. */
  rule: string;
}

export interface ArticleQuotes {
  quotes: AttributedQuote[];
  people: PersonRec[];
}

// ---------------------------------------------------------------------------------------------------------------

/** Replaces the words inside quotation marks by spaces, keeping offsets and a sentence-final mark. */
/** A nickname inside a name (Marcia "Cia" Price): one or two capitalised words between capitalised words. */
export function isNickname(span: QuoteSpan, paragraphs: string[]): boolean {
  if (span.words > 2 || !span.closed || span.parts.length !== 1) return false;
  if (!span.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
  const text = paragraphs[span.parts[0].paragraph];
  const before = text.slice(0, span.openAt).trimEnd().split(/\s+/).pop() ?? '';
  const after = text.slice(span.closeAt).trimStart().split(/\s+/)[0] ?? '';
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(before) && /^\p{Lu}[\p{L}'’-]*[,.]?$/u.test(after);
}

function mask(text: string, spans: QuoteSpan[], p: number): string {
  const chars = text.split('');
  for (const s of spans) {
    for (const part of s.parts) {
      if (part.paragraph !== p) continue;
      for (let i = part.start; i < part.end; i++) chars[i] = ' ';
      const inner = text.slice(part.start, part.end).trimEnd();
      const lastCh = inner[inner.length - 1];
      if (lastCh && /[.!?]/.test(lastCh) && part.end < text.length) chars[part.start + inner.length - 1] = lastCh;
    }
  }
  return chars.join('');
}

function sentencesOf(masked: string, paragraph: number, base: number): Sent[] {
  const out: Sent[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(masked[s])) s++;
    while (e > s && /\s/.test(masked[e - 1])) e--;
    if (e > s) out.push({ index: base + out.length, paragraph, start: s, end: e });
  };
  for (let i = 0; i < masked.length; i++) {
    if (isSentenceEnd(masked, i)) {
      let end = i + 1;
      while (end < masked.length && /["'”’)\]]/.test(masked[end])) end++;
      push(start, end);
      start = end;
    }
  }
  push(start, masked.length);
  return out;
}

const attributed = new WeakMap<string[], ArticleQuotes>();

/**
 * An article's quotations, attributed once however many stages ask for them (the /quote stage, a toll inside a
 * quotation, the reading engine's speaker of a sentence), for as long as its paragraphs are held.
 */
export function quotesOf(paragraphs: string[]): ArticleQuotes {
  let quotes = attributed.get(paragraphs);
  if (!quotes) attributed.set(paragraphs, (quotes = attributeQuotes(paragraphs)));
  return quotes;
}

/** A word of a name run: capitalised, a name particle ("da", "von", "al-Assad"), or "of". */
const NAME_WORD = new RegExp(`^\\p{Lu}|^(?:${PARTICLE_PREFIXES}|(?:${PARTICLE_WORDS})$|of$)`, 'u');

/** A capitalised word, after any opening brackets and marks ("(Reuters", "“Smith"). */
const CAPITALISED = /^[("'“]*\p{Lu}/u;
const CAPITALISED_OPENED = /^[("'“‘]*\p{Lu}/u;

/** Attributes every quotation of one article. */
export function attributeQuotes(paragraphs: string[]): ArticleQuotes {
  const allSpans = findQuoteSpans(paragraphs);
  // Nicknames stay part of the name around them: not masked, not quotations.
  const spans = allSpans.filter((s) => !isNickname(s, paragraphs));
  const table = new AliasTable();
  // An article without quotations has nothing to attribute (most of a large corpus's paragraphs are like that).
  if (!spans.length) return { quotes: [], people: [] };
  // Speakers matter only a few paragraphs before a quotation (pronouns reach back three); names anywhere earlier
  // still feed the alias table.
  const near = new Set<number>();
  for (const sp of spans)
    for (let p = sp.parts[0].paragraph - 3; p <= sp.parts[sp.parts.length - 1].paragraph + 1; p++) near.add(p);
  const articleText = paragraphs.join('\n').toLowerCase();
  const lowerWords = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(/(?:^|[^\p{L}])(\p{Ll}[\p{L}'-]*)/gu)) lowerWords.add(m[1]);
  const isCommon = (w: string) => lowerWords.has(w.toLowerCase());
  // Words the article writes after "in", "to", "from" ... are places ("in Moscow"): a lone one that speaks
  // ("Moscow says") is a government, never the "he" of a later sentence.
  const placeWords = new Set<string>();
  for (const p of paragraphs)
    for (const m of p.matchAll(
      /\b(?:in|from|across|into|near|toward|towards|outside|inside|throughout)\s+(\p{Lu}[\p{L}-]+)(?!['’\p{L}])(?!\s+\p{Lu})/gu,
    ))
      placeWords.add(m[1].toLowerCase());

  const runCache = new Map<string, { parse: ReturnType<typeof parseName>; subject: Subject | null }>();
  const masked = paragraphs.map((t, p) => mask(t, spans, p));
  // Short titles in marks inside the narration (embeddedTitle), and paragraphs read with their words in place.
  const titleOf = new Map<QuoteSpan, boolean>();
  const titled = new Map<number, string>();
  const sents: Sent[] = [];
  masked.forEach((m, p) => sents.push(...sentencesOf(m, p, sents.length)));
  const mentions: Mention[] = [];
  const results: AttributedQuote[] = new Array(spans.length);
  const spanSent = spans.map((s) =>
    sents.findIndex((x) => x.paragraph === s.parts[0].paragraph && x.start <= s.openAt && s.openAt < x.end + 1),
  );
  const endSent = spans.map((s) => {
    const last = s.parts[s.parts.length - 1];
    const i = sents.findIndex(
      (x) => x.paragraph === last.paragraph && x.start <= Math.max(s.closeAt - 1, 0) && s.closeAt - 1 < x.end + 1,
    );
    return i < 0 ? spanSent[spans.indexOf(s)] : i;
  });
  let lastQuote: { sent: number; paragraph: number; speaker: Speaker | null; role: string | null } | null = null;

  const toSpeaker = (subject: Subject, sent: Sent, at: number, form: string): Speaker => {
    if (subject.kind === 'person' || subject.kind === 'org') {
      const rec = table.resolve(subject, form);
      return { kind: subject.kind, rec };
    }
    if (subject.kind === 'description') return { kind: 'description', text: subject.text };
    const resolved = throughPronoun(resolvePronoun(subject.pron, sent, at), subject.pron);
    return resolved ?? { kind: 'pronoun', text: subject.text };
  };

  // He/she words per sentence (outside quotations), to tell a person's gender from how the article refers to them.
  const pronCounts = sents.map((x) => {
    const t = masked[x.paragraph].slice(x.start, x.end).toLowerCase();
    // Subject pronouns only: "Warren asked him about his pay" says nothing about Warren.
    return { m: (t.match(/\b(?:he|himself)\b/g) ?? []).length, f: (t.match(/\b(?:she|herself)\b/g) ?? []).length };
  });
  /** 'm' or 'f' when the sentences where a person is named (and the next ones) clearly use one set of pronouns. */
  // Sentences naming each capitalised word (outside quotations), indexed in one pass over the article.
  let namedIn: Map<string, number[]> | null = null;
  function sentencesNaming(surname: string): number[] {
    if (!namedIn) {
      namedIn = new Map();
      for (const x of sents) {
        for (const m of masked[x.paragraph].slice(x.start, x.end).matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
          const key = normName(m[0].replace(/['’]s$/, ''));
          const list = namedIn.get(key);
          if (!list) namedIn.set(key, [x.index]);
          else if (list[list.length - 1] !== x.index) list.push(x.index);
        }
      }
    }
    return namedIn.get(surname) ?? [];
  }
  function genderEvidence(rec: PersonRec, upTo: number): 'm' | 'f' | null {
    let m = 0;
    let f = 0;
    const seen = new Set<number>();
    // Where the article names them (as a speaker or in passing) and the sentence after: how it refers back.
    // A surname two people share (Barack and Michelle Obama) says nothing: then only the first name counts.
    const shared = rec.first && table.people.some((p) => p !== rec && p.kind === 'person' && p.surname === rec.surname);
    // A bare surname in a story naming two people of that surname ("Former President Clinton" beside Hillary and
    // Bill Clinton) has no pronouns of its own: those near "Clinton" are either's.
    const bareShared =
      !rec.first &&
      table.people.filter((p) => p !== rec && p.kind === 'person' && p.surname === rec.surname && p.first).length >= 2;
    if (bareShared) return null;
    for (const k0 of sentencesNaming(shared ? rec.first! : rec.surname)) {
      for (const k of [k0, k0 + 1]) {
        if (k > upTo || seen.has(k) || !pronCounts[k]) continue;
        seen.add(k);
        m += pronCounts[k].m;
        f += pronCounts[k].f;
      }
    }
    if (m >= 2 && m >= 3 * f) return 'm';
    if (f >= 2 && f >= 3 * m) return 'f';
    return null;
  }

  /** A person a "he" or "she" resolved to, marked so: the mention's own speaker stays as the article named it. */
  function throughPronoun(sp: Speaker | null, pron: 'm' | 'f' | 'n' | 'p'): Speaker | null {
    return sp && sp.kind === 'person' && (pron === 'm' || pron === 'f') ? { ...sp, pronoun: pron } : sp;
  }

  function resolvePronoun(pron: 'm' | 'f' | 'n' | 'p', sent: Sent, at: number): Speaker | null {
    for (let s = sent.index; s >= 0 && s >= sent.index - 8; s--) {
      if (sents[s].paragraph < sent.paragraph - 3) break;
      const cands = mentions.filter((m) => m.sent === s && (s !== sent.index || m.at < at));
      // A sentence's first speaker is its subject: "Lavrov said Assad wouldn't agree" — a later "he" is Lavrov.
      cands.sort((a, b) => Number(b.fromVerb) - Number(a.fromVerb) || a.at - b.at);
      for (const c of cands) {
        const sp = c.speaker;
        if (pron === 'm' || pron === 'f') {
          // A bare one-word speaker may be a company or a government ("Google said"): only a person if the
          // article itself calls them he or she.
          const personLike =
            sp.kind === 'person' &&
            (sp.rec.strong ||
              (c.fromVerb &&
                !placeWords.has(sp.rec.surname) &&
                (sp.rec.gender ?? genderEvidence(sp.rec, sent.index)) === pron));
          // Where the article's own pronouns say nothing of a person, the given name may: a "she says" after a
          // professor reached in passing is not the words of "Sen. Marco Ruiz", quoted two paragraphs up.
          const gender =
            sp.kind === 'person'
              ? (sp.rec.gender ?? genderEvidence(sp.rec, sent.index) ?? givenNameGender(sp.rec.first))
              : null;
          if (sp.kind === 'person' && personLike && gender !== (pron === 'm' ? 'f' : 'm')) {
            return sp;
          }
          if (
            sp.kind === 'description' &&
            !isPlural(sp.text) &&
            personNoun(sp.text) &&
            !/^(?:a lot|lots|a number|a group|a couple|a majority|a handful|a dozen|many|some|most|all)\b/i.test(
              sp.text,
            ) &&
            c.fromVerb
          )
            return sp;
        } else if (pron === 'p') {
          if (sp.kind === 'org' || (sp.kind === 'description' && isPlural(sp.text))) return sp;
        } else if (pron === 'n') {
          if (
            sp.kind === 'org' ||
            (sp.kind === 'description' &&
              !isPlural(sp.text) &&
              !/\b(?:man|woman|official|resident|activist|spokes\w*)\b/.test(sp.text))
          )
            return sp;
        }
      }
    }
    return null;
  }

  const register = (sent: Sent, at: number, speaker: Speaker, fromVerb: boolean) => {
    if (speaker.kind === 'pronoun') return;
    const same = mentions.find((m) => m.paragraph === sent.paragraph && m.at === at);
    if (same) {
      // A name first seen in passing turns out to be the subject of a reporting verb: a speaker.
      if (fromVerb) same.fromVerb = true;
      return;
    }
    mentions.push({ sent: sent.index, paragraph: sent.paragraph, at, speaker, fromVerb });
  };

  // "... McCain said. | Getty McCain threatens court battle": a page's furniture (a photo credit, a caption, a link
  // list) runs into the next headline after a separator; the word there is a credit, not a first name, unless the
  // article writes the same two words elsewhere.
  const creditAt = (toks: Tok[], i: number): boolean =>
    /^[|•·]$/.test(toks[i - 1]?.raw ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(toks[i].raw) &&
    /^\p{Lu}[\p{L}'’-]+$/u.test(toks[i + 1]?.raw ?? '') &&
    !/^\p{Lu}/u.test(toks[i + 2]?.raw ?? '') &&
    articleText.split(`${toks[i].w} ${toks[i + 1].w.replace(/['’]s?$/, '')}`).length <= 2;

  const verbSubject = (toks: Tok[], v: number, lo: number, hi: number, quoteFollows = false): Found | null => {
    const found = verbSubjectOf(toks, v, lo, hi, isCommon, quoteFollows);
    if (found?.subject.kind !== 'person' || found.subject.tokens.length !== 2) return found;
    const at = toks.findIndex((t, k) => k >= found.from && k < found.to && /^\p{Lu}/u.test(t.raw));
    if (at < 0 || !creditAt(toks, at)) return found;
    const subject = classifySubject(found.subject.tokens[1], isCommon);
    return subject ? { ...found, subject } : null;
  };

  const reader: ArticleState = {
    paragraphs,
    masked,
    sents,
    spans,
    spanSent,
    endSent,
    results,
    mentions,
    isCommon,
    verbSubject,
    toSpeaker,
    resolvePronoun,
    sentenceSubject,
    get lastQuote() {
      return lastQuote;
    },
  };

  for (const sent of sents) {
    const text = masked[sent.paragraph];
    const toks = tokenize(text, sent.start, sent.end);
    // 1. Names in passing and speakers of reporting verbs, in reading order, for later pronouns.
    registerNames(toks, sent);
    if (!near.has(sent.paragraph)) continue;
    for (let v = 0; v < toks.length; v++) {
      if (!isVerbAt(toks, v)) continue;
      let lo = v;
      while (lo > 0 && !toks[lo - 1].mark) lo--;
      let hi = v + 1;
      while (hi < toks.length && !toks[hi].mark) hi++;
      const found = verbSubject(toks, v, lo, hi);
      if (found) {
        const sp = toSpeaker(
          found.subject,
          sent,
          toks[found.from].start,
          toks
            .slice(found.from, found.to)
            .map((t) => t.raw)
            .join(' '),
        );
        const role = found.role ? cleanRole(found.role, 'appositive') : null;
        if (role && sp.kind === 'person') sp.rec.role ??= role;
        register(sent, toks[found.from].start, sp, true);
      }
    }
    // 2. The quotations that open in this sentence.
    spans.forEach((span, qi) => {
      if (spanSent[qi] !== sent.index) return;
      results[qi] = attribute(span, qi, sent);
      if (results[qi].speaker)
        lastQuote = {
          sent: endSent[qi],
          paragraph: span.parts[span.parts.length - 1].paragraph,
          speaker: results[qi].speaker,
          role: results[qi].role,
        };
    });
  }

  function registerNames(toks: Tok[], sent: Sent) {
    // A headline in title case names nobody in particular: most of its words are capitalised. (A sentence that
    // ends as sentences do is none: asked first, as it is most sentences.)
    const last = toks[toks.length - 1]?.raw ?? '';
    if (!/[.!?]["'”’)]*$/.test(last)) {
      const words = toks.filter((t) => /\p{L}{2,}/u.test(t.w));
      if (words.length >= 5 && words.filter((t) => CAPITALISED_OPENED.test(t.raw)).length >= 0.7 * words.length) return;
    }
    for (let i = 0; i < toks.length; i++) {
      const startsName = !toks[i].mark && CAPITALISED.test(toks[i].raw);
      if (!startsName) continue;
      // "U.S. Ambassador to Israel David Friedman spoke": a place after a preposition is the preposition's object;
      // the name begins after it.
      if (
        i > 0 &&
        /^(?:to|of|for|from|in|at)$/.test(toks[i - 1].raw) &&
        !toks[i].stop &&
        !toks[i + 1]?.stop &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.raw ?? '') &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 2]?.raw ?? '') &&
        isPlaceName(toks[i].raw)
      )
        continue;
      if (creditAt(toks, i)) continue;
      let j = i;
      while (
        j < toks.length &&
        // Particles inside a name: "Luiz Inácio Lula da Silva", "Ursula von der Leyen".
        NAME_WORD.test(toks[j].raw.replace(/^[("'“]+/, '')) &&
        !toks[j].mark
      ) {
        j++;
        if (toks[j - 1].stop || /[!?]["'”’)]*$/.test(toks[j - 1].raw)) break;
      }
      const run = toks
        .slice(i, j)
        .map((t) => t.raw)
        .join(' ');
      // Names recur through an article: parse each run once.
      let parsed = runCache.get(run);
      if (!parsed) runCache.set(run, (parsed = { parse: parseName(run, isCommon), subject: null as Subject | null }));
      const parse = parsed.parse;
      if (parse) {
        parsed.subject ??= classifySubject(run, isCommon);
        const subject = parsed.subject;
        const prev = toks[i - 1];
        const known = table.people.some(
          (p) => p.kind === 'person' && p.surname === parse.tokens[parse.tokens.length - 1].toLowerCase(),
        );
        // A sentence's opening word is no role: "When Education secretary Betsy DeVos introduced" gives "Education"
        // no title by "When".
        const role = parse.role
          ?.split(/\s+/)
          .some((w) => !NAME_OPENERS.has(w.toLowerCase()) && !SENTENCE_OPENERS.has(w.toLowerCase()));
        if (subject?.kind === 'person' && (parse.tokens.length >= 2 || parse.honorific || role || known)) {
          // Every full or titled name joins the alias table (so a later bare "Assad" finds "Bashar Assad"), but
          // only a name in subject position is someone a later pronoun may mean. Names in passing give no role:
          // a capitalised run may have swallowed an organisation before the name.
          const sp = toSpeaker({ ...subject, role: null }, sent, toks[i].start, run.replace(/[,.;:]+$/, ''));
          // A title or honorific ("President Obama") still tells us this is a person.
          if ('rec' in sp && ((parse.role && /\p{Lu}/u.test(parse.role)) || parse.honorific)) sp.rec.strong = true;
          // A subject is followed by its verb (or an appositive): a name closing the sentence is an object.
          const closesSentence = j >= toks.length || (j === toks.length - 1 && /^[.!?"”']+$/.test(toks[j].raw));
          // "Education secretary Betsy DeVos", "Sanders spokesman Michael Briggs": a name before a role noun written
          // in lower case is whose role it is: the owner, not the head.
          const next = toks[j];
          const ownsRole = !!next && !toks[j - 1].stop && /^\p{Ll}{3,}$/u.test(next.raw) && roleNoun(next.w);
          // "The philosopher John Rawls famously offered", "Former Trump strategist Steve Bannon, meanwhile, thinks":
          // a name after such a noun is its subject when nothing but its modifiers (an article, capitalised owners,
          // adjectives) stands between the noun and the clause's start; "the former Rhodes Scholar" is no name.
          let k = i - 2;
          while (
            k >= 0 &&
            i - k <= 6 &&
            !toks[k].stop &&
            !toks[k].mark &&
            (/^(?:the|a|an)$/.test(toks[k].w) ||
              /^\p{Lu}/u.test(toks[k].raw) ||
              isTitleWord(toks[k].w) ||
              (isAdjectiveWord(toks[k].w) && !/(?:ed|ing)$/.test(toks[k].w)))
          )
            k--;
          const titledSubject =
            !!prev &&
            i >= 2 &&
            /^\p{Ll}{3,}$/u.test(prev.raw) &&
            roleNoun(prev.w) &&
            (k < 0 || !!toks[k].stop || toks[k].mark) &&
            !isPersonNoun(parse.tokens[parse.tokens.length - 1]);
          const subjectLike =
            (!prev || prev.stop === ',' || prev.mark || ['that', 'and', 'but'].includes(prev.w) || titledSubject) &&
            !(prev && PREPS.has(prev.w)) &&
            !closesSentence &&
            !ownsRole;
          if (subjectLike) register(sent, toks[i].start, sp, false);
        }
      }
      i = Math.max(i, j - 1);
    }
  }

  // ""...," Vale, a host of the radio program "Morning Fire," said Tuesday": a short title in marks inside the narration,
  // after a word of it that is no reporting verb, is a name in the clause (AP style marks the titles of shows and
  // books), not a quotation that ends the clause: the words around it are read with the title's words in place.
  function embeddedTitle(s: QuoteSpan): boolean {
    let v = titleOf.get(s);
    if (v !== undefined) return v;
    const text = paragraphs[s.parts[0].paragraph];
    const before = tokenize(masked[s.parts[0].paragraph], Math.max(0, s.openAt - 60), s.openAt);
    const prev = before[before.length - 1];
    v =
      s.parts.length === 1 &&
      s.closed &&
      s.words <= 6 &&
      s.text
        .split(/\s+/)
        .filter((w) => /\p{L}{4,}/u.test(w))
        .every((w) => /^\p{Lu}/u.test(w)) &&
      /\p{L}{2,}/u.test(s.text) &&
      !!prev &&
      !prev.mark &&
      !prev.stop &&
      /[\p{L}’']$/u.test(prev.raw) &&
      !isVerbAt(before, before.length - 1) &&
      /^[\s,]*\S/.test(text.slice(s.closeAt));
    titleOf.set(s, v);
    return v;
  }
  /** A role read over an embedded title, with the title as the article writes it ("a host of "Morning Fire""). */
  function recased(role: string | null): string | null {
    if (!role || !titleOf.size) return role;
    for (const [s, is] of titleOf) {
      if (!is) continue;
      const t = s.text.replace(/[,.;:]+$/, '');
      role = role.replace(t.toLowerCase(), `“${t}”`);
    }
    return role;
  }
  /** A paragraph's masked text with its embedded titles' words put back (their marks blanked). */
  function withTitles(p: number): string {
    let t = titled.get(p);
    if (t !== undefined) return t;
    t = masked[p];
    for (const s of spans) {
      if (s.parts[0].paragraph !== p || !embeddedTitle(s)) continue;
      // In lower case: a show's title is a thing, never a person's name ("the program "Morning Fire"").
      const raw = paragraphs[p]
        .slice(s.openAt, s.closeAt)
        .replace(/["“”„«»`]|''/g, (m) => ' '.repeat(m.length))
        .toLowerCase();
      t = t.slice(0, s.openAt) + raw + t.slice(s.closeAt);
    }
    titled.set(p, t);
    return t;
  }

  function attribute(span: QuoteSpan, qi: number, sent: Sent): AttributedQuote {
    const p0 = span.parts[0].paragraph;
    const last = span.parts[span.parts.length - 1];
    const sentence = sentenceText(sent, sents[endSent[qi]] ?? sent);
    const base = { span, sentence, reportedBy: null as Speaker | null };
    // Context before the opening mark: back to the sentence start or the previous quotation's close.
    const prevClose = spans
      .slice(0, qi)
      .reduce(
        (acc, s) =>
          s.parts[s.parts.length - 1].paragraph === p0 &&
          s.closeAt <= span.openAt &&
          s.closeAt > acc &&
          !embeddedTitle(s)
            ? s.closeAt
            : acc,
        sent.start,
      );
    const beforeToks = tokenize(withTitles(p0), Math.max(sent.start, prevClose), span.openAt);
    // Context after the closing mark: to the sentence end or the next quotation's opening.
    const endS = sents[endSent[qi]] ?? sent;
    const nextOpen = spans
      .slice(qi + 1)
      .find((s) => s.parts[0].paragraph === last.paragraph && s.openAt >= span.closeAt && !embeddedTitle(s));
    const afterEnd = Math.min(
      endS.paragraph === last.paragraph ? endS.end : masked[last.paragraph].length,
      nextOpen ? nextOpen.openAt : Infinity,
    );
    const afterToks = span.closed ? tokenize(withTitles(last.paragraph), span.closeAt, afterEnd) : [];
    const short = span.words <= 2;
    const titleLike =
      span.words <= 6 &&
      span.text
        .split(/\s+/)
        .filter((w) => /\p{L}{4,}/u.test(w))
        .every((w) => /^\p{Lu}/u.test(w)) &&
      !/[.!?,]$/.test(span.text);

    const make = (f: Found, toks: Tok[], via: Via, distance: number): QuoteResult => {
      const sp = toSpeaker(
        f.subject,
        endS,
        toks[f.from]?.start ?? span.closeAt,
        toks
          .slice(f.from, f.to)
          .map((t) => t.raw)
          .join(' '),
      );
      const role = recased(
        (f.role ? cleanRole(f.role, 'appositive') : null) ??
          (f.subject.kind === 'person' && f.subject.role ? cleanRole(f.subject.role, 'prefix') : null),
      );
      if (role && sp.kind === 'person') sp.rec.role ??= role;
      // AP style puts the titles of songs, books and films in quotation marks: a title-case phrase is a title, never someone's words.
      const scare = titleLike || (short && distance > 8);
      return { ...base, speaker: sp, role: role ?? null, via, scare };
    };

    const found = applyQuoteRules({
      span,
      qi,
      sent,
      beforeToks,
      afterToks,
      p0,
      last,
      short,
      titleLike,
      base,
      make,
      reader,
    });
    // A title inside the narration names a show or a book; it is nobody's words.
    if (found) return { ...found.quote, scare: found.quote.scare || embeddedTitle(span), rule: found.rule };
    // Nobody says it: a phrase of three words or fewer in marks is a term or a scare quote, not a quotation.
    return {
      ...base,
      speaker: null,
      role: null,
      via: 'none',
      scare: span.words <= 3 || titleLike || embeddedTitle(span),
      rule: 'none',
    };
  }

  /** The first speaker-like mention of a sentence before `at`: its grammatical subject, as far as rules can tell. */
  function sentenceSubject(sent: Sent, at: number): Speaker | null {
    const here = mentions.filter((m) => m.sent === sent.index && m.at < at).sort((a, b) => a.at - b.at);
    if (here.length) return here[0].speaker;
    const toks = tokenize(masked[sent.paragraph], sent.start, at);
    const first = toks.find((t) => !t.mark);
    if (first && (first.w === 'he' || first.w === 'she')) {
      const pron = first.w === 'he' ? 'm' : 'f';
      return throughPronoun(resolvePronoun(pron, sent, first.start), pron);
    }
    return null;
  }

  function sentenceText(a: Sent, b: Sent): string {
    if (a.paragraph === b.paragraph) return paragraphs[a.paragraph].slice(a.start, Math.max(a.end, b.end)).trim();
    const parts = [paragraphs[a.paragraph].slice(a.start)];
    for (let p = a.paragraph + 1; p < b.paragraph; p++) parts.push(paragraphs[p]);
    parts.push(paragraphs[b.paragraph].slice(0, b.end));
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  // Settle surname-only records into full names, and point every quotation at the settled record.
  // Each person's gender, where the article's own pronouns make it clear: it keeps a "Cruz" who is "he" from being
  // merged with the corpus's one full-named Cruz who is "she".
  for (const rec of table.people) if (rec.kind === 'person' && !rec.gender) rec.gender = genderEvidence(rec, Infinity);
  // "China said it was levying the tariffs", "... that Israel had told Egypt": a lone word WordNet gives as a place,
  // which the article writes as one ("in China", "from Israel") and never with a first name, a title or an
  // honorific, speaks as its government: an organisation, never completed into someone's surname ("Steve Israel").
  for (const rec of table.people)
    if (
      rec.kind === 'person' &&
      !rec.first &&
      !rec.strong &&
      !rec.name.includes(' ') &&
      placeWords.has(rec.surname) &&
      isPlaceName(rec.name)
    )
      rec.kind = 'org';
  const settled = table.settle(isCommon, paragraphs.join('\n'));
  const fix = (s: Speaker | null): Speaker | null => {
    if (!s || (s.kind !== 'person' && s.kind !== 'org')) return s;
    const rec = settled.get(s.rec.id) ?? s.rec;
    const kind = rec.kind === 'org' ? 'org' : s.kind;
    return s.pronoun && kind === 'person' ? { kind, rec, pronoun: s.pronoun } : { kind, rec };
  };
  const quotes = results.filter(Boolean).map((q) => ({ ...q, speaker: fix(q.speaker), reportedBy: fix(q.reportedBy) }));
  const people = [...new Set(settled.values())];
  return { quotes, people };
}

/**
 * A noun of a role or a kind of person: WordNet's noun.person ("philosopher", "spokesman") or a title word that is no
 * adjective ("adviser"; not "former", "senior", "chief", which modify the noun after them).
 */
function roleNoun(w: string): boolean {
  return isPersonNoun(w) || (isTitleWord(w) && !isAdjectiveWord(w));
}

/** Whether a description's head noun names a person ("an activist", "one aide", "a source"), not "the military". */
function personNoun(text: string): boolean {
  const words = text.split(' ');
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|on|to|near|who|close|familiar)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z-]/g, '');
  return (
    TITLE_WORDS.has(head) ||
    /(?:er|or|ist|ian|ant|ent|man|woman|person|source|aide|official|witness|friend|neighbou?r|mother|father|wife|husband|son|daughter|veteran|voter|student|teacher|nurse|doctor|officer|guard|soldier|resident|activist|spokesperson|insider|observer|protester|protestor)$/.test(
      head,
    )
  );
}

function isPlural(text: string): boolean {
  const words = text.split(' ');
  const first = words[0].toLowerCase();
  if (['a', 'an', 'one', 'each', 'every', 'this', 'that', 'the'].includes(first) && !/s$/.test(words[words.length - 1]))
    return false;
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|on|to|near)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z]/g, '');
  return (
    (/[^su]s$/.test(head) && !['a', 'an', 'one'].includes(first)) ||
    ['people', 'police', 'men', 'women', 'children'].includes(head)
  );
}
