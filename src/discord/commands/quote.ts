// /quote speaker:<autocomplete> [words] [outlet]: the quotations, each once, with who said them and every
// article that carries them.
import { SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { QuoteAnswer, QuoteEntry } from '../../answers/types';
import { looseWords } from '../../answers/quote';
import { personCardLines, renderQuoteText } from '../../render/text-quote';
import { quotesCsv } from '../../render/csv';
import { outletChoices, speakerChoices } from '../choices';
import { joinLines, link, LIMITS, md, mdCut, plain, truncate } from '../limits';
import { enforceLimits, NO_MENTIONS } from '../payload';
import { navRow, packEmbeds, pageFooter } from '../pagination';
import { opt, type Command, type CommandContext } from './types';

const builder = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('Quotations by a speaker, each once, with every article that carries them')
  .addStringOption((o) =>
    o
      .setName('speaker')
      .setDescription('Who said it (start typing for the list), or some words')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) => o.setName('words').setDescription('Only quotations with these words').setMaxLength(200))
  .addStringOption((o) =>
    o
      .setName('outlet')
      .setDescription('Only quotations carried by this outlet')
      .setAutocomplete(true)
      .setMaxLength(100),
  );

const NAMES = ['speaker', 'words', 'outlet'];

/** Lowercased letters and digits, for loose matching of words and outlets. */
export const words = looseWords;

/** The answer, filtered by words and outlet in the answering layer, as the command line and console get it. */
export function answerQuote(ctx: CommandContext, args: string[]): QuoteAnswer {
  const [speaker, wordFilter, outlet] = args;
  return ctx.coverage.quote(speaker, { outlet: outlet || undefined, words: wordFilter || undefined, limit: 1000 });
}

function sameWords(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

export function quoteEmbed(q: QuoteEntry): APIEmbed {
  const who = q.speaker ?? 'Unattributed';
  const author = plain(`${who}${q.role ? ` — ${q.role}` : ''}`, LIMITS.authorName);
  let description = `“${mdCut(q.text, 900)}”`;
  if (q.reportedBy) description += `\n— as reported by ${mdCut(q.reportedBy, 100)}`;
  if (q.fragments?.length)
    description += `\nin the same sentence: ${mdCut(
      q.fragments
        .slice(0, 5)
        .map((f) => `“${f}”`)
        .join(', '),
      300,
    )}`;
  const lines: string[] = [];
  // Only the first articles can fit in a field; the rest are counted, not rendered.
  const shown = q.articles.slice(0, 20);
  for (const a of shown) {
    const where = `${md(a.outlet ?? 'unknown outlet')} · ${a.published ?? 'undated'}`;
    lines.push(`${truncate(where, 100)} · ${link(a.title ?? a.id, a.url, 100)}`);
    if (a.wording && !sameWords(a.wording, q.text)) lines.push(`  ↳ here: “${mdCut(a.wording, 200)}”`);
  }
  const n = q.articles.length;
  return {
    author: { name: author },
    description,
    fields: [
      {
        name: `In ${n} article${n === 1 ? '' : 's'}`,
        value: joinLines(lines, 900, 'more', '\n', q.articles.length - shown.length) || '—',
      },
    ],
  };
}

export const quote: Command = {
  name: 'quote',
  code: 'q',
  definition: builder.toJSON(),
  options: NAMES,
  parse(options) {
    const speaker = opt(options, 'speaker');
    if (!speaker)
      return {
        error:
          'Tell me whose words to find: `/quote speaker:` and a name (start typing it to see the list of speakers).',
      };
    return { args: [speaker.slice(0, 300), opt(options, 'words').slice(0, 300), opt(options, 'outlet').slice(0, 300)] };
  },
  async render(ctx, args, page) {
    const answer = answerQuote(ctx, args);
    const [speaker, wordFilter, outlet] = args;
    const asked = `${mdCut(speaker, 100)}${wordFilter ? ` with “${mdCut(wordFilter, 100)}”` : ''}${outlet ? ` in ${mdCut(outlet, 100)}` : ''}`;
    if (answer.quotes.length === 0) {
      return {
        message: {
          content: truncate(
            `No quotation found for ${asked}.\nTry a name from the list that appears as you type \`speaker\`, fewer \`words\`, or no \`outlet\`; \`/articles\` shows what the corpus holds.`,
            LIMITS.content,
          ),
          allowed_mentions: NO_MENTIONS,
        },
      };
    }
    const footerRoom = pageFooter('quote', NAMES, args, 999, 999).length;
    const pages = packEmbeds(
      answer.quotes.map(quoteEmbed),
      5,
      Math.max(1500, LIMITS.embedTotal - Math.min(footerRoom, LIMITS.footer) - 50),
    );
    const p = Math.min(Math.max(0, page), pages.length - 1);
    const embeds = pages[p].map((e) => ({ ...e }));
    const before = pages.slice(0, p).reduce((n, pg) => n + pg.length, 0);
    embeds[embeds.length - 1].footer = {
      text: truncate(pageFooter('quote', NAMES, args, p, pages.length), LIMITS.footer),
    };
    const shown = `${before + 1}–${before + embeds.length}`;
    // The person card first: who they are, roles with dates, how much they said and where.
    const card = answer.person
      ? personCardLines(answer.person)
          .map((l, i) => (i === 0 ? `**${md(l)}**` : md(l)))
          .join('\n') + '\n\n'
      : '';
    const content =
      card +
      `**${answer.total.toLocaleString('en-US')} quotation${answer.total === 1 ? '' : 's'}** for ${asked}${answer.total > embeds.length ? ` · showing ${shown}` : ''}${answer.total > answer.quotes.length ? ` (the first ${answer.quotes.length} can be paged)` : ''}`;
    return {
      message: enforceLimits({
        content,
        embeds,
        components: navRow('q', args, p, pages.length),
        allowed_mentions: NO_MENTIONS,
      }),
    };
  },
  autocomplete(ctx, focused) {
    if (focused.name === 'outlet') return outletChoices(ctx.coverage, focused.value);
    return speakerChoices(ctx.coverage, focused.value);
  },
  export(ctx, args) {
    const answer = answerQuote(ctx, args);
    return { name: 'quotes', csv: quotesCsv(answer), json: answer };
  },
  async text(ctx, args) {
    return renderQuoteText(answerQuote(ctx, args));
  },
};
