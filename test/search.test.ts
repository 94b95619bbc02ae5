import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { buildSearchIndex, terms, type SearchIndex } from '../src/answers/search';
import type { Article } from '../src/corpus/schema';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex((await loadCorpus(join(__dirname, '../data'))).articles);
});

const where = (hits: { article: string; paragraph: number }[]) => hits.map((h) => h.article.split('-')[0]);

describe('search', () => {
  it('finds the paragraphs that hold the words, best first', () => {
    const hits = index.search('$550 million combat jets');
    expect(where(hits).slice(0, 2).sort()).toEqual(['haaretz', 'msnbc']);
    expect(hits.length).toBe(2);
  });

  it('forgives a misspelled name', () => {
    const hits = index.search('Antonv');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].terms).toContain('antonov');
  });

  it('completes the word being typed', () => {
    expect(index.search('Moumtz').length).toBeGreaterThan(0);
  });

  it('treats U.N. and UN as one word, and ignores stop words', () => {
    expect(terms('The U.N. and the UN')).toEqual(['un', 'un']);
    expect(index.search('the of and')).toEqual([]);
  });

  it('prunes a very common word to the articles where it weighs most, and still finds the rest by rarer words', () => {
    const article = (id: string, text: string): Article => ({
      id,
      file: id,
      format: 'txt',
      title: null,
      outlet: null,
      published: null,
      url: null,
      provenance: { title: null, outlet: null, published: null },
      paragraphs: [text],
      sentences: [],
      clutter: [],
    });
    const many = Array.from({ length: 2100 }, (_, i) => article(`a${i}`, `common word story number ${i}`));
    many.push(article('rare', 'common zanzibar'));
    const big = buildSearchIndex(many);
    expect(big.search('zanzibar common', { limit: 1 })[0].article).toBe('rare');
  });
});
