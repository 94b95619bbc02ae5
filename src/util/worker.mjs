// Worker thread entry for pool.ts. Plain JavaScript so Node can start it as it is: it registers tsx's loader in
// this thread, imports the task module named in workerData, and runs it over each chunk it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { run } = await import(workerData.task);
parentPort.on('message', ({ start, items }) => {
  parentPort.postMessage({ start, results: items.map((item) => run(item)) });
});
