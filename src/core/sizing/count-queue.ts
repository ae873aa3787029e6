import type { TokenCounter } from './tokens.js';

/** Characters sent to the counter at a time: a message to another thread has a cost of its own. */
const BATCH_CHARACTERS = 64 * 1024;

/**
 * Texts waiting to be counted, by key, each counted once per run. They go to the counter in batches
 * while the caller goes on parsing, so counting (on another thread when the counter is a worker)
 * overlaps it; the counter is loaded only when the first text is sent.
 */
export class CountQueue {
  private readonly counts = new Map<string, number>();
  private readonly pending = new Map<string, string>();
  private readonly batches: Array<Promise<void>> = [];
  private pendingCharacters = 0;
  private counter: Promise<TokenCounter> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(private readonly loadCounter: () => Promise<TokenCounter>) {}

  /** Queues the text under `key` unless it is counted or queued already; `text` is asked for only then. */
  request(key: string, text: () => string): void {
    if (this.counts.has(key) || this.pending.has(key)) return;
    this.counts.set(key, Number.NaN);
    const queued = text();
    this.pending.set(key, queued);
    this.pendingCharacters += queued.length;
  }

  /** A count known without the counter (an estimate for a file too large to read through it). */
  set(key: string, count: number): void {
    this.counts.set(key, count);
  }

  /**
   * Hands the queued texts to the counter once they are worth a message (BATCH_CHARACTERS), or
   * always when `everything`. The first texts go at once, so that the counter loads its rank table
   * while the caller parses the next files. True when a batch went.
   */
  async flush({ everything = false } = {}): Promise<boolean> {
    if (this.pending.size === 0) return false;
    if (!everything && this.counter && this.pendingCharacters < BATCH_CHARACTERS) return false;
    const batch = [...this.pending];
    this.pending.clear();
    this.pendingCharacters = 0;
    this.counter ??= this.loadCounter();
    const counter = await this.counter;
    const counted = counter.countAll(batch.map(([, text]) => text)).then((counts) => {
      batch.forEach(([key], index) => this.counts.set(key, counts[index] ?? 0));
    });
    // settled() throws the first failure; it is caught here meanwhile, or a counter that fails while
    // files are still being parsed would be an unhandled rejection, which ends the process.
    this.batches.push(
      counted.catch((error: unknown) => {
        this.failure ??= { error };
      }),
    );
    return true;
  }

  /** Resolves when every text queued so far is counted; rejects with the first failure to count. */
  async settled(): Promise<void> {
    await this.flush({ everything: true });
    await Promise.all(this.batches);
    if (this.failure) throw this.failure.error;
  }

  counted(key: string): number {
    const count = this.counts.get(key);
    if (count === undefined || Number.isNaN(count)) throw new Error(`no token count for ${key.replace(/\0/g, ' ')}; measure() before settled()`);
    return count;
  }
}
