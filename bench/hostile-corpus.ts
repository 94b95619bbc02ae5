// Fixture generator for issue 15's corpus input: a folder of hostile files (deep HTML, a file of very many short
// sentences, an oversized file, Chinese and Japanese articles, Latin-1 text, symlinks in and out of the folder,
// a manifest with an entry nested 100,000 deep, impossible dates, a javascript: URL, control sequences in a file
// name) beside good articles. Every good article must load; every bad file or field must be named.
//
//   npx tsx bench/hostile-corpus.ts OUT_DIR [--full]      (--full: a million sentences, as the issue probed)
//
// test/hostile-corpus.test.ts writes a small one; bench/hostile.ts times the full one.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HostileCorpus {
  dir: string;
  /** Files that must load as articles. */
  good: string[];
  /** Files that must be skipped, each named in a warning. */
  bad: string[];
  /** Manifest entries (index, field) that must be reported, the entry's other fields kept. */
  badFields: { entry: number; field: string; file: string }[];
  /** The file of many short sentences (kept, and cleaned in linear time). */
  manySentences: string;
}

export interface HostileOptions {
  /** Short sentences in the one-sentence-a-line file: 1,000,000 as in the issue, fewer for the tests. */
  sentences?: number;
  /** Bytes of the oversized file (it must be over the cap the loader is given). */
  oversize?: number;
}

// Invented reporting, written for this fixture (no corpus text is copied).
const P = [
  'The city council voted on Tuesday to extend the curfew for another two weeks, officials said after the meeting.',
  '"We are doing everything we can to keep people safe," the mayor told reporters outside the town hall on Tuesday.',
  'About 1,200 residents have left their homes since the river first rose last month, according to the relief agency.',
  'Engineers worked through the night to reinforce the levees along the southern bank, and the water began to fall by dawn.',
];
const article = (lead: string) => [lead, ...P].join('\n\n') + '\n';
const html = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Flood update</title>${head}</head><body>${body}</body></html>`;
const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
const paras = (lead: string) => [lead, ...P].map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('');

// Chinese and Japanese reporting, written for this fixture.
const CHINESE = [
  '市议会星期二投票决定将宵禁再延长两个星期，官员在会后表示，这一决定得到了大多数议员的支持。',
  '市长在市政厅外对记者说：“我们正在尽一切努力保障市民的安全，救援队伍已经全部到位。”',
  '据救援机构统计，自上个月河水开始上涨以来，已有大约一千二百名居民离开了自己的家园。',
  '工程人员连夜加固南岸的堤坝，到黎明时分，河水的水位开始回落，附近的道路也重新开放。',
].join('\n\n');
const JAPANESE = [
  '市議会は火曜日、夜間外出禁止令をさらに二週間延長することを決めたと、当局者が会合の後で明らかにした。',
  '市長は市庁舎の前で記者団に対し「市民の安全を守るためにできることはすべてやっている」と述べた。',
  '救援団体によると、先月川の水位が上がり始めてから、およそ千二百人の住民が自宅を離れたという。',
  '技術者たちは夜を徹して南岸の堤防を補強し、夜明けまでには水位が下がり始めたと伝えられている。',
].join('\n\n');

export async function writeHostileCorpus(dir: string, options: HostileOptions = {}): Promise<HostileCorpus> {
  const sentences = options.sentences ?? 1_000_000;
  const oversize = options.oversize ?? 9 * 1024 * 1024;
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'archive'), { recursive: true });
  const outside = join(dirname(dir), `${dir.split('/').pop()}-outside.txt`);
  const good: string[] = [];
  const bad: string[] = [];
  const put = async (name: string, content: string | Buffer, kind: 'good' | 'bad') => {
    await writeFile(join(dir, name), content);
    (kind === 'good' ? good : bad).push(name);
  };

  // Good articles, one of each format.
  await put(
    'good-plain.txt',
    article('Flood waters rose across the valley on Sunday, and thousands of residents left their homes.'),
    'good',
  );
  await put(
    'good-notes.md',
    `# Levees Hold Overnight\n\n${article('The levees held overnight as the river crested just below the top of the southern bank.')}`,
    'good',
  );
  await put(
    'good-page.html',
    html(
      `<nav><a href="/">Home</a></nav><article><h1>Flood update</h1>${paras('Rescue boats reached the last stranded families on Monday morning.')}</article>`,
    ),
    'good',
  );
  // The same article nested 1,000, 10,000 and 100,000 elements deep: Readability takes seconds, overflows its
  // stack, or hangs on these; the article must still be read.
  for (const depth of [1_000, 10_000, 100_000]) {
    await put(
      `deep-${depth}.html`,
      html(
        nested(
          depth,
          paras(`A page nested ${depth} elements deep still carries its report, officials said on Monday.`),
        ),
      ),
      'good',
    );
  }
  // A file of very many one-line sentences: cleaning must be linear, and it is reporting, not furniture.
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) lines.push(`Water fell ${i % 97} cm overnight.`);
  const manySentences = 'many-sentences.txt';
  await put(manySentences, lines.join('\n') + '\n', 'good');
  // Chinese and Japanese articles (a run of Han characters is a whole sentence, not one word).
  await put('chinese.txt', CHINESE + '\n', 'good');
  await put('japanese.txt', JAPANESE + '\n', 'good');
  // Latin-1 (not UTF-8): "Café", "Señor", "naïve" as single bytes.
  await put(
    'latin1.txt',
    Buffer.from(
      article('The Café Müller on the riverside reopened on Monday, its owner, Señor García, said with naïve delight.'),
      'latin1',
    ),
    'good',
  );
  // A symlink inside the folder to a file inside it (followed), and one to a file outside it (refused).
  await writeFile(
    join(dir, 'archive', 'linked-target.txt'),
    article('An archived report linked into the folder is an article like any other, the archivist said.'),
  );
  await symlink(join('archive', 'linked-target.txt'), join(dir, 'linked-inside.txt'));
  good.push('linked-inside.txt');
  await writeFile(outside, article('This file lies outside the corpus folder and must never be read through a link.'));
  await symlink(outside, join(dir, 'linked-outside.txt'));
  bad.push('linked-outside.txt');
  // Bad files.
  await put('empty.txt', '', 'bad');
  await put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]), 'bad');
  await put('furniture-only.txt', 'Subscribe now\n\nShare this\n\nSign in\n', 'bad');
  await put('oversize.txt', 'Officials said the water fell overnight. '.repeat(Math.ceil(oversize / 41)), 'bad');
  // A file name carrying a terminal escape sequence (clear screen, red): named, never echoed raw.
  await put('escape-\u001b[2J\u001b[31m-name.txt', '', 'bad');

  // The manifest: a title nested 100,000 deep, impossible dates, a javascript: URL; each entry's other fields kept.
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const entries: Record<string, unknown>[] = [
    { file: 'good-plain.txt', outlet: 'Valley Courier', title: deep },
    { file: 'good-notes.md', outlet: 'River Post', published: '2012-02-30' },
    { file: 'good-page.html', outlet: 'Delta News', published: '2012-04-31T25:99:99Z', url: 'javascript:alert(1)' },
    { file: 'chinese.txt', outlet: 'Harbour Daily', published: '0001-01-01' },
    { file: 'japanese.txt', outlet: 'Bay Shimbun', published: '2012-03-13', url: 'https://example.com/bay' },
  ];
  const badFields = [
    { entry: 0, field: 'title', file: 'good-plain.txt' },
    { entry: 1, field: 'published', file: 'good-notes.md' },
    { entry: 2, field: 'published', file: 'good-page.html' },
    { entry: 2, field: 'url', file: 'good-page.html' },
    { entry: 3, field: 'published', file: 'chinese.txt' },
  ];
  // JSON.stringify would overflow on the deep title; write it by hand.
  const json = entries
    .map((e) =>
      e.title === deep
        ? `{"file":"good-plain.txt","outlet":"Valley Courier","title":${'['.repeat(100_000)}"bottom"${']'.repeat(100_000)}}`
        : JSON.stringify(e),
    )
    .join(',\n');
  await writeFile(join(dir, 'corpus.json'), `{"articles": [\n${json}\n]}\n`);
  return { dir, good, bad, badFields, manySentences };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx bench/hostile-corpus.ts OUT_DIR [--full]');
    process.exit(2);
  }
  const c = await writeHostileCorpus(out, { sentences: process.argv.includes('--full') ? 1_000_000 : 200_000 });
  console.log(
    `${out}: ${c.good.length} good files, ${c.bad.length} bad ones, ${c.badFields.length} bad manifest fields`,
  );
}
