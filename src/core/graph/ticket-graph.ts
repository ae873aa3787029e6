import { findComponents, findCycles, type CycleMembership } from './cycles.js';
import { ParallelWork, type ParallelConflicts } from './parallel-work.js';
import { Reachability } from './reachability.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Dependency, Pointer, Ticket } from '../parse/ticket.js';
import { trimEnd } from '../text/source-text.js';

export type { ParallelConflict, ParallelConflicts } from './parallel-work.js';
export type { CycleMembership } from './cycles.js';

/**
 * The roadmap as a graph over every ticket of the repository: ids, `depends_on` edges, cycles, and
 * which tickets may run in parallel (both `parallel: true`, or siblings of one roadmap file) with no
 * dependency path between them. Built once per run.
 */
export class TicketGraph {
  private readonly byId = new Map<string, Ticket[]>();
  private readonly byFile = new Map<string, Ticket[]>();
  private readonly flaggedParallel: Ticket[] = [];
  private readonly order = new Map<Ticket, number>();
  private readonly reachability: Reachability;
  private readonly cycles: ReadonlyMap<Ticket, CycleMembership>;
  private readonly parallelWork: ParallelWork;

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
    const dependencies = (ticket: Ticket): Ticket[] => this.dependencies(ticket);
    const components = findComponents(tickets, dependencies);
    this.cycles = findCycles(tickets, components, dependencies);
    this.reachability = new Reachability(components, dependencies);
    this.parallelWork = new ParallelWork({ tickets, order: this.order, byFile: this.byFile, flaggedParallel: this.flaggedParallel, resolve, dependsOn: (from, to) => this.dependsOn(from, to) });
  }

  /** Every ticket with this id key (see Ticket.idKey). */
  withKey(key: string): readonly Ticket[] {
    return this.byId.get(key) ?? [];
  }

  /** The tickets a dependency names (more than one only when ids are duplicated, which ticket-id reports). */
  dependencies(ticket: Ticket): Ticket[] {
    let found = this.dependenciesOf.get(ticket);
    if (!found) {
      found = ticket.dependsOn.flatMap((dependency) => this.named(dependency) ?? []);
      this.dependenciesOf.set(ticket, found);
    }
    return found;
  }

  /** Each ticket's dependencies, looked up once: cycles and reachability ask for them again and again. */
  private readonly dependenciesOf = new Map<Ticket, Ticket[]>();

  unknownDependencies(ticket: Ticket): Dependency[] {
    return ticket.dependsOn.filter((dependency) => !dependency.met && this.named(dependency) === undefined);
  }

  /** The tickets of the first key of the dependency that some ticket has. */
  private named(dependency: Dependency): Ticket[] | undefined {
    for (const key of [dependency.key, ...(dependency.otherKeys ?? [])]) {
      const found = this.byId.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** The dependency cycle this ticket is on, or the group of tickets waiting for each other it is in (see findCycles). */
  cycleThrough(ticket: Ticket): CycleMembership | undefined {
    return this.cycles.get(ticket);
  }

  /** True when `from` waits, directly or not, for `to`. */
  dependsOn(from: Ticket, to: Ticket): boolean {
    return this.reachability.dependsOn(from, to);
  }

  /**
   * The ticket this one waits for, directly or not, that writes a file at `path` (or at a path that
   * ends with it, written from a subfolder): the file is that ticket's to make (see writtenPaths).
   */
  writerBefore(ticket: Ticket, path: string): Ticket | undefined {
    // Only the few tickets that write the path are asked about, each pair settled as dependsOn settles
    // it: no set of every ticket each one waits for (F10).
    return this.writersOf(path).find(
      // The steps of one plan are one session's work: what an earlier step writes is the plan's own.
      (writer) => writer !== ticket && !(writer.unit === 'step' && writer.file === ticket.file) && this.dependsOn(ticket, writer),
    );
  }

  /** The tickets that write a file at `path` (see writtenPaths), in roadmap order, indexed once a run. */
  private writersOf(path: string): readonly Ticket[] {
    if (!this.writers) {
      this.writers = new Map();
      for (const ticket of this.tickets) {
        for (const written of writtenPaths(ticket)) {
          const writers = this.writers.get(written);
          if (writers) writers.push(ticket);
          else this.writers.set(written, [ticket]);
        }
      }
    }
    return this.writers.get(path) ?? [];
  }

  private writers?: Map<string, Ticket[]>;

  /** Open tickets meant to run beside this one (see ParallelWork.parallelWith). */
  parallelWith(ticket: Ticket, limit: number): { tickets: Ticket[]; more: boolean } {
    return this.parallelWork.parallelWith(ticket, limit);
  }

  /** True when `ticket` comes before `other` in the roadmap's order (files in order, tickets in file order). */
  comesBefore(ticket: Ticket, other: Ticket): boolean {
    return (this.order.get(ticket) ?? 0) < (this.order.get(other) ?? 0);
  }

  /** Parallel tickets that point at the same files as this one (see ParallelWork.conflicts). */
  conflicts(ticket: Ticket): ParallelConflicts {
    return this.parallelWork.conflicts(ticket);
  }
}

const writtenByTicket = new WeakMap<Ticket, Set<string>>();

/** The paths a ticket's work writes (Pointer.writes), with each tail that still has a folder. */
function writtenPaths(ticket: Ticket): ReadonlySet<string> {
  let paths = writtenByTicket.get(ticket);
  if (!paths) {
    paths = new Set();
    for (const pointer of ticket.pointers) {
      if (pointer.writes !== true) continue;
      const path = trimEnd(pointer.path, '/');
      paths.add(path);
      for (let slash = path.indexOf('/'); slash !== -1 && path.indexOf('/', slash + 1) !== -1; slash = path.indexOf('/', slash + 1)) paths.add(path.slice(slash + 1));
    }
    writtenByTicket.set(ticket, paths);
  }
  return paths;
}

/** The key a ticket's id is known by (see Ticket.idKey). */
export function keyOf(ticket: Ticket): string | undefined {
  return ticket.idKey ?? ticket.id;
}
