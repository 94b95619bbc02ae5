// The figures of an article read together, after each sentence has been read alone. News tells a story's background
// across sentences and dates it once for the paragraph that tells it ("In 1921, a mob burned the district. Thousands
// were left homeless."), and tells one toll several times, dated once ("the Sept. 11 attack that killed four
// Americans" ... "the envoy and three other Americans were killed"): a figure its own sentence gives no time takes
// the paragraph's, or the day the article gave the same toll. (Carrying a paragraph's source the same way, "The
// ministry said 23 were killed. Another 147 were wounded.", was tried and dropped: the labelled samples credit a
// source only to the sentence that names it; 3 figures gained, 6 lost.)
import type { Article } from '../corpus/schema';
import { addDays, endedOverAYearBefore, sentenceDates, wordNumber, type DatePrecision } from './dates';
import type { Figure } from './figures';

/**
 * Readings of the whole article applied, in place, to the figures its sentences gave no time of their own: the day
 * the article gave the same toll, else the past its paragraph tells (history), else history for a finished war's toll.
 */
export function readArticle(article: Pick<Article, 'published' | 'sentences'>, figures: Figure[]): Figure[] {
  for (const f of figures) {
    if (f.asOfFrom === 'article') {
      const same = sameTollDated(figures, f);
      if (same) {
        f.asOf = same.asOf;
        f.asOfPrecision = same.asOfPrecision;
        f.asOfFrom = 'context';
        f.history = same.history;
        continue;
      }
    }
    if (f.asOfFrom === 'article' && !f.history && article.published) {
      const past = paragraphPast(article, f, article.published);
      if (past) {
        f.asOf = past.date;
        f.asOfPrecision = past.precision;
        f.asOfFrom = 'context';
        f.history = true;
      } else if (finishedWar(f.sentence)) {
        f.asOfFrom = 'context';
        f.history = true;
      }
    }
  }
  return figures;
}

/**
 * The same toll told elsewhere in the article with a date of its own: one event, one day. "Ambassador Smith and
 * three other Americans died in the assault" stands where "the Sept. 11 attack that killed four Americans" does.
 * The same metric and the same bounds; the dated mention nearest before, else after.
 */
function sameTollDated(figures: Figure[], f: Figure): Figure | null {
  const dated = figures.filter(
    (g) =>
      g !== f &&
      g.asOfFrom === 'sentence' &&
      g.metric === f.metric &&
      g.low === f.low &&
      g.high === f.high &&
      g.sentenceIndex !== f.sentenceIndex,
  );
  return dated.filter((g) => g.sentenceIndex < f.sentenceIndex).at(-1) ?? dated[0] ?? null;
}

/**
 * A past more than a year before the article that an earlier sentence of the figure's paragraph dates its story to:
 * "In 1921, a mob burned 35 blocks of the district. Thousands were left homeless." (the thousands are of 1921); "In
 * April last year, a chemical attack struck the town. At least 74 people died." (that April). A sentence opening "N
 * years later" moves on from it ("In 2006, 12 miners were killed at one mine. Four years later, 29 men died at
 * another": 2010). The figure's own sentence must tell in the simple past (a running toll, "have died", "so far",
 * stands at the article).
 */
function paragraphPast(
  article: Pick<Article, 'sentences'>,
  f: Figure,
  published: string,
): { date: string; precision: DatePrecision } | null {
  const later = LATER_OPENER.exec(f.sentence);
  if (RUNNING.test(f.sentence) || (!later && LATER.test(f.sentence))) return null;
  const p = article.sentences[f.sentenceIndex]?.paragraph;
  for (let j = f.sentenceIndex - 1; j >= 0 && article.sentences[j].paragraph === p; j--) {
    const dates = sentenceDates(article.sentences[j].text, published).filter((d) => !d.periodStart);
    const old = dates.find((d) => endedOverAYearBefore(d.date, d.precision, published));
    if (old) {
      if (!later) return { date: old.date, precision: old.precision };
      const n = /^\d+$/.test(later[1]) ? Number(later[1]) : /^(?:a|an)$/i.test(later[1]) ? 1 : wordNumber(later[1]);
      if (n === null) return null;
      const date =
        later[2].toLowerCase() === 'year'
          ? `${Number(old.date.slice(0, 4)) + n}${old.date.slice(4)}`
          : addDays(old.date, 30 * n);
      return endedOverAYearBefore(date, old.precision, published) ? { date, precision: old.precision } : null;
    }
    // a sentence dated near the article tells the news: the paragraph is not background
    if (dates.length) return null;
  }
  return null;
}

/** "Four years later, ...", "Two months later, ...": a time counted from the story told before. */
const LATER_OPENER = /^(\d{1,2}|an?|[a-z]+)\s+(year|month)s?\s+later\b/i;

/** A toll still running ("have died", "so far", "now") or told in the present. */
const RUNNING =
  /\b(?:have|has)\s+(?:already\s+|now\s+|so far\s+|also\s+)?[a-z]+\b|\bso far\b|\bto date\b|\bnow\b|\bstill\b/i;
/** A time counted from the sentence before ("Two years later, ..."): dated by it, not by the paragraph's year. */
const LATER = /\b(?:later|earlier|after|before|since|ago)\b/i;

/**
 * A war's toll told in the simple past is a finished war's: "a war that killed 4,000 American soldiers", "the carnage
 * of that war, where at least 600,000 Americans were killed" (news tells a war under way by its running toll, "a war
 * that has killed more than 100,000").
 */
function finishedWar(sentence: string): boolean {
  return (
    !RUNNING.test(sentence) &&
    /\b(?:a|that|the|this|his|her|its|their)\s+(?:[\w-]+,?\s+){0,3}?(?:war|wars|genocide)\b(?:\s+(?:against|in|on|of)\s+[\w-]+)?\s*,?\s*(?:that|which|in which|where|when)\s+(?:[\w-]+\s+){0,5}?(?:killed|cost|claimed|left|took|were killed|died)\b/i.test(
      sentence,
    )
  );
}
