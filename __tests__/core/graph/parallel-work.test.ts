import { describe, expect, it } from '@jest/globals';
import { NEAREST_COMPARED, ParallelWork } from '../../../src/core/graph/parallel-work.js';
import type { Resolution } from '../../../src/core/resolve/resolve-pointer.js';
import type { Ticket } from '../../../src/core/parse/ticket.js';

/** `count` open sibling tickets of one roadmap file, none waiting for another, each pointing at `src/app.ts`. */
function siblings(count: number) {
  const tickets = Array.from(
    { length: count },
    (_, index) =>
      ({
        id: `T-${index}`,
        file: 'roadmap.md',
        line: index + 1,
        lifecycle: { state: 'open' },
        parallel: false,
        parallelScope: '',
        siblingsInParallel: true,
        pointers: [{ text: 'src/app.ts' }],
      }) as unknown as Ticket,
  );
  const work = new ParallelWork({
    tickets,
    order: new Map(tickets.map((ticket, index) => [ticket, index])),
    byFile: new Map([['roadmap.md', tickets]]),
    flaggedParallel: [],
    resolve: () => ({ kind: 'file', path: 'src/app.ts' }) as Resolution,
    dependsOn: () => false,
  });
  return { tickets, work };
}

describe('ParallelWork (F4: the work is linear in tickets and the files they share)', () => {
  it(`compares every pair of a group of up to ${2 * NEAREST_COMPARED + 1} tickets`, () => {
    const { tickets, work } = siblings(2 * NEAREST_COMPARED + 1);
    const last = tickets.at(-1) as Ticket;
    const found = work.conflicts(last);
    expect(found.cut).toBe(false);
    expect(found.conflicts).toHaveLength(2 * NEAREST_COMPARED);
    expect(found.conflicts[0]?.other).toBe(tickets[0]);
  });

  it(`compares a ticket of a longer group with the ${NEAREST_COMPARED} nearest on each side, and says so`, () => {
    const { tickets, work } = siblings(5_000);
    const middle = tickets[2_500] as Ticket;
    const found = work.conflicts(middle);
    expect(found.cut).toBe(true);
    expect(found.conflicts).toHaveLength(2 * NEAREST_COMPARED);
    expect(found.conflicts[0]?.other).toBe(tickets[2_500 - NEAREST_COMPARED]);
    expect(found.conflicts.at(-1)?.other).toBe(tickets[2_500 + NEAREST_COMPARED]);
    expect(found.conflicts[0]?.files).toEqual(['src/app.ts']);
    const first = work.parallelWith(tickets[0] as Ticket, 20);
    expect(first).toEqual({ tickets: tickets.slice(1, 21), more: true });
  });
});
