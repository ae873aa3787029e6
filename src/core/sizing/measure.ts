import type { Config } from '../config/config.js';
import { shortestPath, type RepositoryView } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import { isBinary, lineStartsOf } from '../text/source-text.js';
import type { Pointer, Ticket } from '../parse/ticket.js';
import { CountQueue } from './count-queue.js';
import type { TokenCounter } from './tokens.js';

/** A ticket's size and session estimate (docs/sizing.md). */
export interface TicketMeasure {
  tokens: number;
  pointerTokens: number;
  sessionTokens: number;
  budget: number;
  /** Tokens behind each pointer (a file shared by two pointers counts in both here, once in pointerTokens). */
  byPointer: Map<Pointer, number>;
}

type LineRange = [number, number];

/** What a ticket brings into its session: per file, the whole of it or line ranges of it. */
interface TicketPlan {
  ticketKey: string;
  files: Map<string, { whole: boolean; ranges: LineRange[] }>;
  pointerParts: Map<Pointer, Array<{ path: string; range?: LineRange }>>;
}

const BYTES_PER_TOKEN_ESTIMATE = 4;

/**
 * Counts tokens for tickets and the files they point at (docs/sizing.md). First every ticket is planned:
 * which texts need counting, each distinct file and line range once per run; the texts go to the
 * counter in batches as tickets are planned, so counting overlaps parsing; measure() then adds up.
 */
export class SessionMeasurer {
  private readonly queue: CountQueue;
  private readonly fileKinds = new Map<string, 'text' | 'binary' | 'estimated'>();
  private readonly fileTexts = new Map<string, { text: string; starts: number[] }>();
  private readonly plans = new Map<Ticket, TicketPlan>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly config: Config,
    loadCounter: () => Promise<TokenCounter>,
  ) {
    this.queue = new CountQueue(loadCounter);
  }

  get budget(): number {
    return Math.floor(this.config.contextWindow * this.config.smartZone);
  }

  /**
   * Works out what the ticket's session holds and queues the texts still to count; `withFiles` false
   * counts the ticket's own text only (a done ticket, whose session is over).
   */
  plan(ticket: Ticket, resolve: (pointer: Pointer) => Resolution, withFiles = true): void {
    const ticketKey = `ticket\0${ticket.file}\0${ticket.line}`;
    this.queue.request(ticketKey, () => ticket.text);
    const plan: TicketPlan = { ticketKey, files: new Map(), pointerParts: new Map() };
    for (const pointer of withFiles ? ticket.pointers : []) {
      const files = this.filesOf(resolve(pointer), pointer);
      const parts: Array<{ path: string; range?: LineRange }> = [];
      for (const path of files) {
        const entry = plan.files.get(path) ?? { whole: false, ranges: [] };
        if (pointer.lines && files.length === 1) {
          const range: LineRange = [pointer.lines.start, pointer.lines.end];
          entry.ranges.push(range);
          parts.push({ path, range });
        } else {
          entry.whole = true;
          parts.push({ path });
        }
        plan.files.set(path, entry);
      }
      plan.pointerParts.set(pointer, parts);
    }
    for (const [path, entry] of plan.files) {
      this.requestFile(path);
      for (const range of entry.whole ? [] : mergeRanges(entry.ranges)) this.requestRange(path, range);
      for (const range of entry.ranges) this.requestRange(path, range);
    }
    this.plans.set(ticket, plan);
  }

  /** Sends the queued texts to the counter when they are worth a message (see CountQueue). */
  async flush(): Promise<void> {
    // The texts are on their way; a later ticket's range of the same file decodes it again.
    if (await this.queue.flush()) this.fileTexts.clear();
  }

  /** Resolves when every text planned so far is counted; rejects with the first failure to count. */
  settled(): Promise<void> {
    this.fileTexts.clear();
    return this.queue.settled();
  }

  measure(ticket: Ticket): TicketMeasure {
    const plan = this.plans.get(ticket);
    if (!plan) throw new Error(`ticket at ${ticket.file}:${ticket.line} was not planned`);
    let pointerTokens = 0;
    for (const [path, entry] of plan.files) {
      pointerTokens += entry.whole ? this.fileTokens(path) : mergeRanges(entry.ranges).reduce((sum, range) => sum + this.rangeTokens(path, range), 0);
    }
    const byPointer = new Map<Pointer, number>();
    for (const [pointer, parts] of plan.pointerParts) {
      byPointer.set(pointer, parts.reduce((sum, part) => sum + (part.range ? this.rangeTokens(part.path, part.range) : this.fileTokens(part.path)), 0));
    }
    const tokens = this.queue.counted(plan.ticketKey);
    return { tokens, pointerTokens, sessionTokens: this.config.overheadTokens + tokens + pointerTokens, budget: this.budget, byPointer };
  }

  private requestFile(path: string): void {
    if (this.fileKinds.has(path)) return;
    const bytes = this.repository.readBytes(path);
    if (bytes === undefined || isBinary(bytes)) {
      this.fileKinds.set(path, 'binary');
    } else if (bytes.length > this.config.maxFileBytes) {
      this.fileKinds.set(path, 'estimated');
      this.queue.set(`file\0${path}`, Math.ceil(bytes.length / BYTES_PER_TOKEN_ESTIMATE));
    } else {
      this.fileKinds.set(path, 'text');
      this.queue.request(`file\0${path}`, () => this.textOf(path).text);
    }
  }

  private requestRange(path: string, [start, end]: LineRange): void {
    if (this.fileKinds.get(path) !== 'text') return;
    this.queue.request(`range\0${path}\0${start}\0${end}`, () => {
      const { text, starts } = this.textOf(path);
      return text.slice(starts[Math.max(0, start - 1)] ?? text.length, starts[Math.max(0, end)] ?? text.length);
    });
  }

  private fileTokens(path: string): number {
    return this.fileKinds.get(path) === 'binary' ? 0 : this.queue.counted(`file\0${path}`);
  }

  private rangeTokens(path: string, [start, end]: LineRange): number {
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
      case 'name': {
        const meant = shortestPath(resolution.files);
        return meant === undefined ? [] : [meant];
      }
      default:
        return [];
    }
  }
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
