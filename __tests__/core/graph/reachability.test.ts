import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findComponents, findCycles } from '../../../src/core/graph/cycles.js';
import { Reachability } from '../../../src/core/graph/reachability.js';
import type { Ticket } from '../../../src/core/parse/ticket.js';

/** Tickets named T-0 … and their dependencies, as the graph functions see them. */
function graphOf(count: number, edges: ReadonlyArray<readonly [number, number]>) {
  const tickets = Array.from({ length: count }, (_, index) => ({ id: `T-${index}`, file: 'roadmap.md', line: index + 1 }) as unknown as Ticket);
  const out = tickets.map(() => [] as Ticket[]);
  for (const [from, to] of edges) {
    const target = tickets[to];
    if (target) out[from]?.push(target);
  }
  const dependencies = (ticket: Ticket): Ticket[] => out[tickets.indexOf(ticket)] ?? [];
  return { tickets, dependencies };
}

/** Whether `from` reaches `to` in one or more steps: a search over every edge, the answer to check against. */
function reachesBySearch(from: Ticket, to: Ticket, dependencies: (ticket: Ticket) => Ticket[]): boolean {
  const seen = new Set<Ticket>();
  const stack = [...dependencies(from)];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...dependencies(next));
  }
  return false;
}

const graphs = fc.integer({ min: 1, max: 14 }).chain((count) =>
  fc.tuple(fc.constant(count), fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 2 })),
);

describe('Reachability (F10: whether one ticket waits for another, without a reach set per ticket)', () => {
  it('answers every pair as a search over the dependencies does: chains, trees, diamonds, cycles, self-loops', () => {
    fc.assert(
      fc.property(graphs, ([count, edges]) => {
        const { tickets, dependencies } = graphOf(count, edges);
        const reachability = new Reachability(findComponents(tickets, dependencies), dependencies);
        for (const from of tickets) for (const to of tickets) expect([from.id, to.id, reachability.dependsOn(from, to)]).toEqual([from.id, to.id, reachesBySearch(from, to, dependencies)]);
      }),
      { seed: 20261126, numRuns: 2_000 },
    );
  });

  it('settles a chain of 20,000 tickets from its labels: the last waits for the first, not the other way', () => {
    const { tickets, dependencies } = graphOf(20_000, Array.from({ length: 19_999 }, (_, index) => [index + 1, index] as const));
    const reachability = new Reachability(findComponents(tickets, dependencies), dependencies);
    const [first, last] = [tickets[0], tickets[19_999]] as [Ticket, Ticket];
    expect(reachability.dependsOn(last, first)).toBe(true);
    expect(reachability.dependsOn(first, last)).toBe(false);
  });
});

describe('findCycles (F10: one search a group of tickets waiting for each other)', () => {
  it('gives every ticket of a group a real cycle: each id waits for the next, and the ticket is on it or waits for the group', () => {
    fc.assert(
      fc.property(graphs, ([count, edges]) => {
        const { tickets, dependencies } = graphOf(count, edges);
        const components = findComponents(tickets, dependencies);
        const cycles = findCycles(tickets, components, dependencies);
        for (const ticket of tickets) {
          const onCycle = reachesBySearch(ticket, ticket, dependencies);
          const membership = cycles.get(ticket);
          expect([ticket.id, membership !== undefined]).toEqual([ticket.id, onCycle]);
          if (!membership) continue;
          const byId = (id: string | undefined) => tickets.find((candidate) => candidate.id === id);
          for (let step = 0; step + 1 < membership.ids.length; step += 1) {
            expect(dependencies(byId(membership.ids[step]) as Ticket)).toContain(byId(membership.ids[step + 1]));
          }
          expect(membership.ids[0]).toBe(membership.ids.at(-1));
          if (membership.at !== undefined) expect(membership.ids[membership.at]).toBe(ticket.id);
          expect(dependencies(ticket)).toContain(membership.next);
          expect(components.of.get(membership.next)).toBe(components.of.get(ticket));
        }
      }),
      { seed: 20261126, numRuns: 2_000 },
    );
  });

  it('shares one list of ids among the 30,000 tickets of one cycle', () => {
    const count = 30_000;
    const { tickets, dependencies } = graphOf(count, Array.from({ length: count }, (_, index) => [index, (index + 1) % count] as const));
    const cycles = findCycles(tickets, findComponents(tickets, dependencies), dependencies);
    const first = cycles.get(tickets[0] as Ticket);
    const later = cycles.get(tickets[12_345] as Ticket);
    expect(first?.ids).toHaveLength(count + 1);
    expect(later?.ids).toBe(first?.ids);
    expect(later?.at).toBe(12_345);
    expect(later?.next).toBe(tickets[12_346]);
  });
});
