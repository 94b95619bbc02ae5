// A fact-check desk's list of claims on the command line: `sources --claims FILE`, the corpus built once.
import { describe, expect, it } from 'vitest';
import { runAsk } from '../src/cli/ask';
import { SourcesAnswerSchema } from '../src/answers/types';

describe('a batch of claims on the command line', () => {
  it("sources --claims FILE --json: one JSON answer a line, in the file's order (blank and # lines skipped, JSON Lines read)", async () => {
    const out: string[] = [];
    const code = await runAsk(
      ['sources', '--claims', 'test/fixtures/claims.txt', '--json'],
      { out: (s) => out.push(s), err: () => undefined },
      {},
    );
    expect(code).toBe(0);
    const answers = out
      .join('\n')
      .trim()
      .split('\n')
      .map((l) => SourcesAnswerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.claim)).toEqual([
      'Russia will keep selling weapons to Syria',
      '7,500 killed',
      'Syria sold arms to Russia',
    ]);
    // The March articles give 7,500 killed; the February ones give 5,400, which never matches it.
    expect(answers[1].matches.map((m) => m.published).every((d) => d?.startsWith('2012-03'))).toBe(true);
    expect(answers[1].matches.length).toBe(3);
  }, 60_000);

  it('a missing claims file, or --claims beside words, is a usage error: exit 2, one line naming what is wrong', async () => {
    const err: string[] = [];
    expect(
      await runAsk(
        ['sources', '--claims', 'test/fixtures/no-such-file.txt'],
        { out: () => undefined, err: (s) => err.push(s) },
        {},
      ),
    ).toBe(2);
    expect(err.join('\n')).toContain('no-such-file.txt');
    const err2: string[] = [];
    expect(
      await runAsk(
        ['sources', 'some words', '--claims', 'test/fixtures/claims.txt'],
        { out: () => undefined, err: (s) => err2.push(s) },
        {},
      ),
    ).toBe(2);
    expect(err2.join('\n')).toMatch(/--claims FILE goes with sources alone/);
  });
});
