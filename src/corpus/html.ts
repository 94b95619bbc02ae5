// Saved HTML pages: Mozilla's Readability (the engine of Firefox's reader view) finds the article over a
// linkedom DOM; we then walk its output block by block so paragraphs stay paragraphs. Metadata comes from what
// the page declares (<meta property="article:published_time">, og:site_name, <time datetime>).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlPage {
  blocks: string[];
  title: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
}

const BLOCK_TAGS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

export function readHtml(html: string): HtmlPage {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => {
    const el = document.querySelector(selector);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    return v && v.trim() ? v.trim() : null;
  };
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('time[datetime]');
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const ogTitle = meta('meta[property="og:title"]');

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const blocks: string[] = [];
  const source = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : document;
  const body = source.body ?? source.documentElement;
  if (body) {
    for (const el of body.querySelectorAll(BLOCK_TAGS)) {
      // Skip containers whose text is also inside a nested block (an <li> holding <p>s).
      if (el.querySelector(BLOCK_TAGS)) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
    if (blocks.length === 0) {
      const text = body.textContent ?? '';
      blocks.push(...text.split(/\n\s*\n/).map((t: string) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
    }
  }
  return {
    blocks,
    title: article?.title?.trim() || ogTitle || document.querySelector('title')?.textContent?.trim() || null,
    siteName: article?.siteName?.trim() || siteName,
    published,
    url,
  };
}
