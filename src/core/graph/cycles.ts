import type { Ticket } from '../parse/ticket.js';
import { ticketReference } from '../parse/ticket-names.js';

/** The tickets a ticket waits for. */
type Dependencies = (ticket: Ticket) => readonly Ticket[];

/**
 * Every ticket on a dependency cycle, with the shortest cycle through it as ids in order, starting
 * and ending with it: Tarjan's strongly connected components, then a breadth-first search in each.
 */
export function findCycles(tickets: readonly Ticket[], dependencies: Dependencies): Map<Ticket, string[]> {
  const cycles = new Map<Ticket, string[]>();
  const index = new Map<Ticket, number>();
  const low = new Map<Ticket, number>();
  const onStack = new Set<Ticket>();
  const stack: Ticket[] = [];
  let counter = 0;
  const components: Ticket[][] = [];
  // Iterative, so a long chain of dependencies cannot overflow the call stack.
  for (const root of tickets) {
    if (index.has(root)) continue;
    const work: Array<{ ticket: Ticket; next: number; edges: readonly Ticket[] }> = [];
    const open = (ticket: Ticket): void => {
      index.set(ticket, counter);
      low.set(ticket, counter);
      counter += 1;
      stack.push(ticket);
      onStack.add(ticket);
      work.push({ ticket, next: 0, edges: dependencies(ticket) });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      if (frame.next < frame.edges.length) {
        const edge = frame.edges[frame.next];
        frame.next += 1;
        if (!edge) continue;
        if (!index.has(edge)) open(edge);
        else if (onStack.has(edge)) low.set(frame.ticket, Math.min(low.get(frame.ticket) ?? 0, index.get(edge) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.ticket, Math.min(low.get(parent.ticket) ?? 0, low.get(frame.ticket) ?? 0));
      if (low.get(frame.ticket) === index.get(frame.ticket)) {
        const component: Ticket[] = [];
        let member: Ticket | undefined;
        do {
          member = stack.pop();
          if (member) {
            onStack.delete(member);
            component.push(member);
          }
        } while (member && member !== frame.ticket);
        components.push(component);
      }
    }
  }
  for (const component of components) {
    const members = new Set(component);
    const selfLoop = component.length === 1 && component[0] !== undefined && dependencies(component[0]).includes(component[0]);
    if (component.length < 2 && !selfLoop) continue;
    for (const ticket of component) cycles.set(ticket, shortestCycle(ticket, members, dependencies));
  }
  return cycles;
}

function shortestCycle(start: Ticket, members: Set<Ticket>, dependencies: Dependencies): string[] {
  const previous = new Map<Ticket, Ticket>();
  const queue: Ticket[] = [start];
  // An index, not shift(): a queue of a 4,000-ticket cycle would be copied at every step.
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head];
    if (!current) break;
    for (const next of dependencies(current)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const back: Ticket[] = [];
        for (let step: Ticket | undefined = current; step && step !== start; step = previous.get(step)) back.push(step);
        return [start, ...back.reverse(), start].map(ticketReference);
      }
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return [ticketReference(start), ticketReference(start)];
}
