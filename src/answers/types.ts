// The answers the bot gives, as plain data: the CLI prints them as JSON (docs/cli.md) or text, and the
// Discord layer renders them. Fields the contract names are required; the rest extend it.
import { z } from 'zod';
import { DATE_PRECISIONS, METRICS, QUALIFIERS } from '../extract/vocabulary';

/** An article as an answer cites it. */
export const ArticleRefSchema = z.object({
  id: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  file: z.string(),
  paragraphs: z.number(),
  sentences: z.number(),
  /** Wire services credited for the text ("AP", "Reuters"); photo credits kept apart. */
  credits: z.object({ wire: z.array(z.string()), photo: z.array(z.string()) }).optional(),
  /** Id of the copy family's earliest article when this one shares most of its text with others. */
  family: z.string().nullable().optional(),
  /** When the bot first took this article in (ISO 8601), from the saved state; absent without one. */
  added: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticlesAnswerSchema = z.object({
  articles: z.array(ArticleSummarySchema),
  warnings: z.array(
    z.object({ file: z.string(), entry: z.number().optional(), field: z.string().optional(), message: z.string() }),
  ),
  families: z
    .array(z.object({ original: z.string(), copies: z.array(z.object({ id: z.string(), shared: z.number() })) }))
    .optional(),
});
export type ArticlesAnswer = z.infer<typeof ArticlesAnswerSchema>;

/** One article carrying a quotation, with its wording there when it differs from the entry's text. */
export const QuoteArticleSchema = ArticleRefSchema.extend({
  wording: z.string(),
  sentence: z.string(),
});
export type QuoteArticle = z.infer<typeof QuoteArticleSchema>;

export const QuoteEntrySchema = z.object({
  /** The speaker as a reader would name them ("Anatoly Antonov"), or as described ("an activist in the city"). */
  speaker: z.string().nullable(),
  role: z.string().nullable().optional(),
  /** Whose report of the words it is, for nested attributions ("Wahhab" reporting what Assad told him). */
  reportedBy: z.string().nullable().optional(),
  text: z.string(),
  articles: z.array(QuoteArticleSchema),
  /** What the speaker is: a named person, an organisation, a description, or a pronoun nothing resolved. */
  speakerKind: z.enum(['person', 'org', 'description', 'pronoun']).nullable().optional(),
  /** Other names the speaker goes by in the corpus ("Sergei Lavrov", "Mr. Antonov"). */
  aliases: z.array(z.string()).optional(),
  /** A one- or two-word scare quote no sentence attributes: searchable, never listed as anyone's words. */
  scare: z.boolean().optional(),
  /** Earliest date among the articles carrying it (YYYY-MM-DD), for ordering. */
  first: z.string().nullable().optional(),
  /** The speaker as one person across the corpus ("donald-trump"), null for descriptions and the unattributed. */
  personId: z.string().nullable().optional(),
  /** One- to three-word quotations of the same sentence, folded under this statement ("law and order"). */
  fragments: z.array(z.string()).optional(),
});
export type QuoteEntry = z.infer<typeof QuoteEntrySchema>;

/** A role as the articles gave it, with the dates of the first and last article giving it. */
export const RoleSeenSchema = z.object({
  role: z.string(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  count: z.number(),
});

/** Who a /quote query names, before their quotations. */
export const PersonCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'org']),
  roles: z.array(RoleSeenSchema),
  aliases: z.array(z.string()),
  /** Distinct quotations, articles carrying them, outlets among those articles. */
  quotations: z.number(),
  articles: z.number(),
  outlets: z.number(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  /** A bare surname the corpus could not tie to one person: the full names it could be. */
  ambiguous: z.array(z.string()).nullable(),
  /** Others the query also names (namesakes), listed after this person's quotations. */
  namesakes: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable(), count: z.number() })),
});
export type PersonCard = z.infer<typeof PersonCardSchema>;

export const QuoteAnswerSchema = z.object({
  query: z.string(),
  total: z.number(),
  quotes: z.array(QuoteEntrySchema),
  /** When the query names a person or organisation: who they are, before their quotations. */
  person: PersonCardSchema.optional(),
});
export type QuoteAnswer = z.infer<typeof QuoteAnswerSchema>;

export const SpeakerSummarySchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  count: z.number(),
  /** The person's id, as on each quotation (personId). */
  id: z.string().optional(),
  /** How many other quoted persons share the surname. */
  namesakes: z.number().optional(),
});
export type SpeakerSummary = z.infer<typeof SpeakerSummarySchema>;

// The vocabulary comes from extraction (src/extract/vocabulary.ts): the schema says what the extractors produce.
export { METRICS };
export { compareSeries, groupBySeries, seriesLabel, type Series } from '../extract/vocabulary';
export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

export const EstimateSchema = z.object({
  metric: MetricSchema,
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** The figure as the article put it: "more than 5,400". */
  display: z.string(),
  estimator: z.string().nullable(),
  asOf: z.string(),
  /** A figure about an earlier event (a massacre decades before): kept out of the current timeline. */
  history: z.boolean(),
  articles: z.array(
    ArticleRefSchema.extend({
      sentence: z.string(),
      /** This article's own wording of the figure when it differs ("over 7,500" beside "more than 7,500"). */
      wording: z.string().optional(),
    }),
  ),
  /** How the wording bounds the figure: exact, over ("more than"), at-least, approx ("some"), up-to ("nearly"), range, vague ("thousands"). */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** The key estimator names group under ("UN" for "the U.N." and "the United Nations"). */
  estimatorKey: z.string().nullable().optional(),
  /** How much of asOf the text gave: a day, a month ("last month") or only a year ("in 1982"). */
  asOfPrecision: z.enum(DATE_PRECISIONS).optional(),
  /** A located part of a population ("mostly Iraqi refugees living in Syria"), kept apart from the totals. */
  population: z.string().nullable().optional(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

/**
 * A figure from an article that gives no date (a page saved without its dateline, no manifest date): who gave it and
 * where, with no day made up for it, so it stays out of the timeline and its chart.
 */
export const UndatedEstimateSchema = EstimateSchema.omit({ asOf: true, asOfPrecision: true, history: true });
export type UndatedEstimate = z.infer<typeof UndatedEstimateSchema>;

export const TollAnswerSchema = z.object({
  estimates: z.array(EstimateSchema),
  /** Plain sentences on what moved between dates ("killed: more than 5,400 (2012-02-02) → over 7,500 (2012-03-13)"). */
  changes: z.array(z.string()),
  /** Figures about earlier events (history: true), kept apart from the current timeline. */
  history: z.array(EstimateSchema).optional(),
  /** Figures from articles that give no date, apart: left out when the question names a date range. */
  undated: z.array(UndatedEstimateSchema).optional(),
});
export type TollAnswer = z.infer<typeof TollAnswerSchema>;

export const SourceMatchSchema = ArticleRefSchema.extend({
  /** The sentence(s) of this article that carry the claim. */
  text: z.string(),
  score: z.number(),
  /** The in-text attribution of that sentence or its paragraph ("the U.N. says", "reportedly"). */
  attribution: z.string().nullable(),
  credits: z.object({ wire: z.array(z.string()), photo: z.array(z.string()) }),
  /** Earliest article of the copy family this one belongs to, when it is a copy. */
  copyOf: z.string().nullable(),
});
export type SourceMatch = z.infer<typeof SourceMatchSchema>;

export const SourcesAnswerSchema = z.object({
  claim: z.string(),
  matches: z.array(SourceMatchSchema),
  /** When nothing carries the claim: the closest sentences, offered as that and not as matches. */
  closest: z.array(ArticleRefSchema.extend({ text: z.string(), score: z.number() })),
  /** Articles on the same event that do not state the claim itself: listed apart, never as carrying it. */
  related: z.array(ArticleRefSchema.extend({ text: z.string(), score: z.number() })).optional(),
  origin: z
    .object({
      id: z.string(),
      published: z.string().nullable(),
      attribution: z.string().nullable(),
      wire: z.string().nullable(),
    })
    .nullable(),
});
export type SourcesAnswer = z.infer<typeof SourcesAnswerSchema>;

/** `ask ingest FILE…`: what was copied into the corpus folder and taken in. */
export const IngestAnswerSchema = z.object({
  ingested: z.array(z.object({ file: z.string(), loaded: z.boolean() })),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  articles: z.number(),
});
export type IngestAnswer = z.infer<typeof IngestAnswerSchema>;
