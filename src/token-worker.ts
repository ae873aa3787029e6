import { parentPort, workerData } from 'node:worker_threads';
import type { Encoding } from './core/config/config.js';
import { loadTokenCounter } from './core/sizing/tokens.js';
import type { CountReply, CountRequest } from './host/token-worker.js';

/** The second thread of a lint run: builds the rank table once, then counts every batch it is sent. */
const port = parentPort;
if (port) {
  const counter = await loadTokenCounter((workerData as { encoding: Encoding }).encoding);
  // Batches posted while the table was being built wait in the port until this listener starts it.
  port.on('message', ({ id, texts, byLine }: CountRequest) => {
    try {
      const counts = byLine ? texts.map((text) => counter.countLines(text)) : texts.map((text) => counter.count(text));
      port.postMessage({ id, counts } satisfies CountReply);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CountReply);
    }
  });
}
