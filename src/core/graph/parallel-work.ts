import { shortestPath } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Pointer, Ticket } from '../parse/ticket.js';

/** Another ticket this one may run beside, and the files both point at. */
export interface ParallelConflict {
  other: Ticket;
  files: string[];
}

/** What the parallel questions need of the roadmap graph. */
export interface RoadmapIndex {
  tickets: readonly Ticket[];
  order: ReadonlyMap<Ticket, number>;
  byFile: ReadonlyMap<string, Ticket[]>;
  flaggedParallel: readonly Ticket[];
  resolve: (pointer: Pointer, ticket: Ticket) => Resolution;
  /** True when `from` waits, directly or not, for `to`. */
  dependsOn: (from: Ticket, to: Ticket) => boolean;
}

/** Which tickets may run side by side, and which of those touch the same files. */
export class ParallelWork {
  constructor(private readonly roadmap: RoadmapIndex) {}

  /**
   * Open tickets meant to run beside this one with no dependency path between them, in roadmap order:
   * both marked to run in parallel in the same scope, or two tickets of a file whose format runs them
   * side by side. At most `limit` of them, and whether there are more: a roadmap of N siblings has N²
   * such pairs, which no report should list.
   */
  parallelWith(ticket: Ticket, limit: number): { tickets: Ticket[]; more: boolean } {
    if (ticket.lifecycle.state === 'done') return { tickets: [], more: false };
    const marked = ticket.parallel ? this.roadmap.flaggedParallel.filter((other) => other.parallelScope === ticket.parallelScope) : [];
    const siblings = ticket.siblingsInParallel ? (this.roadmap.byFile.get(ticket.file) ?? []) : [];
    const candidates = marked.length === 0 ? siblings : siblings.length === 0 ? marked : [...new Set([...marked, ...siblings])].sort((a, b) => (this.roadmap.order.get(a) ?? 0) - (this.roadmap.order.get(b) ?? 0));
    const found: Ticket[] = [];
    for (const other of candidates) {
      if (other === ticket || !this.mayRunBeside(ticket, other)) continue;
      if (found.length === limit) return { tickets: found, more: true };
      found.push(other);
    }
    return { tickets: found, more: false };
  }

  /**
   * Parallel tickets that point at the same files as this one, in roadmap order. Found through the
   * tickets of each file this one touches, so the work is the pairs that share a file, not every pair.
   */
  conflicts(ticket: Ticket): ParallelConflict[] {
    const mine = this.filesOf(ticket);
    if (mine.size === 0 || ticket.lifecycle.state === 'done') return [];
    const shared = new Map<Ticket, string[]>();
    for (const file of [...mine].sort()) {
      for (const other of this.touching().get(file) ?? []) {
        if (other === ticket) continue;
        const files = shared.get(other);
        if (files) files.push(file);
        else if (this.mayRunBeside(ticket, other)) shared.set(other, [file]);
      }
    }
    return [...shared]
      .sort(([a], [b]) => (this.roadmap.order.get(a) ?? 0) - (this.roadmap.order.get(b) ?? 0))
      .map(([other, files]) => ({ other, files }));
  }

  /** Both open, meant to run side by side (marked in one scope, or siblings of a parallel plan), and neither waits for the other. */
  private mayRunBeside(ticket: Ticket, other: Ticket): boolean {
    if (other.lifecycle.state === 'done') return false;
    const marked = ticket.parallel && other.parallel && other.parallelScope === ticket.parallelScope;
    const siblings = ticket.siblingsInParallel && other.file === ticket.file;
    return (marked || siblings) && !this.roadmap.dependsOn(ticket, other) && !this.roadmap.dependsOn(other, ticket);
  }

  private touchingByFile: Map<string, Ticket[]> | undefined;

  /** The open tickets that touch each file, in roadmap order. */
  private touching(): Map<string, Ticket[]> {
    if (!this.touchingByFile) {
      this.touchingByFile = new Map();
      for (const ticket of this.roadmap.tickets) {
        if (ticket.lifecycle.state === 'done' || (!ticket.parallel && !ticket.siblingsInParallel)) continue;
        for (const file of this.filesOf(ticket)) {
          const list = this.touchingByFile.get(file) ?? [];
          list.push(ticket);
          this.touchingByFile.set(file, list);
        }
      }
    }
    return this.touchingByFile;
  }

  private readonly files = new Map<Ticket, Set<string>>();

  /** The files a ticket would touch: files it points at, and new files it will create. */
  private filesOf(ticket: Ticket): Set<string> {
    let files = this.files.get(ticket);
    if (!files) {
      files = new Set();
      for (const pointer of ticket.pointers) {
        const resolution = this.roadmap.resolve(pointer, ticket);
        if (resolution.kind === 'file') files.add(resolution.path);
        else if (resolution.kind === 'name') files.add(shortestPath(resolution.files) ?? resolution.path);
        else if (resolution.kind === 'missing' && pointer.isNew) files.add(resolution.path);
      }
      this.files.set(ticket, files);
    }
    return files;
  }
}
