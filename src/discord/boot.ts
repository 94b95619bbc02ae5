// What every Discord transport does first: load the corpus and build the answers, once.
import { loadCorpus, formatWarning } from '../corpus/load';
import { buildCoverage, type Coverage } from '../answers/coverage';
import type { Logger } from './log';

export async function loadCoverage(dataDir: string, logger?: Logger): Promise<Coverage> {
  const t = performance.now();
  const corpus = await loadCorpus(dataDir);
  for (const w of corpus.warnings) logger?.warn({ file: w.file }, `corpus: ${formatWarning(w)}`);
  const coverage = buildCoverage(corpus);
  logger?.info({ dataDir, articles: corpus.articles.length, warnings: corpus.warnings.length, ms: Math.round(performance.now() - t) }, `corpus loaded from ${dataDir}`);
  return coverage;
}
