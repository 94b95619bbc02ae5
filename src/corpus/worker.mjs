// Worker thread entry for parallel.ts. Plain JavaScript so Node can start it as it is; it registers tsx's
// loader in this thread and then imports the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker-thread.ts');
