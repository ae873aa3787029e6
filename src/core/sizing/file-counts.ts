import type { RepositoryView } from '../repository/repository-view.js';
import { isBinary } from '../text/source-text.js';
import type { CountQueue } from './count-queue.js';

export type LineRange = [number, number];

const BYTES_PER_TOKEN_ESTIMATE = 4;

/**
 * The token counts of pointed-at files and line ranges of them. Each file is asked of the queue once
 * per run: whole, or line by line when line ranges of it are wanted, so that any number of ranges
 * cost one count of the file and a subtraction each (docs/sizing.md). A binary or unreadable file
 * counts 0, one over `maxFileBytes` is estimated from its size unread.
 */
export class FileCounts {
  private readonly fileKinds = new Map<string, 'text' | 'binary' | 'estimated'>();
  private readonly fileTexts = new Map<string, string>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly maxFileBytes: number,
    private readonly queue: CountQueue,
  ) {}

  /** Drops the decoded texts kept for a second request of the same file (they are on their way to the counter). */
  forgetTexts(): void {
    this.fileTexts.clear();
  }

  /** Asks for the file's count; `byLine` when line ranges of it are wanted (the lines then give the whole too). */
  requestFile(path: string, byLine: boolean): void {
    const kind = this.kindOf(path);
    if (kind !== 'text') return;
    if (byLine) this.queue.requestLines(linesKey(path), () => this.textOf(path));
    else if (!this.queue.byLine(linesKey(path))) this.queue.request(fileKey(path), () => this.textOf(path));
  }

  fileTokens(path: string): number {
    const kind = this.fileKinds.get(path);
    if (kind === 'binary') return 0;
    return kind === 'text' && this.queue.byLine(linesKey(path)) ? this.queue.countedLines(linesKey(path), 1, Number.POSITIVE_INFINITY) : this.queue.counted(fileKey(path));
  }

  rangeTokens(path: string, [start, end]: LineRange): number {
    const kind = this.fileKinds.get(path);
    if (kind !== 'text') return kind === 'estimated' ? this.fileTokens(path) : 0;
    return this.queue.countedLines(linesKey(path), start, end);
  }

  private kindOf(path: string): 'text' | 'binary' | 'estimated' {
    let kind = this.fileKinds.get(path);
    if (kind !== undefined) return kind;
    // Read up to the cap: a file within it is read once, whole; a file of gigabytes is never read whole.
    const probe = this.repository.readHead(path, this.maxFileBytes);
    if (probe === undefined || isBinary(probe.head)) {
      kind = 'binary';
    } else if (probe.size > this.maxFileBytes) {
      kind = 'estimated';
      this.queue.set(fileKey(path), Math.ceil(probe.size / BYTES_PER_TOKEN_ESTIMATE));
    } else {
      kind = 'text';
    }
    this.fileKinds.set(path, kind);
    return kind;
  }

  private textOf(path: string): string {
    let text = this.fileTexts.get(path);
    if (text === undefined) {
      text = new TextDecoder('utf-8').decode(this.repository.readBytes(path) ?? new Uint8Array());
      this.fileTexts.set(path, text);
    }
    return text;
  }
}

const fileKey = (path: string): string => `file\0${path}`;
const linesKey = (path: string): string => `lines\0${path}`;
