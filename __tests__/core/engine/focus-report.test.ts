import { describe, expect, it } from '@jest/globals';
import { compareWithBase, focusReport } from '../../../src/core/engine/focus-report.js';
import type { Diagnostic, Report, TicketReport } from '../../../src/core/engine/report.js';

function problem(file: string, line: number, fingerprint: string, ticketIndex?: number, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, line, endLine: line, rule: 'path-exists', severity, message: `at ${line}`, fingerprint, ...(ticketIndex === undefined ? {} : { ticketIndex }) };
}

function ticket(file: string, line: number, endLine: number, title: string): TicketReport {
  return { file, line, endLine, id: null, title, format: 'roadmap', state: 'open', tokens: 1, pointerTokens: 0, sessionTokens: 1, budget: 10, pointers: [], dependsOn: [], parallelWith: [] };
}

function report(tickets: TicketReport[], diagnostics: Diagnostic[]): Report {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { version: 1, tickets, diagnostics, counts: { tickets: tickets.length, files: 1, errors, warnings: diagnostics.length - errors } };
}

describe('compareWithBase', () => {
  it('counts: two copies of an old problem on the base and three now make one new, and a gone one is fixed', () => {
    const base = report([], [problem('a.md', 3, 'f1'), problem('a.md', 4, 'f1'), problem('a.md', 9, 'f2')]);
    const head = report([], [problem('a.md', 5, 'f1'), problem('a.md', 6, 'f1'), problem('a.md', 7, 'f1')]);
    const compared = compareWithBase(head, base, 'abc', new Map());
    expect(compared.diagnostics.map((d) => d.line)).toEqual([7]);
    expect(compared.base?.existing.map((d) => d.line)).toEqual([5, 6]);
    expect(compared.base?.fixed.map((d) => `${d.file}:${d.line}`)).toEqual(['a.md:9']);
    expect(compared.counts).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('matches a renamed file at its old path, and names fixed problems without the base report’s ticket index', () => {
    const base = report([ticket('old.md', 1, 9, 'T')], [problem('old.md', 3, 'f1', 0), problem('old.md', 4, 'f2', 0)]);
    const head = report([ticket('new.md', 1, 9, 'T')], [problem('new.md', 3, 'f1', 0)]);
    const compared = compareWithBase(head, base, 'abc', new Map([['old.md', 'new.md']]));
    expect(compared.diagnostics).toEqual([]);
    expect(compared.base?.existing).toEqual([problem('new.md', 3, 'f1', 0)]);
    expect(compared.base?.fixed).toEqual([problem('new.md', 4, 'f2')]);
  });
});

describe('focusReport', () => {
  const tickets = [ticket('plan.md', 1, 10, 'One'), ticket('plan.md', 11, 20, 'Two'), ticket('plan.md', 21, 30, 'Three')];

  it('keeps the tickets holding a focused line, re-indexes their problems, and recounts', () => {
    const focused = focusReport(report(tickets, [problem('plan.md', 5, 'a', 0), problem('plan.md', 25, 'b', 2, 'warning')]), new Map([['plan.md', [{ start: 22, end: 23 }]]]));
    expect(focused.tickets.map((t) => t.title)).toEqual(['Three']);
    expect(focused.diagnostics).toEqual([problem('plan.md', 25, 'b', 0, 'warning')]);
    expect(focused.counts).toMatchObject({ tickets: 1, errors: 0, warnings: 1 });
  });

  it('keeps the ticket of a problem it is told to keep, and lists existing problems of the others by name only', () => {
    const compared: Report = { ...report(tickets, [problem('plan.md', 15, 'n', 1)]), base: { commit: 'abc', existing: [problem('plan.md', 5, 'o', 0)], fixed: [] } };
    const focused = focusReport(compared, new Map([['plan.md', [{ start: 22, end: 22 }]]]), compared.diagnostics);
    expect(focused.tickets.map((t) => t.title)).toEqual(['Two', 'Three']);
    expect(focused.diagnostics).toEqual([problem('plan.md', 15, 'n', 0)]);
    expect(focused.base?.existing).toEqual([problem('plan.md', 5, 'o')]);
  });
});
