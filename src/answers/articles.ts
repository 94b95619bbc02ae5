// /articles: what the corpus holds, with what provenance adds (credits, copy families).
import type { Corpus } from '../corpus/schema';
import type { ArticlesAnswer } from './types';
import type { SourcesBook } from './sources';

export function answerArticles(corpus: Corpus, _sources: SourcesBook): ArticlesAnswer {
  return {
    articles: corpus.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      url: a.url,
      file: a.file,
      paragraphs: a.paragraphs.length,
      sentences: a.sentences.length,
    })),
    warnings: corpus.warnings,
  };
}
