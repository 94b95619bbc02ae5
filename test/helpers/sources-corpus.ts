// A folder of made-up articles, loaded and indexed as the bot does, for the /sources tests: written before the file's
// tests, removed after them.
import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load';
import { buildSearchIndex } from '../../src/answers/search';
import { answerSources, buildSourcesBook, type SourcesBook } from '../../src/answers/sources';

export function sourcesCorpus(
  files: Record<string, string>,
  options: { retrieval?: boolean } = {},
): {
  book: () => SourcesBook;
  /** The ids of the articles listed as carrying a claim, sorted. */
  ids: (claim: string) => string[];
} {
  let dir = '';
  let book: SourcesBook | null = null;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sources-corpus-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const corpus = await loadCorpus(dir);
    book = buildSourcesBook(corpus, buildSearchIndex(corpus.articles), options);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    book: () => book!,
    ids: (claim) =>
      answerSources(book!, claim)
        .matches.map((m) => m.id)
        .sort(),
  };
}
