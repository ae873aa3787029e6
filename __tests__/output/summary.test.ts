import { describe, expect, it } from '@jest/globals';
import type { Diagnostic, Report, TicketReport } from '../../src/core/engine/report.js';
import { renderComment } from '../../src/output/comment.js';
import { escapeMarkdown } from '../../src/output/escape.js';
import { renderDependencyGraph } from '../../src/output/mermaid.js';
import { renderSummary } from '../../src/output/summary.js';

const CONTEXT = { blobUrl: 'https://github.com/octo/roadmap/blob/abc', scope: 'Every ticket was linted: the event is push.' };

function ticket(file: string, title: string, overrides: Partial<TicketReport> = {}): TicketReport {
  return { file, line: 1, endLine: 20, id: null, title, format: 'single', state: 'open', tokens: 500, pointerTokens: 3_000, sessionTokens: 18_500, budget: 80_000, pointers: [], dependsOn: [], parallelWith: [], ...overrides };
}

function diagnostic(file: string, line: number, severity: 'error' | 'warning', message = 'Something is wrong'): Diagnostic {
  return { file, line, endLine: line, rule: 'path-exists', severity, message, fingerprint: `${file}:${line}` };
}

/** A report as the engine makes one: each diagnostic names its ticket by index, here the ticket whose lines hold it. */
function report(tickets: TicketReport[], diagnostics: Diagnostic[]): Report {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const owned = diagnostics.map((d) => {
    const ticketIndex = tickets.findIndex((t) => t.file === d.file && d.line >= t.line && d.line <= t.endLine);
    return ticketIndex === -1 ? d : { ...d, ticketIndex };
  });
  return { version: 1, tickets, diagnostics: owned, counts: { tickets: tickets.length, files: tickets.length, errors, warnings: diagnostics.length - errors } };
}

describe('escapeMarkdown', () => {
  it('mentions and references nobody, starts no math, and shows invisible characters', () => {
    expect(escapeMarkdown('cc @octocat #123 $x$ \u202Eevil\u200B')).toBe('cc @\u2060octocat \\#\u2060123 \\$x\\$ \\\\u202eevil\\\\u200b');
  });

  it('leaves nothing in ticket text that GitHub would render as markup', () => {
    expect(escapeMarkdown('a | b <script>alert(1)</script> [x](javascript:alert(1)) **b** `c`\n# h & ok')).toBe(
      'a \\| b &#60;script&#62;alert\\(1\\)&#60;/script&#62; \\[x\\]\\(javascript:alert\\(1\\)\\) \\*\\*b\\*\\* \\`c\\` \\#\u2060 h &#38; ok',
    );
  });
});

describe('renderSummary', () => {
  it('has a row per ticket with its size bar and verdict, then the problems grouped by ticket', () => {
    const tickets = [ticket('roadmap/a.md', 'Log in'), ticket('roadmap/b (v2).md', 'Log out', { id: 'B-2', pointerTokens: 76_500, sessionTokens: 92_000 })];
    const summary = renderSummary(report(tickets, [diagnostic('roadmap/b (v2).md', 3, 'error'), diagnostic('roadmap/b (v2).md', 9, 'warning')]), CONTEXT);
    expect(summary.split('\n')).toEqual([
      '## ticket-lint',
      '',
      '**1 error, 1 warning** in 2 tickets. Every ticket was linted: the event is push\\.',
      '',
      '| Ticket | Title | Tokens (ticket + files) | Session | Verdict |',
      '| --- | --- | ---: | --- | --- |',
      // Each ticket's own work against the 65,000 the 80,000 budget leaves after the 15,000 overhead, which is said once below.
      '| [roadmap/a\\.md:1](https://github.com/octo/roadmap/blob/abc/roadmap/a.md#L1) | Log in | 500 + 3,000 | `▓░░░░░░░░░` 5% of 65,000 | ✅ ready |',
      '| [roadmap/b \\(v2\\)\\.md:1](https://github.com/octo/roadmap/blob/abc/roadmap/b%20%28v2%29.md#L1) | B\\-2 Log out | 500 + 76,500 | `▓▓▓▓▓▓▓▓▓▓` 118% of 65,000 | ❌ 1 error, 1 warning |',
      '',
      "Session: the ticket's own work (ticket + files) against the room left of the 80,000-token budget after the agent's fixed overhead (`overhead-tokens`: 15,000).",
      '',
      '### Problems',
      '',
      '#### roadmap/b \\(v2\\)\\.md: B\\-2 Log out',
      '',
      '- ❌ [line 3](https://github.com/octo/roadmap/blob/abc/roadmap/b%20%28v2%29.md#L3) Something is wrong `path-exists`',
      '- ⚠️ [line 9](https://github.com/octo/roadmap/blob/abc/roadmap/b%20%28v2%29.md#L9) Something is wrong `path-exists`',
      '',
      '',
    ]);
  });

  it('says how many problems GitHub did not show as annotations (10 of each level per step)', () => {
    const diagnostics = [
      ...Array.from({ length: 12 }, (_, i) => diagnostic('roadmap/a.md', i + 1, 'error')),
      ...Array.from({ length: 11 }, (_, i) => diagnostic('roadmap/a.md', i + 1, 'warning')),
    ];
    expect(renderSummary(report([ticket('roadmap/a.md', 'A')], diagnostics), CONTEXT)).toContain(
      'GitHub shows 10 error and 10 warning annotations of a step: 3 problems are not annotated on the files. All are listed below and in the log.',
    );
  });

  it('F37: counts bytes, not characters, and shows 200 characters of a title of a megabyte', () => {
    const title = '界'.repeat(349_000);
    const summary = renderSummary(report([ticket('roadmap/a.md', title)], [diagnostic('roadmap/a.md', 1, 'error')]), CONTEXT);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain(`| ${'界'.repeat(199)}… |`);
    expect(summary).toContain(`### roadmap/a\\.md: ${'界'.repeat(199)}…`);
  });

  it('stays under the size limit and says so when it cuts', () => {
    const tickets = Array.from({ length: 400 }, (_, i) => ticket(`roadmap/t${i}.md`, `Ticket ${i}`));
    const diagnostics = tickets.flatMap((t) => Array.from({ length: 5 }, (_, i) => diagnostic(t.file, i + 1, 'error', 'x'.repeat(200))));
    const summary = renderSummary(report(tickets, diagnostics), CONTEXT, 64 * 1024);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(64 * 1024);
    expect(summary).toMatch(/> \*\*This summary was cut to stay under GitHub's 1 MiB limit:\*\* \d+ ticket rows and the problems of \d+ tickets are not shown\./);
  });

  it('escapes ticket text in the table and the problems', () => {
    const evil = ticket('roadmap/evil.md', '| <img src=x onerror=alert(1)> [click](javascript:alert(1))');
    const summary = renderSummary(report([evil], [diagnostic('roadmap/evil.md', 2, 'error', "Vague phrase '<b>etc</b>'")]), CONTEXT);
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('<b>');
    expect(summary).not.toContain('](javascript');
    expect(summary).toContain('\\| &#60;img src=x onerror=alert\\(1\\)&#62; \\[click\\]\\(javascript:alert\\(1\\)\\)');
  });
});

describe('renderComment', () => {
  it('starts with the hidden marker and lists the problems, or says all clear', () => {
    const context = { blobUrl: CONTEXT.blobUrl, runUrl: 'https://github.com/octo/roadmap/actions/runs/1' };
    expect(renderComment(report([ticket('roadmap/a.md', 'A')], [diagnostic('roadmap/a.md', 4, 'error')]), context)).toBe(
      [
        '<!-- ticket-lint:sticky-comment -->',
        '### ticket-lint',
        '',
        '**1 error, 0 warnings** in 1 ticket. ([run](https://github.com/octo/roadmap/actions/runs/1))',
        '',
        '- ❌ [roadmap/a\\.md:4](https://github.com/octo/roadmap/blob/abc/roadmap/a.md#L4) A: Something is wrong `path-exists`',
        '',
      ].join('\n'),
    );
    expect(renderComment(report([ticket('roadmap/a.md', 'A')], []), context)).toBe(
      '<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\n✅ All clear: 1 ticket linted, no problems. ([run](https://github.com/octo/roadmap/actions/runs/1))\n',
    );
  });
});

describe('renderDependencyGraph', () => {
  it('draws linted tickets and what they wait for, errors marked, other tickets dashed, labels escaped', () => {
    const tickets = [
      ticket('roadmap/a.md', 'Schema "v2" <b>', { id: 'A-1' }),
      ticket('roadmap/b.md', 'Queries `fast`', { id: 'A-2', dependsOn: ['A-1', 'Z-9'] }),
    ];
    expect(renderDependencyGraph(report(tickets, [diagnostic('roadmap/b.md', 3, 'error')]))).toBe(
      [
        '```mermaid',
        'graph LR',
        '  t0["A-1 Schema #34;v2#34; #60;b#62;"]',
        '  t1["A-2 Queries #96;fast#96;"]:::error',
        '  t2["Z-9"]:::context',
        '  t0 --> t1',
        '  t2 --> t1',
        '  classDef error fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef context fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('F39: cuts a long label between characters, never inside an emoji', () => {
    const tickets = [ticket('roadmap/a.md', `${'a'.repeat(34)}🚀🚀🚀`, { id: 'A-1' }), ticket('roadmap/b.md', 'B', { id: 'A-2', dependsOn: ['A-1'] })];
    const graph = renderDependencyGraph(report(tickets, [])) ?? '';
    expect(graph).toContain(`  t0["A-1 ${'a'.repeat(34)}#128640;#8230;"]`);
    expect(graph).not.toMatch(/#5[56]\d{3};/);
  });

  it('draws at most 100 tickets and says how many it left out, and nothing without dependencies', () => {
    const tickets = Array.from({ length: 120 }, (_, i) => ticket(`roadmap/t${i}.md`, `T${i}`, { id: `T-${i}`, dependsOn: i > 0 ? [`T-${i - 1}`] : [] }));
    const graph = renderDependencyGraph(report(tickets, [])) ?? '';
    expect(graph.split('\n').filter((line) => /^ {2}t\d+\[/.test(line))).toHaveLength(100);
    expect(graph).toContain('The graph shows 100 of 120 tickets; the JSON report (`report` output) has every dependency.');
    expect(renderDependencyGraph(report([ticket('roadmap/a.md', 'A')], []))).toBeUndefined();
  });
});
