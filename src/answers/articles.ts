// /articles: what the corpus holds, with what provenance adds (credits, copy families).
import type { Corpus } from '../corpus/schema';
import { paragraphCount, sentenceCount } from '../corpus/counts';
import type { ArticlesAnswer } from './types';
import { articleProvenance, families, type SourcesBook } from './sources';

export function answerArticles(
  corpus: Corpus,
  sources: SourcesBook,
  added?: ReadonlyMap<string, string>,
): ArticlesAnswer {
  return {
    articles: corpus.articles.map((a) => {
      // Wire and photo credits, and the original of the article's copy family (null when it is in none).
      const { credits, family } = articleProvenance(sources, a.id);
      return {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        file: a.file,
        paragraphs: paragraphCount(a),
        sentences: sentenceCount(a),
        credits,
        family,
        ...(added?.has(a.id) ? { added: added.get(a.id) } : {}),
      };
    }),
    warnings: corpus.warnings,
    families: families(sources),
  };
}
