// Issue 15 on the command line: impossible dates are bad usage; nothing from a file name, a headline or the
// user's own words reaches the terminal as a raw control sequence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsk } from '../src/cli/ask';
import { terminalSafe } from '../src/render/safe';

const DATA = join(__dirname, '../data');
let dir: string;

async function ask(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAsk(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, {});
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(async () => {
  // The seeds, plus a file whose name and headline carry escape sequences, and a manifest with a javascript: URL.
  dir = await mkdtemp(join(tmpdir(), 'cli-input-'));
  for (const f of await readdir(DATA))
    if (f !== 'corpus.json' && !f.startsWith('.')) await copyFile(join(DATA, f), join(dir, f));
  await writeFile(join(dir, 'evil-\u001b]0;owned\u0007.txt'), '');
  await writeFile(
    join(dir, 'title.md'),
    '# Storm \u001b[2J Hits the Coast\n\nThe storm reached the coast on Tuesday, officials said, and thousands of residents left their homes overnight.\n',
  );
  await writeFile(
    join(dir, 'corpus.json'),
    JSON.stringify({ articles: [{ file: 'title.md', url: 'javascript:alert(1)', title: 'Storm \u001b[31mred' }] }),
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ask: dates', () => {
  it.each([
    ['--to', '2012-02-30'],
    ['--from', '2011-02-29'],
    ['--to', '2012-04-31'],
    ['--from', '0001-01-01'],
  ])('rejects %s %s with exit 2 and one line', async (flag, value) => {
    const r = await ask('toll', flag, value, '--data', DATA);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${flag} ${value} is not a real date`);
    expect(r.stdout).toBe('');
  });

  it('takes a real leap day', async () => {
    expect((await ask('toll', '--to', '2012-02-29', '--data', DATA)).code).toBe(0);
  });
});

describe('ask: control sequences', () => {
  it('never prints a raw escape from a file name, a headline or a query', async () => {
    for (const argv of [['articles'], ['quote', 'Antonov\u001b[2J'], ['sources', 'arms \u001b]0;x\u0007 sales']]) {
      const r = await ask(...argv, '--data', dir);
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007]/);
    }
    const r = await ask('articles', '--data', dir);
    expect(r.stderr).toContain('evil-\\u001b]0;owned\\u0007.txt');
    expect(r.stdout).toContain('Storm \\u001b[31mred');
  });

  it('keeps JSON output exact (JSON escapes control characters itself) and carries no javascript: URL', async () => {
    const r = await ask('export', '--json', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(JSON.parse(r.stdout).articles.find((a: { id: string }) => a.id === 'title').title).toBe(
      'Storm \u001b[31mred',
    );
    expect(r.stdout).not.toContain('javascript:');
  });

  it('makes control characters visible and leaves line breaks', () => {
    expect(terminalSafe('a\u001b[2Jb\nc\u202Ed')).toBe('a\\u001b[2Jb\nc\\u202ed');
  });
});
