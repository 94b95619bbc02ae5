// /toll [metric] [from] [to]: casualty and displacement estimates by date, who gave them, with the chart attached.
import { SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import { METRICS, type Estimate, type Metric, type TollAnswer, type UndatedEstimate } from '../../answers/types';
import { chartAltText, hasChartFigures, isChartBusy, renderTollChart } from '../../render/chart';
import { renderTollText } from '../../render/text-toll';
import { estimatesCsv } from '../../render/csv';
import { estimatorChoices } from '../choices';
import { joinLines, link, LIMITS, md, mdCut, truncate } from '../limits';
import { enforceLimits, NO_MENTIONS, type FileData } from '../payload';
import { navRow, packFields, pageFooter } from '../pagination';
import { opt, type Command, type CommandContext } from './types';

const builder = new SlashCommandBuilder()
  .setName('toll')
  .setDescription('Casualty and displacement estimates by date, who gave them, and a chart')
  .addStringOption((o) =>
    o
      .setName('metric')
      .setDescription('Which figures (default: all)')
      .addChoices(...METRICS.map((m) => ({ name: m, value: m }))),
  )
  .addStringOption((o) =>
    o.setName('from').setDescription('Earliest date, YYYY-MM-DD').setMinLength(10).setMaxLength(10),
  )
  .addStringOption((o) => o.setName('to').setDescription('Latest date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) =>
    o
      .setName('estimator')
      .setDescription('Only figures from this source (start typing for the list)')
      .setAutocomplete(true)
      .setMaxLength(100),
  );

const NAMES = ['metric', 'from', 'to', 'estimator'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function answerToll(ctx: CommandContext, args: string[]): TollAnswer {
  const [metric, from, to, estimator] = args;
  return ctx.coverage.toll({
    metric: (metric || undefined) as Metric | undefined,
    from: from || undefined,
    to: to || undefined,
    estimator: estimator || undefined,
  });
}

function estimateField(e: Estimate | UndatedEstimate): APIEmbedField {
  const dated = 'asOf' in e;
  const name = `${e.metric}: ${e.display}${dated ? (e.history ? ' (an earlier event)' : '') : ' (undated)'}`;
  const when = dated ? `as of ${e.asOf}` : 'the article gives no date';
  const lines = [`${when} · ${e.estimator ? `estimated by ${md(e.estimator)}` : 'no estimator named'}`];
  for (const a of e.articles.slice(0, 20))
    lines.push(
      `${link(`${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'undated'}`, a.url, 100)}${a.title ? ` — ${mdCut(a.title, 80)}` : ''}`,
    );
  return {
    name: truncate(md(name), LIMITS.fieldName),
    value: joinLines(lines, 700, 'more articles', '\n', Math.max(0, e.articles.length - 20)),
  };
}

export const toll: Command = {
  name: 'toll',
  code: 't',
  definition: builder.toJSON(),
  options: NAMES,
  slow: true,
  parse(options) {
    const metric = opt(options, 'metric').toLowerCase();
    const from = opt(options, 'from');
    const to = opt(options, 'to');
    if (metric && !(METRICS as readonly string[]).includes(metric)) {
      return {
        error: `There is no metric “${truncate(metric, 40)}”: pick one of ${METRICS.join(', ')} from the list.`,
      };
    }
    for (const [name, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (v && !realDate(v))
        return {
          error: `\`${name}\` must be a date written YYYY-MM-DD, such as 2012-03-13 (got “${truncate(v, 40)}”).`,
        };
    }
    if (from && to && from > to) return { error: `\`from\` (${from}) is after \`to\` (${to}): swap them.` };
    return { args: [metric, from, to, opt(options, 'estimator').slice(0, 100)] };
  },
  async render(ctx, args, page, first) {
    const answer = answerToll(ctx, args);
    const [metric, from, to, estimator] = args;
    const scope = `${metric || 'all figures'}${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}${estimator ? ` by ${mdCut(estimator, 100)}` : ''}`;
    const history = answer.history ?? [];
    const undated = answer.undated ?? [];
    if (answer.estimates.length + history.length + undated.length === 0) {
      return {
        message: {
          content: `No estimate found (${scope}). Try another metric or a wider date range, or leave them out.`,
          allowed_mentions: NO_MENTIONS,
        },
      };
    }
    // Current figures first, then those about earlier events, then those of articles with no date, as the answer
    // ordered them within each.
    const ordered = [...answer.estimates, ...history, ...undated];
    const changes = answer.changes.length
      ? joinLines(
          answer.changes.map((c) => `• ${md(c)}`),
          1500,
          'more changes',
        )
      : '';
    const footerRoom = Math.min(pageFooter('toll', NAMES, args, 999, 999).length, LIMITS.footer);
    const pages = packFields(ordered.map(estimateField), 12, LIMITS.embedTotal - footerRoom - changes.length - 300);
    const p = Math.min(Math.max(0, page), pages.length - 1);
    const files: FileData[] = [];
    let note = '';
    if (first && ctx.chart !== undefined && hasChartFigures(answer)) {
      try {
        files.push({ name: 'toll.png', data: await ctx.chart(answer), description: chartAltText(answer) });
      } catch (err) {
        note = isChartBusy(err)
          ? '\n(No chart this time: the chart renderer is busy, try again in a moment.)'
          : `\n(The chart could not be drawn: ${truncate(err instanceof Error ? err.message : String(err), 200)}.)`;
      }
    }
    const n = answer.estimates.length;
    const apart = [
      history.length ? `${history.length} about earlier events` : '',
      undated.length ? `${undated.length} from articles with no date` : '',
    ].filter(Boolean);
    return {
      message: enforceLimits({
        content: `**${n} estimate${n === 1 ? '' : 's'}** (${scope}), newest first${apart.length ? `; then ${apart.join(' and ')}, kept out of the timeline` : ''}${note}`,
        embeds: [
          {
            title: 'Casualty and displacement estimates',
            description: p === 0 && changes ? `**What changed**\n${changes}` : undefined,
            fields: pages[p],
            footer: { text: truncate(pageFooter('toll', NAMES, args, p, pages.length), LIMITS.footer) },
          },
        ],
        components: navRow('t', args, p, pages.length),
        allowed_mentions: NO_MENTIONS,
      }),
      files,
    };
  },
  autocomplete(ctx, focused) {
    return focused.name === 'estimator' ? estimatorChoices(ctx.coverage, focused.value) : [];
  },
  export(ctx, args) {
    const answer = answerToll(ctx, args);
    return { name: 'estimates', csv: estimatesCsv(answer), json: answer };
  },
  async text(ctx, args) {
    const answer = answerToll(ctx, args);
    const chart = answer.estimates.length
      ? '\n\n(In Discord the chart is attached; here, `npm run ask -- toll --chart toll.png` writes it.)'
      : '';
    return renderTollText(answer) + chart;
  },
};

export const defaultChart = renderTollChart;
