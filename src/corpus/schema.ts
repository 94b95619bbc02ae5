// Types of the corpus layer. Manifest types come from zod schemas so the file is validated where it is read;
// the in-memory article types are plain interfaces (they are built by our own code, never parsed).
import { z } from 'zod';

/** YYYY-MM-DD, or a full ISO 8601 timestamp (its date part is what we keep). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected YYYY-MM-DD or ISO 8601')
  .refine((s) => !Number.isNaN(Date.parse(s.slice(0, 10))), 'not a real calendar date');

export const ManifestEntrySchema = z.object({
  file: z.string().min(1, 'must name a file'),
  outlet: z.string().min(1).optional(),
  published: isoDate.optional(),
  title: z.string().min(1).optional(),
  url: z.url().optional(),
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
