import type { Config } from './config.js';
import type { RepositoryView } from './repository.js';
import type { Resolution } from './resolve-pointer.js';
import { isBinary } from './text.js';
import type { Pointer, Ticket } from './ticket.js';
import type { TokenCounter } from './tokens.js';

/** A pointed-at file's share of a ticket's session. */
export interface MeasuredFile {
  path: string;
  tokens: number;
  /** Binary files count 0. */
  binary?: true;
  /** Over 'max-file-bytes': estimated at 4 bytes a token instead of read through the tokenizer. */
  estimated?: true;
}

/** DESIGN §3 for one ticket. */
export interface TicketMeasure {
  tokens: number;
  pointerTokens: number;
  sessionTokens: number;
  budget: number;
  /** Tokens behind each pointer (a file shared by two pointers counts in both here, once in pointerTokens). */
  byPointer: Map<Pointer, number>;
  files: MeasuredFile[];
}

interface FileCount {
  tokens: number;
  binary: boolean;
  estimated: boolean;
}

type LineRange = [number, number];

/** Which parts of which files a ticket points at: whole files, or line ranges of them. */
interface Wanted {
  whole: boolean;
  ranges: LineRange[];
}

const BYTES_PER_TOKEN_ESTIMATE = 4;

/**
 * Counts tokens for tickets and the files they point at. Every distinct file (and line range) is
 * read and counted once per run, however many tickets point at it.
 */
export class SessionMeasurer {
  private readonly fileCounts = new Map<string, FileCount>();
  private readonly rangeCounts = new Map<string, number>();
  private readonly lineStarts = new Map<string, { text: string; starts: number[] }>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly counter: TokenCounter,
    private readonly config: Config,
  ) {}

  get budget(): number {
    return Math.floor(this.config.contextWindow * this.config.smartZone);
  }

  measure(ticket: Ticket, resolve: (pointer: Pointer) => Resolution): TicketMeasure {
    const wanted = new Map<string, Wanted>();
    const byPointer = new Map<Pointer, number>();
    for (const pointer of ticket.pointers) {
      const files = this.filesOf(resolve(pointer), pointer);
      let pointerTokens = 0;
      for (const path of files) {
        const entry = wanted.get(path) ?? { whole: false, ranges: [] };
        if (pointer.lines && files.length === 1) {
          entry.ranges.push([pointer.lines.start, pointer.lines.end]);
          pointerTokens += this.rangeTokens(path, [pointer.lines.start, pointer.lines.end]);
        } else {
          entry.whole = true;
          pointerTokens += this.fileCount(path).tokens;
        }
        wanted.set(path, entry);
      }
      byPointer.set(pointer, pointerTokens);
    }
    const files: MeasuredFile[] = [];
    for (const [path, entry] of wanted) {
      const count = this.fileCount(path);
      const tokens = entry.whole ? count.tokens : mergeRanges(entry.ranges).reduce((sum, range) => sum + this.rangeTokens(path, range), 0);
      files.push({ path, tokens, ...(count.binary ? { binary: true as const } : {}), ...(count.estimated ? { estimated: true as const } : {}) });
    }
    const tokens = this.counter.count(ticket.text);
    const pointerTokens = files.reduce((sum, file) => sum + file.tokens, 0);
    return {
      tokens,
      pointerTokens,
      sessionTokens: this.config.overheadTokens + tokens + pointerTokens,
      budget: this.budget,
      byPointer,
      files,
    };
  }

  private fileCount(path: string): FileCount {
    let count = this.fileCounts.get(path);
    if (!count) {
      const bytes = this.repository.readBytes(path);
      if (bytes === undefined || isBinary(bytes)) count = { tokens: 0, binary: bytes !== undefined, estimated: false };
      else if (bytes.length > this.config.maxFileBytes) {
        count = { tokens: Math.ceil(bytes.length / BYTES_PER_TOKEN_ESTIMATE), binary: false, estimated: true };
      } else count = { tokens: this.counter.count(decodeUtf8(bytes)), binary: false, estimated: false };
      this.fileCounts.set(path, count);
    }
    return count;
  }

  private rangeTokens(path: string, [start, end]: LineRange): number {
    const key = `${path}\0${start}\0${end}`;
    let tokens = this.rangeCounts.get(key);
    if (tokens === undefined) {
      const whole = this.fileCount(path);
      if (whole.binary || whole.estimated) tokens = whole.binary ? 0 : whole.tokens;
      else {
        const { text, starts } = this.textOf(path);
        const from = starts[Math.max(0, start - 1)] ?? text.length;
        const to = starts[Math.max(0, end)] ?? text.length;
        tokens = this.counter.count(text.slice(from, to));
      }
      this.rangeCounts.set(key, tokens);
    }
    return tokens;
  }

  /** The tracked files a pointer brings into the session: its file, every file of its folder or glob. */
  private filesOf(resolution: Resolution, pointer: Pointer): readonly string[] {
    if (pointer.isNew) return [];
    switch (resolution.kind) {
      case 'file':
        return [resolution.path];
      case 'dir':
        return this.repository.filesUnder(resolution.path);
      case 'glob':
        return resolution.files;
      case 'name':
        // An agent opens the one it means; the shortest path is the likeliest.
        return [...resolution.files].sort((a, b) => a.length - b.length).slice(0, 1);
      default:
        return [];
    }
  }

  private textOf(path: string): { text: string; starts: number[] } {
    let entry = this.lineStarts.get(path);
    if (!entry) {
      const text = decodeUtf8(this.repository.readBytes(path) ?? new Uint8Array());
      const starts = [0];
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
      entry = { text, starts };
      this.lineStarts.set(path, entry);
    }
    return entry;
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
