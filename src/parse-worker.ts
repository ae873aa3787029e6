import { parentPort, workerData } from 'node:worker_threads';
import { detachText } from './core/parse/build-ticket.js';
import { parseTicketTextOnce } from './core/parse/read-ticket-file.js';
import { RepositoryView } from './core/repository/repository-view.js';
import type { ParsedReply, ParseWorkerData } from './host/parse-workers.js';

/**
 * A parsing thread of a lint run: takes the next text no thread has taken, parses it as the main
 * thread would, sends it back, until none is left; then it ends.
 */
const port = parentPort;
if (port) {
  const { files, submodules, rootName, config, texts, counters } = workerData as ParseWorkerData;
  const repository = new RepositoryView({ listFiles: () => files, listSubmodules: () => submodules, readFile: () => undefined }, rootName);
  const counts = new Int32Array(counters);
  for (let index = Atomics.add(counts, 0, 1); index < texts.length; index = Atomics.add(counts, 0, 1)) {
    const { path, text } = texts[index] as (typeof texts)[number];
    try {
      const file = parseTicketTextOnce(path, text, repository, config);
      port.postMessage({ index, file, detached: detachText(file, text) } satisfies ParsedReply);
    } catch {
      // Not sent back: the main thread parses it again and reports whatever fails there.
    }
    Atomics.add(counts, 1, 1);
  }
}
