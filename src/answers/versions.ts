// The code versions that stamp the saved state: a hash of the source of each layer whose output is saved, plus the
// versions of the libraries that layer runs on. Hashing the code itself, rather than a number someone must remember
// to bump, means any edit to the cleaner or an extractor invalidates what it built, and nothing else.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StateVersions } from './saved-state';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CODE = /\.(?:ts|js|mjs|json)$/;

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) hashTree(hash, path);
    else if (CODE.test(name)) hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  }
}

function dependencies(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(join(HERE, up), 'utf8')) as { dependencies?: Record<string, string> };
      if (pkg.dependencies) return JSON.stringify(pkg.dependencies);
    } catch {
      // not there: try the next
    }
  }
  return '';
}

let cached: StateVersions | null = null;

export function stateVersions(): StateVersions {
  if (cached) return cached;
  const deps = dependencies();
  const corpus = createHash('sha256').update(deps);
  hashTree(corpus, join(HERE, '../corpus'));
  const extract = createHash('sha256').update(deps);
  hashTree(extract, join(HERE, '../extract'));
  for (const f of ['prepare.ts', 'prepare.js', 'prepare-task.ts', 'prepare-task.js']) {
    try {
      extract.update(readFileSync(join(HERE, f)));
    } catch {
      // the other extension
    }
  }
  const corpusVersion = corpus.digest('hex').slice(0, 16);
  // Extraction reads the built articles: a corpus change invalidates it too.
  const extractVersion = extract.update(corpusVersion).digest('hex').slice(0, 16);
  // The cross-article parts are made by the answering code from both.
  const answers = createHash('sha256').update(deps).update(extractVersion);
  hashTree(answers, HERE);
  cached = { corpus: corpusVersion, extract: extractVersion, answers: answers.digest('hex').slice(0, 16) };
  return cached;
}
