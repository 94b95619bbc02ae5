// /follow and /unfollow: a channel follows the story. When new articles bring a new estimate, a new quotation of a
// person, or a new article carrying a claim, the bot posts it there (see ../follows.ts). Only members who may manage
// the channel can add or remove a subscription (default_member_permissions, and checked again here).
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { describeSubscription, type FollowKind } from '../../answers/follow';
import { METRICS, type Metric } from '../../answers/types';
import { joinLines, LIMITS, md, mdCut, truncate } from '../limits';
import { enforceLimits, NO_MENTIONS } from '../payload';
import { opt, type Command, type CommandContext } from './types';

const WHAT = ['toll', 'quote', 'sources', 'list'] as const;

const followBuilder = new SlashCommandBuilder()
  .setName('follow')
  .setDescription('Post in this channel what new articles bring: estimates, quotations of a person, sources of a claim')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((o) =>
    o
      .setName('what')
      .setDescription('What to follow, or list what this channel follows')
      .setRequired(true)
      .addChoices(...WHAT.map((w) => ({ name: w, value: w }))),
  )
  .addStringOption((o) =>
    o
      .setName('metric')
      .setDescription('toll: only this metric (default: all)')
      .addChoices(...METRICS.map((m) => ({ name: m, value: m }))),
  )
  .addStringOption((o) =>
    o.setName('speaker').setDescription('quote: the person whose new quotations to post').setMaxLength(100),
  )
  .addStringOption((o) =>
    o.setName('claim').setDescription('sources: the claim whose new sources to post').setMaxLength(300),
  );

const unfollowBuilder = new SlashCommandBuilder()
  .setName('unfollow')
  .setDescription('Stop following something in this channel (/follow what:list shows the ids)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((o) => o.setName('id').setDescription('The subscription id').setRequired(true).setMaxLength(20));

const MANAGE_CHANNELS = 1n << 4n;

/**
 * The builder writes the permission bits as a string; Discord's OpenAPI description has an integer there (and the API
 * takes either), so the definition sends the number.
 */
function definition(b: { toJSON(): ReturnType<typeof followBuilder.toJSON> }) {
  const json = b.toJSON();
  return {
    ...json,
    default_member_permissions:
      json.default_member_permissions == null ? null : (Number(json.default_member_permissions) as unknown as string),
  };
}

/** Why this caller cannot change this channel's subscriptions, or null when they can. */
function refusal(ctx: CommandContext): string | null {
  if (!ctx.follows)
    return 'Following is not available here: it needs the bot running in Discord with a bot token (DISCORD_TOKEN).';
  const c = ctx.caller;
  if (!c?.channelId || !c.guildId) return 'Follow works in a server channel: run it there.';
  // Discord hides the command from members without the permission; a stale client or a raw request is checked here.
  if (c.permissions !== undefined) {
    let perms: bigint;
    try {
      perms = BigInt(c.permissions);
    } catch {
      perms = 0n;
    }
    if ((perms & MANAGE_CHANNELS) === 0n) return 'Only members who can manage this channel can change what it follows.';
  }
  return null;
}

function message(content: string) {
  return { message: enforceLimits({ content: truncate(content, LIMITS.content), allowed_mentions: NO_MENTIONS }) };
}

export const follow: Command = {
  name: 'follow',
  code: 'f',
  definition: definition(followBuilder),
  options: ['what', 'metric', 'speaker', 'claim'],
  parse(options) {
    const what = opt(options, 'what').toLowerCase();
    if (!(WHAT as readonly string[]).includes(what)) return { error: `Pick what to follow: ${WHAT.join(', ')}.` };
    const metric = opt(options, 'metric').toLowerCase();
    if (metric && !(METRICS as readonly string[]).includes(metric))
      return { error: `There is no metric “${truncate(metric, 40)}”: pick one of ${METRICS.join(', ')}.` };
    const speaker = opt(options, 'speaker').slice(0, 100);
    const claim = opt(options, 'claim').replace(/\s+/g, ' ').slice(0, 300);
    if (what === 'quote' && !speaker)
      return { error: 'Name the person to follow: `/follow what:quote speaker:` and a name.' };
    if (what === 'sources' && !claim)
      return { error: 'Give the claim to follow: `/follow what:sources claim:` and the claim in your own words.' };
    return { args: [what, metric, speaker, claim] };
  },
  async render(ctx, args) {
    const [what, metric, speaker, claim] = args;
    const why = refusal(ctx);
    if (why) return { ...message(why), ephemeral: true };
    const c = ctx.caller!;
    if (what === 'list') {
      const subs = ctx.follows!.list(c.channelId);
      if (!subs.length)
        return message(
          'This channel follows nothing yet. `/follow what:toll`, `what:quote speaker:…` or `what:sources claim:…` adds one.',
        );
      return message(
        `This channel follows:\n${joinLines(
          subs.map((s) => `• \`${s.id}\` ${md(describeSubscription(s))}`),
          1800,
          'more',
        )}`,
      );
    }
    const added = await ctx.follows!.add({
      kind: what as FollowKind,
      ...(metric ? { metric: metric as Metric } : {}),
      ...(what === 'quote' ? { speaker } : {}),
      ...(what === 'sources' ? { claim } : {}),
      channelId: c.channelId!,
      guildId: c.guildId ?? null,
      createdBy: c.userId,
    });
    if ('error' in added) return { ...message(added.error), ephemeral: true };
    return message(
      `Following ${md(describeSubscription(added))} here (\`${added.id}\`): new articles that bring something new on it are posted in this channel. \`/unfollow id:${added.id}\` stops it.`,
    );
  },
  async text(ctx, args) {
    const r = await follow.render(ctx, args, 0, true);
    return r.message.content ?? '';
  },
};

export const unfollow: Command = {
  name: 'unfollow',
  code: 'u',
  definition: definition(unfollowBuilder),
  options: ['id'],
  parse(options) {
    const id = opt(options, 'id');
    if (!/^[0-9a-f]{6}$/i.test(id))
      return { error: 'Give the id `/follow what:list` shows, six letters and digits such as `a1b2c3`.' };
    return { args: [id.toLowerCase()] };
  },
  async render(ctx, args) {
    const why = refusal(ctx);
    if (why) return { ...message(why), ephemeral: true };
    const removed = await ctx.follows!.remove(args[0], ctx.caller!.channelId!);
    return removed
      ? message(`Stopped following \`${args[0]}\` in this channel.`)
      : {
          ...message(`This channel has no subscription \`${mdCut(args[0], 20)}\`: \`/follow what:list\` shows them.`),
          ephemeral: true,
        };
  },
  async text(ctx, args) {
    const r = await unfollow.render(ctx, args, 0, true);
    return r.message.content ?? '';
  },
};
