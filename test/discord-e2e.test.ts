// End to end: the real discord.js Client (and `npm start` itself) against the local Discord stand-in. The
// stand-in's gateway sends INTERACTION_CREATE for each command, autocomplete and button; the test reads what the
// bot posts back to the interaction callback and webhook routes, and validates every body against the API spec.
import { runScript } from './standin/process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { startGatewayBot } from '../src/discord/gateway';
import { deployCommands } from '../src/discord/deploy';
import { DEFINITIONS } from '../src/discord/commands/index';
import {
  ALICE,
  APP_ID,
  BOB,
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  startStandIn,
  type Recorded,
  type StandIn,
} from './standin/discord';
import { ANTONOV, HOSTILE, estimate, fakeCoverage, manyQuotes, match } from './standin/fixtures';
import { callbackProblems, commandsPutProblems, webhookEditProblems, webhookPostProblems } from './standin/validate';

const TOKEN = 'standin-token.' + 'x'.repeat(40);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const coverage = fakeCoverage({
  quote: (q) =>
    q === 'everyone'
      ? manyQuotes(60, 800)
      : q === 'hostile'
        ? { query: q, total: 1, quotes: [{ ...ANTONOV, text: HOSTILE[0] + ' ' + HOSTILE[1] }] }
        : { query: q, total: 1, quotes: [ANTONOV] },
  speakers: (prefix) =>
    Array.from({ length: 60 }, (_, i) => ({ name: `${prefix ?? ''}speaker ${i}`, role: null, aliases: [], count: i })),
  toll: () => ({ estimates: [estimate(1), estimate(2, { metric: 'refugees', display: '30,000' })], changes: [] }),
  sources: (claim) => ({
    claim,
    matches: claim === 'many' ? Array.from({ length: 30 }, (_, i) => match(i)) : [match(2), match(1, { copyOf: 'm2' })],
    closest: [],
    origin: null,
  }),
  articles: () => ({ articles: [], warnings: [{ file: 'bad.bin', message: 'skipped: binary content (not text)' }] }),
});

type Interaction = { id: string; token: string };
const callbackOf = (i: Interaction) => (r: Recorded) =>
  r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;
const editOf = (i: Interaction) => (r: Recorded) =>
  r.method === 'PATCH' && decodeURIComponent(r.path) === `/webhooks/${APP_ID}/${i.token}/messages/@original`;

describe('the discord.js gateway bot against the stand-in', () => {
  let s: StandIn;
  let client: Client;

  beforeAll(async () => {
    s = await startStandIn();
    client = await startGatewayBot({ token: TOKEN, apiUrl: s.apiUrl, coverage, chart: async () => PNG });
  });

  afterAll(async () => {
    await client?.destroy();
    await s?.close();
  });

  async function ask(i: Interaction & object): Promise<Recorded> {
    s.dispatch('INTERACTION_CREATE', i);
    return s.waitFor(callbackOf(i));
  }

  it('connects through GET /gateway/bot and the ws gateway, identifying with the token', async () => {
    expect((await s.identified).token).toBe(TOKEN);
    expect(s.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(client.user?.username).toBe('coverage-bot');
  });

  it('/quote answers with an embed, no mentions', async () => {
    const r = await ask(commandInteraction('quote', { speaker: 'Antonov' }));
    expect(r.json.type).toBe(4);
    expect(r.json.data.embeds[0].author.name).toBe('Anatoly Antonov — Deputy Defense Minister');
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    // Interaction callbacks are authorised by the interaction token in the URL, not the bot token.
    expect(r.auth).toBeUndefined();
  });

  it('hostile text pings nobody and shows its markdown as text', async () => {
    const r = await ask(commandInteraction('quote', { speaker: 'hostile' }));
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(r.json.data.embeds[0].description).toContain('@everyone');
    expect(r.json.data.embeds[0].description).toContain('\\*\\*bold\\*\\*');
  });

  it('speaker autocomplete answers with at most 25 choices', async () => {
    const t = performance.now();
    const r = await ask(autocompleteInteraction('quote', { speaker: 'Ant' }, 'speaker'));
    const ms = performance.now() - t;
    expect(r.json.type).toBe(8);
    expect(r.json.data.choices).toHaveLength(25);
    expect(r.json.data.choices[0]).toEqual({ name: 'Antspeaker 0 · 0 quotations', value: 'Antspeaker 0' });
    expect(ms).toBeLessThan(1000);
  });

  it('page buttons: the asker turns the page (type 7), anyone else is told so, ephemerally', async () => {
    const first = await ask(commandInteraction('quote', { speaker: 'everyone' }, ALICE));
    const sent = first.json.data;
    const next = sent.components[0].components[1];
    expect(next.label).toBe('Next ▶');
    const turned = await ask(buttonInteraction(next.custom_id, sent, ALICE, ALICE));
    expect(turned.json.type).toBe(7);
    expect(turned.json.data.embeds.at(-1).footer.text).toMatch(/^Page 2 of \d+ · \/quote speaker: "everyone"$/);
    const refused = await ask(buttonInteraction(next.custom_id, sent, ALICE, BOB));
    expect(refused.json.type).toBe(4);
    expect(refused.json.data.flags).toBe(64);
    expect(refused.json.data.content).toContain('Only the person who asked');
  });

  it('a page turn of a slow answer is acknowledged at once (type 6), then the message is edited', async () => {
    const i = commandInteraction('sources', { claim: 'many' });
    expect((await ask(i)).json.type).toBe(5);
    const sent = (await s.waitFor(editOf(i))).json;
    const next = sent.components[0].components[1];
    const press = buttonInteraction(next.custom_id, sent, ALICE, ALICE, 'sources');
    expect((await ask(press)).json).toEqual({ type: 6 });
    const turned = await s.waitFor(editOf(press));
    expect(turned.json.embeds.at(-1).footer.text).toMatch(/^Page 2 of \d+ · \/sources claim: "many"$/);
  });

  it('/toll defers, then edits the reply with the chart attached', async () => {
    const i = commandInteraction('toll', { metric: 'killed' });
    const r = await ask(i);
    expect(r.json.type).toBe(5);
    const edit = await s.waitFor(editOf(i));
    expect(edit.files.map((f) => f.name)).toEqual(['toll.png']);
    expect(edit.files[0].head.equals(PNG.subarray(0, 8))).toBe(true);
    expect(edit.json.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual([
      'killed: more than 5401',
      'refugees: 30,000',
    ]);
  });

  it('/toll with a bad date is refused at once, ephemerally, saying the format', async () => {
    const r = await ask(commandInteraction('toll', { from: '13/03/2012' }));
    expect(r.json.type).toBe(4);
    expect(r.json.data.flags).toBe(64);
    expect(r.json.data.content).toContain('YYYY-MM-DD');
  });

  it('/sources, /articles and /help answer', async () => {
    const si = commandInteraction('sources', { claim: 'Russia signed a deal' });
    expect((await ask(si)).json.type).toBe(5);
    const src = { json: { data: (await s.waitFor(editOf(si))).json } };
    expect(src.json.data.embeds.map((e: { author: { name: string } }) => e.author.name)).toEqual([
      'Outlet 1 · 2012-02-02',
      'Outlet 2 · 2012-02-03',
    ]);
    const art = await ask(commandInteraction('articles', {}));
    expect(JSON.stringify(art.json.data.embeds)).toContain('bad.bin: skipped: binary content');
    const help = await ask(commandInteraction('help', {}));
    expect(help.json.data.flags).toBe(64);
  });

  it('a deferred answer that fails: the "thinking…" reply goes and the asker alone is told', async () => {
    await client.destroy();
    const broken = fakeCoverage({
      toll: () => {
        throw new Error('toll index not ready');
      },
    });
    client = await startGatewayBot({ token: TOKEN, apiUrl: s.apiUrl, coverage: broken, chart: async () => PNG });
    const i = commandInteraction('toll', {});
    expect((await ask(i)).json.type).toBe(5);
    const deleted = await s.waitFor(
      (r) =>
        r.method === 'DELETE' && decodeURIComponent(r.path) === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
    );
    expect(deleted).toBeTruthy();
    const followUp = await s.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${i.token}`);
    expect(followUp.json.flags).toBe(64);
    expect(followUp.json.content).toContain('toll index not ready');
    await client.destroy();
    client = await startGatewayBot({ token: TOKEN, apiUrl: s.apiUrl, coverage, chart: async () => PNG });
  });

  it('a button still answers after the bot restarts', async () => {
    const first = await ask(commandInteraction('quote', { speaker: 'everyone' }, ALICE));
    await client.destroy();
    client = await startGatewayBot({
      token: TOKEN,
      apiUrl: s.apiUrl,
      coverage: fakeCoverage({ quote: () => manyQuotes(60, 800) }),
      chart: async () => PNG,
    });
    const next = first.json.data.components[0].components[1];
    const turned = await ask(buttonInteraction(next.custom_id, first.json.data, ALICE, ALICE));
    expect(turned.json.type).toBe(7);
    expect(turned.json.data.embeds.at(-1).footer.text).toMatch(/^Page 2 of/);
  });

  it("every body the bot sent is valid by Discord's API description and limits", () => {
    const sent = s.requests.filter((r) => r.method !== 'GET');
    expect(sent.length).toBeGreaterThan(10);
    for (const r of sent) {
      const problems = r.path.includes('/callback')
        ? callbackProblems(r.json)
        : r.method === 'PATCH'
          ? webhookEditProblems(r.json)
          : r.method === 'POST'
            ? webhookPostProblems(r.json)
            : [];
      expect(problems, `${r.method} ${r.path}`).toEqual([]);
    }
  });
});

describe('/toll with the real chart renderer over the seed corpus', () => {
  it('attaches a PNG, or says the chart could not be drawn; either way a valid reply', async () => {
    const { loadCoverage } = await import('../src/discord/boot');
    const { renderTollChart } = await import('../src/render/chart');
    const seeds = await loadCoverage('data', undefined, { stateDir: null });
    const s = await startStandIn();
    const bot = await startGatewayBot({ token: TOKEN, apiUrl: s.apiUrl, coverage: seeds, chart: renderTollChart });
    try {
      const i = commandInteraction('toll', {});
      const t = performance.now();
      s.dispatch('INTERACTION_CREATE', i);
      expect((await s.waitFor(callbackOf(i))).json.type).toBe(5);
      const edit = await s.waitFor(editOf(i), 20_000);
      console.log(
        `/toll on the seeds with the real chart: edited after ${Math.round(performance.now() - t)} ms, ${edit.files[0]?.size ?? 0} bytes of PNG`,
      );
      expect(webhookEditProblems(edit.json)).toEqual([]);
      if (edit.files.length) expect(edit.files[0].head.subarray(0, 4).toString('hex')).toBe('89504e47');
      else expect(edit.json.content).toMatch(/chart could not be drawn|No estimate found/);
    } finally {
      await bot.destroy();
      await s.close();
    }
  });
});

describe('deploy-commands against the stand-in', () => {
  it('overwrites guild commands when a guild is given, global ones otherwise, with valid definitions', async () => {
    const s = await startStandIn();
    try {
      const guild = await deployCommands({
        token: TOKEN,
        applicationId: APP_ID,
        guildId: '100000000000000003',
        apiUrl: s.apiUrl,
      });
      expect(guild).toEqual({ scope: 'guild 100000000000000003', count: DEFINITIONS.length });
      const global = await deployCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: s.apiUrl });
      expect(global.scope).toBe('global');
      const puts = s.requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.path)).toEqual([
        `/applications/${APP_ID}/guilds/100000000000000003/commands`,
        `/applications/${APP_ID}/commands`,
      ]);
      for (const p of puts) expect(commandsPutProblems(p.json)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

/** Runs a script with tsx, bounded; resolves with its exit code and output. */
const run = (script: string, env: NodeJS.ProcessEnv, ms = 20_000) => runScript(script, env, ms, 'pipe');

describe('npm start', () => {
  it('without a token and without a terminal: exit 1, saying what to set', async () => {
    const { child, done } = run('src/bin/start.ts', { DISCORD_TOKEN: '' });
    child.stdin!.end();
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.err).toContain('DISCORD_TOKEN is not set, and there is no terminal for the local console');
  });

  it('with a token: the gateway bot, answering commands and logging one line per command with its latency', async () => {
    const s = await startStandIn();
    const { child, done } = run('src/bin/start.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: s.apiUrl,
      DATA_DIR: 'data',
    });
    try {
      await s.identified;
      // READY is sent on identify; give the process a moment to register its handler before dispatching.
      const i = commandInteraction('articles', {});
      let answered: Recorded | null = null;
      for (let attempt = 0; attempt < 20 && !answered; attempt++) {
        s.dispatch('INTERACTION_CREATE', i);
        answered = await s.waitFor(callbackOf(i), 500).catch(() => null);
      }
      expect(answered?.json.type).toBe(4);
      expect(answered?.json.data.content).toMatch(/^\*\*\d+ articles?\*\*/);
      expect(callbackProblems(answered?.json)).toEqual([]);
    } finally {
      child.kill('SIGTERM');
      const r = await done;
      await s.close();
      const lines = r.out.split('\n').filter((l) => l.includes('"kind":"command"'));
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(lines[0])).toMatchObject({
        kind: 'command',
        command: 'articles',
        outcome: 'ok',
        ms: expect.any(Number),
      });
    }
  });
});
