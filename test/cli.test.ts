// The command line as a script or a person uses it (docs/cli.md).
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { z } from 'zod';
import { runAsk } from '../src/cli/ask';

const ROOT = join(__dirname, '..');
// The seeds as they were copied from the web: the pages of data/ without their manifest, as plain text, numbered in
// the manifest's order (000 msnbc.com … 004 The Christian Science Monitor), so only what the pages say is known.
const SEEDS = mkdtempSync(join(tmpdir(), 'seeds-'));
const manifest: { articles: { file: string }[] } = JSON.parse(readFileSync(join(ROOT, 'data/corpus.json'), 'utf8'));
manifest.articles.forEach(({ file }, i) =>
  copyFileSync(
    join(ROOT, 'data', file),
    join(SEEDS, `${String(i).padStart(3, '0')}_${file.replace(/\.\w+$/, '')}.txt`),
  ),
);
afterAll(() => rmSync(SEEDS, { recursive: true, force: true }));

async function ask(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAsk(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, {});
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const ArticleJson = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
const ArticleRefJson = z.object({ id: z.string(), published: z.string().nullable() });
const ContractExport = z.object({
  articles: z.array(ArticleJson),
  quotes: z.array(
    z.object({ speaker: z.string().nullable(), text: z.string(), articles: z.array(ArticleRefJson).min(1) }),
  ),
  estimates: z.array(
    z.object({
      metric: z.string(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      estimator: z.string().nullable(),
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      articles: z.array(ArticleRefJson).min(1),
    }),
  ),
});

describe('ask', () => {
  it('articles --json lists the default corpus with dates from its manifest', async () => {
    const { code, stdout } = await ask('articles', '--json', '--data', join(ROOT, 'data'));
    expect(code).toBe(0);
    const json = z.object({ articles: z.array(ArticleJson) }).parse(JSON.parse(stdout));
    expect(json.articles.map((a) => a.published).sort()).toEqual([
      '2012-02-02',
      '2012-02-02',
      '2012-03-13',
      '2012-03-13',
      '2012-03-14',
    ]);
    expect(json.articles.map((a) => a.outlet)).toContain('The Moscow Times');
  });

  it('articles on the raw seeds infers only what the pages state, null otherwise', async () => {
    const { stdout } = await ask('articles', '--json', '--data', SEEDS);
    const byId = Object.fromEntries(JSON.parse(stdout).articles.map((a: { id: string }) => [a.id.slice(0, 3), a]));
    expect(byId['000'].published).toBe('2012-02-02');
    expect(byId['001'].published).toBeNull();
    expect(byId['002'].published).toBe('2012-03-14');
    expect(byId['003'].published).toBeNull();
    expect(byId['004'].published).toBe('2012-03-13');
  });

  it('export --json carries the three lists of the contract', async () => {
    const { code, stdout } = await ask('export', '--json', '--data', SEEDS);
    expect(code).toBe(0);
    const json = ContractExport.parse(JSON.parse(stdout));
    expect(json.articles).toHaveLength(5);
  });

  it('renders readable text without --json', async () => {
    const { code, stdout } = await ask('articles', '--data', join(ROOT, 'data'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5 articles/);
    expect(stdout).toContain('2012-03-13 · The Moscow Times');
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['quote'], /quote needs a speaker or some words/],
    [['sources', '  '], /sources needs a claim/],
    [['toll', '--metric', 'happiness'], /unknown metric "happiness"/],
    [['toll', '--from', '13/03/2012'], /--from must be a date as YYYY-MM-DD/],
    [['articles', '--bogus'], /Unknown option '--bogus'/],
    [['articles', 'extra'], /articles takes no words/],
  ])('bad usage %j exits 2 with one line on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await ask(...(argv as string[]));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('a corpus that cannot be loaded exits 1 naming it', async () => {
    const { code, stderr } = await ask('articles', '--data', '/nonexistent/corpus');
    expect(code).toBe(1);
    expect(stderr).toBe('/nonexistent/corpus: cannot read the corpus folder (no such file or folder)');
  });

  it('as a real process: exactly one JSON object on stdout, status 0', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'ask', '--', 'export', '--data', SEEDS, '--json'],
      { cwd: ROOT },
    );
    ContractExport.parse(JSON.parse(stdout));
  });

  it('as a real process: bad usage is status 2 without a stack trace', async () => {
    const err = await promisify(execFile)('npm', ['run', '--silent', 'ask', '--', 'toll', '--metric', 'x'], {
      cwd: ROOT,
    }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).not.toMatch(/\n\s+at /);
  });
});
