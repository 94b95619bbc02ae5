// Following a story: what a corpus update brought that a subscription asks about. Pure: given the answers before and
// after an update, the new estimates (toll), the new quotations of a person (quote) or the new articles carrying a
// claim (sources). The transports store subscriptions and post the news.
import type { Coverage } from './coverage';
import type { Estimate, Metric, QuoteEntry, SourceMatch } from './types';

export type FollowKind = 'toll' | 'quote' | 'sources';

export interface Subscription {
  id: string;
  kind: FollowKind;
  /** toll: one metric, or all when absent. */
  metric?: Metric;
  /** quote: the person, as /quote takes it. */
  speaker?: string;
  /** sources: the claim, as /sources takes it. */
  claim?: string;
  channelId: string;
  guildId: string | null;
  createdBy: string;
  created: string;
}

export type FollowNews =
  | { kind: 'toll'; subscription: Subscription; estimates: Estimate[] }
  | { kind: 'quote'; subscription: Subscription; quotes: QuoteEntry[] }
  | { kind: 'sources'; subscription: Subscription; matches: SourceMatch[] };

/** One line naming what a subscription follows, as /follow list shows it. */
export function describeSubscription(s: Subscription): string {
  if (s.kind === 'toll') return `toll${s.metric ? ` (${s.metric})` : ''}`;
  if (s.kind === 'quote') return `quotations of ${s.speaker}`;
  return `sources of “${s.claim}”`;
}

const estimateKey = (e: Estimate) =>
  [e.metric, e.low, e.high, e.estimatorKey ?? e.estimator ?? '', e.asOf, e.history].join('|');
const quoteKey = (q: QuoteEntry) => `${q.speaker ?? ''}|${q.text}`;

/** What `after` holds for the subscription that `before` did not; null when nothing is new. */
export function whatIsNew(s: Subscription, before: Coverage, after: Coverage): FollowNews | null {
  if (s.kind === 'toll') {
    const seen = new Set(before.toll({ metric: s.metric }).estimates.map(estimateKey));
    const estimates = after.toll({ metric: s.metric }).estimates.filter((e) => !e.history && !seen.has(estimateKey(e)));
    return estimates.length ? { kind: 'toll', subscription: s, estimates } : null;
  }
  if (s.kind === 'quote') {
    const who = s.speaker ?? '';
    const seen = new Set(before.quote(who, { limit: 100_000 }).quotes.map(quoteKey));
    const quotes = after.quote(who, { limit: 100_000 }).quotes.filter((q) => !q.scare && !seen.has(quoteKey(q)));
    return quotes.length ? { kind: 'quote', subscription: s, quotes } : null;
  }
  const claim = s.claim ?? '';
  const seen = new Set(before.sources(claim).matches.map((m) => m.id));
  const matches = after.sources(claim).matches.filter((m) => !seen.has(m.id));
  return matches.length ? { kind: 'sources', subscription: s, matches } : null;
}
