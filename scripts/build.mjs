// `npm run build`: src/ compiled by tsc into dist/, runnable by plain Node with no development dependency.
// The sources import each other without extensions (moduleResolution "Bundler": tsx and vitest resolve them), which
// Node's ESM loader does not; so after tsc, each relative specifier in dist/ gets the extension of the file it names
// ('./load' → './load.js', './commands' → './commands/index.js'), and a sibling named as 'x.ts' in a string (the
// worker tasks: new URL('./build-task.ts', import.meta.url)) is pointed at its compiled 'x.js'. A specifier that
// names no compiled file stops the build. worker.mjs, plain JavaScript already, is copied as it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

rmSync(DIST, { recursive: true, force: true });
const compiled = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const problems = [];
let rewritten = 0;
for (const file of walk(DIST).filter((f) => f.endsWith('.js'))) {
  const here = dirname(file);
  const source = readFileSync(file, 'utf8');
  const withSpecifiers = source.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*)\2/g,
    (all, lead, q, spec) => {
      if (/\.(?:m?js|cjs|json)$/.test(spec)) return all;
      const target = [`${spec}.js`, `${spec}/index.js`].find((s) => existsSync(resolve(here, s)));
      if (!target) {
        problems.push(`${relative(ROOT, file)}: ${spec}`);
        return all;
      }
      rewritten++;
      return `${lead}${q}${target}${q}`;
    },
  );
  const withTasks = withSpecifiers.replace(/(['"])((?:\.\.?\/)?[\w./-]+)\.ts\1/g, (all, q, base) => {
    if (!existsSync(resolve(here, `${base}.js`))) return all;
    rewritten++;
    return `${q}${base}.js${q}`;
  });
  if (withTasks !== source) writeFileSync(file, withTasks);
}
for (const f of walk(join(ROOT, 'src')).filter((f) => f.endsWith('.mjs')))
  copyFileSync(f, join(DIST, relative(join(ROOT, 'src'), f)));
if (problems.length) {
  console.error(`build: ${problems.length} import(s) name no compiled file:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`build: dist/ written (${rewritten} specifiers given their .js extension)`);
