// Draws the judged seeds of bench/people-names-*.json again from today's output, for a person to re-judge after
// a rule changed: each drawn name is printed with the label it was given in any judged file (same name in the
// same article; "?" when no judge has seen it), its article and sentence. The extraction of the articles is kept
// in a file outside the project (--cache), so a change to the corpus-wide merge alone is re-drawn in seconds;
// delete the file after changing the per-article extraction (speakers.ts, names.ts). Names and labels only go
// to the terminal; article texts are never saved in the project.
//   npx tsx bench/people-redraw.ts [--seeds 1,2,3,4,5] [--articles 3000] [--cache /tmp/prep3000.bin] > /tmp/redraw.jsonl
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScale, SCALE_FILE } from './scale';
import { arg, draw, scaleQuotes, speakerNames, surnameHint } from './people-sample';

interface Judged {
  name: string;
  article: string;
  clean: boolean;
  why?: string;
}

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return;
  }
  const seeds = arg('seeds', '1,2,3,4,5').split(',').map(Number);
  const n = Number(arg('n', '200'));
  const { articles } = await loadScale(Number(arg('articles', '3000')));
  const where = speakerNames(articles, await scaleQuotes(articles, arg('cache', '')));
  const here = dirname(fileURLToPath(import.meta.url));
  // The latest judge first: where two judges labelled one name differently, the later (stricter) label stands.
  const judged: Judged[] = readdirSync(here)
    .filter((f) => /^people-names-.*\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(here, f), 'utf8')) as { seed: number; names: Judged[] })
    .sort((a, b) => b.seed - a.seed)
    .flatMap((f) => f.names);
  const label = (name: string, article: string) =>
    judged.find((j) => j.name === name && j.article === article) ??
    (name.includes(' ') ? judged.find((j) => j.name === name) : undefined);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const names = [...where.keys()].sort();
  console.error(`distinct speaker names ${names.length}`);
  for (const seed of seeds) {
    let clean = 0;
    let unjudged = 0;
    for (const name of draw(names, n, seed)) {
      const w = where.get(name)!;
      const j = label(name, w.article);
      if (!j) unjudged++;
      else if (j.clean) clean++;
      console.log(
        JSON.stringify({
          seed,
          label: j ? (j.clean ? 'clean' : 'NOT') : '?',
          name,
          kind: w.kind,
          article: w.article,
          sentence: w.sentence,
          hint: surnameHint(name, byId.get(w.article)!),
          why: j?.why,
        }),
      );
    }
    console.error(`seed ${seed}: judged before and clean ${clean}, not clean ${n - clean - unjudged}, new ${unjudged}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
