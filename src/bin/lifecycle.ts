// What every long-running transport does around its work: a process-wide handler that logs a stray error and keeps
// serving (one bad request must not take a replica down), a graceful stop on SIGTERM/SIGINT, and one clear line for
// a port already in use.
import type { Server } from 'node:net';
import type { Logger } from '../discord/log';

/** Logs unhandled rejections and uncaught exceptions instead of dying; the process keeps answering. */
export function keepServing(log: Logger): void {
  process.on('unhandledRejection', (reason) => {
    log.error(
      { err: reason instanceof Error ? reason : new Error(String(reason)) },
      'unhandled promise rejection (still serving)',
    );
  });
  process.on('uncaughtException', (err, origin) => {
    log.error({ err, origin }, 'uncaught exception (still serving)');
  });
}

/**
 * On the first SIGTERM or SIGINT, runs `stop` (stop taking interactions, finish those in flight, bounded by its own
 * wait) and exits 0; should it hang past `graceMs` plus a margin, exits 1. A second signal exits at once.
 */
export function stopOnSignals(log: Logger, graceMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, `${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log.info(
      { signal, graceMs },
      `${signal}: finishing the replies in flight (at most ${graceMs} ms), taking no new interactions`,
    );
    setTimeout(() => {
      log.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, graceMs + 5000).unref();
    stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Listens on `port`, or rejects with one sentence saying why not (a port in use, a port we may not open). */
export function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE')
        reject(
          new Error(`port ${port} is already in use: stop whatever is listening there or set PORT to another port`),
        );
      else if (err.code === 'EACCES')
        reject(new Error(`not allowed to listen on port ${port}: choose a port above 1023 with PORT`));
      else reject(new Error(`could not listen on port ${port}: ${err.message}`));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port);
  });
}
