// Runs figure extraction over articles of the scale corpus that mention deaths or refugees and prints every figure
// with its sentence, for checking by hand. Nothing from the corpus is written into the project.
//
//   npx tsx bench/check-figures.ts [--limit 300] [--skip 0] [--file ../shared/scale/allsides-article-bias-37554.jsonl.gz]
//
// --skip passes over that many matching articles first, so rules can be tuned on one sample and measured on another.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { buildArticle } from '../src/corpus/article';
import { extractFigures, type Figure } from '../src/extract/figures';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '300' },
    skip: { type: 'string', default: '0' },
    file: { type: 'string', default: '../shared/scale/allsides-article-bias-37554.jsonl.gz' },
    quiet: { type: 'boolean', default: false },
  },
});
const limit = Number(values.limit);
const skip = Number(values.skip);

// Articles about deaths or displacement: the ones whose figures matter.
const TOPIC =
  /\b(?:killed|dead|deaths?|death toll|died|refugees?|displaced|fled their homes|wounded|injured|casualties)\b/i;

interface Row {
  ID: string;
  source: string;
  date: string;
  title: string;
  content_original: string;
}

async function main() {
  const rl = createInterface({ input: createReadStream(values.file!).pipe(createGunzip()), crlfDelay: Infinity });
  let matched = 0;
  let checked = 0;
  const all: { row: Row; f: Figure }[] = [];
  const started = Date.now();
  for await (const line of rl) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    if (!row.content_original || !TOPIC.test(row.content_original)) continue;
    matched++;
    if (matched <= skip) continue;
    if (checked >= limit) break;
    checked++;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(row.date ?? '') ? row.date : undefined;
    const article = buildArticle({
      id: row.ID,
      file: `${row.ID}.txt`,
      format: 'txt',
      text: row.content_original,
      manifest: { file: `${row.ID}.txt`, published, title: row.title || undefined, outlet: row.source || undefined },
    });
    const figures = extractFigures(article);
    for (const f of figures) all.push({ row, f });
    if (!values.quiet && figures.length) {
      console.log(`\n## ${row.ID} | ${row.source} | ${row.date || '(no date)'} | ${row.title}`);
      for (const f of figures) {
        const bounds = `${f.low ?? '…'}–${f.high ?? '…'}`;
        console.log(
          `- [${f.metric}] "${f.display}" ${bounds} ${f.qualifier} | by: ${f.estimator ?? '—'} | as of ${f.asOf} (${f.asOfFrom}${f.history ? ', HISTORY' : ''})${f.population ? ` | part: ${f.population}` : ''}`,
        );
        console.log(`    ${f.sentence}`);
      }
    }
  }
  const count = <K extends string>(key: (f: Figure) => K) => {
    const m = new Map<K, number>();
    for (const { f } of all) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  };
  console.log(
    `\n# ${checked} articles checked (skipped ${skip}), ${all.length} figures in ${all.length ? new Set(all.map((x) => x.row.ID)).size : 0} articles, ${Date.now() - started} ms`,
  );
  console.log(
    'by metric:',
    count((f) => f.metric),
  );
  console.log(
    'by qualifier:',
    count((f) => f.qualifier),
  );
  console.log(
    'with an estimator:',
    all.filter((x) => x.f.estimator).length,
    '| history:',
    all.filter((x) => x.f.history).length,
    '| as-of from sentence:',
    all.filter((x) => x.f.asOfFrom === 'sentence').length,
  );
  console.log('top estimators:', count((f) => f.estimatorKey ?? '—').slice(0, 15));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
