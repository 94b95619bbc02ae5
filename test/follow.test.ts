// Following the story in a channel: what an update brings for each kind of subscription, the subscriptions kept
// across restarts, who may add them, and end to end with the real discord.js client: a file dropped into the corpus
// folder produces the post in the channel.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayBot } from '../src/discord/gateway';
import { handle } from '../src/discord/handler';
import { FileFollowStore, newsMessage } from '../src/discord/follows';
import { openService } from '../src/discord/boot';
import { buildWithState } from '../src/answers/live';
import { whatIsNew, type Subscription } from '../src/answers/follow';
import { CHANNEL_ID, GUILD_ID, commandInteraction, startStandIn } from './standin/discord';
import { messageProblems } from './standin/validate';

const DATA = join(import.meta.dirname, '../data');
const TOKEN = 'standin-token.' + 'x'.repeat(40);
let dir: string;

/** A corpus folder holding only the February articles; the March ones come later, as they did. */
async function februaryOnly(): Promise<{ march: string[] }> {
  const files = (await readdir(DATA)).filter((f) => /\.(txt|md)$/.test(f));
  const march = files.filter((f) => f.includes('2012-03'));
  for (const f of files.filter((f) => !march.includes(f))) await cp(join(DATA, f), join(dir, f));
  return { march };
}

const sub = (s: Partial<Subscription>): Subscription => ({
  id: 'abc123',
  kind: 'toll',
  channelId: '1',
  guildId: '2',
  createdBy: '3',
  created: '',
  ...s,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'follow-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('what an update brings', () => {
  it('new estimates, new quotations of a person, new articles carrying a claim; nothing when nothing is new', async () => {
    const { march } = await februaryOnly();
    const before = (await buildWithState(dir, null)).coverage;
    for (const f of march) await cp(join(DATA, f), join(dir, f));
    const after = (await buildWithState(dir, null)).coverage;

    const toll = whatIsNew(sub({ kind: 'toll', metric: 'killed' }), before, after);
    expect(toll?.kind === 'toll' && toll.estimates.some((e) => e.low === 7500)).toBe(true);
    expect(toll?.kind === 'toll' && toll.estimates.every((e) => e.metric === 'killed')).toBe(true);

    const lavrov = whatIsNew(sub({ kind: 'quote', speaker: 'Lavrov' }), before, after);
    expect(lavrov?.kind === 'quote' && lavrov.quotes.some((q) => /unilateral/.test(q.text))).toBe(true);

    const claim = whatIsNew(
      sub({ kind: 'sources', claim: 'a unilateral withdrawal of government forces is unrealistic' }),
      before,
      after,
    );
    expect(claim?.kind === 'sources' && claim.matches.length).toBeGreaterThan(0);
    expect(claim?.kind === 'sources' && claim.matches.every((m) => march.some((f) => f.startsWith(m.id)))).toBe(true);

    expect(whatIsNew(sub({ kind: 'toll' }), after, after)).toBeNull();

    const msg = newsMessage(toll!);
    expect(msg.content).toMatch(/new estimates?\*\* · following toll \(killed\)/);
    expect(msg.embeds?.[0].description).toMatch(/(over|more than) 7,500/);
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('subscriptions', () => {
  it('persist across a restart; the same one twice is one; a damaged file is reported', async () => {
    const path = join(dir, 'state', 'follows.json');
    const a = await FileFollowStore.open(path);
    const s1 = await a.add({ kind: 'quote', speaker: 'Lavrov', channelId: 'c1', guildId: 'g', createdBy: 'u' });
    const s2 = await a.add({ kind: 'quote', speaker: 'lavrov', channelId: 'c1', guildId: 'g', createdBy: 'u' });
    expect('id' in s1 && 'id' in s2 && s1.id === s2.id).toBe(true);
    await a.add({ kind: 'toll', channelId: 'c2', guildId: 'g', createdBy: 'u' });
    const b = await FileFollowStore.open(path);
    expect(b.list('c1')).toHaveLength(1);
    expect(b.list()).toHaveLength(2);
    expect(await b.remove('id' in s1 ? s1.id : '', 'c2')).toBe(false); // another channel's id
    expect(await b.remove('id' in s1 ? s1.id : '', 'c1')).toBe(true);
    expect((await FileFollowStore.open(path)).list()).toHaveLength(1);
    await writeFile(path, '{"subscriptions": 3}');
    const problems: string[] = [];
    expect((await FileFollowStore.open(path, (m) => problems.push(m))).list()).toEqual([]);
    expect(problems[0]).toMatch(/not a subscriptions file/);
  });

  it('only members who can manage the channel change what it follows, and only in a server', async () => {
    const coverage = (await buildWithState(DATA, null)).coverage;
    const follows = await FileFollowStore.open(join(dir, 'follows.json'));
    const ask = (permissions: string | undefined, guildId: string | null = 'g') =>
      handle(
        { coverage, follows },
        {
          kind: 'command',
          name: 'follow',
          options: { what: 'toll' },
          userId: 'u',
          channelId: 'c',
          guildId,
          permissions,
        },
      );
    const refused = await ask('0');
    expect(refused.type === 'message' && refused.message.flags).toBe(64);
    expect(refused.type === 'message' && refused.message.content).toMatch(/Only members who can manage this channel/);
    const dm = await ask('16', null);
    expect(dm.type === 'message' && dm.message.content).toMatch(/server channel/);
    const ok = await ask(String(1 << 4));
    expect(ok.type === 'message' && ok.message.content).toMatch(/^Following toll here \(`[0-9a-f]{6}`\)/);
    const list = await handle(
      { coverage, follows },
      {
        kind: 'command',
        name: 'follow',
        options: { what: 'list' },
        userId: 'u',
        channelId: 'c',
        guildId: 'g',
        permissions: '16',
      },
    );
    expect(list.type === 'message' && list.message.content).toMatch(/This channel follows:\n• `[0-9a-f]{6}` toll/);
    const noStore = await handle(
      { coverage },
      {
        kind: 'command',
        name: 'follow',
        options: { what: 'toll' },
        userId: 'u',
        channelId: 'c',
        guildId: 'g',
        permissions: '16',
      },
    );
    expect(noStore.type === 'message' && noStore.message.content).toMatch(/not available here/);
    const bad = await handle(
      { coverage, follows },
      {
        kind: 'command',
        name: 'follow',
        options: { what: 'quote' },
        userId: 'u',
        channelId: 'c',
        guildId: 'g',
        permissions: '16',
      },
    );
    expect(bad.type === 'message' && bad.message.content).toMatch(/Name the person/);
  });
});

describe('end to end: a file dropped into the corpus folder is posted where the story is followed', () => {
  it('with the real discord.js client against the stand-in', async () => {
    const { march } = await februaryOnly();
    const s = await startStandIn();
    const service = await openService({ dataDir: dir, watch: true });
    const client = await startGatewayBot({
      token: TOKEN,
      apiUrl: s.apiUrl,
      coverage: service.current(),
      current: service.current,
      follows: service.follows,
    });
    service.setPoster(async (channelId, message) => {
      await client.rest.post(`/channels/${channelId}/messages`, { body: message });
    });
    try {
      const i = commandInteraction('follow', { what: 'toll', metric: 'killed' });
      (i.member as { permissions: string }).permissions = String(1 << 4);
      s.dispatch('INTERACTION_CREATE', i);
      const reply = await s.waitFor(
        (r) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`,
      );
      expect(reply.json.data.content).toMatch(/^Following toll \(killed\) here/);
      expect(service.follows.list(CHANNEL_ID)).toEqual([
        expect.objectContaining({ kind: 'toll', metric: 'killed', guildId: GUILD_ID }),
      ]);

      for (const f of march) await cp(join(DATA, f), join(dir, f));
      const post = await s.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
      expect(post.json.content).toMatch(/new estimates?\*\* · following toll \(killed\)/);
      expect(post.json.embeds[0].description).toMatch(/(over|more than) 7,500/);
      expect(post.json.allowed_mentions).toEqual({ parse: [] });
      expect(messageProblems(post.json)).toEqual([]);
    } finally {
      await service.close();
      await client.destroy();
      await s.close();
    }
  });
});
