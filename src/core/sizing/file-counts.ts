import type { RepositoryView } from '../repository/repository-view.js';
import { isBinary, lineStartsOf } from '../text/source-text.js';
import type { CountQueue } from './count-queue.js';

export type LineRange = [number, number];

const BYTES_PER_TOKEN_ESTIMATE = 4;

/**
 * The token counts of pointed-at files and line ranges of them, each asked of the queue once per run:
 * a binary or unreadable file counts 0, one over `maxFileBytes` is estimated from its size unread.
 */
export class FileCounts {
  private readonly fileKinds = new Map<string, 'text' | 'binary' | 'estimated'>();
  private readonly fileTexts = new Map<string, { text: string; starts: number[] }>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly maxFileBytes: number,
    private readonly queue: CountQueue,
  ) {}

  /** Drops the decoded texts kept for ranges (they are on their way to the counter). */
  forgetTexts(): void {
    this.fileTexts.clear();
  }

  requestFile(path: string): void {
    if (this.fileKinds.has(path)) return;
    // Read up to the cap: a file within it is read once, whole; a file of gigabytes is never read whole.
    const probe = this.repository.readHead(path, this.maxFileBytes);
    if (probe === undefined || isBinary(probe.head)) {
      this.fileKinds.set(path, 'binary');
    } else if (probe.size > this.maxFileBytes) {
      this.fileKinds.set(path, 'estimated');
      this.queue.set(`file\0${path}`, Math.ceil(probe.size / BYTES_PER_TOKEN_ESTIMATE));
    } else {
      this.fileKinds.set(path, 'text');
      this.queue.request(`file\0${path}`, () => this.textOf(path).text);
    }
  }

  requestRange(path: string, [start, end]: LineRange): void {
    if (this.fileKinds.get(path) !== 'text') return;
    this.queue.request(`range\0${path}\0${start}\0${end}`, () => {
      const { text, starts } = this.textOf(path);
      return text.slice(starts[Math.max(0, start - 1)] ?? text.length, starts[Math.max(0, end)] ?? text.length);
    });
  }

  fileTokens(path: string): number {
    return this.fileKinds.get(path) === 'binary' ? 0 : this.queue.counted(`file\0${path}`);
  }

  rangeTokens(path: string, [start, end]: LineRange): number {
    const kind = this.fileKinds.get(path);
    if (kind !== 'text') return kind === 'estimated' ? this.fileTokens(path) : 0;
    return this.queue.counted(`range\0${path}\0${start}\0${end}`);
  }

  private textOf(path: string): { text: string; starts: number[] } {
    let entry = this.fileTexts.get(path);
    if (!entry) {
      const text = new TextDecoder('utf-8').decode(this.repository.readBytes(path) ?? new Uint8Array());
      entry = { text, starts: lineStartsOf(text) };
      this.fileTexts.set(path, entry);
    }
    return entry;
  }
}
