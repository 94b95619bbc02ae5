// A bounded queue for the answers that are sent "thinking…" first (/toll with its chart, /sources): at most
// `concurrency` of them are worked at once and at most `limit` wait. A place is reserved when the interaction is
// acknowledged, so a full queue is known at once and the user is told "busy" then, not left waiting; cheap answers
// (PING, /quote, /articles, /help, autocomplete) never enter it, so they are never stuck behind a chart.
//
// Jobs start one per turn of the event loop (setImmediate), so requests that arrived meanwhile are read and
// acknowledged between two job starts even when a job's work is synchronous.

export interface JobQueueOptions {
  /** Jobs worked at once. */
  concurrency: number;
  /** Jobs waiting for a turn, beyond those being worked. */
  limit: number;
}

export interface Reservation {
  /** Runs the job when its turn comes. `abandon` is called instead if the queue is shut down before it starts. */
  run(job: () => Promise<void>, abandon?: () => Promise<void>): void;
  /** Gives the place back unused. */
  release(): void;
}

interface Waiting {
  job: () => Promise<void>;
  abandon?: () => Promise<void>;
}

export class JobQueue {
  readonly concurrency: number;
  readonly limit: number;
  private active = 0;
  /** Places reserved but not yet given a job. */
  private reserved = 0;
  private readonly waiting: Waiting[] = [];
  private closed = false;
  private idle: (() => void)[] = [];
  /** Other work in flight that a drain waits for (an answer being sent), outside the bound. */
  private tracked = 0;

  constructor(options: JobQueueOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency));
    this.limit = Math.max(0, Math.floor(options.limit));
  }

  get running(): number {
    return this.active;
  }

  /** Jobs waiting for a turn, reserved places included. */
  get queued(): number {
    return this.waiting.length + this.reserved;
  }

  get accepting(): boolean {
    return !this.closed;
  }

  /** A place in the queue, or null when it is full or shut down. */
  reserve(): Reservation | null {
    if (this.closed) return null;
    if (this.active + this.queued >= this.concurrency + this.limit) return null;
    this.reserved++;
    let used = false;
    return {
      run: (job, abandon) => {
        if (used) return;
        used = true;
        this.reserved--;
        this.waiting.push({ job, abandon });
        this.pump();
      },
      release: () => {
        if (used) return;
        used = true;
        this.reserved--;
        this.settle();
      },
    };
  }

  /** Counts `p` as work in flight until it settles, so drain() waits for it too. Not bounded. */
  track<T>(p: Promise<T>): Promise<T> {
    this.tracked++;
    const done = () => {
      this.tracked--;
      this.settle();
    };
    p.then(done, done);
    return p;
  }

  /** Stops taking jobs: every later reserve() is refused. Jobs already in the queue still run. */
  close(): void {
    this.closed = true;
  }

  /**
   * Waits until every job has finished, at most `ms`. Jobs still waiting for a turn then are abandoned (their
   * `abandon` runs, bounded by `abandonMs`), so each user is told rather than left with "thinking…".
   */
  async drain(ms: number, abandonMs = 2000): Promise<{ finished: boolean; abandoned: number; running: number }> {
    const done = new Promise<void>((r) => {
      if (this.isIdle()) r();
      else this.idle.push(r);
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), Math.max(0, ms))));
    const first = await Promise.race([done.then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (first === 'done') return { finished: true, abandoned: 0, running: 0 };
    const left = this.waiting.splice(0);
    const running = this.active;
    await Promise.race([
      Promise.allSettled(left.map((w) => (w.abandon ? w.abandon() : Promise.resolve()))),
      new Promise((r) => setTimeout(r, abandonMs).unref()),
    ]);
    return { finished: false, abandoned: left.length, running };
  }

  private isIdle(): boolean {
    return this.active === 0 && this.waiting.length === 0 && this.reserved === 0 && this.tracked === 0;
  }

  /** True while a job's start is scheduled: jobs start one per turn of the event loop. */
  private starting = false;

  private pump(): void {
    if (this.starting || this.active >= this.concurrency || !this.waiting.length) return;
    const next = this.waiting.shift()!;
    this.active++;
    this.starting = true;
    setImmediate(() => {
      this.starting = false;
      let p: Promise<void>;
      try {
        p = next.job();
      } catch (err) {
        p = Promise.reject(err);
      }
      // A job reports its own failures; the queue only makes sure the next one starts.
      p.catch(() => undefined).finally(() => {
        this.active--;
        this.pump();
        this.settle();
      });
      // The next job, if there is room, starts on a later turn: requests that arrived meanwhile are read first.
      this.pump();
    });
  }

  private settle(): void {
    if (!this.isIdle()) return;
    for (const r of this.idle.splice(0)) r();
  }
}
