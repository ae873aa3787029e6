import type { Config } from '../config/config.js';
import { shortestPath, type RepositoryView } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Pointer, Ticket } from '../parse/ticket.js';
import { CountQueue } from './count-queue.js';
import { FileCounts, type LineRange } from './file-counts.js';
import type { TokenCounter } from './tokens.js';

/** A ticket's size and session estimate (docs/sizing.md). */
export interface TicketMeasure {
  tokens: number;
  pointerTokens: number;
  sessionTokens: number;
  budget: number;
  /** The sizes are estimates of the model's own tokens (a token factor other than 1), not exact counts. */
  estimated: boolean;
  /** Tokens behind each pointer (a file shared by two pointers counts in both here, once in pointerTokens). */
  byPointer: Map<Pointer, number>;
}

/** What a ticket brings into its session: per file, the whole of it or line ranges of it. */
interface TicketPlan {
  ticketKey: string;
  files: Map<string, { whole: boolean; ranges: LineRange[] }>;
  pointerParts: Map<Pointer, PointerPart[]>;
}

/** What a pointer brings of a file: a line range, the ranges the ticket names elsewhere, or the whole file. */
type PointerPart = { path: string; range?: LineRange; ranges?: true };

/**
 * Counts tokens for tickets and the files they point at (docs/sizing.md). First every ticket is planned:
 * which texts need counting, each distinct file once per run (by line where line ranges of it are
 * named); the texts go to the counter in batches as tickets are planned, so counting overlaps
 * parsing; measure() then adds up.
 */
export class SessionMeasurer {
  private readonly queue: CountQueue;
  private readonly counts: FileCounts;
  private readonly plans = new Map<Ticket, TicketPlan>();
  private readonly measures = new Map<Ticket, TicketMeasure>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly config: Config,
    loadCounter: () => Promise<TokenCounter>,
  ) {
    this.queue = new CountQueue(loadCounter);
    this.counts = new FileCounts(repository, config.maxFileBytes, this.queue);
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
    const pointers = (withFiles ? ticket.pointers : []).map((pointer) => ({ pointer, files: this.filesOf(resolve(pointer), pointer) }));
    // A file the ticket names with line ranges brings those lines, even where it is also named bare.
    const ranged = new Set(pointers.filter(({ pointer, files }) => pointer.lines && files.length === 1).flatMap(({ files }) => files));
    for (const { pointer, files } of pointers) {
      const parts: PointerPart[] = [];
      for (const path of files) {
        const entry = plan.files.get(path) ?? { whole: false, ranges: [] };
        if (pointer.lines && files.length === 1) {
          const range: LineRange = [pointer.lines.start, pointer.lines.end];
          entry.ranges.push(range);
          parts.push({ path, range });
        } else if (files.length === 1 && ranged.has(path)) {
          parts.push({ path, ranges: true });
        } else {
          entry.whole = true;
          parts.push({ path });
        }
        plan.files.set(path, entry);
      }
      plan.pointerParts.set(pointer, parts);
    }
    for (const [path, entry] of plan.files) this.counts.requestFile(path, entry.ranges.length > 0);
    this.plans.set(ticket, plan);
  }

  /** Sends the queued texts to the counter when they are worth a message (see CountQueue). */
  async flush(): Promise<void> {
    // The texts are on their way; a later ticket asking for the same file by line decodes it again.
    if (await this.queue.flush()) this.counts.forgetTexts();
  }

  /** Resolves when every text planned so far is counted; rejects with the first failure to count. */
  settled(): Promise<void> {
    this.counts.forgetTexts();
    return this.queue.settled();
  }

  /**
   * The ticket's sizes, added up once: its plan is then dropped (10,000 tickets kept 30 MB of plans
   * through the checks and the report).
   */
  measure(ticket: Ticket): TicketMeasure {
    let measured = this.measures.get(ticket);
    if (!measured) {
      measured = this.addUp(ticket);
      this.measures.set(ticket, measured);
      this.plans.delete(ticket);
    }
    return measured;
  }

  private addUp(ticket: Ticket): TicketMeasure {
    const plan = this.plans.get(ticket);
    if (!plan) throw new Error(`ticket at ${ticket.file}:${ticket.line} was not planned`);
    let pointerTokens = 0;
    for (const [path, entry] of plan.files) {
      pointerTokens += entry.whole ? this.counts.fileTokens(path) : mergeRanges(entry.ranges).reduce((sum, range) => sum + this.counts.rangeTokens(path, range), 0);
    }
    const byPointer = new Map<Pointer, number>();
    const partTokens = (part: PointerPart): number => {
      if (part.range) return this.counts.rangeTokens(part.path, part.range);
      if (part.ranges) return mergeRanges(plan.files.get(part.path)?.ranges ?? []).reduce((sum, range) => sum + this.counts.rangeTokens(part.path, range), 0);
      return this.counts.fileTokens(part.path);
    };
    // Counts are o200k's (or cl100k's), exact; a model of another tokenizer sees about `tokenFactor` times as many.
    const factor = this.config.tokenFactor;
    const inModel = (count: number): number => (factor === 1 ? count : Math.round(count * factor));
    for (const [pointer, parts] of plan.pointerParts) byPointer.set(pointer, inModel(parts.reduce((sum, part) => sum + partTokens(part), 0)));
    const tokens = inModel(this.queue.counted(plan.ticketKey));
    const files = inModel(pointerTokens);
    return { tokens, pointerTokens: files, sessionTokens: this.config.overheadTokens + tokens + files, budget: this.budget, byPointer, estimated: factor !== 1 };
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
      case 'relative': {
        // Written from a subfolder: the one file it can only mean is what the agent will open.
        const [only] = resolution.candidates;
        return resolution.candidates.length === 1 && only !== undefined && this.repository.hasFile(only) ? [only] : [];
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
