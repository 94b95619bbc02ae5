// People (issue 16), from judgements a person wrote down before looking at whether the rules had changed them:
//  - clean speaker names: 200 names drawn at random from /quote's output on the first 3,000 scale articles, before
//    the rules (seed 1), on the development sample the rules were then tuned on (seed 2), on the draw scored once at
//    the end of the first round (seed 3, a development sample since), and on a fresh draw judged before any rule
//    was changed for it and scored once at the end of the second round (seed 4, a development sample since), and on
//    a fresh draw from main after round 4 (commit 809cbc8), judged by a judge who did not write or read the rules,
//    scored once (seed 5), and the same after round 5 (seed 6, a development sample since round 6), and after round
//    6 (seed 7, a development sample since round 7), and after round 7 (seed 8, commit a5d9ac0, a development
//    sample since round 8), and after round 8 (seed 9, commit aa76ea1, a development sample since round 9), and
//    after round 9 (seed 10, commit 0d42e73, a development sample since round 10), and after round 10 (seed 11,
//    commit a0ae0ff, a development sample since round 11), and after round 11 (seed 12, commit ea8591e, a
//    development sample since round 12), and after round 12 (seed 13, commit b0cc806, a development sample since
//    round 13), and after round 13 (seed 14, commit 8ebe8ae, a development sample since round 14); seed 15, drawn
//    after round 14 (commit 03f9b88) and judged the same way, is the untouched sample.
//    Floor: 97% clean on the newest untouched draw.
//  - person clusters: the 50 most-quoted people of 10,000 scale articles, each judged one person or not (purity,
//    floor 98%) and for how many of that person's quotations sit in their cluster rather than in another cluster
//    of the same person (completeness, floor 95%); judged after the first round (kept for the record) and again,
//    from a fresh run, after the second (Mrs. X, Jr., middle initials, nicknames), and after the third (rules
//    changed for the second round's impure clusters, so round 3 judges clusters those rules were written for); the
//    untouched samples of rounds 6, 7 and 8 (articles 10,001–37,554) are development samples since, and 10,000
//    articles drawn at random from the whole corpus (seed 11), judged after round 9 (commit 0d42e73) by a judge who
//    did not write or read the rules, are the untouched sample: every stretch of the corpus has been judged and
//    tuned on, so its articles overlap those stretches; its 50 most-quoted people are a different sample of people;
//    seed 11 is a development sample since round 10, seed 12 (judged after round 10, commit a0ae0ff) since round
//    11, seed 13 (judged after round 11, commit ea8591e) since round 12, seed 14 (judged after round 12, commit
//    b0cc806, also by reading every quotation whose sentence names another speaker) since round 13, seed 15 (judged
//    after round 13, commit 8ebe8ae, the same way and by wider listings) since round 14, and seed 16, judged after
//    round 14 (commit 03f9b88) the same two ways, is the untouched sample.
// These are judgements of a past output, not a re-run: the figures cannot regress by themselves, so the command says
// plainly which of the targets are not met and exits 0; re-judge fresh draws after changing the rules.
// Draw again with `npx tsx bench/people-sample.ts --seed N` and `npx tsx bench/people-clusters.ts`.
//   npm run eval:people
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCALE_FILE } from './scale';

const here = dirname(fileURLToPath(import.meta.url));
const read = (f: string) => (existsSync(join(here, f)) ? JSON.parse(readFileSync(join(here, f), 'utf8')) : null);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;

interface NameLabels {
  seed: number;
  names: { name: string; clean: boolean; why?: string }[];
}
interface ClusterLabels {
  articles: number;
  people: { key: string; name: string; pure: boolean; inCluster: number; elsewhere: number; note?: string }[];
}

function main(): number {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return 0;
  }
  let failed = false;
  for (const [file, what, floor] of [
    ['people-names-before.json', 'before the rules', null],
    ['people-names-dev.json', 'development sample', null],
    ['people-names-untouched.json', 'round 1 untouched, dev now', null],
    ['people-names-untouched-2.json', 'round 2 untouched, dev now', null],
    ['people-names-untouched-3.json', 'round 3 untouched, dev now', null],
    ['people-names-untouched-4.json', 'round 4 untouched, dev now', null],
    ['people-names-untouched-5.json', 'round 6 untouched, dev now', null],
    ['people-names-untouched-6.json', 'round 7 untouched, dev now', null],
    ['people-names-untouched-7.json', 'round 8 untouched, dev now', null],
    ['people-names-untouched-8.json', 'round 9 untouched, dev now', null],
    ['people-names-untouched-9.json', 'round 10 untouched, dev now', null],
    ['people-names-untouched-10.json', 'round 11 untouched, dev now', null],
    ['people-names-untouched-11.json', 'round 12 untouched, dev now', null],
    ['people-names-untouched-12.json', 'round 13 untouched, dev now', null],
    ['people-names-untouched-13.json', 'untouched sample', 0.97],
  ] as const) {
    const l: NameLabels | null = read(file);
    if (!l) {
      console.log(`clean names, ${what}: not judged yet (${file})`);
      continue;
    }
    const clean = l.names.filter((n) => n.clean).length;
    const short = floor !== null && clean / l.names.length < floor;
    console.log(
      `clean names, ${what} (seed ${l.seed})`.padEnd(52) +
        pct(clean, l.names.length) +
        (floor ? `   target ${floor * 100}%${short ? ': NOT MET' : ': met'}` : ''),
    );
    if (short) failed = true;
  }
  for (const [file, what, floor] of [
    ['people-clusters-judged.json', 'round 1, for the record', false],
    ['people-clusters-judged-2.json', 'round 2', true],
    // Round 3 was judged after rules were changed for round 2's misses: a figure on tuned-for clusters, not an
    // untouched sample.
    ['people-clusters-judged-3.json', "round 3, judged after rules were changed for round 2's misses", true],
    ['people-clusters-judged-4.json', 'round 6 untouched (articles 10,001–20,000), dev now', true],
    ['people-clusters-judged-5.json', 'round 7 untouched (articles 20,001–30,000), dev now', true],
    ['people-clusters-judged-6.json', 'round 8 untouched (articles 30,001–37,554), dev now', true],
    ['people-clusters-judged-7.json', 'round 9 untouched (10,000 articles at random, seed 11), dev now', true],
    // Round 10 re-judged by its rule writer on the same seed: a development figure.
    ['people-clusters-judged-8.json', 'round 10 on seed 11, re-judged by the rule writer (dev)', true],
    ['people-clusters-judged-9.json', 'round 10 untouched (10,000 articles at random, seed 12), dev now', true],
    ['people-clusters-judged-10.json', 'round 11 untouched (10,000 articles at random, seed 13), dev now', true],
    // Round 12's judge also read every quotation whose sentence names another speaker (judged-10 looked from roles
    // only): its purity is not comparable with earlier rounds' (42/50 from roles alone).
    ['people-clusters-judged-11.json', 'round 12 untouched (10,000 articles at random, seed 14), dev now', true],
    // Round 13's judge read the sentences round 12's script lists (40/50, comparable with round 12's 32/50) and three
    // wider listings (another speaker named anywhere, interviewers' questions, pronouns of the other sex): 23/50;
    // from roles alone no cluster is impure on this draw (50/50).
    ['people-clusters-judged-12.json', 'round 13 untouched (10,000 articles at random, seed 15), dev now', true],
    // Round 14's judge read the same two kinds of listing (judged-11's: 32/50; the wider ones: 23/50, the figure
    // recorded), and found another kind of spoiler: another speaker's statement filed under the person because an
    // entry's articles were merged by a shared phrase.
    ['people-clusters-judged-13.json', 'round 14 untouched (10,000 articles at random, seed 16)', true],
  ] as const) {
    const c: ClusterLabels | null = read(file);
    if (!c) {
      console.log(`person clusters, ${what}: not judged yet (${file})`);
      continue;
    }
    const pure = c.people.filter((p) => p.pure).length;
    const inCluster = c.people.reduce((n, p) => n + p.inCluster, 0);
    const all = c.people.reduce((n, p) => n + p.inCluster + p.elsewhere, 0);
    const each = c.people.filter((p) => p.inCluster >= 0.95 * (p.inCluster + p.elsewhere)).length;
    const target = (ok: boolean) => (floor ? (ok ? ': met' : ': NOT MET') : '');
    console.log(`clusters of the ${c.people.length} most quoted (${c.articles} articles), ${what}`);
    console.log(
      `  purity (one person each)`.padEnd(52) +
        pct(pure, c.people.length) +
        `   target 98%${target(pure / c.people.length >= 0.98)}`,
    );
    console.log(
      `  completeness (their quotations in it)`.padEnd(52) +
        pct(inCluster, all) +
        `   target 95%${target(inCluster / all >= 0.95)}; people with 95%+ in one cluster: ${each}/${c.people.length}`,
    );
    if (floor && (pure / c.people.length < 0.98 || inCluster / all < 0.95)) failed = true;
  }
  if (failed)
    console.log(
      'Some targets of issue 16 are not met (see above); judged samples, so nothing here can regress: exit 0.',
    );
  return 0;
}

process.exit(main());
