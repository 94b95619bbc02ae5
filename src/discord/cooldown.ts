// A per-person limit on expensive answers (/sources, /toll with its chart, exports): one person asking again and
// again waits, everyone else's answers do not. In memory, per process: a restart forgets it, which is harmless.
export class Cooldown {
  private until = new Map<string, number>();

  /** `seconds` between two expensive answers for one person; 0 turns the limit off. */
  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the person may go ahead (and the clock starts), else the whole seconds left to wait. */
  take(userId: string, key: string): number {
    if (this.seconds <= 0 || !userId) return 0;
    const k = `${userId}:${key}`;
    const t = this.now();
    const until = this.until.get(k) ?? 0;
    if (until > t) return Math.ceil((until - t) / 1000);
    this.until.set(k, t + this.seconds * 1000);
    if (this.until.size > 10_000) for (const [key2, u] of this.until) if (u <= t) this.until.delete(key2);
    return 0;
  }
}
