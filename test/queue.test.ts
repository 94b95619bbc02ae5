// The bounded queue for deferred answers: never more than `concurrency` at work, a full queue refuses at once,
// other work runs between two jobs, and a shutdown waits for what is in flight and tells the waiting ones.
import { describe, expect, it } from 'vitest';
import { JobQueue } from '../src/discord/queue';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('JobQueue', () => {
  it('works at most `concurrency` jobs at once and refuses past `limit` waiting', async () => {
    const q = new JobQueue({ concurrency: 2, limit: 3 });
    let now = 0;
    let most = 0;
    const g = gate();
    const places = Array.from({ length: 7 }, () => q.reserve());
    expect(places.filter(Boolean)).toHaveLength(5);
    expect(places.slice(5)).toEqual([null, null]);
    const done: Promise<void>[] = [];
    for (const p of places.slice(0, 5)) {
      done.push(
        new Promise<void>((resolve) =>
          p!.run(async () => {
            now++;
            most = Math.max(most, now);
            await g.opened;
            now--;
            resolve();
          }),
        ),
      );
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(q.running).toBe(2);
    expect(q.queued).toBe(3);
    expect(q.reserve()).toBeNull();
    g.open();
    await Promise.all(done);
    expect(most).toBe(2);
    expect(q.reserve()).not.toBeNull();
  });

  it('a released place is free again; a failing job does not stop the next', async () => {
    const q = new JobQueue({ concurrency: 1, limit: 0 });
    const a = q.reserve()!;
    expect(q.reserve()).toBeNull();
    a.release();
    const b = q.reserve()!;
    b.run(async () => {
      throw new Error('boom');
    });
    await new Promise((r) => setTimeout(r, 10));
    const ran = await new Promise<boolean>((resolve) => q.reserve()!.run(async () => resolve(true)));
    expect(ran).toBe(true);
  });

  // Each job holds the thread for 30 ms, like a /sources search on a large corpus: with room for one job or for two,
  // what arrived meanwhile (here a setImmediate, in the bot an interaction) runs between them.
  it.each([1, 2])(
    'with room for %i, a timer and I/O callbacks get their turn between two synchronous jobs',
    async (n) => {
      const q = new JobQueue({ concurrency: n, limit: 10 });
      const order: string[] = [];
      const busy = (name: string) => async () => {
        const until = Date.now() + 30;
        while (Date.now() < until);
        order.push(name);
      };
      q.reserve()!.run(busy('job1'));
      q.reserve()!.run(busy('job2'));
      setImmediate(() => order.push('other'));
      await q.drain(2000);
      expect(order).toEqual(['job1', 'other', 'job2']);
    },
  );

  it('drain waits for running and queued jobs; once closed, no place is given', async () => {
    const q = new JobQueue({ concurrency: 1, limit: 5 });
    const finished: number[] = [];
    for (let i = 0; i < 3; i++)
      q.reserve()!.run(async () => {
        await new Promise((r) => setTimeout(r, 30));
        finished.push(i);
      });
    q.close();
    expect(q.reserve()).toBeNull();
    expect(q.accepting).toBe(false);
    expect(await q.drain(5000)).toEqual({ finished: true, abandoned: 0, running: 0 });
    expect(finished).toEqual([0, 1, 2]);
  });

  it('a drain that runs out of time abandons the waiting jobs, each told so, and reports the one still running', async () => {
    const q = new JobQueue({ concurrency: 1, limit: 5 });
    const never = gate();
    const told: number[] = [];
    q.reserve()!.run(() => never.opened);
    for (let i = 0; i < 2; i++)
      q.reserve()!.run(
        async () => undefined,
        async () => {
          told.push(i);
        },
      );
    const r = await q.drain(50);
    expect(r).toEqual({ finished: false, abandoned: 2, running: 1 });
    expect(told).toEqual([0, 1]);
    never.open();
  });

  it('tracked work in flight is waited for too', async () => {
    const q = new JobQueue({ concurrency: 1, limit: 0 });
    let sent = false;
    q.track(new Promise((r) => setTimeout(r, 40)).then(() => (sent = true)));
    expect((await q.drain(2000)).finished).toBe(true);
    expect(sent).toBe(true);
  });
});
