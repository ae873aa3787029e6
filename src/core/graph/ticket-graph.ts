import { findCycles } from './cycles.js';
import { shortestPath } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Dependency, Pointer, Ticket } from '../parse/ticket.js';

/** Another ticket this one may run beside, and the files both point at. */
export interface ParallelConflict {
  other: Ticket;
  files: string[];
}

/**
 * The roadmap as a graph over every ticket of the repository: ids, `depends_on` edges, cycles, and
 * which tickets may run in parallel (both `parallel: true`, or siblings of one roadmap file) with no
 * dependency path between them. Built once per run.
 */
export class TicketGraph {
  private readonly byId = new Map<string, Ticket[]>();
  private readonly byFile = new Map<string, Ticket[]>();
  private readonly flaggedParallel: Ticket[] = [];
  private readonly parallel = new Map<Ticket, Ticket[]>();
  private readonly order = new Map<Ticket, number>();
  private readonly reachable = new Map<Ticket, Set<Ticket>>();
  private readonly cycles: ReadonlyMap<Ticket, string[]>;

  constructor(
    readonly tickets: readonly Ticket[],
    private readonly resolve: (pointer: Pointer, ticket: Ticket) => Resolution,
  ) {
    for (const ticket of tickets) {
      this.order.set(ticket, this.order.size);
      const siblings = this.byFile.get(ticket.file) ?? [];
      siblings.push(ticket);
      this.byFile.set(ticket.file, siblings);
      if (ticket.parallel) this.flaggedParallel.push(ticket);
      const key = keyOf(ticket);
      if (key === undefined) continue;
      const list = this.byId.get(key) ?? [];
      list.push(ticket);
      this.byId.set(key, list);
    }
    this.cycles = findCycles(tickets, (ticket) => this.dependencies(ticket));
  }

  /** Every ticket with this id key (see Ticket.idKey). */
  withKey(key: string): readonly Ticket[] {
    return this.byId.get(key) ?? [];
  }

  /** The tickets a dependency names (more than one only when ids are duplicated, which ticket-id reports). */
  dependencies(ticket: Ticket): Ticket[] {
    return ticket.dependsOn.flatMap((dependency) => this.named(dependency) ?? []);
  }

  unknownDependencies(ticket: Ticket): Dependency[] {
    return ticket.dependsOn.filter((dependency) => this.named(dependency) === undefined);
  }

  /** The tickets of the first key of the dependency that some ticket has. */
  private named(dependency: Dependency): Ticket[] | undefined {
    for (const key of [dependency.key, ...(dependency.otherKeys ?? [])]) {
      const found = this.byId.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** The ids of a dependency cycle through this ticket, in order, starting and ending with it. */
  cycleThrough(ticket: Ticket): string[] | undefined {
    return this.cycles.get(ticket);
  }

  /** True when `from` waits, directly or not, for `to`. */
  dependsOn(from: Ticket, to: Ticket): boolean {
    return this.reach(from).has(to);
  }

  /**
   * Open tickets meant to run beside this one with no dependency path between them: both marked to
   * run in parallel in the same scope, or two tickets of a file whose format runs them side by side.
   */
  parallelWith(ticket: Ticket): Ticket[] {
    let found = this.parallel.get(ticket);
    if (!found) {
      const marked = ticket.parallel ? this.flaggedParallel.filter((other) => other.parallelScope === ticket.parallelScope) : [];
      const siblings = ticket.siblingsInParallel ? (this.byFile.get(ticket.file) ?? []) : [];
      const candidates = ticket.lifecycle.state === 'done' ? [] : new Set([...marked, ...siblings]);
      found = [...candidates]
        .filter((other) => other !== ticket && other.lifecycle.state !== 'done' && !this.dependsOn(ticket, other) && !this.dependsOn(other, ticket))
        .sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
      this.parallel.set(ticket, found);
    }
    return found;
  }

  /** Parallel tickets that point at the same files as this one. */
  conflicts(ticket: Ticket): ParallelConflict[] {
    const mine = this.filesOf(ticket);
    if (mine.size === 0) return [];
    const found: ParallelConflict[] = [];
    for (const other of this.parallelWith(ticket)) {
      const shared = [...this.filesOf(other)].filter((file) => mine.has(file)).sort();
      if (shared.length > 0) found.push({ other, files: shared });
    }
    return found;
  }

  private readonly files = new Map<Ticket, Set<string>>();

  /** The files a ticket would touch: files it points at, and new files it will create. */
  private filesOf(ticket: Ticket): Set<string> {
    let files = this.files.get(ticket);
    if (!files) {
      files = new Set();
      for (const pointer of ticket.pointers) {
        const resolution = this.resolve(pointer, ticket);
        if (resolution.kind === 'file') files.add(resolution.path);
        else if (resolution.kind === 'name') files.add(shortestPath(resolution.files) ?? resolution.path);
        else if (resolution.kind === 'missing' && pointer.isNew) files.add(resolution.path);
      }
      this.files.set(ticket, files);
    }
    return files;
  }

  private reach(from: Ticket): Set<Ticket> {
    let seen = this.reachable.get(from);
    if (!seen) {
      seen = new Set();
      const stack = [...this.dependencies(from)];
      while (stack.length > 0) {
        const next = stack.pop();
        if (!next || seen.has(next)) continue;
        seen.add(next);
        stack.push(...this.dependencies(next));
      }
      this.reachable.set(from, seen);
    }
    return seen;
  }
}

/** The key a ticket's id is known by (see Ticket.idKey). */
export function keyOf(ticket: Ticket): string | undefined {
  return ticket.idKey ?? ticket.id;
}
