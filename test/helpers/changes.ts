// One random change of a corpus, as a folder being followed sees them: new articles most often, an article removed,
// or one rewritten under its own id and file. The property tests of incremental updates apply a run of these and
// compare each state with a whole build.
import type { Article } from '../../src/corpus/schema';

export interface Change {
  removed: string[];
  added: Article[];
  now: Article[];
}

export function randomChange(
  articles: Article[],
  rand: () => number,
  madeUp: (id: string | null) => Article,
  maxAdded: number,
): Change {
  const r = rand();
  if (r < 0.55 || articles.length < 4) {
    const added = Array.from({ length: 1 + Math.floor(rand() * maxAdded) }, () => madeUp(null));
    return { removed: [], added, now: [...articles, ...added] };
  }
  if (r < 0.8) {
    const gone = articles[Math.floor(rand() * articles.length)];
    return { removed: [gone.id], added: [], now: articles.filter((a) => a !== gone) };
  }
  const at = Math.floor(rand() * articles.length);
  const changed = { ...madeUp(articles[at].id), id: articles[at].id, file: articles[at].file };
  return { removed: [changed.id], added: [changed], now: articles.map((a, i) => (i === at ? changed : a)) };
}
