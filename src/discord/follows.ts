// Subscriptions of channels to a story (/follow), kept in a JSON file so they survive a restart, and the posts
// they produce when the corpus is updated: one message per subscription per update, within Discord's limits, with
// its sources.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Coverage } from '../answers/coverage';
import { describeSubscription, whatIsNew, type FollowNews, type Subscription } from '../answers/follow';
import { METRICS } from '../answers/types';
import { joinLines, link, LIMITS, md, mdCut, truncate } from './limits';
import { enforceLimits, NO_MENTIONS, type MessageData } from './payload';
import { silentLogger, type Logger } from './log';
import { reason } from '../util/reason';

/** At most this many subscriptions a channel, so one channel cannot make every update expensive. */
export const MAX_PER_CHANNEL = 25;

const SubscriptionSchema = z.object({
  id: z.string(),
  kind: z.enum(['toll', 'quote', 'sources']),
  metric: z.enum(METRICS).optional(),
  speaker: z.string().optional(),
  claim: z.string().optional(),
  channelId: z.string(),
  guildId: z.string().nullable(),
  createdBy: z.string(),
  created: z.string(),
});
const FileSchema = z.object({ subscriptions: z.array(SubscriptionSchema) });

export interface FollowStore {
  list(channelId?: string): Subscription[];
  add(s: Omit<Subscription, 'id' | 'created'>): Promise<Subscription | { error: string }>;
  remove(id: string, channelId: string): Promise<boolean>;
}

export class FileFollowStore implements FollowStore {
  private subs: Subscription[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(readonly path: string) {}

  /** Reads the file; one that cannot be read as subscriptions is reported through `onProblem` and starts empty. */
  static async open(path: string, onProblem?: (message: string) => void): Promise<FileFollowStore> {
    const store = new FileFollowStore(path);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch {
      return store;
    }
    try {
      store.subs = FileSchema.parse(JSON.parse(raw)).subscriptions;
    } catch (err) {
      onProblem?.(`${path}: not a subscriptions file (${reason(err)}); starting with none`);
    }
    return store;
  }

  list(channelId?: string): Subscription[] {
    return channelId ? this.subs.filter((s) => s.channelId === channelId) : [...this.subs];
  }

  async add(s: Omit<Subscription, 'id' | 'created'>): Promise<Subscription | { error: string }> {
    const mine = this.list(s.channelId);
    if (mine.length >= MAX_PER_CHANNEL)
      return { error: `This channel already follows ${MAX_PER_CHANNEL} things: \`/unfollow\` one first.` };
    const same = mine.find(
      (o) =>
        o.kind === s.kind &&
        o.metric === s.metric &&
        o.speaker?.toLowerCase() === s.speaker?.toLowerCase() &&
        o.claim?.toLowerCase() === s.claim?.toLowerCase(),
    );
    if (same) return same;
    const sub: Subscription = { ...s, id: randomBytes(3).toString('hex'), created: new Date().toISOString() };
    this.subs.push(sub);
    await this.save();
    return sub;
  }

  async remove(id: string, channelId: string): Promise<boolean> {
    const before = this.subs.length;
    this.subs = this.subs.filter((s) => !(s.id === id && s.channelId === channelId));
    if (this.subs.length === before) return false;
    await this.save();
    return true;
  }

  private save(): Promise<void> {
    // Writes go one after another, each whole (temporary file, then rename), so a crash never leaves half a file.
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ subscriptions: this.subs }, null, 1));
      await rename(tmp, this.path);
    });
    return this.writing;
  }
}

/** The message a channel gets when an update brings news for one of its subscriptions. */
export function newsMessage(news: FollowNews): MessageData {
  const s = news.subscription;
  const lines: string[] = [];
  let count = 0;
  if (news.kind === 'toll') {
    count = news.estimates.length;
    for (const e of news.estimates) {
      const src = e.articles
        .slice(0, 3)
        .map((a) => link(`${a.outlet ?? 'unknown outlet'}${a.published ? `, ${a.published}` : ''}`, a.url, 80));
      lines.push(
        `• **${md(e.metric)}: ${md(e.display)}** as of ${e.asOf}${e.estimator ? `, by ${md(e.estimator)}` : ''} — ${src.join(', ')}`,
      );
    }
  } else if (news.kind === 'quote') {
    count = news.quotes.length;
    for (const q of news.quotes) {
      const a = q.articles[0];
      lines.push(
        `• “${mdCut(q.text, 300)}” — ${md(q.speaker ?? 'unnamed')}${a ? ` (${link(`${a.outlet ?? 'unknown outlet'}${a.published ? `, ${a.published}` : ''}`, a.url, 80)})` : ''}`,
      );
    }
  } else {
    count = news.matches.length;
    for (const m of news.matches) {
      lines.push(
        `• ${link(`${m.outlet ?? 'unknown outlet'}${m.published ? `, ${m.published}` : ''}`, m.url, 80)}: “${mdCut(m.text, 300)}”`,
      );
    }
  }
  const what =
    news.kind === 'toll'
      ? `new estimate${count === 1 ? '' : 's'}`
      : news.kind === 'quote'
        ? `new quotation${count === 1 ? '' : 's'}`
        : `new article${count === 1 ? '' : 's'} carrying the claim`;
  return enforceLimits({
    content: truncate(`**${count} ${what}** · following ${md(describeSubscription(s))} (\`${s.id}\`)`, LIMITS.content),
    embeds: [
      {
        description: joinLines(lines, 3500, 'more') || '—',
        footer: { text: 'Figures and words as the articles report them · /unfollow to stop' },
      },
    ],
    allowed_mentions: NO_MENTIONS,
  });
}

export type Poster = (channelId: string, message: MessageData) => Promise<void>;

/**
 * After each corpus update: every subscription's news, posted to its channel. A post that fails is logged and the
 * others still go.
 */
export async function postNews(
  subscriptions: Subscription[],
  previous: Coverage,
  next: Coverage,
  post: Poster,
  logger: Logger = silentLogger,
): Promise<number> {
  let posted = 0;
  for (const s of subscriptions) {
    let news: FollowNews | null;
    try {
      news = whatIsNew(s, previous, next);
    } catch (err) {
      logger.warn({ err, subscription: s.id }, 'follow: could not compute what is new');
      continue;
    }
    if (!news) continue;
    try {
      await post(s.channelId, newsMessage(news));
      posted++;
      logger.info({ subscription: s.id, channel: s.channelId, kind: s.kind }, `follow: posted news for ${s.id}`);
    } catch (err) {
      logger.warn(
        { subscription: s.id, channel: s.channelId, err: err instanceof Error ? err.message : String(err) },
        'follow: the post failed',
      );
    }
  }
  return posted;
}
