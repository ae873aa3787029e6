import { ticketOf, type Report } from '../core/engine/report.js';
import { ticketFullName, ticketReference } from '../core/parse/ticket-names.js';
import { escapeMermaid } from './escape.js';

/** Mermaid draws no more nodes than this in a summary; past it, a note says how many are left out. */
export const GRAPH_NODE_LIMIT = 100;

/**
 * The linted tickets and what they wait for, as a Mermaid graph (an arrow from a ticket to the one
 * that waits for it); tickets with errors are marked, tickets not linted here are dashed. Undefined
 * when no linted ticket waits for anything.
 */
export function renderDependencyGraph(report: Report): string | undefined {
  if (!report.tickets.some((ticket) => ticket.dependsOn.length > 0)) return undefined;
  const withErrors = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => ticketOf(report, d)));
  const nodes = new Map<string, { label: string; linted: boolean; error: boolean }>();
  for (const ticket of report.tickets) {
    const key = ticketReference(ticket);
    nodes.set(key, { label: ticketFullName(ticket, key), linted: true, error: withErrors.has(ticket) });
  }
  for (const ticket of report.tickets) {
    for (const dependency of ticket.dependsOn) if (!nodes.has(dependency)) nodes.set(dependency, { label: dependency, linted: false, error: false });
  }
  const shown = [...nodes.keys()].slice(0, GRAPH_NODE_LIMIT);
  const name = new Map(shown.map((key, index) => [key, `t${index}`]));
  const lines = ['```mermaid', 'graph LR'];
  for (const key of shown) {
    const node = nodes.get(key);
    if (!node) continue;
    const style = node.error ? ':::error' : node.linted ? '' : ':::context';
    lines.push(`  ${name.get(key)}["${escapeMermaid(node.label)}"]${style}`);
  }
  for (const ticket of report.tickets) {
    const to = name.get(ticketReference(ticket));
    for (const dependency of ticket.dependsOn) {
      const from = name.get(dependency);
      if (from && to) lines.push(`  ${from} --> ${to}`);
    }
  }
  lines.push('  classDef error fill:#ffebe9,stroke:#cf222e,color:#1f2328', '  classDef context fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3', '```', '');
  if (nodes.size > GRAPH_NODE_LIMIT) {
    lines.push(`The graph shows ${GRAPH_NODE_LIMIT} of ${nodes.size} tickets; the JSON report (\`report\` output) has every dependency.`, '');
  }
  return lines.join('\n');
}
