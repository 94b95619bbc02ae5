// Issue 15, corpus input: a hostile folder written by bench/hostile-corpus.ts (deep HTML, many short sentences,
// an oversized file, Chinese and Japanese, Latin-1, symlinks in and out, a manifest entry nested 100,000 deep,
// impossible dates, a javascript: URL, an escape sequence in a file name) beside good articles.
// (Its load time is measured in bench/hostile.ts, not here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, formatWarning, decode } from '../src/corpus/load';
import { cleanBlocks, wordCount } from '../src/corpus/clean';
import { readHtml } from '../src/corpus/html';
import { buildArticle } from '../src/corpus/article';
import { ManifestEntrySchema } from '../src/corpus/schema';
import type { Corpus } from '../src/corpus/schema';
import { writeHostileCorpus, type HostileCorpus } from '../bench/hostile-corpus';

let root: string;
let fixture: HostileCorpus;
let corpus: Corpus;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hostile-'));
  fixture = await writeHostileCorpus(join(root, 'corpus'), { sentences: 20_000, oversize: 2 * 1024 * 1024 });
  corpus = await loadCorpus(fixture.dir, { maxFileBytes: 1.5 * 1024 * 1024 });
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const article = (file: string) => corpus.articles.find((a) => a.file === file);

describe('a hostile corpus folder', () => {
  it('keeps every good article and names every bad file', () => {
    expect(
      corpus.articles
        .map((a) => a.file)
        .sort()
        .join(' '),
    ).toBe([...fixture.good].sort().join(' '));
    const named = new Set(corpus.warnings.map((w) => w.file));
    for (const f of fixture.bad) expect(named, f).toContain(f);
  });

  it('reads HTML nested 1,000, 10,000 and 100,000 deep as the article it holds', () => {
    for (const depth of [1_000, 10_000, 100_000]) {
      const a = article(`deep-${depth}.html`)!;
      expect(a.paragraphs[0]).toBe(
        `A page nested ${depth} elements deep still carries its report, officials said on Monday.`,
      );
      expect(a.paragraphs).toHaveLength(5);
      expect(a.title).toBe('Flood update');
    }
  });

  it('keeps a file of thousands of one-line sentences as reporting', () => {
    const a = article(fixture.manySentences)!;
    expect(a.paragraphs).toHaveLength(20_000);
    expect(a.sentences).toHaveLength(20_000);
  });

  it('names a file over the size cap with its size and the setting that raises it', () => {
    const w = corpus.warnings.find((x) => x.file === 'oversize.txt')!;
    expect(w.message).toBe('skipped: 2.0 MB is over the 1.5 MB limit for one file (raise it with CORPUS_MAX_FILE_MB)');
  });

  it('loads Chinese and Japanese articles', () => {
    expect(article('chinese.txt')!.paragraphs).toHaveLength(4);
    expect(article('japanese.txt')!.paragraphs).toHaveLength(4);
    expect(wordCount('市长在市政厅外对记者说')).toBeGreaterThan(3);
    expect(wordCount('The mayor told reporters')).toBe(4);
  });

  it('decodes a Latin-1 file and says so', () => {
    expect(article('latin1.txt')!.paragraphs[0]).toContain(
      'The Café Müller on the riverside reopened on Monday, its owner, Señor García, said with naïve delight.',
    );
    expect(corpus.warnings.find((w) => w.file === 'latin1.txt')?.message).toBe(
      'read as Windows-1252 (Latin-1): it is not valid UTF-8',
    );
    expect(decode(Buffer.from('<meta charset="iso-8859-7"><p>\xe1\xe8\xde\xed\xe1', 'latin1'), 'html').text).toContain(
      'αθήνα',
    );
  });

  it('follows a link inside the folder and refuses one leading outside it', () => {
    expect(article('linked-inside.txt')!.paragraphs[0]).toMatch(/^An archived report linked into the folder/);
    expect(corpus.warnings.find((w) => w.file === 'linked-outside.txt')?.message).toBe(
      'skipped: a link leading outside the corpus folder (not followed)',
    );
    expect(JSON.stringify(corpus.articles)).not.toContain('must never be read through a link');
  });

  it("reports each bad manifest field by file, entry and field, and keeps the entry's other fields", () => {
    for (const { entry, field, file } of fixture.badFields) {
      expect(
        corpus.warnings.some((w) => w.file === 'corpus.json' && w.entry === entry && w.field === field),
        `${entry} ${field}`,
      ).toBe(true);
      expect(article(file)!.provenance.outlet).toBe('manifest');
    }
    expect(article('good-plain.txt')!.outlet).toBe('Valley Courier');
    expect(article('good-notes.md')!.published).toBeNull();
    expect(article('japanese.txt')).toMatchObject({ published: '2012-03-13', url: 'https://example.com/bay' });
    expect(JSON.stringify(corpus.articles).includes('javascript:')).toBe(false);
  });

  it('shows a file name carrying an escape sequence without the raw escape', () => {
    const w = corpus.warnings.find((x) => x.file.startsWith('escape-'))!;
    const shown = formatWarning(w);
    expect(shown).not.toMatch(/\u001b/);
    expect(shown).toContain('escape-\\u001b[2J\\u001b[31m-name.txt: skipped: the file is empty');
  });
});

describe('manifest dates and URLs', () => {
  const check = (entry: object) => ManifestEntrySchema.safeParse({ file: 'a.txt', ...entry }).success;
  it('accepts real dates and web addresses only', () => {
    expect(check({ published: '2012-02-29' })).toBe(true);
    expect(check({ published: '2012-03-13T10:00:00+01:00' })).toBe(true);
    for (const published of ['2012-02-30', '2012-04-31T25:99:99Z', '0001-01-01', '2011-02-29', '2012-13-01'])
      expect(check({ published }), published).toBe(false);
    expect(check({ url: 'https://example.com/a' })).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd'])
      expect(check({ url }), url).toBe(false);
  });
});

describe('the cleaner and the HTML reader on hostile shapes', () => {
  it('keeps a page of 200,000 one-line sentences, every line', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Water fell ${i % 97} cm overnight.`);
    expect(cleanBlocks(lines).paragraphs).toHaveLength(200_000);
  });

  it('does not take a javascript: canonical link from a page', () => {
    const html =
      '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>The council voted on Tuesday to extend the curfew, officials said after the meeting.</p></body></html>';
    expect(readHtml(html).url).toBe('javascript:alert(1)');
    expect(buildArticle({ id: 'a', file: 'a.html', format: 'html', text: html }).url).toBeNull();
  });
});
