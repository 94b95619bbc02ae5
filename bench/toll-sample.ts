// Draws the /toll evaluation samples from ../shared/scale at random (seeded), before any output of the bot is seen.
// The pool: dated articles with a sentence that holds both a casualty or displacement word and a number (the
// articles "mentioning deaths, injuries or refugees" with a figure a reader could list). Prints the chosen ids;
// with --show, each article's sentences for a person to read and label (to the terminal only, never into the
// repository).
//
//   npx tsx bench/toll-sample.ts --seed 10 --count 40 [--skip 0] [--show]
import { parseArgs } from 'node:util';
import { buildArticle } from '../src/corpus/article';
import { readScale, rng, type ScaleRecord } from './scale';

export const TOPIC =
  /\b(?:killed|killing|dead|deaths?|death toll|died|dying|refugees?|displaced|fled|wounded|injured|injuries|casualties|bodies|lives)\b/i;
export const NUMBERISH =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens|million|millions|scores)\b/i;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function inPool(rec: ScaleRecord): boolean {
  if (!rec.content_original || !rec.date || !ISO.test(rec.date)) return false;
  return rec.content_original.split(/(?<=[.!?])\s+|\n+/).some((s) => TOPIC.test(s) && NUMBERISH.test(s));
}

/** Ids of the pool in a seeded random order. */
export async function drawPool(seed: number): Promise<{ ids: string[]; records: Map<string, ScaleRecord> }> {
  const records = new Map<string, ScaleRecord>();
  for await (const rec of readScale()) if (rec && typeof rec.ID === 'string' && inPool(rec)) records.set(rec.ID, rec);
  const ids = [...records.keys()].sort();
  const r = rng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return { ids, records };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '10' },
      count: { type: 'string', default: '40' },
      skip: { type: 'string', default: '0' },
      show: { type: 'boolean', default: false },
    },
  });
  const { ids, records } = await drawPool(Number(values.seed));
  const chosen = ids.slice(Number(values.skip), Number(values.skip) + Number(values.count));
  console.log(`# pool ${ids.length} articles; seed ${values.seed}, ${chosen.length} from ${values.skip}`);
  chosen.forEach((id, n) => {
    const rec = records.get(id)!;
    console.log(`\n## ${n} ${id} | ${rec.source} | ${rec.date} | ${rec.title}`);
    if (!values.show) return;
    const a = buildArticle({
      id,
      file: `${id}.txt`,
      format: 'txt',
      text: rec.content_original!,
      manifest: {
        file: `${id}.txt`,
        published: rec.date,
        title: rec.title || undefined,
        outlet: rec.source || undefined,
      },
    });
    a.sentences.forEach((s, i) => {
      const hot =
        NUMBERISH.test(s.text) &&
        /kill|dead|death|die|wound|injur|hurt|refugee|displac|fle[de]|flee|detain|arrest|jail|prison|missing|casualt|bod(?:y|ies)|victim|lives|toll|hospital|treated|symptom|patient|massacre|shot|slain|murder|execut|homeless|evacuat|migrant|asylum|lost|sick|gas|captur|abduct|kidnap|hostage/i.test(
          s.text,
        );
      console.log(`${hot ? '*' : ' '}${i} ${s.text}`);
    });
  });
}
