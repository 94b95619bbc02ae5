// A standing pool of worker threads for requests that come one at a time and must not hold up the main thread
// (drawing a chart while the gateway waits for its heartbeat). Unlike pool.ts, which runs one batch and ends, these
// workers stay up, so what a task loads once (fonts, tables) is loaded once per thread. A bounded queue sits in
// front: when it is full a request is refused at once with BusyError, which a transport turns into "busy, try
// again", rather than being answered late. Workers start through worker.mjs with the same message shape pool.ts
// uses ({ start, items } in, { start, results } out), so a task module serves both.
import { Worker } from 'node:worker_threads';

/** Refused because the queue is full: nothing went wrong, try again in a moment. */
export class BusyError extends Error {
  readonly code = 'busy';
  constructor(what: string) {
    super(`${what} is busy, try again in a moment`);
    this.name = 'BusyError';
  }
}

export interface BoundedPoolOptions {
  /** Worker threads at most (started when first needed). */
  threads: number;
  /** Requests that may wait for a free thread; one more is refused with BusyError. */
  queueLimit: number;
  /** A request still running after this long ends its worker and is rejected. */
  timeoutMs: number;
  /** Named in BusyError's message ("the chart renderer"). */
  name: string;
}

interface Job<I, O> {
  input: I;
  resolve: (o: O) => void;
  reject: (e: Error) => void;
}
interface Slot<I, O> {
  worker: Worker;
  job: Job<I, O> | null;
  id: number;
  timer: NodeJS.Timeout | null;
  fail: (err: Error) => void;
}

export class BoundedPool<I, O> {
  private readonly slots: Slot<I, O>[] = [];
  private readonly queue: Job<I, O>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly task: URL,
    private readonly options: BoundedPoolOptions,
  ) {}

  /** Runs `task`'s `run(input)` in a worker; rejects at once with BusyError when every thread and queue place is taken. */
  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error(`${this.options.name} is shut down`));
    return new Promise<O>((resolve, reject) => {
      const job = { input, resolve, reject };
      const idle =
        this.slots.find((s) => s.job === null) ?? (this.slots.length < this.options.threads ? this.spawn() : undefined);
      if (idle) this.start(idle, job);
      else if (this.queue.length < this.options.queueLimit) this.queue.push(job);
      else reject(new BusyError(this.options.name));
    });
  }

  /** Requests running and waiting, for logs and load tests. */
  get load(): { running: number; queued: number } {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Ends every worker; waiting and running requests are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error(`${this.options.name} is shut down`));
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.job?.reject(new Error(`${this.options.name} is shut down`));
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot<I, O> {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { task: this.task.href } });
    const slot: Slot<I, O> = { worker, job: null, id: -1, timer: null, fail: () => {} };
    this.slots.push(slot);
    worker.on('message', (msg: { start: number; results: O[] }) => {
      if (msg.start !== slot.id || !slot.job) return;
      const job = slot.job;
      this.release(slot);
      job.resolve(msg.results[0]);
    });
    const fail = (err: Error) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (slot.timer) clearTimeout(slot.timer);
      const job = slot.job;
      slot.job = null;
      void worker.terminate();
      job?.reject(err);
      // A replacement takes over the queue.
      const next = this.queue.shift();
      if (next && !this.closed) this.start(this.spawn(), next);
    };
    slot.fail = fail;
    worker.on('error', (err) => fail(new Error(`${this.options.name} failed: ${err.message}`)));
    worker.on('exit', (code) => fail(new Error(`${this.options.name} stopped (exit ${code})`)));
    worker.unref();
    return slot;
  }

  private start(slot: Slot<I, O>, job: Job<I, O>): void {
    slot.job = job;
    slot.id = this.nextId++;
    // While it works the worker keeps the process alive (a command-line run waits for its chart); idle, it does not.
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.fail(new Error(`${this.options.name} gave no answer in ${this.options.timeoutMs} ms`));
    }, this.options.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage({ start: slot.id, items: [job.input] });
  }

  private release(slot: Slot<I, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    const next = this.queue.shift();
    if (next) this.start(slot, next);
    else slot.worker.unref();
  }
}
