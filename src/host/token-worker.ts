import { Worker } from 'node:worker_threads';
import type { Encoding } from '../core/config/config.js';
import type { TokenCounter } from '../core/sizing/tokens.js';

export interface CountRequest {
  id: number;
  texts: string[];
  /** Count each text's lines (`countLines`) instead of the whole text. */
  byLine: boolean;
}

export interface CountReply {
  id: number;
  counts?: number[] | number[][];
  error?: string;
}

/**
 * Token counters that run on a second thread, one per encoding, started on first use: building the
 * rank table and counting overlap parsing on the main thread. `entry` is the bundled
 * src/token-worker.ts. Close when the lint is done.
 */
export class WorkerTokenCounters {
  private readonly counters = new Map<Encoding, { worker: Worker; counter: TokenCounter }>();

  constructor(private readonly entry: string | URL) {}

  get = async (encoding: Encoding): Promise<TokenCounter> => {
    let started = this.counters.get(encoding);
    if (!started) {
      started = this.start(encoding);
      this.counters.set(encoding, started);
    }
    return started.counter;
  };

  /** Starts the counter for an encoding now, so its tables load while the main thread does other work. */
  warm(encoding: Encoding): void {
    this.get(encoding).catch(() => undefined);
  }

  async close(): Promise<void> {
    await Promise.all([...this.counters.values()].map(({ worker }) => worker.terminate()));
    this.counters.clear();
  }

  private start(encoding: Encoding): { worker: Worker; counter: TokenCounter } {
    // A small young generation keeps the worker's garbage (loading the rank data, counting) from
    // adding to the main thread's parsing garbage at the peak (npm run bench: 188 MiB, 197 without).
    const worker = new Worker(this.entry, { workerData: { encoding }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    worker.unref();
    const waiting = new Map<number, { resolve: (counts: number[] | number[][]) => void; reject: (error: Error) => void }>();
    let nextId = 0;
    let stopped: Error | undefined;
    const failAll = (error: Error): void => {
      stopped ??= error;
      for (const { reject } of waiting.values()) reject(stopped);
      waiting.clear();
    };
    worker.on('message', ({ id, counts, error }: CountReply) => {
      const request = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined || !counts) request?.reject(new Error(`token counting failed: ${error ?? 'no counts'}`));
      else request?.resolve(counts);
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => failAll(new Error(`the token-counting thread stopped (exit code ${code})`)));
    const ask = <Counts extends number[] | number[][]>(texts: readonly string[], byLine: boolean): Promise<Counts> =>
      new Promise<Counts>((resolve, reject) => {
        if (stopped) {
          reject(stopped);
          return;
        }
        const id = nextId++;
        waiting.set(id, { resolve: (counts) => resolve(counts as Counts), reject });
        worker.postMessage({ id, texts: [...texts], byLine } satisfies CountRequest);
      });
    const counter: TokenCounter = {
      encoding,
      countAll: (texts) => ask<number[]>(texts, false),
      countLinesAll: (texts) => ask<number[][]>(texts, true),
    };
    return { worker, counter };
  }
}
