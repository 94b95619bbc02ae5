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

/**
 * A made-up article whose sentences are known, for tests of what reads sentences and paragraphs together: each
 * paragraph a list of sentences, joined by a space.
 */
export function articleOfSentences(published: string, ...paragraphs: string[][]): Article {
  const sentences = paragraphs.flatMap((p, paragraph) => {
    let start = 0;
    return p.map((text) => {
      const s = { paragraph, start, end: start + text.length, text };
      start += text.length + 1;
      return s;
    });
  });
  return {
    id: 'a',
    file: 'a.txt',
    format: 'txt',
    title: null,
    outlet: null,
    published,
    url: null,
    provenance: { title: null, outlet: null, published: null },
    paragraphs: paragraphs.map((p) => p.join(' ')),
    sentences: sentences.map((s, index) => ({ index, ...s })),
    clutter: [],
  };
}
