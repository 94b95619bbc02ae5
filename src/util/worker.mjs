// Worker thread entry for pool.ts. Plain JavaScript so Node can start it as it is: it imports the task module named
// in workerData and runs it over each chunk it is sent. A TypeScript task (development: npm start, tests) first
// registers tsx's loader in this thread; a compiled one (production: dist/, built by npm run build) needs nothing,
// so tsx, a development dependency, is never loaded there.
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.task.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { run } = await import(workerData.task);
// Loaded: a worker lost from here on was lost reading what it was given, not for want of a thread to start in.
parentPort.postMessage({ ready: true });
// Each item's result is sent as soon as it is done: the pool times each item (a page that sends a pattern into a
// loop is stopped at its budget) and keeps what came back before a worker is lost.
parentPort.on('message', ({ start, items }) => {
  items.forEach((item, k) => parentPort.postMessage({ start: start + k, results: [run(item)] }));
});
