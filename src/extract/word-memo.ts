// A memo for a reading of a phrase that also asks one question of the article around it: is this word one the
// article writes in lower case? ("Obama Sees Personal Insult" is a headline because "personal" and "insult" are
// common words of the article.) The same capitalised runs recur across a corpus ("President Donald Trump",
// "White House"), and reading one costs far more than asking again the few questions it asked: so a phrase's
// reading is kept with the words it asked about and their answers, and used again for another article only when
// that article answers every one of them the same. The reading is a function of the phrase and those answers
// alone, so what comes back is what reading it again would give.

export type IsCommon = (w: string) => boolean;

interface Variant<R> {
  asked: string[];
  answers: boolean[];
  result: R;
}

const never: IsCommon = () => false;

/**
 * `read(phrase, isCommon)` memoised by phrase and by the answers its questions got. `copy` gives each caller its
 * own result (a caller may change what it is given). At most `limit` phrases are kept; past that the memo starts
 * empty again (a bound on memory, not on correctness).
 */
export function memoByPhrase<R>(
  read: (phrase: string, isCommon: IsCommon) => R,
  copy: (r: R) => R,
  limit = 50_000,
  variants = 4,
): (phrase: string, isCommon?: IsCommon) => R {
  let memo = new Map<string, Variant<R>[]>();
  return (phrase, isCommon = never) => {
    const kept = memo.get(phrase);
    if (kept) {
      for (const v of kept) {
        let same = true;
        // Asked again in the same order: the answers so far decide which question the reading asked next.
        for (let k = 0; k < v.asked.length && same; k++) same = isCommon(v.asked[k]) === v.answers[k];
        if (same) return copy(v.result);
      }
    }
    const asked: string[] = [];
    const answers: boolean[] = [];
    // A word asked twice gets the same answer from one article: kept once, asked once again.
    const known = new Map<string, boolean>();
    const result = read(phrase, (w) => {
      let a = known.get(w);
      if (a === undefined) {
        known.set(w, (a = isCommon(w)));
        asked.push(w);
        answers.push(a);
      }
      return a;
    });
    if (memo.size >= limit) memo = new Map();
    const list = memo.get(phrase) ?? [];
    if (list.length < variants) {
      list.push({ asked, answers, result: copy(result) });
      memo.set(phrase, list);
    }
    return result;
  };
}
