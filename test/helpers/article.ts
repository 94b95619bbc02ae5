// A made-up article as the loader would give it, for tests that build answers from paragraphs they write.
import type { Article } from '../../src/corpus/schema';

export function article(id: string, outlet: string, published: string, paragraphs: string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    format: 'txt',
    title: id,
    outlet,
    published,
    url: null,
    provenance: { title: null, outlet: null, published: null },
    paragraphs,
    sentences: [],
    clutter: [],
  };
}
