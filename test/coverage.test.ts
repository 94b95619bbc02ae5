import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';

// Stand in for a bug in the quotation extractor that only one page triggers.
vi.mock('../src/extract/quote-attribute', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/extract/quote-attribute')>();
  const failOn =
    <T>(read: (paragraphs: string[]) => T) =>
    (paragraphs: string[]) => {
      if (paragraphs.some((p) => p.includes('TRIGGER'))) throw new Error('unexpected token');
      return read(paragraphs);
    };
  // (both ways in: the attribution itself, and its once-per-article memo the extraction stages share)
  return { ...real, attributeQuotes: failOn(real.attributeQuotes), quotesOf: failOn(real.quotesOf) };
});

const { loadCorpus } = await import('../src/corpus/load');
const { buildCoverage } = await import('../src/answers/coverage');

describe('building the answers', () => {
  it('names an article whose extraction fails, and answers from the rest', async () => {
    const corpus = await loadCorpus(join(__dirname, '../data'));
    const broken = {
      ...corpus.articles[0],
      id: 'broken',
      file: 'broken.txt',
      paragraphs: ['TRIGGER "a quotation," he said.'],
    };
    const coverage = buildCoverage({ ...corpus, articles: [...corpus.articles, broken] });
    expect(coverage.articles().warnings.map((w) => `${w.file}: ${w.message}`)).toContain(
      'broken.txt: quotations not read (unexpected token)',
    );
    expect(coverage.quote('Antonov').quotes.length).toBeGreaterThan(0);
  });
});
