import type { TokenCounter } from './tokens.js';

/** Characters sent to the counter at a time: a message to another thread has a cost of its own. */
const BATCH_CHARACTERS = 64 * 1024;

/**
 * Batches on their way at once: a copy of each waits in the other thread's queue, and 10,000 tickets
 * planned in one go sent 27 MB of copies at the run's memory peak. The caller waits for the oldest.
 */
const BATCHES_UNDER_WAY = 4;

/**
 * Texts waiting to be counted, by key, each counted once per run: whole, or line by line where line
 * ranges of it are wanted. They go to the counter in batches while the caller goes on parsing, so
 * counting (on another thread when the counter is a worker) overlaps it; the counter is loaded only
 * when the first text is sent.
 */
export class CountQueue {
  private readonly counts = new Map<string, number>();
  /** Per text counted by line: the tokens of its lines before each line (`lineSums[n]`: lines 1..n); empty until counted. */
  private readonly lineSums = new Map<string, Float64Array>();
  private readonly pending = new Map<string, string>();
  private readonly pendingByLine = new Map<string, string>();
  private readonly batches: Array<Promise<void>> = [];
  /** The batches not yet counted, oldest first. */
  private readonly underWay: Array<Promise<unknown>> = [];
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

  /** Queues the text under `key` to be counted line by line, for `countedLines`; once per key, as `request`. */
  requestLines(key: string, text: () => string): void {
    if (this.lineSums.has(key)) return;
    this.lineSums.set(key, new Float64Array(0));
    const queued = text();
    this.pendingByLine.set(key, queued);
    this.pendingCharacters += queued.length;
  }

  /** True when the text under `key` is counted, or queued to be counted, line by line. */
  byLine(key: string): boolean {
    return this.lineSums.has(key);
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
    if (this.pending.size === 0 && this.pendingByLine.size === 0) return false;
    if (!everything && this.counter && this.pendingCharacters < BATCH_CHARACTERS) return false;
    const whole = [...this.pending];
    const byLine = [...this.pendingByLine];
    this.pending.clear();
    this.pendingByLine.clear();
    this.pendingCharacters = 0;
    this.counter ??= this.loadCounter();
    const counter = await this.counter;
    const counted = Promise.all([
      whole.length === 0 ? undefined : counter.countAll(whole.map(([, text]) => text)).then((counts) => {
        whole.forEach(([key], index) => this.counts.set(key, counts[index] ?? 0));
      }),
      byLine.length === 0 ? undefined : counter.countLinesAll(byLine.map(([, text]) => text)).then((counts) => {
        byLine.forEach(([key], index) => this.lineSums.set(key, runningSums(counts[index] ?? [])));
      }),
    ]);
    // settled() throws the first failure; it is caught here meanwhile, or a counter that fails while
    // files are still being parsed would be an unhandled rejection, which ends the process.
    const batch = counted.then(
      () => undefined,
      (error: unknown) => {
        this.failure ??= { error };
      },
    );
    this.batches.push(batch);
    this.underWay.push(batch);
    if (this.underWay.length > BATCHES_UNDER_WAY) await this.underWay.shift();
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

  /** The tokens of lines `start` to `end` (from 1, both included, cut to the text's lines) of a text counted by line. */
  countedLines(key: string, start: number, end: number): number {
    const sums = this.lineSums.get(key);
    if (sums === undefined || sums.length === 0) throw new Error(`no line counts for ${key.replace(/\0/g, ' ')}; measure() before settled()`);
    const last = sums.length - 1;
    const from = Math.min(Math.max(start - 1, 0), last);
    const to = Math.min(Math.max(end, from), last);
    return (sums[to] ?? 0) - (sums[from] ?? 0);
  }
}

/** `sums[n]`: the sum of the first n counts. */
function runningSums(counts: readonly number[]): Float64Array {
  const sums = new Float64Array(counts.length + 1);
  counts.forEach((count, index) => {
    sums[index + 1] = (sums[index] ?? 0) + count;
  });
  return sums;
}
