import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../core/config/config.js';
import type { TicketFile } from '../core/parse/ticket.js';
import { attachText } from '../core/parse/build-ticket.js';
import type { SharedParse, TextToParse, TicketParser } from '../core/parse/ticket-parser.js';
import type { RepositoryView } from '../core/repository/repository-view.js';

/**
 * Below this much ticket text the main thread parses alone. V8's compiler and collector already keep
 * a second processor half busy while a run warms up (the main thread alone, `--single-threaded`,
 * takes 3.2 s where it takes 2.2 s with them), so a parsing thread must outlast that to pay: on two
 * processors 3,000 tickets of 1.5 KB (4.5 MB) gained nothing, 5,000 about 10%, 10,000 25%.
 */
export const PARALLEL_PARSE_MIN_CHARACTERS = 4 * 1024 * 1024;

/**
 * At most this many parsing threads besides the main one: each holds its own file list and parser, and
 * the main thread alone receives their results. Measured only on two processors (one thread).
 */
const MAX_PARSE_THREADS = 3;

/** What the bundled src/parse-worker.ts is started with. */
export interface ParseWorkerData {
  files: string[];
  submodules: string[];
  rootName?: string;
  config: Config;
  texts: readonly TextToParse[];
  /** Two counters shared by every thread: [0] the next text to take, [1] how many are parsed. */
  counters: SharedArrayBuffer;
}

export interface ParsedReply {
  index: number;
  file: TicketFile;
  /** Sent without the text this thread has (detachText). */
  detached: boolean;
}

/** The processors this run may use besides the main thread's, for parsing. */
export function spareThreads(): number {
  return Math.min(MAX_PARSE_THREADS, availableParallelism() - 1);
}

/**
 * Parses ticket texts on worker threads (`entry`: the bundled src/parse-worker.ts) that see the same
 * files, submodules and config as this thread, so each file parses as it would here.
 */
export function workerTicketParser(
  entry: string | URL,
  repository: RepositoryView,
  config: Config,
  { threads = spareThreads(), minCharacters = PARALLEL_PARSE_MIN_CHARACTERS }: { threads?: number; minCharacters?: number } = {},
): TicketParser {
  return (texts) => {
    if (threads < 1 || texts.reduce((sum, { text }) => sum + text.length, 0) < minCharacters) return undefined;
    const counters = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const data: ParseWorkerData = {
      files: [...repository.files],
      submodules: [...repository.submodules],
      ...(repository.rootName === undefined ? {} : { rootName: repository.rootName }),
      config,
      texts,
      counters,
    };
    return share(entry, data, Math.min(threads, texts.length));
  };
}

function share(entry: string | URL, data: ParseWorkerData, threads: number): SharedParse {
  const counts = new Int32Array(data.counters);
  const parsed = new Map<number, TicketFile>();
  const finished = Array.from({ length: threads }, () => {
    // A parsing thread keeps nothing but the file it is on: small heaps keep its garbage from adding
    // to the main thread's at the peak (10,000 tickets: 606 MiB, 663 without). A file that needs more
    // stops the thread, and the main thread parses what it had taken.
    const worker = new Worker(entry, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 } });
    return new Promise<void>((resolve) => {
      worker.on('message', ({ index, file, detached }: ParsedReply) => parsed.set(index, detached ? attachText(file, (data.texts[index] as TextToParse).text) : file));
      // A thread that fails is only slower: what it took and did not give back is parsed by the caller.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
    });
  });
  return {
    take: () => {
      const index = Atomics.add(counts, 0, 1);
      return index < data.texts.length ? index : undefined;
    },
    parsed: () => Atomics.add(counts, 1, 1) + 1,
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    results: async () => {
      await Promise.all(finished);
      return parsed;
    },
  };
}
