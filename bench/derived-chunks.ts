// `npx tsx bench/derived-chunks.ts DIR`: the saved answers of DIR (format 6: the quotation entries and scare quotes
// one list each) written again in format 7 (each list in chunks, a speaker's entries together), nothing else changed:
// the same book, indexes and parts, so that a restart of this build reads the very state an earlier build read, and
// their answers can be compared byte for byte without building the cross-article parts again (at 37,554 articles,
// over 500 s of CPU). A measuring tool: the bot itself rebuilds a state of an earlier format.
import { join } from 'node:path';
import { SectionFile, writeSections } from '../src/answers/section-file';
import { DERIVED_FILE, chunkedList, chunking } from '../src/answers/derived-state';
import { defaultStateDir } from '../src/answers/live';
import { fromColumns, type Columns } from '../src/answers/columns';
import type { QuoteEntry } from '../src/answers/types';

const [dir] = process.argv.slice(2);
const path = join(defaultStateDir(dir), DERIVED_FILE);
const file = SectionFile.open(path)!;
if (file.fields.formatVersion !== 6) throw new Error(`${path}: format ${String(file.fields.formatVersion)}, not 6`);
const { speakerOf } = file.read<{ speakerOf: (number | null)[] }>('quote');
function* sections(): Generator<[string, unknown]> {
  for (const name of file.names) {
    if (name === 'quotes' || name === 'scare') {
      const list = fromColumns<QuoteEntry>(file.read<Columns>(name));
      yield* chunkedList(name, list, name === 'quotes' ? speakerOf : null, chunking.rows);
    } else if (name === 'quote') {
      // read above: the same section again
      const again = SectionFile.open(path)!;
      yield [name, again.read(name)];
      again.close();
    } else yield [name, file.read(name)];
  }
}
await writeSections(path, { ...file.fields, formatVersion: 7, chunkRows: chunking.rows }, sections());
console.log(`${path}: written in format 7`);
