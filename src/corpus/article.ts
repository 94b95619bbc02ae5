// From one page's text to an Article: pick the block reader for its format, clean, segment, and fill in the
// metadata the manifest gives or the page itself states. Pure: the loader does the I/O.
import type { Article, ArticleFormat, ManifestEntry, Sentence, Source } from './schema';
import { cleanBlocks, markdownToBlocks, textToBlocks } from './clean';
import { readHtml } from './html';
import { inferOutlet, inferPublished, findDate } from './infer';
import { splitSentences } from './segment';
import { repairText } from './text';

export interface PageInput {
  id: string;
  file: string;
  format: ArticleFormat;
  text: string;
  manifest?: ManifestEntry;
}

export function buildArticle({ id, file, format, text, manifest }: PageInput): Article {
  const repaired = repairText(text);
  let blocks: string[];
  let headings = new Set<string>();
  let declared: { title: string | null; outlet: string | null; published: string | null; url: string | null } = {
    title: null,
    outlet: null,
    published: null,
    url: null,
  };
  if (format === 'html') {
    const page = readHtml(repaired);
    blocks = page.blocks;
    declared = {
      title: page.title,
      outlet: page.siteName,
      published: page.published ? (findDate(page.published)?.iso ?? null) : null,
      // A page's own canonical link may be anything; only a web address is kept.
      url: page.url && /^https?:\/\/[^\s]+$/i.test(page.url) ? page.url : null,
    };
  } else if (format === 'md' || looksLikeMarkdown(repaired)) {
    ({ blocks, headings } = markdownToBlocks(repaired));
  } else {
    blocks = textToBlocks(repaired);
  }

  const cleaned = cleanBlocks(blocks, headings);
  const paragraphs = cleaned.paragraphs;
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const span of splitSentences(p)) {
      sentences.push({ index: sentences.length, paragraph, start: span.start, end: span.end, text: span.text });
    }
  });

  const pick = <T>(fromManifest: T | undefined, fromText: T | null): [T | null, Source] =>
    fromManifest !== undefined ? [fromManifest, 'manifest'] : fromText !== null ? [fromText, 'text'] : [null, null];

  const [title, titleFrom] = pick(manifest?.title, declared.title ?? cleaned.headline);
  const [outlet, outletFrom] = pick(manifest?.outlet, declared.outlet ?? inferOutlet(blocks));
  const [published, publishedFrom] = pick(
    manifest?.published?.slice(0, 10),
    declared.published ?? inferPublished(blocks),
  );

  return {
    id,
    file,
    format,
    title,
    outlet,
    published,
    url: manifest?.url ?? declared.url,
    provenance: { title: titleFrom, outlet: outletFrom, published: publishedFrom },
    paragraphs,
    sentences,
    clutter: cleaned.clutter,
  };
}

/** Text files are often Markdown in disguise (a page saved by a Markdown clipper): headings and links tell. */
function looksLikeMarkdown(text: string): boolean {
  const headings = (text.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const links = (text.match(/\[[^\]\n]+\]\([^)\s]+\)/g) ?? []).length;
  return headings >= 1 && headings + links >= 2;
}
