// What the project's entity recognizer (wink-nlp with its English web model) says a capitalised word is, for the
// few name phrases the rules of names.ts cannot settle by shape: "Last April, Mr Barr told members of Congress"
// makes "April" a date, not a speaker; and what WordNet says a capitalised word before a full name is. Loaded the first time a phrase needs it (about a second), and each phrase
// is read once per process.
import { createRequire } from 'node:module';
import { aboveOf, baseForms, indexEntry, sensesOf, synset } from './meaning/wordnet';

type Reader = (text: string) => { entities: { value: string; type: string }[] };
let reader: Reader | null = null;

function load(): Reader {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  const nlp = winkNLP(model, ['sbd', 'negation', 'ner']);
  return (text) => ({
    entities: nlp.readDoc(text).entities().out(nlp.its.detail) as unknown as { value: string; type: string }[],
  });
}

const seen = new Map<string, boolean>();

/** Whether `word`, read in `phrase`, falls inside a date or time the recognizer finds ("Last April", "in June"). */
export function isDateWord(phrase: string, word: string): boolean {
  const key = `${phrase}\u0000${word}`;
  let d = seen.get(key);
  if (d === undefined) {
    reader ??= load();
    d = reader(phrase).entities.some(
      (e) => /^(?:DATE|TIME|DURATION)$/.test(e.type) && e.value.split(/\s+/).includes(word),
    );
    if (seen.size > 50_000) seen.clear();
    seen.set(key, d);
  }
  return d;
}

const personNouns = new Map<string, boolean>();

/**
 * Whether a word's most frequent noun sense is a kind of person in WordNet (its lexicographer file noun.person),
 * written there in lower case, met as that noun in WordNet's tagged sample of running text, and no sense of it
 * is one person's name (an instance): "rabbi", "witness", "administrator", "bishop". Such a word written
 * capitalised before a full name is the role the sentence gives ("Rabbi Zev Johnson of the Jewish Center"); a
 * first name is no such word ("Michael" is the archangel, "Dean" is also James Dean, "Donna" is a title of address
 * the tagged text never uses, "Mark" and "Will" are no person).
 */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  let p = personNouns.get(w);
  if (p === undefined) {
    p = false;
    // "rabbi n 2 5 @ ~ #m + ; 2 1 10521914 06352979": senses, pointer kinds, senses again, tagged senses, offsets.
    const f = indexEntry(w, 'n');
    if (f && f.tagged >= 1) {
      // "10521914 18 n 01 rabbi 0 ...": the lexicographer file (18 is noun.person), then the words as written. Read
      // first: the scan of every sense for an instance below is the costly part, needed only for a person noun.
      const d = synset('n', f.offsets[0]);
      p =
        d.lexFile === 18 &&
        d.written.some((x) => x === w) &&
        !f.instance &&
        !sensesOf(w, 'n', 64).some((x) => x.pointers.some((y) => y.symbol === '@i'));
    }
    personNouns.set(w, p);
  }
  return p;
}

const roleOnly = new Map<string, boolean>();

/**
 * Whether WordNet knows a word only as a kind of person: every noun sense in noun.person, written in lower case,
 * no sense one person's name, and no verb or adjective of that spelling ("billionaire", "philanthropist"). Such a
 * word, which WordNet's tagged sample never meets (a tagged one is read by isPersonNoun), before a first name and a
 * surname is a description ("Billionaire Tom Steyer, a longtime donor, says ..."); a given name has other senses, is
 * tagged ("Earl", "Duke") or is no noun of WordNet's.
 */
export function isRoleNounOnly(word: string): boolean {
  const w = word.toLowerCase();
  let p = roleOnly.get(w);
  if (p === undefined) {
    const f = indexEntry(w, 'n');
    p =
      !!f &&
      f.tagged === 0 &&
      !f.instance &&
      !indexEntry(w, 'v') &&
      !indexEntry(w, 'a') &&
      f.offsets.every((o) => {
        const d = synset('n', o);
        // "Donna" is WordNet's Italian word for a woman, and a given name: a word that only says man or woman is a
        // form of address, not a description of what someone does or has.
        const sexOnly = d.pointers
          .filter((x) => x.symbol === '@')
          .some((x) =>
            synset('n', x.offset).words.some((y) => /^(?:woman|man|adult_female|adult_male|girl|boy)$/.test(y)),
          );
        return d.lexFile === 18 && d.written.some((x) => x === w) && !sexOnly;
      });
    roleOnly.set(w, p);
  }
  return p;
}

const thingWords = new Map<string, boolean>();

/**
 * Whether a capitalised word is in WordNet and its most frequent noun sense (or, with no noun, its adjective) is
 * no kind of person: a place, a body, a thing ("Virginia", "Missouri", "Highway", "Patrol", "Pentagon"). Such
 * words before a role noun are the role's owner ("Virginia Delegate Kathy Tran", "Missouri Highway Patrol Captain
 * Ron Johnson"), never a first name: a given name WordNet knows is a person first ("Mary" is the Virgin Mary) or
 * is not in it at all ("Kathy").
 */
export function isThingWord(word: string): boolean {
  const w = word.toLowerCase();
  let t = thingWords.get(w);
  if (t === undefined) {
    t = false;
    const f = indexEntry(w, 'n');
    if (f) {
      // "08654360 15 n ...": the lexicographer file of the first sense; 18 is noun.person.
      t = synset('n', f.offsets[0]).lexFile !== 18;
    } else {
      t = has(w, 'a');
    }
    thingWords.set(w, t);
  }
  return t;
}

/** Whether WordNet knows a word as an adverb and never as a noun: "Additionally, ..." opens a sentence, names no one. */
export function isAdverbOnly(word: string): boolean {
  const w = word.toLowerCase();
  return has(w, 'r') && !has(w, 'n');
}

/** "Investigators", "Lawyers", "Attorneys": the plural of a noun whose usual sense is a kind of person. */
export function isPersonPlural(word: string): boolean {
  const m = /^(\p{L}{3,}?)(?:e?s)$/u.exec(word);
  if (!m) return false;
  const w = word.toLowerCase();
  return [w.slice(0, -1), w.slice(0, -2)].some((s) => s.length >= 3 && isPersonNoun(s));
}

const placeNames = new Map<string, boolean>();

/**
 * Whether a phrase is, in its most frequent noun sense, a place in WordNet (its lexicographer file noun.location):
 * "Pennsylvania", "New Hampshire", "Easton" is not in it. A state after its town closes a place phrase ("Jeff Fox, 57,
 * of Pen Argyl, Pennsylvania, said"); it is no speaker.
 */
export function isPlaceName(phrase: string): boolean {
  const w = phrase.trim().toLowerCase().replace(/\s+/g, '_');
  let p = placeNames.get(w);
  if (p === undefined) {
    p = false;
    const f = /^[\p{L}_.'-]+$/u.test(w) ? indexEntry(w, 'n') : null;
    // "08654360 15 n ...": 15 is noun.location
    if (f) p = synset('n', f.offsets[0]).lexFile === 15;
    placeNames.set(w, p);
  }
  return p;
}

/** Whether WordNet's index (read once per process, by meaning/wordnet.ts) has a word in a part of speech. */
const has = (w: string, pos: 'n' | 'a' | 'r') => indexEntry(w, pos) !== null;

const groupNouns = new Map<string, boolean>();

/**
 * Whether a word's most frequent noun sense is a group of people in WordNet (its lexicographer file noun.group):
 * "group", "organization", "party", "coalition". News names a group after such a noun written in lower case ("the
 * liberal group Democracy for America", "the conservative group Judicial Watch"): the capitalised words after it
 * are the group's name, never a person's.
 */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  let g = groupNouns.get(w);
  if (g === undefined) {
    const f = /^\p{Ll}+$/u.test(w) ? indexEntry(w, 'n') : null;
    // "07950920 14 n ...": 14 is noun.group. "group" itself is one of WordNet's top concepts (noun.Tops, 03), the
    // one whose kinds are groups ("social group" is noun.group).
    const d = f ? synset('n', f.offsets[0]) : null;
    g =
      !!d &&
      (d.lexFile === 14 ||
        (d.lexFile === 3 &&
          d.pointers.filter((x) => x.symbol === '~' && x.pos === 'n').some((x) => lexFileAt(x.offset) === 14)));
    groupNouns.set(w, g);
  }
  return g;
}

/**
 * Whether WordNet knows a word as an adjective and never as a noun: "Southern", "Eastern", "New". Before a place
 * such words make a region of it ("Southern Israel", "Eastern Ukraine"), never a first name.
 */
export function isAdjectiveOnly(word: string): boolean {
  const w = word.toLowerCase();
  return has(w, 'a') && !has(w, 'n');
}

/** The lexicographer file of the noun synset at a byte offset of WordNet's data file (14 is noun.group). */
function lexFileAt(offset: number): number {
  return synset('n', offset).lexFile;
}

const placeAdjectives = new Map<string, boolean>();

/**
 * Whether an adjective's first senses point, as WordNet's pertainym, derivation or attribute, to a place
 * (noun.location): "southern" (south), "eastern" (east), "central" (center), "rural" (country). Before a place it makes a region of it ("Southern
 * Israel", "Eastern Ukraine"); "Sandy" (sand) does not, so "Sandy Jordan" stays a person.
 */
export function isPlaceAdjective(word: string): boolean {
  const w = word.toLowerCase();
  let p = placeAdjectives.get(w);
  if (p === undefined) {
    const senses = sensesOf(w, 'a', 2);
    p = senses.some((s) =>
      s.pointers.some(
        (x) =>
          (x.symbol === '\\' || x.symbol === '+' || x.symbol === '=') && x.pos === 'n' && lexFileAt(x.offset) === 15,
      ),
    );
    placeAdjectives.set(w, p);
  }
  return p;
}

/**
 * A place of two words or more: WordNet's ("New Hampshire", "Gaza Strip"), or one after adjectives of place
 * ("Southern Israel", "Eastern Ukraine"). Never a person's first name and surname.
 */
export function isRegion(tokens: string[]): boolean {
  if (tokens.length < 2) return false;
  return (
    isPlaceName(tokens.join(' ')) ||
    (tokens.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isPlaceAdjective(w)) &&
      isPlaceName(tokens[tokens.length - 1]))
  );
}

const personSenses = new Map<string, boolean>();

/**
 * Whether a word's most frequent noun sense is a kind of person (noun.person) and no one person's name: "constable",
 * "sergeant". Looser than isPersonNoun (a painter named Constable, a word WordNet's tagged text never uses): read
 * only after a title that is also an adjective, where "Chief Constable Ian Hopkins" holds a title of two words;
 * "President George W. Bush" keeps George, whose first sense is a king, and "Gov. Earl Ray Tomblin" his Earl.
 */
export function isPersonSense(word: string): boolean {
  const w = word.toLowerCase();
  let p = personSenses.get(w);
  if (p === undefined) {
    const f = indexEntry(w, 'n');
    const d = f ? synset('n', f.offsets[0]) : null;
    p = !!d && d.lexFile === 18 && !d.pointers.some((x) => x.symbol === '@i');
    personSenses.set(w, p);
  }
  return p;
}

/** Whether WordNet knows a word as an adjective: a title that is one ("Chief", "Senior") modifies the noun after it. */
export function isAdjectiveWord(word: string): boolean {
  return has(word.toLowerCase().replace(/\.$/, ''), 'a');
}

const verbOpeners = new Map<string, boolean>();

/**
 * Whether a capitalised word is, in WordNet, mostly a verb: a verb with more tagged senses than any noun of that
 * spelling, tagged three times or more ("meet", "add", "consider", "remember", "recall"). News opens a feature's lead
 * or a caption with such a verb in the imperative ("Meet Jane Roe, the challenger who ...", "Add Jane Roe to the
 * list"): before a first name and a surname it is no first name. "Bill", "Mark" and "Grant" are nouns as much as
 * verbs, and "Rob" is tagged twice: they stay first names.
 */
export function isVerbOpener(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbOpeners.get(w);
  if (v === undefined) {
    const verb = indexEntry(w, 'v');
    const noun = indexEntry(w, 'n');
    v =
      !!verb &&
      verb.tagged >= 3 &&
      verb.tagged > (noun?.tagged ?? 0) &&
      verb.offsets.length > (noun?.offsets.length ?? 0);
    verbOpeners.set(w, v);
  }
  return v;
}

const verbOnly = new Map<string, boolean>();

/**
 * Whether a capitalised word is a verb and no name: a participle whose verb WordNet's tagged text uses (twice or
 * more: "Declaring", "Explaining", "Letting"), or a bare verb tagged three times or more that the tagged text never
 * uses as a noun ("Take", "Ignore"). A headline or a lead opens with one before a surname ("Declaring Trump the
 * winner, the paper ..."); "Manning", "Browning" (verbs tagged once) and "Sue", "Hope", "Grant" (tagged as nouns,
 * or seldom as verbs) stay names.
 */
export function isVerbWord(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbOnly.get(w);
  if (v === undefined) {
    v = false;
    if (/^\p{Ll}{2,}ing$/u.test(w)) {
      v = baseForms(w)
        .filter((b) => b.pos === 'v' && b.lemma !== w)
        .some((b) => (indexEntry(b.lemma, 'v')?.tagged ?? 0) >= 2);
    } else {
      const verb = indexEntry(w, 'v');
      v = !!verb && verb.tagged >= 3 && !indexEntry(w, 'n')?.tagged;
    }
    verbOnly.set(w, v);
  }
  return v;
}

const abstractProper = new Map<string, boolean>();
/** WordNet's lexicographer files of things no one is: noun.act, noun.attribute, noun.cognition, noun.event,
 * noun.feeling, noun.motive, noun.process, noun.state, noun.time. */
const ABSTRACT_FILES = new Set([4, 7, 9, 11, 12, 16, 22, 26, 28]);

/**
 * Whether a lone capitalised word is, in its most frequent WordNet sense, an idea, a faith, an act or an event that
 * WordNet itself writes capitalised: "Christianity", "Islam", "Marxism", "Thanksgiving". No one speaks as such a
 * word ("the White House and Christianity" names no speaker); a surname that is also a common word ("Power",
 * "Love", "Justice") is written in lower case in WordNet and stays a name.
 */
export function isAbstractProper(word: string): boolean {
  let a = abstractProper.get(word);
  if (a === undefined) {
    a = false;
    const f = /^\p{Lu}\p{Ll}+$/u.test(word) ? indexEntry(word.toLowerCase(), 'n') : null;
    if (f) {
      const d = synset('n', f.offsets[0]);
      a = ABSTRACT_FILES.has(d.lexFile) && d.written.includes(word);
    }
    abstractProper.set(word, a);
  }
  return a;
}

const regionWords = new Map<string, boolean>();

/**
 * Whether a capitalised word is, in its most frequent WordNet sense, a region: a place (noun.location) that is a
 * kind or an instance of a geographical area or region ("Midwest", "Balkans"), not a town, a state or a country,
 * whose names are also first names ("Chester", "Georgia", "Austin"). Glued before a surname by two link texts run
 * together ("... of Midwest Trump nominees"), it is no first name.
 */
export function isRegionWord(word: string): boolean {
  let r = regionWords.get(word);
  if (r === undefined) {
    r = false;
    const f = /^\p{Lu}\p{Ll}+$/u.test(word) ? indexEntry(word.toLowerCase(), 'n') : null;
    const d = f ? synset('n', f.offsets[0]) : null;
    if (d && d.lexFile === 15)
      r = d.pointers
        .filter((x) => x.symbol === '@' || x.symbol === '@i')
        .some((x) => synset('n', x.offset).words.some((w) => /^(?:region|geographical_area|geographic_area)$/.test(w)));
    regionWords.set(word, r);
  }
  return r;
}

const kinNouns = new Map<string, boolean>();

/**
 * Whether a word's most frequent noun sense is a relative in WordNet (a kind of "relative, relation" up its
 * hypernyms): "son", "daughter", "wife", "widow", "brother". "The daughter of the late Sen. John Doe said" quotes the
 * daughter; the senator is whose daughter she is.
 */
export function isKinNoun(word: string): boolean {
  const w = word.toLowerCase();
  let k = kinNouns.get(w);
  if (k === undefined) {
    k = false;
    const f = indexEntry(w, 'n');
    const relative = indexEntry('relative', 'n')?.offsets.find((o) => synset('n', o).lexFile === 18);
    if (f && relative !== undefined)
      k = aboveOf([synset('n', f.offsets[0])], 5, (s) => (s.offset === relative ? true : null)) ?? false;
    kinNouns.set(w, k);
  }
  return k;
}
