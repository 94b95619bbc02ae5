// Types of the corpus layer. Manifest types come from zod schemas so the file is validated where it is read;
// the in-memory article types are plain interfaces (they are built by our own code, never parsed).
import { z } from 'zod';
import { toIsoDate } from './infer';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * A real moment: the day exists in its month ("2012-02-30" does not), the time on a clock ("25:99:99" is not),
 * and the year one a news archive can hold (1900 to 2100, as for dates read from pages): "0001-01-01" is a
 * placeholder, not a publication date. Date.parse accepts 2012-02-30 (it rolls over to March), so it is not used.
 */
export function isRealIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  if (toIsoDate(+m[1], +m[2], +m[3]) === null) return false;
  if (m[4] !== undefined && (+m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 60))) return false;
  if (m[7] !== undefined && (+m[7] > 14 || +m[8] > 59)) return false;
  return true;
}

/** YYYY-MM-DD, or a full ISO 8601 timestamp (its date part is what we keep). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected YYYY-MM-DD or ISO 8601')
  .refine(isRealIsoDate, 'not a real calendar date and time between 1900 and 2100');

/** Only web addresses: a javascript: or data: URL in the manifest would reach every export and link. */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' });

export const ManifestEntrySchema = z.object({
  file: z.string().min(1, 'must name a file'),
  outlet: z.string().min(1).optional(),
  published: isoDate.optional(),
  title: z.string().min(1).optional(),
  url: webUrl.optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** Entries are validated one by one (see manifest.ts) so that one bad entry does not lose the others. */
export const ManifestSchema = z.object({ articles: z.array(z.unknown()) });

export type ArticleFormat = 'txt' | 'md' | 'html';

/** A sentence of an article's body, with where it sits so every answer can cite it. */
export interface Sentence {
  /** Position of the sentence in the article (0-based, across paragraphs). */
  index: number;
  /** Paragraph it belongs to (index into Article.paragraphs). */
  paragraph: number;
  /** Character offsets inside that paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface Article {
  /** File name without its extension (the contract's id). */
  id: string;
  file: string;
  format: ArticleFormat;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, or null when neither the manifest nor an explicit date in the text gives one. */
  published: string | null;
  url: string | null;
  /** Where each metadata field came from, so answers can say how sure they are. */
  provenance: { title: Source; outlet: Source; published: Source };
  /** The article's body, clutter removed, one string a paragraph. */
  paragraphs: string[];
  sentences: Sentence[];
  /** Short lines removed as clutter but kept for credit-spotting ("Str / AP", "(AP, Reuters)"). */
  clutter: string[];
}
export type Source = 'manifest' | 'text' | null;

export interface LoadWarning {
  file: string;
  /** Manifest entry index (0-based) when the warning is about one. */
  entry?: number;
  field?: string;
  message: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  warnings: LoadWarning[];
}
