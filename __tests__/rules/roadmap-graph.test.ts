import { describe, expect, it } from '@jest/globals';
import { describeDiagnostic, lintTexts } from '../helpers/lint-fixture.js';

const id = (n: number) => `T-${String(n).padStart(2, '0')}`;

/**
 * A roadmap of 50 tickets, each its own file: a chain T-02 → T-01 … with two cycles (T-10 → T-12 →
 * T-11 → T-10 and T-30 ↔ T-31), T-40…T-45 `parallel: true` after T-39 with three pairs sharing a file,
 * and T-50 waiting for an id nobody has. Every ticket has the same layout: depends_on on line 3,
 * parallel on line 4, the title on line 6.
 */
function roadmap(): { tickets: Record<string, string>; repository: Record<string, string> } {
  const dependencies = (n: number): number[] => {
    if (n === 1) return [];
    if (n === 10) return [9, 12];
    if (n === 30) return [29, 31];
    if (n >= 40 && n <= 45) return [39];
    if (n === 46) return [45];
    return [n - 1];
  };
  const shared: Record<number, string> = { 40: 'src/a.ts', 41: 'src/a.ts', 42: 'src/b.ts', 43: 'src/b.ts', 44: 'src/c.ts', 45: 'src/c.ts' };
  const tickets: Record<string, string> = {};
  const repository: Record<string, string> = { 'src/a.ts': '', 'src/b.ts': '', 'src/c.ts': '' };
  for (let n = 1; n <= 50; n += 1) {
    const own = `src/t${n}.ts`;
    repository[own] = '';
    const waits = [...dependencies(n).map(id), ...(n === 50 ? ['T-99'] : [])];
    tickets[`roadmap/${id(n)}.md`] = [
      '---',
      `id: ${id(n)}`,
      `depends_on: [${waits.join(', ')}]`,
      `parallel: ${n >= 40 && n <= 45}`,
      '---',
      `# Ticket ${id(n)}`,
      '',
      '## Goal',
      `Build part ${n} of the feature.`,
      '',
      '## Context Pointers',
      `- \`${own}\``,
      ...(shared[n] ? [`- \`${shared[n]}\``] : []),
      '',
      '## Acceptance Criteria',
      '- [ ] It works',
      '- [ ] `npm test` passes',
      '',
    ].join('\n');
  }
  return { tickets, repository };
}

const GRAPH_RULES = new Set(['depends-on', 'parallel-conflict']);

describe('the roadmap as a graph: depends-on and parallel-conflict', () => {
  it('reports both cycles in order, the unknown id, and each of the three conflicts once, on the later ticket of its pair', async () => {
    const { tickets, repository } = roadmap();
    const report = await lintTexts(tickets, { repository });
    const found = report.diagnostics.filter((d) => GRAPH_RULES.has(d.rule)).map((d) => `${d.file} ${d.rule} ${describeDiagnostic(d)}`);
    const conflict = (self: number, other: number, file: string) =>
      `roadmap/${id(self)}.md parallel-conflict 6 Ticket '${id(other)}' (roadmap/${id(other)}.md:6) may run in parallel with this one and also points at '${file}'; make one depend on the other, or split the work by file`;
    const cycle = (self: number, path: string) =>
      `roadmap/${id(self)}.md depends-on 3 Dependencies go round in a cycle: ${path}; expected an order in which each ticket can start`;
    expect(found).toEqual([
      cycle(10, 'T-10 → T-12 → T-11 → T-10'),
      cycle(11, 'T-11 → T-10 → T-12 → T-11'),
      cycle(12, 'T-12 → T-11 → T-10 → T-12'),
      cycle(30, 'T-30 → T-31 → T-30'),
      cycle(31, 'T-31 → T-30 → T-31'),
      conflict(41, 40, 'src/a.ts'),
      conflict(43, 42, 'src/b.ts'),
      conflict(45, 44, 'src/c.ts'),
      "roadmap/T-50.md depends-on 3 Dependency 'T-99' is no ticket's id; expected the id of an existing ticket",
    ]);
  });

  it('sees every ticket of the repository but reports only on the tickets linted', async () => {
    const { tickets, repository } = roadmap();
    const report = await lintTexts(tickets, { repository, lintOnly: ['roadmap/T-11.md', 'roadmap/T-40.md'], contextFiles: Object.keys(tickets) });
    expect(report.diagnostics.filter((d) => GRAPH_RULES.has(d.rule)).map((d) => `${d.file} ${d.rule} ${d.line}`)).toEqual([
      'roadmap/T-11.md depends-on 3',
      'roadmap/T-40.md parallel-conflict 6',
    ]);
    expect(report.tickets.map((t) => t.id)).toEqual(['T-11', 'T-40']);
  });

  it('reports a conflict on the earlier ticket of the pair only when the later one is not linted', async () => {
    const { tickets, repository } = roadmap();
    const conflicts = async (lintOnly: string[]) =>
      (await lintTexts(tickets, { repository, lintOnly, contextFiles: Object.keys(tickets) })).diagnostics
        .filter((d) => d.rule === 'parallel-conflict')
        .map((d) => `${d.file} ${d.message.split(' may ')[0]}`);
    expect(await conflicts(['roadmap/T-40.md'])).toEqual(["roadmap/T-40.md Ticket 'T-41' (roadmap/T-41.md:6)"]);
    expect(await conflicts(['roadmap/T-41.md'])).toEqual(["roadmap/T-41.md Ticket 'T-40' (roadmap/T-40.md:6)"]);
    expect(await conflicts(['roadmap/T-40.md', 'roadmap/T-41.md'])).toEqual(["roadmap/T-41.md Ticket 'T-40' (roadmap/T-40.md:6)"]);
  });

  it('gives the graph in the report: what each ticket waits for and what may run beside it', async () => {
    const { tickets, repository } = roadmap();
    const report = await lintTexts(tickets, { repository });
    const byId = new Map(report.tickets.map((t) => [t.id, t]));
    expect(byId.get('T-10')?.dependsOn).toEqual(['T-09', 'T-12']);
    expect(byId.get('T-40')?.parallelWith).toEqual(['T-41', 'T-42', 'T-43', 'T-44', 'T-45']);
    expect(byId.get('T-46')?.parallelWith).toEqual([]);
  });

  it('takes the dependencies of roadmap tickets from a "Depends on:" line, and treats siblings without one as parallel', async () => {
    const text = [
      '# Plan',
      '',
      '## Ticket 1: Schema',
      '',
      '### Goal',
      'Add the table.',
      '',
      '### Context',
      '- `src/db.ts`',
      '',
      '### Acceptance Criteria',
      '- [ ] migrated',
      '',
      '## Ticket 2: Queries',
      '',
      '**Depends on:** Ticket 1',
      '',
      '### Goal',
      'Query the table.',
      '',
      '### Context',
      '- `src/db.ts`',
      '',
      '### Acceptance Criteria',
      '- [ ] queried',
      '',
      '## Ticket 3: Cache',
      '',
      '### Goal',
      'Cache the queries.',
      '',
      '### Context',
      '- `src/db.ts`',
      '',
      '### Acceptance Criteria',
      '- [ ] cached',
      '',
    ].join('\n');
    const report = await lintTexts({ 'roadmap/plan.md': text }, { repository: { 'src/db.ts': '' } });
    expect(report.tickets.map((t) => `${t.id} waits for [${t.dependsOn.join(', ')}], beside [${t.parallelWith.join(', ')}]`)).toEqual([
      '1 waits for [], beside [3]',
      '2 waits for [1], beside [3]',
      '3 waits for [], beside [1, 2]',
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'parallel-conflict').map((d) => `${d.line} ${d.message}`)).toEqual([
      "27 Tickets '1' (roadmap/plan.md:3), '2' (roadmap/plan.md:14) may run in parallel with this one and also point at 'src/db.ts'; make one depend on the other, or split the work by file",
    ]);
  });

  it("reports a parent spec that does not exist, from the root or the ticket's folder", async () => {
    const ticket = (parent: string) => `---\nid: P-1\nparent: ${parent}\n---\n# P\n\n## Goal\nG.\n\n## Context\n- \`src/a.ts\`\n\n## Acceptance Criteria\n- [ ] ok\n- [ ] ok\n`;
    const repository = { 'src/a.ts': '', 'roadmap/spec.md': '---\ntype: spec\n---\n# Spec\n' };
    const found = async (parent: string) =>
      (await lintTexts({ 'roadmap/sub/p.md': ticket(parent) }, { repository })).diagnostics.filter((d) => d.rule === 'depends-on').map(describeDiagnostic);
    expect(await found('roadmap/spec.md')).toEqual([]);
    expect(await found('../spec.md')).toEqual([]);
    expect(await found('roadmap/specs.md')).toEqual([
      "3 parent 'roadmap/specs.md' does not exist; expected the path of the master spec, from the repository root or from this ticket's folder",
    ]);
  });

  it('counts files to create: two parallel tickets creating the same file conflict', async () => {
    const ticket = (id: string) =>
      `---\nid: ${id}\nparallel: true\n---\n# ${id}\n\n## Goal\nAdd the limiter.\n\n## Context\n- \`src/api.ts\`\n\n## Files to create\n- \`src/limiter.ts\`\n\n## Acceptance Criteria\n- [ ] ok\n- [ ] ok\n`;
    const report = await lintTexts({ 'roadmap/a.md': ticket('N-1'), 'roadmap/b.md': ticket('N-2') }, { repository: { 'src/api.ts': '' } });
    expect(report.diagnostics.filter((d) => d.rule === 'parallel-conflict').map((d) => `${d.file} ${d.message}`)).toEqual([
      "roadmap/b.md Ticket 'N-1' (roadmap/a.md:5) may run in parallel with this one and also points at 'src/api.ts', 'src/limiter.ts'; make one depend on the other, or split the work by file",
    ]);
  });

  it('F10: tells a ticket of a group waiting for each other, but not on the cycle shown, which group it is in', async () => {
    const ticket = (n: number, waits: number[]) =>
      [`## Ticket ${n}: part ${n}`, '', `Depends on: ${waits.map((w) => `Ticket ${w}`).join(', ')}`, '', '### Goal', `Build part ${n}.`, ''].join('\n');
    const report = await lintTexts({ 'roadmap/plan.md': ['# Plan', '', ticket(1, [2]), ticket(2, [1, 3]), ticket(3, [1])].join('\n') });
    expect(report.diagnostics.filter((d) => d.rule === 'depends-on').map(describeDiagnostic)).toEqual([
      '5 Dependencies go round in a cycle: 1 → 2 → 1; expected an order in which each ticket can start',
      '12 Dependencies go round in a cycle: 2 → 1 → 2; expected an order in which each ticket can start',
      "19 Dependencies go round in a cycle: this ticket waits for '1', one of 3 tickets that wait for each other, as in 1 → 2 → 1; expected an order in which each ticket can start",
    ]);
  });

  it("reads a GSD dependency written as the plan's file name as that plan (held out: 0Cymantek0/ai-ext 03-PLAN.md: \"depends_on: [01-PLAN, 02-PLAN]\")", async () => {
    const plan = (n: string, waits: string[]) =>
      ['---', 'phase: 01-foundation', `plan: ${n}`, `depends_on: [${waits.join(', ')}]`, '---', `<objective>Build part ${n}.</objective>`, '<verify>npm test</verify>', ''].join('\n');
    const report = await lintTexts({
      '.planning/phases/01-foundation/01-PLAN.md': plan('01', ['03-PLAN.md']),
      '.planning/phases/01-foundation/02-PLAN.md': plan('02', ['01-PLAN', '09-PLAN']),
      '.planning/phases/01-foundation/03-PLAN.md': plan('03', ['02-PLAN']),
    });
    expect(report.diagnostics.filter((d) => d.rule === 'depends-on').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      '.planning/phases/01-foundation/01-PLAN.md:4 Dependencies go round in a cycle: 01 → 03 → 02 → 01; expected an order in which each ticket can start',
      ".planning/phases/01-foundation/02-PLAN.md:4 Dependency '09-PLAN' is no ticket's id; expected the id of an existing ticket",
      '.planning/phases/01-foundation/02-PLAN.md:4 Dependencies go round in a cycle: 02 → 01 → 03 → 02; expected an order in which each ticket can start',
      '.planning/phases/01-foundation/03-PLAN.md:4 Dependencies go round in a cycle: 03 → 02 → 01 → 03; expected an order in which each ticket can start',
    ]);
  });
});
