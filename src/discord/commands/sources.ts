// /sources claim:<text>: the articles that carry a claim, earliest first, an embed each, with the attribution,
// the wire credits and which article each one copies; words that differ from the earliest wording are bold.
import { SlashCommandBuilder, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { SourceMatch, SourcesAnswer } from '../../answers/types';
import { renderSourcesText } from '../../render/text-sources';
import { matchesCsv } from '../../render/csv';
import { joinLines, LIMITS, md, mdCut, plain, safeUrl, truncate } from '../limits';
import { enforceLimits, NO_MENTIONS } from '../payload';
import { navRow, packEmbeds, pageFooter } from '../pagination';
import { words } from './quote';
import { opt, type Command, type CommandContext } from './types';

const builder = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('Where a claim comes from: the articles that carry it, earliest first, and whom they cite')
  .addStringOption((o) =>
    o.setName('claim').setDescription('The claim, in your own words').setRequired(true).setMaxLength(500),
  );

const NAMES = ['claim'];

export function answerSources(ctx: CommandContext, args: string[]): SourcesAnswer {
  return ctx.coverage.sources(args[0]);
}

/** Earliest first; undated articles last, in the order the answer ranked them. */
export function earliestFirst<T extends { published: string | null }>(list: T[]): T[] {
  return list
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      if (a.m.published && b.m.published && a.m.published !== b.m.published)
        return a.m.published < b.m.published ? -1 : 1;
      if (!a.m.published !== !b.m.published) return a.m.published ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.m);
}

/** The text, escaped, with the runs of words the reference wording lacks in bold. */
export function markDifferences(text: string, reference: string | null, max: number): string {
  const cut = truncate(text.replace(/\s+/g, ' ').trim(), max);
  if (!reference) return md(cut);
  const ref = new Set(words(reference));
  const tokens = cut.split(' ');
  const differs = tokens.map((t) => {
    const ws = words(t);
    return ws.length > 0 && ws.some((w) => !ref.has(w));
  });
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && differs[j] === differs[i]) j++;
    const run = md(tokens.slice(i, j).join(' '));
    out.push(differs[i] && run ? `**${run}**` : run);
    i = j;
  }
  return out.join(' ');
}

/** A sentence shown as a block quote, so its own quotation marks read as they were written. */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

function matchEmbed(m: SourceMatch, reference: string | null, titles: Map<string, string>): APIEmbed {
  const fields: APIEmbedField[] = [];
  if (m.attribution) fields.push({ name: 'Attributed to', value: mdCut(m.attribution, 300), inline: true });
  if (m.credits.wire.length) fields.push({ name: 'Wire', value: mdCut(m.credits.wire.join(', '), 300), inline: true });
  if (m.credits.photo.length)
    fields.push({ name: 'Photo credits', value: mdCut(m.credits.photo.join(', '), 300), inline: true });
  if (m.copyOf) fields.push({ name: 'Copy of', value: mdCut(titles.get(m.copyOf) ?? m.copyOf, 300), inline: true });
  const url = safeUrl(m.url);
  return {
    author: { name: plain(`${m.outlet ?? 'Unknown outlet'} · ${m.published ?? 'undated'}`, LIMITS.authorName) },
    title: mdCut(m.title ?? m.id, LIMITS.embedTitle),
    ...(url ? { url } : {}),
    description: blockQuote(markDifferences(m.text, reference, 900)),
    ...(fields.length ? { fields } : {}),
  };
}

export const sources: Command = {
  name: 'sources',
  code: 's',
  definition: builder.toJSON(),
  options: NAMES,
  // Matching a claim against a large corpus can approach Discord's three seconds: answer "thinking…" first.
  slow: true,
  parse(options) {
    const claim = opt(options, 'claim').replace(/\s+/g, ' ');
    if (!claim || words(claim).length === 0) {
      return { error: 'Give me a claim to trace, in a few words: `/sources claim:` and the claim in your own words.' };
    }
    return { args: [claim.slice(0, 500)] };
  },
  async render(ctx, args, page) {
    const answer = answerSources(ctx, args);
    const claim = mdCut(args[0], 300);
    const footerRoom = Math.min(pageFooter('sources', NAMES, args, 999, 999).length, LIMITS.footer);
    const budget = Math.max(1500, LIMITS.embedTotal - footerRoom - 50);
    if (answer.matches.length === 0) {
      const closest = answer.closest.map(
        (c) => `• ${md(c.outlet ?? 'unknown outlet')} · ${c.published ?? 'undated'}: “${mdCut(c.text, 300)}”`,
      );
      const embeds: APIEmbed[] = closest.length
        ? [
            {
              title: 'Closest sentences (not matches)',
              description: joinLines(closest, 3000, 'more'),
              footer: { text: truncate(pageFooter('sources', NAMES, args, 0, 1), LIMITS.footer) },
            },
          ]
        : [];
      return {
        message: enforceLimits({
          content: `No article carries “${claim}”.${closest.length ? ' The closest sentences are below, for comparison only.' : ' Try other words for it, or `/articles` to see what the corpus covers.'}`,
          embeds,
          allowed_mentions: NO_MENTIONS,
        }),
      };
    }
    const ordered = earliestFirst(answer.matches);
    const label = (a: { id: string; outlet: string | null; published: string | null }) =>
      `${a.outlet ?? a.id}${a.published ? `, ${a.published}` : ''}`;
    const titles = new Map([
      ...ctx.coverage.corpus.articles.map((a) => [a.id, label(a)] as const),
      ...ordered.map((m) => [m.id, label(m)] as const),
    ]);
    const reference = ordered[0].text;
    const items = ordered.map((m, i) => matchEmbed(m, i === 0 ? null : reference, titles));
    const pages = packEmbeds(items, 5, budget);
    const p = Math.min(Math.max(0, page), pages.length - 1);
    const embeds = pages[p].map((e) => ({ ...e }));
    embeds[embeds.length - 1].footer = {
      text: truncate(pageFooter('sources', NAMES, args, p, pages.length), LIMITS.footer),
    };
    const n = ordered.length;
    let origin = '';
    if (answer.origin) {
      const o = answer.origin;
      const first = titles.get(o.id) ?? o.id;
      const notes = [
        o.attribution ? `attributed to “${mdCut(o.attribution, 200)}”` : '',
        o.wire ? `came through ${mdCut(o.wire, 100)}` : '',
      ].filter(Boolean);
      origin = `\nEarliest: ${md(first)}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
    }
    return {
      message: enforceLimits({
        content: `**${n} article${n === 1 ? '' : 's'}** carry “${claim}”, earliest first; words that differ from the earliest wording are in bold.${origin}`,
        embeds,
        components: navRow('s', args, p, pages.length),
        allowed_mentions: NO_MENTIONS,
      }),
    };
  },
  export(ctx, args) {
    const answer = answerSources(ctx, args);
    return { name: 'sources', csv: matchesCsv(answer), json: answer };
  },
  async text(ctx, args) {
    return renderSourcesText(answerSources(ctx, args));
  },
};
