// What every Discord transport does first: load the corpus and build the answers, once.
import { loadCorpus, formatWarning } from '../corpus/load';
import { prepareCoverage, type Coverage } from '../answers/coverage';
import type { Logger } from './log';

export async function loadCoverage(dataDir: string, logger?: Logger): Promise<Coverage> {
  const t = performance.now();
  const corpus = await loadCorpus(dataDir);
  for (const w of corpus.warnings) logger?.warn({ file: w.file }, `corpus: ${formatWarning(w)}`);
  const coverage = await prepareCoverage(corpus);
  // Answers computed lazily on first use (copy families, the speaker list) are computed now, not inside
  // Discord's three seconds for the first user who asks.
  const w = performance.now();
  try {
    coverage.articles();
    coverage.speakers('');
  } catch (err) {
    logger?.warn({ err }, 'warming the answers failed; they will be computed on first use');
  }
  logger?.debug({ ms: Math.round(performance.now() - w) }, 'answers warmed');
  logger?.info({ dataDir, articles: corpus.articles.length, warnings: corpus.warnings.length, ms: Math.round(performance.now() - t) }, `corpus loaded from ${dataDir}`);
  return coverage;
}
