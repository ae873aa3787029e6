import type { Ticket } from '../parse/ticket.js';
import type { Components, Dependencies } from './cycles.js';

/** Search steps a run may spend on the pairs the labels cannot settle, per component and dependency, before it stops searching. */
const SEARCH_STEPS_PER_NODE = 64;

/**
 * Whether one ticket waits for another, directly or not, answered for the pairs asked and nothing
 * more: no ticket keeps the set of tickets it reaches (a 3,000-ticket cycle made 9 million entries).
 *
 * Components (tickets that wait for each other) are numbered in the order Tarjan's algorithm closes
 * them, which is a post-order of the dependencies: a component reaches only components numbered
 * lower. Two labels, each a pass over the dependencies, settle most pairs at once:
 * - the longest chain of dependencies below a component (`level`): a component reaches only
 *   components of a lower level;
 * - the lowest number it reaches (`low`): it reaches only numbers from `low` up to its own, and exactly
 *   those when its dependencies' ranges tile that span (a chain, a tree of tickets that each wait for
 *   one other).
 * Other pairs are settled by a search that the labels prune. The searches of a run share a budget of
 * steps linear in the graph; past it a pair is taken as dependent, which can only hide a
 * parallel-conflict warning, never make one up.
 */
export class Reachability {
  private readonly edges: number[][];
  private readonly low: number[];
  private readonly level: number[];
  private readonly exact: boolean[];
  private readonly waitsForItself: boolean[];
  private readonly visited: number[];
  private search = 0;
  private budget: number;

  constructor(
    private readonly components: Components,
    dependencies: Dependencies,
  ) {
    const count = components.list.length;
    this.edges = components.list.map(() => []);
    this.waitsForItself = components.list.map((members) => members.length > 1);
    let edgeCount = 0;
    components.list.forEach((members, id) => {
      const targets = new Set<number>();
      for (const member of members) for (const dependency of dependencies(member)) targets.add(this.componentOf(dependency));
      if (targets.delete(id)) this.waitsForItself[id] = true;
      this.edges[id] = [...targets].sort((a, b) => b - a);
      edgeCount += targets.size;
    });
    this.low = new Array<number>(count);
    this.level = new Array<number>(count);
    this.exact = new Array<boolean>(count);
    for (let id = 0; id < count; id += 1) {
      const targets = this.edges[id] ?? [];
      let low = id;
      let level = 0;
      // Exact when the targets' ranges, highest first, run down from id - 1 without a gap or an overlap.
      let expected = id - 1;
      let exact = true;
      for (const target of targets) {
        low = Math.min(low, this.low[target] ?? target);
        level = Math.max(level, (this.level[target] ?? 0) + 1);
        exact &&= target === expected && (this.exact[target] ?? false);
        expected = (this.low[target] ?? target) - 1;
      }
      this.low[id] = low;
      this.level[id] = level;
      this.exact[id] = exact && expected === low - 1;
    }
    this.visited = new Array<number>(count).fill(-1);
    this.budget = SEARCH_STEPS_PER_NODE * (count + edgeCount);
  }

  /** True when `from` waits, directly or not, for `to` (a ticket on a cycle waits for itself). */
  dependsOn(from: Ticket, to: Ticket): boolean {
    const source = this.componentOf(from);
    const target = this.componentOf(to);
    if (source === target) return from !== to || (this.waitsForItself[source] ?? false);
    const settled = this.settle(source, target);
    if (settled !== undefined) return settled;
    return this.searchFrom(source, target);
  }

  /** The answer the labels give for two different components, if they give one. */
  private settle(source: number, target: number): boolean | undefined {
    if ((this.level[source] ?? 0) <= (this.level[target] ?? 0)) return false;
    const inRange = (this.low[source] ?? source) <= target && target < source;
    if (!inRange) return false;
    return this.exact[source] ? true : undefined;
  }

  private searchFrom(source: number, target: number): boolean {
    this.search += 1;
    const stack = [source];
    this.visited[source] = this.search;
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      for (const edge of this.edges[next] ?? []) {
        if (edge === target) return true;
        if (this.visited[edge] === this.search) continue;
        this.visited[edge] = this.search;
        const settled = this.settle(edge, target);
        if (settled === true) return true;
        if (settled === false) continue;
        this.budget -= 1;
        if (this.budget < 0) return true;
        stack.push(edge);
      }
    }
    return false;
  }

  private componentOf(ticket: Ticket): number {
    return this.components.of.get(ticket) ?? -1;
  }
}
