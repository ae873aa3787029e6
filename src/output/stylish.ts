import type { BaselineResult, Diagnostic, Report, TicketReport } from '../core/engine/report.js';
import { ticketShortName } from '../core/parse/ticket-names.js';
import { formatCount, plural, shorten } from '../core/text/wording.js';
import { baselineWords } from './baseline-words.js';
import { printable, printableLineStart } from './escape.js';
import type { ReportFormat } from './format.js';

/** ESLint's "stylish" layout, with each ticket's size: the CLI's default output and the action's log. */
export const stylishFormat: ReportFormat = {
  name: 'stylish',
  description: "each file's tickets with their sizes, then its problems (ESLint's layout)",
  write: (report, _tool, out) => out(formatStylish(report)),
};

function ticketLine(ticket: TicketReport): string {
  const name = ticketShortName(ticket);
  const label = shorten(name, 40);
  const share = Math.round((ticket.sessionTokens / ticket.budget) * 100);
  // An estimate of the model's own tokens is marked, so nobody takes it for a count.
  const about = ticket.estimated ? '≈' : '';
  return (
    `  ticket ${printable(label)} (line ${ticket.line}): ${about}${formatCount(ticket.tokens)} tokens + ${about}${formatCount(ticket.pointerTokens)} in files` +
    ` → session ${about}${formatCount(ticket.sessionTokens)} of ${formatCount(ticket.budget)} (${share}%)`
  );
}

/** ESLint's "stylish" layout: each file with its tickets' sizes and its problems, then one summary line. */
export function formatStylish(report: Report): string {
  const files = new Map<string, { tickets: TicketReport[]; diagnostics: Diagnostic[] }>();
  const entry = (file: string) => {
    let found = files.get(file);
    if (!found) {
      found = { tickets: [], diagnostics: [] };
      files.set(file, found);
    }
    return found;
  };
  for (const ticket of report.tickets) entry(ticket.file).tickets.push(ticket);
  for (const diagnostic of report.diagnostics) entry(diagnostic.file).diagnostics.push(diagnostic);
  const lines: string[] = [];
  for (const [file, { tickets, diagnostics }] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(printableLineStart(file));
    for (const ticket of tickets) lines.push(ticketLine(ticket));
    // Row by row: a spread of 126,000 rows overflows the stack.
    for (const row of problemRows(diagnostics.map((d) => [`${d.line}:${d.column ?? 1}`, d.severity, printable(d.message), d.rule]))) lines.push(row);
    lines.push('');
  }
  const { errors, warnings, tickets, files: fileCount } = report.counts;
  const problems = errors + warnings;
  const scope = `${plural(tickets, 'ticket')} in ${plural(fileCount, 'file')}`;
  const fresh = report.base ? 'new ' : '';
  if (report.base && report.base.existing.length > 0) {
    lines.push(`Already at ${printable(report.base.commit)} (not counted):`);
    for (const row of problemRows(report.base.existing.map((d) => [`${printable(d.file)}:${d.line}:${d.column ?? 1}`, d.severity, printable(d.message), d.rule]))) lines.push(row);
    lines.push('');
  }
  const before = report.base ? `; ${plural(report.base.existing.length, 'problem')} already at ${printable(report.base.commit)}, ${report.base.fixed.length} fixed` : '';
  lines.push(
    problems === 0
      ? `✔ No ${fresh}problems in ${scope}${before}`
      : `✖ ${plural(problems, `${fresh}problem`)} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${scope}${before}`,
  );
  if (report.baseline) lines.push(...baselineLines(report.baseline));
  return `${lines.join('\n')}\n`;
}

/** Rows of where, severity, message and rule, in columns. */
function problemRows(rows: readonly string[][]): string[] {
  // Widths in a loop, for the same reason.
  let whereWidth = 0;
  let severityWidth = 0;
  for (const [where = '', severity = ''] of rows) {
    whereWidth = Math.max(whereWidth, where.length);
    severityWidth = Math.max(severityWidth, severity.length);
  }
  return rows.map(([where = '', severity = '', message = '', rule = '']) => `  ${where.padEnd(whereWidth)}  ${severity.padEnd(severityWidth)}  ${message}  ${rule}`);
}

/** How many problems the baseline suppressed, and a warning when some of its entries match nothing any more. */
function baselineLines(result: BaselineResult): string[] {
  const words = baselineWords(result, printable, (line) => `'${printable(line)}'`);
  return words.stale === undefined ? [words.suppressed] : [words.suppressed, `⚠ ${words.stale}`];
}
