// Discord where the claim is: message commands on a chat message, user installs, exports, per-person cooldowns and
// one corpus per server; on the seed corpus through the handler, and end to end with discord.js and the stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayBot } from '../src/discord/gateway';
import { handle, runDeferred, type BotRequest } from '../src/discord/handler';
import { DEFINITIONS } from '../src/discord/commands/index';
import { Cooldown } from '../src/discord/cooldown';
import { openService } from '../src/discord/boot';
import { readCorpora } from '../src/discord/corpora';
import { claimFromMessage, messageText } from '../src/answers/message-claim';
import { buildWithState } from '../src/answers/live';
import type { Coverage } from '../src/answers/coverage';
import type { BotResult, MessageData } from '../src/discord/payload';
import {
  APP_ID,
  CHANNEL_ID,
  GUILD_ID,
  commandInteraction,
  messageFields,
  startStandIn,
  snowflake,
} from './standin/discord';
import { callbackProblems, messageProblems } from './standin/validate';
import { writeFile } from 'node:fs/promises';

const DATA = join(import.meta.dirname, '../data');
const TOKEN = 'standin-token.' + 'x'.repeat(40);
let seeds: Coverage;

beforeAll(async () => {
  seeds = (await buildWithState(DATA, null)).coverage;
});

const buttons = (m: MessageData) =>
  (m.components ?? []).flatMap((r) => r.components) as { custom_id: string; label: string }[];

async function settle(
  r: BotResult,
): Promise<{ message: MessageData; files?: { name: string; data: Buffer }[]; ephemeral: boolean }> {
  if (r.type === 'deferred') {
    const done = await runDeferred(r);
    return { message: done.message, files: done.files, ephemeral: !!r.ephemeral || (done.message.flags ?? 0) === 64 };
  }
  if (r.type === 'message' || r.type === 'update')
    return {
      message: r.message,
      files: r.type === 'message' ? r.files : undefined,
      ephemeral: (r.message.flags ?? 0) === 64,
    };
  throw new Error(`unexpected ${r.type}`);
}

describe('the claim in a chat message', () => {
  it('strips links, mentions, emoji and markdown; a message of only those has nothing to trace', () => {
    expect(
      messageText(
        '<@123456789012345678> look: **Russia** will keep selling arms to Syria https://t.co/x <:flag:123456789012345678>',
      ),
    ).toBe('look: Russia will keep selling arms to Syria');
    expect(claimFromMessage('https://example.com/a <@123456789012345678> @everyone')).toBe('');
  });

  it('a long message keeps its sentences with figures and reporting verbs first', () => {
    const filler = 'This is a long thread about many things and opinions that go on and on. '.repeat(8);
    const claim = claimFromMessage(`${filler}The UN said more than 7,500 people have been killed. ${filler}`, 200);
    expect(claim).toContain('The UN said more than 7,500 people have been killed.');
    expect(claim.length).toBeLessThanOrEqual(200);
  });

  it('never exceeds its limit and never keeps a mention or a link, whatever the text (every script, 4,000 characters)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 4000 }),
          fc.string({ unit: 'grapheme', maxLength: 4000 }),
          fc.constantFrom('', ' ', 'https://a.b', '<@123456789012345678>'),
        ),
        (text) => {
          const c = claimFromMessage(text);
          expect(c.length).toBeLessThanOrEqual(500);
          expect(c).not.toMatch(/<@!?\d+>|https?:\/\//);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('message commands, exports and cooldowns through the handler', () => {
  const base = { userId: 'u1', channelId: 'c1', guildId: 'g1' };

  it('"Find sources" on a message carrying a seed claim answers privately with its articles, and can be posted publicly', async () => {
    const req: BotRequest = {
      kind: 'message',
      name: 'Find sources',
      text: 'Wow. "A unilateral withdrawal of government forces is unrealistic" https://x.example/y <@123456789012345678>',
      ...base,
    };
    const first = await handle({ coverage: seeds }, req);
    expect(first.type).toBe('deferred');
    const done = await settle(first);
    expect(done.ephemeral).toBe(true);
    expect(done.message.content).toMatch(/\*\*\d+ articles?\*\* carry/);
    const labels = buttons(done.message).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['Export CSV + JSON', 'Post publicly']));
    const pub = buttons(done.message).find((b) => b.label === 'Post publicly')!;
    const posted = await settle(
      await handle(
        { coverage: seeds },
        { kind: 'button', customId: pub.custom_id, userId: 'u1', ownerId: 'u1', embeds: done.message.embeds ?? [] },
      ),
    );
    expect(posted.ephemeral).toBe(false);
    expect(posted.message.content).toBe(done.message.content);
  });

  it('"Find quotes" runs /quote on the message; a message of only a link gets a private explanation', async () => {
    const r = await settle(
      await handle({ coverage: seeds }, { kind: 'message', name: 'Find quotes', text: 'Antonov', ...base }),
    );
    expect(r.ephemeral).toBe(true);
    expect(r.message.content).toMatch(/quotations?\*\* for Antonov/);
    const empty = await handle(
      { coverage: seeds },
      { kind: 'message', name: 'Find sources', text: 'https://example.com/only-a-link', ...base },
    );
    expect(empty.type === 'message' && empty.message.flags).toBe(64);
    expect(empty.type === 'message' && empty.message.content).toMatch(/no words to trace/);
  });

  it('Export attaches the whole /toll answer as CSV (one row per estimate and article) and JSON', async () => {
    const first = await settle(
      await handle({ coverage: seeds }, { kind: 'command', name: 'toll', options: {}, ...base }),
    );
    const ex = buttons(first.message).find((b) => b.label === 'Export CSV + JSON')!;
    const out = await settle(
      await handle(
        { coverage: seeds },
        { kind: 'button', customId: ex.custom_id, userId: 'u2', ownerId: 'u1', embeds: first.message.embeds ?? [] },
      ),
    );
    expect(out.ephemeral).toBe(true);
    expect(out.files?.map((f) => f.name)).toEqual(['estimates.csv', 'estimates.json']);
    const answer = seeds.toll();
    const rows = out.files![0].data.toString('utf8').trim().split('\r\n');
    const expected = [...answer.estimates, ...(answer.history ?? [])].reduce((n, e) => n + e.articles.length, 0);
    expect(rows.length - 1).toBe(expected);
    expect(rows[0]).toBe(
      'metric,low,high,display,qualifier,estimator,as_of,history,article_id,published,outlet,title,url,sentence',
    );
    expect(JSON.parse(out.files![1].data.toString('utf8')).estimates).toHaveLength(answer.estimates.length);
  });

  it('a person asking for expensive answers again and again waits; others do not', async () => {
    let now = 0;
    const cooldown = new Cooldown(10, () => now);
    const ask = (userId: string) =>
      handle(
        { coverage: seeds, cooldown },
        {
          kind: 'command',
          name: 'sources',
          options: { claim: 'Russia sells arms' },
          userId,
          channelId: 'c',
          guildId: 'g',
        },
      );
    expect((await ask('a')).type).toBe('deferred');
    const again = await ask('a');
    expect(again.type === 'message' && again.message.content).toMatch(/try again in 10 s/);
    expect(again.type === 'message' && again.message.flags).toBe(64);
    expect((await ask('b')).type).toBe('deferred');
    now = 10_001;
    expect((await ask('a')).type).toBe('deferred');
  });
});

describe('install contexts', () => {
  it('every command can be used from a server install and a user install, in servers, DMs and private channels; /follow only in servers, for Manage Channels', () => {
    for (const d of DEFINITIONS) {
      const def = d as {
        name: string;
        integration_types?: number[];
        contexts?: number[];
        default_member_permissions?: unknown;
        type?: number;
      };
      if (def.name === 'follow' || def.name === 'unfollow') {
        expect(def.integration_types).toEqual([0]);
        expect(def.contexts).toEqual([0]);
        expect(def.default_member_permissions).toBe(16);
      } else {
        expect(def.integration_types, def.name).toEqual([0, 1]);
        expect(def.contexts, def.name).toEqual([0, 1, 2]);
      }
    }
    expect(DEFINITIONS.filter((d) => (d as { type?: number }).type === 3).map((d) => d.name)).toEqual([
      'Find sources',
      'Find quotes',
    ]);
  });
});

describe('one corpus per server', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpora-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a server mapped to its own folder gets its own answers; others get DATA_DIR; answers never cross', async () => {
    const other = join(dir, 'other');
    await cp(DATA, other, {
      recursive: true,
      filter: (p) => !p.includes('.coverage-state') && !/msnbc|haaretz|corpus\.json/.test(p),
    });
    await writeFile(join(dir, 'corpora.json'), JSON.stringify({ '100000000000000099': 'other' }));
    const corpora = await readCorpora(join(dir, 'corpora.json'));
    const main = join(dir, 'main');
    await cp(DATA, main, { recursive: true, filter: (p) => !p.includes('.coverage-state') });
    const service = await openService({ dataDir: main, corpora });
    try {
      expect(service.current('100000000000000099').corpus.articles).toHaveLength(
        (await readdir(other)).filter((f) => /\.(txt|md)$/.test(f)).length,
      );
      expect(service.current('100000000000000098').corpus.articles).toHaveLength(5);
      expect(service.current(null).corpus.articles).toHaveLength(5);
      const ctx = { coverage: service.current(), current: service.current };
      const mine = await handle(ctx, {
        kind: 'command',
        name: 'articles',
        options: {},
        userId: 'u',
        guildId: '100000000000000099',
        channelId: 'c',
      });
      expect(mine.type === 'message' && mine.message.content).toMatch(/\*\*3 articles\*\*/);
      const theirs = await handle(ctx, {
        kind: 'command',
        name: 'articles',
        options: {},
        userId: 'u',
        guildId: '100000000000000098',
        channelId: 'c',
      });
      expect(theirs.type === 'message' && theirs.message.content).toMatch(/\*\*5 articles\*\*/);
    } finally {
      await service.close();
    }
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ 'not-an-id': 'x' }));
    await expect(readCorpora(join(dir, 'bad.json'))).rejects.toThrow(/server ids/);
  });
});

describe('end to end with discord.js against the stand-in', () => {
  it('a message command on a message carrying a seed claim, a user-install interaction in a DM, and an export', async () => {
    const s = await startStandIn();
    const client = await startGatewayBot({ token: TOKEN, apiUrl: s.apiUrl, coverage: seeds });
    const user = { id: '300000000000000001', username: 'alice', discriminator: '0', global_name: null, avatar: null };
    const common = {
      application_id: APP_ID,
      version: 1,
      app_permissions: '0',
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    const callback = (i: { id: string; token: string }) =>
      s.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`);
    const edit = (i: { token: string }) =>
      s.waitFor(
        (r) =>
          r.method === 'PATCH' && decodeURIComponent(r.path) === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
      );
    try {
      const messageId = snowflake();
      const target = {
        id: messageId,
        channel_id: CHANNEL_ID,
        type: 0,
        content: 'Saw this: Russia signed a $550 million deal for combat jets https://x.example',
        embeds: [],
        components: [],
        attachments: [],
        ...messageFields({ ...user, id: '300000000000000009', username: 'someone' }),
        flags: 0,
      };
      const mc = {
        ...common,
        id: snowflake(),
        token: `tok-${snowflake()}`,
        type: 2,
        guild_id: GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
        member: {
          user,
          roles: [],
          joined_at: '2024-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
          permissions: '0',
        },
        authorizing_integration_owners: { '0': GUILD_ID },
        context: 0,
        data: {
          id: snowflake(),
          name: 'Find sources',
          type: 3,
          target_id: messageId,
          resolved: { messages: { [messageId]: target } },
        },
      };
      s.dispatch('INTERACTION_CREATE', mc);
      const ack = await callback(mc);
      expect(ack.json).toEqual({ type: 5, data: { flags: 64 } });
      expect(callbackProblems(ack.json)).toEqual([]);
      const answer = await edit(mc);
      expect(answer.json.content).toMatch(/\*\*2 articles\*\* carry/);
      expect(messageProblems(answer.json)).toEqual([]);

      // A user install, used in a DM with the bot: no guild, the user at the top level.
      const dmChannel = snowflake();
      const dm = {
        ...common,
        id: snowflake(),
        token: `tok-${snowflake()}`,
        type: 2,
        channel_id: dmChannel,
        channel: { id: dmChannel, type: 1 },
        user,
        authorizing_integration_owners: { '1': user.id },
        context: 1,
        data: { id: snowflake(), name: 'toll', type: 1, options: [] },
      };
      s.dispatch('INTERACTION_CREATE', dm);
      expect((await callback(dm)).json.type).toBe(5);
      const toll = await edit(dm);
      expect(toll.json.content).toMatch(/\*\*\d+ estimates\*\*/);

      // Export from that answer: the CSV's rows are the answer's.
      const ex = toll.json.components
        .flatMap((r: { components: { label: string; custom_id: string }[] }) => r.components)
        .find((b: { label: string }) => b.label === 'Export CSV + JSON');
      const press = {
        ...common,
        id: snowflake(),
        token: `tok-${snowflake()}`,
        type: 3,
        channel_id: dmChannel,
        channel: { id: dmChannel, type: 1 },
        user,
        authorizing_integration_owners: { '1': user.id },
        context: 1,
        data: { custom_id: ex.custom_id, component_type: 2 },
        message: {
          ...target,
          id: snowflake(),
          channel_id: dmChannel,
          content: toll.json.content,
          embeds: toll.json.embeds,
          components: toll.json.components,
          author: { ...user, id: '100000000000000002', username: 'coverage-bot', bot: true },
        },
      };
      s.dispatch('INTERACTION_CREATE', press);
      expect((await callback(press)).json).toEqual({ type: 5, data: { flags: 64 } });
      const files = await edit(press);
      expect(files.files.map((f) => f.name)).toEqual(['estimates.csv', 'estimates.json']);
      // The stand-in keeps each file's first bytes: the CSV's header.
      expect(files.files[0].head.toString('utf8')).toMatch(/^metric,l/);
      expect(files.files[0].size).toBeGreaterThan(100);
    } finally {
      await client.destroy();
      await s.close();
    }
  });
});

describe('one corpus per server, end to end', () => {
  it('a second server configured with another folder gets its own answers through discord.js', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpora-e2e-'));
    const s = await startStandIn();
    const other = join(dir, 'other');
    await cp(DATA, other, {
      recursive: true,
      filter: (p) => !p.includes('.coverage-state') && !/msnbc|haaretz|corpus\.json/.test(p),
    });
    const main = join(dir, 'main');
    await cp(DATA, main, { recursive: true, filter: (p) => !p.includes('.coverage-state') });
    const OTHER_GUILD = '100000000000000077';
    const service = await openService({ dataDir: main, stateDir: null, corpora: new Map([[OTHER_GUILD, other]]) });
    const client = await startGatewayBot({
      token: TOKEN,
      apiUrl: s.apiUrl,
      coverage: service.current(),
      current: service.current,
    });
    try {
      const ask = async (guild: string) => {
        const i = commandInteraction('articles', {});
        const inGuild = {
          ...i,
          guild_id: guild,
          channel: { ...i.channel, guild_id: guild },
          authorizing_integration_owners: { '0': guild },
        };
        s.dispatch('INTERACTION_CREATE', inGuild);
        const r = await s.waitFor((x) => x.method === 'POST' && x.path === `/interactions/${i.id}/${i.token}/callback`);
        expect(callbackProblems(r.json)).toEqual([]);
        return r.json.data.content as string;
      };
      expect(await ask(GUILD_ID)).toMatch(/\*\*5 articles\*\*/);
      expect(await ask(OTHER_GUILD)).toMatch(/\*\*3 articles\*\*/);
    } finally {
      await service.close();
      await client.destroy();
      await s.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
