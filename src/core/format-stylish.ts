import type { Diagnostic, Report } from './report.js';

/** Control characters from a ticket must not reach a terminal as escape sequences. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (character) =>
    `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** ESLint's "stylish" layout: problems under each file, then one summary line. */
export function formatStylish(report: Report): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of report.diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const lines: string[] = [];
  for (const [file, diagnostics] of byFile) {
    lines.push(printable(file));
    const rows = diagnostics.map((d) => [`${d.line}:${d.column ?? 1}`, d.severity, printable(d.message), d.rule]);
    const width = (column: number): number => Math.max(...rows.map((row) => (row[column] ?? '').length));
    for (const row of rows) {
      const [where = '', severity = '', message = '', rule = ''] = row;
      lines.push(`  ${where.padEnd(width(0))}  ${severity.padEnd(width(1))}  ${message}  ${rule}`);
    }
    lines.push('');
  }
  const { errors, warnings, tickets, files } = report.counts;
  const problems = errors + warnings;
  const scope = `${plural(tickets, 'ticket')} in ${plural(files, 'file')}`;
  lines.push(
    problems === 0
      ? `✔ No problems in ${scope}`
      : `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${scope}`,
  );
  return `${lines.join('\n')}\n`;
}
