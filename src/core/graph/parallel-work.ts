import { shortestPath } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Pointer, Ticket } from '../parse/ticket.js';

/** Another ticket this one may run beside, and the files both point at. */
export interface ParallelConflict {
  other: Ticket;
  files: string[];
}

/** The parallel tickets that share files with one ticket; `cut` when a group was too long to compare whole. */
export interface ParallelConflicts {
  conflicts: ParallelConflict[];
  cut: boolean;
}

/**
 * How many tickets before and after a ticket, in roadmap order, it is compared with in each group it
 * is part of (the tickets marked parallel in its scope, the siblings of its file, the tickets that
 * point at one file). Every ticket of a smaller group is compared with every other; a roadmap of
 * 30,000 siblings would otherwise make 900 million comparisons.
 */
export const NEAREST_COMPARED = 1_000;

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
  private readonly byScope = new Map<string, Ticket[]>();

  constructor(private readonly roadmap: RoadmapIndex) {
    for (const ticket of roadmap.flaggedParallel) {
      const scope = this.byScope.get(ticket.parallelScope) ?? [];
      scope.push(ticket);
      this.byScope.set(ticket.parallelScope, scope);
    }
  }

  /**
   * Open tickets meant to run beside this one with no dependency path between them, in roadmap order:
   * both marked to run in parallel in the same scope, or two tickets of a file whose format runs them
   * side by side. At most `limit` of them, and whether there are more: a roadmap of N siblings has N²
   * such pairs, which no report should list.
   */
  parallelWith(ticket: Ticket, limit: number): { tickets: Ticket[]; more: boolean } {
    if (ticket.lifecycle.state === 'done') return { tickets: [], more: false };
    const marked = ticket.parallel ? this.nearest(this.byScope.get(ticket.parallelScope) ?? [], ticket).tickets : [];
    const siblings = ticket.siblingsInParallel ? this.nearest(this.roadmap.byFile.get(ticket.file) ?? [], ticket).tickets : [];
    const candidates = marked.length === 0 ? siblings : siblings.length === 0 ? marked : this.inOrder([...new Set([...marked, ...siblings])]);
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
   * tickets of each file this one touches, the NEAREST_COMPARED before and after it, so the work is
   * linear in tickets and the files they share.
   */
  conflicts(ticket: Ticket): ParallelConflicts {
    const mine = this.filesOf(ticket);
    if (mine.size === 0 || ticket.lifecycle.state === 'done') return { conflicts: [], cut: false };
    const shared = new Map<Ticket, string[]>();
    const apart = new Set<Ticket>();
    let cut = false;
    for (const file of [...mine].sort()) {
      const nearest = this.nearest(this.touching().get(file) ?? [], ticket);
      cut ||= nearest.cut;
      for (const other of nearest.tickets) {
        if (other === ticket || apart.has(other)) continue;
        const files = shared.get(other);
        if (files) files.push(file);
        else if (this.mayRunBeside(ticket, other)) shared.set(other, [file]);
        else apart.add(other);
      }
    }
    const conflicts = this.inOrder([...shared.keys()]).map((other) => ({ other, files: shared.get(other) ?? [] }));
    return { conflicts, cut };
  }

  /** Both open, meant to run side by side (marked in one scope, or siblings of a parallel plan), and neither waits for the other. */
  private mayRunBeside(ticket: Ticket, other: Ticket): boolean {
    if (other.lifecycle.state === 'done') return false;
    const marked = ticket.parallel && other.parallel && other.parallelScope === ticket.parallelScope;
    const siblings = ticket.siblingsInParallel && other.file === ticket.file;
    return (marked || siblings) && !this.roadmap.dependsOn(ticket, other) && !this.roadmap.dependsOn(other, ticket);
  }

  /** The tickets of a group in roadmap order nearest `ticket`: NEAREST_COMPARED each side of where it is or would be. */
  private nearest(group: readonly Ticket[], ticket: Ticket): { tickets: readonly Ticket[]; cut: boolean } {
    if (group.length <= 2 * NEAREST_COMPARED + 1) return { tickets: group, cut: false };
    const place = this.position(ticket);
    let low = 0;
    let high = group.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.position(group[middle]) < place) low = middle + 1;
      else high = middle;
    }
    return { tickets: group.slice(Math.max(0, low - NEAREST_COMPARED), low + NEAREST_COMPARED + 1), cut: true };
  }

  private position(ticket: Ticket | undefined): number {
    return ticket ? (this.roadmap.order.get(ticket) ?? 0) : 0;
  }

  private inOrder(tickets: Ticket[]): Ticket[] {
    return tickets.sort((a, b) => this.position(a) - this.position(b));
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
