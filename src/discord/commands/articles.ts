// /articles: what the corpus holds: outlets, dates, headlines, copy families and load warnings.
import { SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import type { ArticlesAnswer } from '../../answers/types';
import { formatWarning } from '../../corpus/load';
import { renderArticlesText } from '../../render/text';
import { joinLines, link, LIMITS, md, mdCut, truncate } from '../limits';
import { enforceLimits, NO_MENTIONS } from '../payload';
import { navRow, packFields, pageFooter } from '../pagination';
import type { Command } from './types';

const builder = new SlashCommandBuilder()
  .setName('articles')
  .setDescription('The corpus: outlets, dates, headlines, copy families, load warnings');

export function articlesFields(answer: ArticlesAnswer): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const byId = new Map(answer.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    return a ? `${a.outlet ?? a.id}${a.published ? `, ${a.published}` : ''}` : id;
  };
  for (const a of answer.articles) {
    const extra = [`${a.paragraphs} paragraphs, ${a.sentences} sentences`];
    if (a.credits?.wire.length) extra.push(`wire: ${md(a.credits.wire.join(', '))}`);
    if (a.family && a.family !== a.id) extra.push(`copy of ${md(label(a.family))}`);
    if (a.added) extra.push(`added ${addedLabel(a.added)}`);
    fields.push({
      name: truncate(md(`${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'undated'}`), LIMITS.fieldName),
      value: truncate(
        `${link(a.title ?? '(no headline)', a.url, 200)}\n\`${truncate(a.id, 80).replace(/`/g, "'")}\` · ${extra.join(' · ')}`,
        LIMITS.fieldValue,
      ),
    });
  }
  for (const f of answer.families ?? []) {
    const lines = f.copies.map((c) => `• ${md(label(c.id))}: ${Math.round(c.shared * 100)}% shared`);
    fields.push({
      name: truncate(`Copy family: ${md(label(f.original))}`, LIMITS.fieldName),
      value: joinLines(lines, 900, 'more copies') || '—',
    });
  }
  if (answer.warnings.length) {
    // Warnings go ten to a field so a corpus with thousands of bad files still pages.
    for (let i = 0; i < answer.warnings.length; i += 10) {
      const chunk = answer.warnings.slice(i, i + 10).map((w) => `• ${mdCut(formatWarning(w), 300)}`);
      fields.push({
        name: `Load warnings ${i + 1}–${Math.min(i + 10, answer.warnings.length)} of ${answer.warnings.length}`,
        value: joinLines(chunk, 1000, 'more'),
      });
    }
  }
  return fields;
}

/** "2026-11-30 21:28 UTC": when the bot took an article in, to the minute. */
export function addedLabel(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function articlesSummary(answer: ArticlesAnswer): string {
  const n = answer.articles.length;
  const outlets = new Set(answer.articles.map((a) => a.outlet).filter(Boolean));
  const dates = answer.articles
    .map((a) => a.published)
    .filter((d): d is string => !!d)
    .sort();
  const span = dates.length
    ? `, ${dates[0]}${dates.length > 1 && dates[dates.length - 1] !== dates[0] ? ` to ${dates[dates.length - 1]}` : ''}`
    : '';
  const fam = answer.families?.length ?? 0;
  const added = answer.articles
    .map((a) => a.added)
    .filter((d): d is string => !!d)
    .sort();
  const last = added.length ? ` · last taken in ${addedLabel(added[added.length - 1])}` : '';
  return `**${n.toLocaleString('en-US')} article${n === 1 ? '' : 's'}** from ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}${span} · ${fam} copy famil${fam === 1 ? 'y' : 'ies'} · ${answer.warnings.length} load warning${answer.warnings.length === 1 ? '' : 's'}${last}`;
}

export const articles: Command = {
  name: 'articles',
  code: 'a',
  definition: builder.toJSON(),
  options: [],
  parse() {
    return { args: [] };
  },
  async render(ctx, args, page) {
    const answer = ctx.coverage.articles();
    const pages = packFields(articlesFields(answer), 10, LIMITS.embedTotal - 400);
    const p = Math.min(Math.max(0, page), Math.max(0, pages.length - 1));
    return {
      message: enforceLimits({
        content: articlesSummary(answer),
        embeds: [
          {
            title: 'The corpus',
            fields: pages[p] ?? [],
            footer: { text: pageFooter('articles', [], args, p, Math.max(1, pages.length)) },
          },
        ],
        components: navRow('a', args, p, pages.length),
        allowed_mentions: NO_MENTIONS,
      }),
    };
  },
  async text(ctx) {
    return renderArticlesText(ctx.coverage.articles());
  },
};
