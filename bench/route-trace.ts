// What round 9's route (retrieval proposes, the reading vetoes: retrievedRoute in src/answers/sources.ts) listed for
// one answer, told by a light trace: the articles it added, each with the features a cut on it could read (its index
// score as a share of the top one's, how many articles the index scored near the top, the listed passage's shares).
// A light trace reads no passage a shortcut skips, so each answer costs what the bot's does.
import { answerSources, type SourcesBook, type SourcesTrace } from '../src/answers/sources';

export interface RouteListing {
  id: string;
  /** How many articles the route listed for this claim. */
  routeKept: number;
  share?: number;
  near?: number[];
  passage?: SourcesTrace['passages'][number];
}

/** answerSources, with the route's own listings beside the answer (id → what decided it). */
export function askTraced(book: SourcesBook, claim: string) {
  const routed = new Map<string, SourcesTrace>();
  const answer = answerSources(book, claim, {
    trace: (t) => {
      if (t.stage === 'retrieved' && t.kept) routed.set(t.id, t);
    },
    thorough: false,
  });
  const route = (id: string): RouteListing | undefined => {
    const r = routed.get(id);
    return r && { id, routeKept: routed.size, share: r.share, near: r.near, passage: r.passages[0] };
  };
  return { answer, route };
}
