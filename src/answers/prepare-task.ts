// The pool task that runs per-article extraction in a worker thread (see prepare.ts).
export { prepareOne as run } from './prepare';
