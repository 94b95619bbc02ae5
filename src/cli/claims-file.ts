// The claims of a batch (`ask -- sources --claims FILE`): one claim a line, or JSON Lines with a `query` field
// (the form of ../shared/*/gold.json's entries), blank lines and lines starting with # skipped.
import { readFileSync } from 'node:fs';

export class ClaimsFileError extends Error {}

export function readClaimsFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ClaimsFileError(
      `${path}: cannot read the claims file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  const claims: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('{')) {
      let q: unknown;
      try {
        q = (JSON.parse(line) as { query?: unknown }).query;
      } catch {
        throw new ClaimsFileError(`${path}, line ${i + 1}: not valid JSON`);
      }
      if (typeof q !== 'string' || !q.trim())
        throw new ClaimsFileError(`${path}, line ${i + 1}: a JSON line needs a "query" string`);
      claims.push(q.trim());
    } else claims.push(line);
  });
  if (claims.length === 0) throw new ClaimsFileError(`${path}: no claims in the file`);
  return claims;
}
