// The gateway bot's deferred answers go through the same bounded queue: a full queue says "busy" at once while
// cheap commands still answer; a graceful stop tells new askers to come back, and finishes the reply in flight.
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { startGatewayBot, stopGatewayBot } from '../src/discord/gateway';
import { BUSY_TEXT, RESTARTING_TEXT } from '../src/discord/handler';
import { JobQueue } from '../src/discord/queue';
import { APP_ID, commandInteraction, startStandIn, type Recorded, type StandIn } from './standin/discord';
import { ANTONOV, estimate, fakeCoverage } from './standin/fixtures';

const TOKEN = 'standin-token.' + 'x'.repeat(40);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const coverage = fakeCoverage({
  quote: (q) => ({ query: q, total: 1, quotes: [ANTONOV] }),
  toll: () => ({ estimates: [estimate(1)], changes: [] }),
});
const callbackOf = (i: { id: string; token: string }) => (r: Recorded) =>
  r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;
const editOf = (i: { token: string }) => (r: Recorded) =>
  r.method === 'PATCH' && decodeURIComponent(r.path) === `/webhooks/${APP_ID}/${i.token}/messages/@original`;

describe('gateway bot and the queue', () => {
  let s: StandIn | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await s?.close();
  });

  it('a full queue answers "busy" privately at once; /quote answers while a chart is stuck; a stop finishes the stuck one and turns new askers away', async () => {
    s = await startStandIn();
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    const jobs = new JobQueue({ concurrency: 1, limit: 0 });
    client = await startGatewayBot({
      token: TOKEN,
      apiUrl: s.apiUrl,
      coverage,
      jobs,
      chart: async () => {
        await stuck;
        return PNG;
      },
    });
    const ask = (i: ReturnType<typeof commandInteraction>) => {
      s!.dispatch('INTERACTION_CREATE', i);
      return s!.waitFor(callbackOf(i));
    };
    const first = commandInteraction('toll', {});
    expect((await ask(first)).json.type).toBe(5);
    const second = await ask(commandInteraction('toll', {}));
    expect(second.json).toMatchObject({ type: 4, data: { flags: 64, content: BUSY_TEXT } });
    expect((await ask(commandInteraction('quote', { speaker: 'Antonov' }))).json.type).toBe(4);

    const stopping = stopGatewayBot(client, 10_000);
    const late = await ask(commandInteraction('quote', { speaker: 'Antonov' }));
    expect(late.json).toMatchObject({ type: 4, data: { flags: 64, content: RESTARTING_TEXT } });
    release();
    expect(await stopping).toEqual({ finished: true, abandoned: 0, running: 0 });
    expect((await s.waitFor(editOf(first))).files.map((f) => f.name)).toEqual(['toll.png']);
    client = undefined;
  });
});
