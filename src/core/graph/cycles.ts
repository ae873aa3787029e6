import type { Ticket } from '../parse/ticket.js';
import { ticketReference } from '../parse/ticket-names.js';

/** The tickets a ticket waits for. */
export type Dependencies = (ticket: Ticket) => readonly Ticket[];

/** The tickets that wait for each other, directly or not: the strongly connected components of the dependencies. */
export interface Components {
  /** Each component, a component after every component it waits for. */
  list: readonly (readonly Ticket[])[];
  /** Which component (its index in `list`) a ticket is in. */
  of: ReadonlyMap<Ticket, number>;
}

/** A ticket on a dependency cycle, or in a group of tickets that wait for each other. */
export interface CycleMembership {
  /** One cycle of the group, as ids in order, its first id again at the end; the same array for every ticket of the group. */
  ids: readonly string[];
  /** Where this ticket is on `ids`; undefined when it is in the group but not on that cycle. */
  at: number | undefined;
  /** How many tickets the group holds. */
  group: number;
  /** The ticket of the group this one waits for first. */
  next: Ticket;
}

/** Tarjan's strongly connected components, iterative, so a long chain of dependencies cannot overflow the call stack. */
export function findComponents(tickets: readonly Ticket[], dependencies: Dependencies): Components {
  const index = new Map<Ticket, number>();
  const low = new Map<Ticket, number>();
  const onStack = new Set<Ticket>();
  const stack: Ticket[] = [];
  const list: Ticket[][] = [];
  const of = new Map<Ticket, number>();
  for (const root of tickets) {
    if (index.has(root)) continue;
    const work: Array<{ ticket: Ticket; next: number; edges: readonly Ticket[] }> = [];
    const open = (ticket: Ticket): void => {
      index.set(ticket, index.size);
      low.set(ticket, index.size - 1);
      stack.push(ticket);
      onStack.add(ticket);
      work.push({ ticket, next: 0, edges: dependencies(ticket) });
    };
    open(root);
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const edge = frame.edges[frame.next];
      if (edge) {
        frame.next += 1;
        if (!index.has(edge)) open(edge);
        else if (onStack.has(edge)) low.set(frame.ticket, Math.min(low.get(frame.ticket) ?? 0, index.get(edge) ?? 0));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.ticket, Math.min(low.get(parent.ticket) ?? 0, low.get(frame.ticket) ?? 0));
      if (low.get(frame.ticket) !== index.get(frame.ticket)) continue;
      const component: Ticket[] = [];
      for (let member = stack.pop(); member; member = member === frame.ticket ? undefined : stack.pop()) {
        onStack.delete(member);
        of.set(member, list.length);
        component.push(member);
      }
      list.push(component);
    }
  }
  return { list, of };
}

/**
 * Every ticket of a group that waits for itself (a component of two or more tickets, or a ticket that
 * names itself), with one cycle of its group: the shortest through the group's first ticket in
 * roadmap order, found with one breadth-first search a group. Each ticket of that cycle reads it from
 * its own place; the others of the group are told which group they are in. The work is linear in
 * tickets and dependencies, however long the cycle.
 */
export function findCycles(tickets: readonly Ticket[], components: Components, dependencies: Dependencies): Map<Ticket, CycleMembership> {
  const order = new Map(tickets.map((ticket, position) => [ticket, position]));
  const cycles = new Map<Ticket, CycleMembership>();
  components.list.forEach((component, id) => {
    const inGroup = (ticket: Ticket): boolean => components.of.get(ticket) === id;
    const first = component.reduce((best, ticket) => ((order.get(ticket) ?? 0) < (order.get(best) ?? 0) ? ticket : best));
    if (component.length < 2 && !dependencies(first).includes(first)) return;
    const cycle = shortestCycle(first, inGroup, dependencies);
    const ids = [...cycle, first].map(ticketReference);
    const at = new Map(cycle.map((ticket, position) => [ticket, position]));
    for (const ticket of component) {
      const position = at.get(ticket);
      const next = position === undefined ? dependencies(ticket).find(inGroup) : cycle[(position + 1) % cycle.length];
      cycles.set(ticket, { ids, at: position, group: component.length, next: next ?? first });
    }
  });
  return cycles;
}

/** The tickets of the shortest cycle through `start` within its group, in order, starting with it. */
function shortestCycle(start: Ticket, inGroup: (ticket: Ticket) => boolean, dependencies: Dependencies): Ticket[] {
  const previous = new Map<Ticket, Ticket>();
  const queue: Ticket[] = [start];
  // An index, not shift(): a queue of a 4,000-ticket cycle would be copied at every step.
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head];
    if (!current) break;
    for (const next of dependencies(current)) {
      if (!inGroup(next)) continue;
      if (next === start) {
        const back: Ticket[] = [];
        for (let step: Ticket | undefined = current; step && step !== start; step = previous.get(step)) back.push(step);
        return [start, ...back.reverse()];
      }
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return [start];
}
