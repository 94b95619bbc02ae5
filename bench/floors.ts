// What every evaluation on ../shared shares (rule 6 of the brief): a missing set is reported and skipped, never a
// failure; a figure below its floor sets exit status 1. `npm run eval` (bench/eval-all.ts) runs them all.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository, wherever the script is started from. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

/** True when `path` exists; otherwise prints "skipped: <name> absent" (the line `npm run eval` collects). */
export function present(path: string, name: string): boolean {
  if (existsSync(path)) return true;
  console.log(`skipped: ${name} absent (${path})`);
  return false;
}

export interface Floor {
  name: string;
  hit: number;
  total: number;
  floor: number;
}

/** Prints each figure against its floor and sets exit status 1 when any falls below. */
export function checkFloors(floors: Floor[]): boolean {
  let ok = true;
  for (const f of floors) {
    const share = f.total ? f.hit / f.total : 0;
    const below = share < f.floor;
    if (below) ok = false;
    console.log(
      `floor ${below ? 'BELOW' : 'met  '} ${f.name}: ${(100 * share).toFixed(1)}% (${f.hit}/${f.total}), floor ${(100 * f.floor).toFixed(0)}%`,
    );
  }
  if (!ok) process.exitCode = 1;
  return ok;
}
