// People a verb directs to leave: "Officials urged more than 500,000 coastal residents to evacuate", "authorities
// ordered 20,000 people in low-lying areas to leave their homes", "thousands were warned to leave". The counted people
// are the object of the directing verb and the subject of its infinitive (object control), so what the infinitive says
// befalls them: an evacuation is a displacement (the labellers' convention since holdout8: residents ordered, urged
// or warned to evacuate are displaced). Which verbs direct others is read from WordNet's verb frames (frame 24,
// "Somebody ----s somebody to INFINITIVE", in a verb's first sense: order, urge, advise, ask, force) and the lexicon's verbs of
// speech ("warned", "told", whose first WordNet senses lack the frame); the infinitives of leaving are data below.
import { SPEECH_VERBS } from './lexicon';
import { baseForms, sensesOf } from './meaning/wordnet';
import { isPersonKind } from './figures-general';

/** WordNet's verb frame "Somebody ----s somebody to INFINITIVE". */
const OBJECT_CONTROL_FRAME = 24;
/**
 * The verb's first sense is read, and only as a verb of communication (lexicographer file 32: "urge", "order",
 * "advise", "ask") or of social acts (41: "force" as coerce): "expected 5,000 residents to leave" (the frame in its
 * second sense) or "wanted" (a desire, file 37) direct no one.
 */
const DIRECTING_FILES = new Set([32, 41]);

/**
 * The infinitives of leaving home, as data: "to evacuate", "to leave their homes", "to flee" (not "to flee the
 * scene" or a building, which displaces no one).
 */
export const LEAVING_INFINITIVE =
  /^to\s+(?:(?:immediately|quickly|voluntarily)\s+)?(?:evacuate\b(?!\s+(?:the\s+)?(?:building|school|office|plane|train|stadium|mall|hospital|campus|site)\b)|leave\s+(?:their|his|her|its)\s+homes?\b|flee\b(?!\s+(?:the\s+)?(?:scene|building|area on foot)\b))/i;

const cache = new Map<string, boolean>();
/** Whether a verb form directs someone to act: "urged", "ordered", "told", "warned", "advising", "forced". */
export function directsOthers(word: string): boolean {
  const w = word.toLowerCase();
  let d = cache.get(w);
  if (d === undefined) {
    d = SPEECH_VERBS.has(w);
    for (const f of d ? [] : baseForms(w)) {
      if (f.pos !== 'v') continue;
      d = sensesOf(f.lemma, 'v', 1).some((s) => {
        const at = s.words.indexOf(f.lemma) + 1;
        return (
          DIRECTING_FILES.has(s.lexFile) &&
          s.frames.some((x) => x.frame === OBJECT_CONTROL_FRAME && (x.word === 0 || x.word === at))
        );
      });
      if (d) break;
    }
    cache.set(w, d);
  }
  return d;
}

/**
 * Whether a count is the object of a directing verb and the subject of an infinitive of leaving home: `before` ends
 * with the verb ("… urged more than "), `after` opens with the counted people, a place they are in at most, and the
 * infinitive ("residents in the Southeast to evacuate").
 */
export function directedToLeave(before: string, after: string): boolean {
  const verb =
    /\b([a-z]+)\s+(?:(?:more than|over|at least|nearly|almost|about|some|up to|as many as|an estimated)\s+)?$/i.exec(
      before,
    );
  if (!verb || !directsOthers(verb[1])) return false;
  const group =
    /^(?:\s+of)?((?:\s+[A-Za-z][\w'’-]*){1,4}?)(?:\s+(?:in|from|on|along|across|near|of)\s+(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?)?\s+(?=to\s)/.exec(
      after,
    );
  if (!group) return false;
  const head = group[1].trim().split(/\s+/).at(-1) ?? '';
  if (!isPersonKind(head, baseForms(head).find((b) => b.pos === 'n')?.lemma ?? head)) return false;
  return LEAVING_INFINITIVE.test(after.slice(group[0].length));
}
