// Autocomplete choices: at most 25, names and values 1 to 100 characters, answered from memory.
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Coverage } from '../answers/coverage';
import { LIMITS, plain } from './limits';

export function choice(name: string, value: string): APIApplicationCommandOptionChoice<string> | null {
  const v = plain(value, LIMITS.choiceValue);
  const n = plain(name, LIMITS.choiceName);
  if (!v || !n) return null;
  return { name: n, value: v };
}

function uniqueChoices(
  list: (APIApplicationCommandOptionChoice<string> | null)[],
): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const c of list) {
    if (!c || seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c);
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}

/**
 * Persons whose name starts with what was typed (Discord still accepts free text, so words can be asked too), each
 * with a role to tell namesakes apart ("Donald Trump (President)", "Donald Trump Jr. (businessman)") and how much
 * they said. Two persons under one name are told apart by their ids, which /quote also takes.
 */
export function speakerChoices(coverage: Coverage, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const prefix = typed.trim().slice(0, 100);
  let speakers: ReturnType<Coverage['speakers']> = [];
  try {
    speakers = coverage.speakers(prefix || undefined);
  } catch {
    speakers = [];
  }
  const top = speakers.slice(0, 50);
  const sameName = new Map<string, number>();
  for (const s of top) sameName.set(s.name, (sameName.get(s.name) ?? 0) + 1);
  const list = top.map((s) => {
    const role = s.role ? ` (${s.role})` : '';
    const count = ` · ${s.count} quotation${s.count === 1 ? '' : 's'}`;
    // Keep the count visible when a long name or role must be cut.
    const name = plain(`${s.name}${role}`, LIMITS.choiceName - count.length) + count;
    return choice(name, (sameName.get(s.name) ?? 0) > 1 && s.id ? s.id : s.name);
  });
  return uniqueChoices(list);
}

export function outlets(coverage: Coverage): string[] {
  const set = new Map<string, number>();
  for (const a of coverage.corpus.articles) if (a.outlet) set.set(a.outlet, (set.get(a.outlet) ?? 0) + 1);
  return [...set.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
}

export function outletChoices(coverage: Coverage, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const q = typed.trim().toLowerCase();
  const all = outlets(coverage);
  const starts = all.filter((o) => o.toLowerCase().startsWith(q));
  const contains = all.filter((o) => !o.toLowerCase().startsWith(q) && o.toLowerCase().includes(q));
  return uniqueChoices([...starts, ...contains].map((o) => choice(o, o)));
}

const estimatorCache = new WeakMap<Coverage, [string, number][]>();

/** The sources of the corpus's estimates, most figures first (cached per corpus state). */
export function estimators(coverage: Coverage): [string, number][] {
  let list = estimatorCache.get(coverage);
  if (!list) {
    const answer = coverage.toll();
    const counts = new Map<string, number>();
    for (const e of [...answer.estimates, ...(answer.history ?? []), ...(answer.undated ?? [])])
      if (e.estimator) counts.set(e.estimator, (counts.get(e.estimator) ?? 0) + 1);
    list = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    estimatorCache.set(coverage, list);
  }
  return list;
}

/** Estimators whose name starts with, then contains, what was typed, with how many figures each gave. */
export function estimatorChoices(coverage: Coverage, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const q = typed.trim().toLowerCase();
  const all = estimators(coverage);
  const starts = all.filter(([e]) => e.toLowerCase().startsWith(q));
  const contains = all.filter(([e]) => !e.toLowerCase().startsWith(q) && e.toLowerCase().includes(q));
  return uniqueChoices(
    [...starts, ...contains].map(([e, n]) => {
      const count = ` · ${n} figure${n === 1 ? '' : 's'}`;
      return choice(plain(e, LIMITS.choiceName - count.length) + count, e);
    }),
  );
}
