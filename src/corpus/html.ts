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

/**
 * Past these, a page is not given to Readability (which walks the DOM recursively and rescans ancestors: 1,000
 * nested elements cost seconds and 10,000 overflow the stack) but read by the linear reader below. Real news
 * pages nest some 20 to 60 deep and hold a few thousand elements.
 */
export const MAX_DOM_DEPTH = 150;
export const MAX_ELEMENTS = 15_000;
/**
 * Readability's time grows with elements times depth (it scores each paragraph's ancestors and rescans them):
 * measured on this (busy) machine, 4,900 elements 62 deep took 2.4 s, 9,300 elements 32 deep 7.7 s and 9,600
 * elements 17 deep 3.8 to 6.4 s. Past this product (a page of 3,000 elements 40 deep) the linear reader is used,
 * which bounds the time one page can cost; the cleaner then sorts its blocks as it does a text file's.
 */
export const MAX_ELEMENTS_TIMES_DEPTH = 120_000;

export function readHtml(html: string): HtmlPage {
  const shape = htmlShape(html);
  if (
    shape.depth > MAX_DOM_DEPTH ||
    shape.elements > MAX_ELEMENTS ||
    shape.depth * shape.elements > MAX_ELEMENTS_TIMES_DEPTH
  ) {
    return readHtmlLinear(html);
  }
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
  const url =
    meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const ogTitle = meta('meta[property="og:title"]');

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch {
    // Readability has already taken the page apart by now: read the original HTML instead.
    const linear = readHtmlLinear(html);
    return {
      ...linear,
      title: linear.title ?? ogTitle,
      siteName: linear.siteName ?? siteName,
      published: linear.published ?? published,
      url: linear.url ?? url,
    };
  }
  const blocks: string[] = [];
  const source = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document
    : document;
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
      blocks.push(
        ...text
          .split(/\n\s*\n/)
          .map((t: string) => t.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
    }
  }
  if (blocks.length === 0) blocks.push(...htmlBlocks(html));
  return {
    blocks,
    title: article?.title?.trim() || ogTitle || document.querySelector('title')?.textContent?.trim() || null,
    siteName: article?.siteName?.trim() || siteName,
    published,
    url,
  };
}

// ---------------------------------------------------------------------------------------------------------
// A linear reader for pages Readability cannot take: one pass over the tags, no tree, no recursion.

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][\w:-]*)((?:[^>"'<]|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
// Elements that HTML closes by itself ("<p>one<p>two"), so they are not counted as nesting.
const SELF_CLOSING = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'body',
  'html',
  'title',
  'caption',
  'summary',
]);
// Contents that are never the article's text.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'iframe',
  'object',
  'select',
  'textarea',
  'button',
]);

/** Nesting depth and element count, in one pass over the tags (no DOM is built). */
export function htmlShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name)) {
      if (!m[1]) elements++;
      continue;
    }
    if (m[1]) depth = Math.max(0, depth - 1);
    else {
      elements++;
      if (!m[3].endsWith('/')) max = Math.max(max, ++depth);
    }
  }
  return { depth: max, elements };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  szlig: 'ß',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The page's text as blocks, broken at block-level tags, leaving out scripts, styles and the head. */
export function htmlBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = decodeEntities(current.join('')).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = [];
  };
  let skipping: string | null = null;
  let skipDepth = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (skipping === null && m.index > last) current.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (skipping !== null) {
      if (name === skipping) skipDepth += m[1] ? -1 : 1;
      if (skipDepth === 0) skipping = null;
      continue;
    }
    if (SKIP.has(name) && !m[1] && !m[3].endsWith('/')) {
      skipping = name;
      skipDepth = 1;
      continue;
    }
    if (BLOCK.has(name)) flush();
  }
  if (skipping === null && last < html.length) current.push(html.slice(last));
  flush();
  return blocks;
}

/** The page read without a DOM: its blocks, and the metadata its <title> and <meta> tags declare. */
export function readHtmlLinear(html: string): HtmlPage {
  const metas = new Map<string, string>();
  let title: string | null = null;
  let canonical: string | null = null;
  const attr = (attrs: string, name: string) =>
    attrs
      .match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
      ?.slice(1)
      .find((v) => v !== undefined) ?? null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (m[1] || !name) continue;
    if (name === 'meta') {
      const key = attr(m[3], 'property') ?? attr(m[3], 'name') ?? attr(m[3], 'itemprop');
      const content = attr(m[3], 'content');
      if (key && content?.trim() && !metas.has(key.toLowerCase()))
        metas.set(key.toLowerCase(), decodeEntities(content.trim()));
    } else if (name === 'link' && /canonical/i.test(attr(m[3], 'rel') ?? '')) canonical ??= attr(m[3], 'href');
    else if (name === 'title' && title === null) {
      const end = html.indexOf('</', TAG.lastIndex);
      title =
        decodeEntities(html.slice(TAG.lastIndex, end < 0 ? undefined : Math.min(end, TAG.lastIndex + 500)))
          .replace(/\s+/g, ' ')
          .trim() || null;
    } else if (name === 'time' && !metas.has('time')) {
      const dt = attr(m[3], 'datetime');
      if (dt) metas.set('time', dt);
    }
  }
  const published =
    ['article:published_time', 'datepublished', 'date', 'pubdate', 'time'].map((k) => metas.get(k)).find(Boolean) ??
    null;
  return {
    blocks: htmlBlocks(html).filter((b) => b !== title),
    title: metas.get('og:title') ?? title,
    siteName: metas.get('og:site_name') ?? metas.get('application-name') ?? null,
    published,
    url: metas.get('og:url') ?? canonical,
  };
}
