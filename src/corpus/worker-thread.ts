// Builds the chunks of pages parallel.ts sends, and sends the articles back.
import { parentPort } from 'node:worker_threads';
import { buildOne, withoutSentenceTexts } from './parallel';
import type { PageInput } from './article';

parentPort!.on('message', (msg: { start: number; inputs: PageInput[] }) => {
  parentPort!.postMessage({ start: msg.start, built: msg.inputs.map((input) => {
    const b = buildOne(input);
    return 'article' in b ? { article: withoutSentenceTexts(b.article) } : b;
  }) });
});
