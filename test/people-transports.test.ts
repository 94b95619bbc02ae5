// The same question gets the same answer on the command line and in Discord: the person card first, the words and
// outlet filters applied in the answering layer; autocomplete tells namesakes apart. On the seed corpus (data/).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCoverage, type Coverage } from '../src/answers/coverage';
import { loadCorpus } from '../src/corpus/load';
import { DEFINITIONS } from '../src/discord/commands/index';
import { handle } from '../src/discord/handler';
import { speakerChoices } from '../src/discord/choices';
import { runAsk } from '../src/cli/ask';

// The command registry loads first, as the bot loads it (discord.js initialises its builders in that order).
void DEFINITIONS;
import type { SpeakerSummary } from '../src/answers/types';

let coverage: Coverage;
beforeAll(async () => {
  coverage = buildCoverage(await loadCorpus('data'));
});

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runAsk([...argv, '--data', 'data'], { out: (s) => (out += s), err: () => {} }, {});
  return { code, out };
}

describe('/quote <person> across transports', () => {
  it('the command line JSON carries the card, and personId and role on each quotation', async () => {
    const { code, out } = await cli('quote', 'Antonov', '--json');
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.person).toMatchObject({ id: 'anatoly-antonov', name: 'Anatoly Antonov', kind: 'person' });
    expect(a.person.roles.map((r: { role: string }) => r.role)).toContain('Deputy Defense Minister');
    for (const q of a.quotes) {
      expect(typeof q.speaker).toBe('string');
      expect(q.personId).toBe('anatoly-antonov');
      expect(q.role).toMatch(/Deputy Defense Minister/);
    }
  });

  it('Discord opens with the card, and filters by words as the command line does', async () => {
    const result = await handle(
      { coverage },
      { kind: 'command', name: 'quote', options: { speaker: 'Antonov', words: 'obligations' }, userId: '1' },
    );
    const message = result.type === 'message' ? result.message : null;
    expect(message?.content?.split('\n')[0]).toBe('**Anatoly Antonov**');
    expect(message?.content).toMatch(/quotations? in \d+ articles? from \d+ outlets?/);
    const { out } = await cli('quote', 'Antonov', '--words', 'obligations', '--json');
    const viaCli = JSON.parse(out);
    expect(message?.content).toContain(`**${viaCli.total} quotation${viaCli.total === 1 ? '' : 's'}**`);
    expect(
      viaCli.quotes.every((q: { text: string; articles: { wording: string }[] }) =>
        /obligations/i.test([q.text, ...q.articles.map((x) => x.wording)].join(' ')),
      ),
    ).toBe(true);
  });

  it('--words goes with quote only', async () => {
    expect((await cli('toll', '--words', 'killed')).code).toBe(2);
  });
});

describe('autocomplete', () => {
  it('offers persons with a role, and tells two of one name apart by their ids', () => {
    const list: SpeakerSummary[] = [
      { name: 'Tom Reyes', role: 'Mayor', aliases: [], count: 9, id: 'tom-reyes', namesakes: 1 },
      { name: 'Tom Reyes', role: 'quarterback', aliases: [], count: 3, id: 'tom-reyes-2', namesakes: 1 },
      { name: 'Ruth Vance', role: null, aliases: [], count: 2, id: 'ruth-vance', namesakes: 0 },
    ];
    const fake = { speakers: () => list } as unknown as Coverage;
    const choices = speakerChoices(fake, 'r');
    expect(choices.map((c) => c.name)).toEqual([
      'Tom Reyes (Mayor) · 9 quotations',
      'Tom Reyes (quarterback) · 3 quotations',
      'Ruth Vance · 2 quotations',
    ]);
    expect(choices.map((c) => c.value)).toEqual(['tom-reyes', 'tom-reyes-2', 'Ruth Vance']);
  });
});
