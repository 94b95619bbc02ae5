// The pool task that builds articles in a worker thread (see parallel.ts).
export { buildForTransfer as run } from './parallel';
