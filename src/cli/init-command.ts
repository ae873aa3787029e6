import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORKFLOW_TEXT, findTickets } from '../app/init-repository.js';
import { lintTickets } from '../app/lint-tickets.js';
import { openWorkspace } from '../app/open-workspace.js';
import { selectTickets } from '../app/select-tickets.js';
import { DEFAULT_CONFIG_FILE } from '../core/config/config.js';
import { plural } from '../core/text/wording.js';
import { printable } from '../output/escape.js';
import type { CliIo } from './run-cli.js';

const WORKFLOW_FILE = path.join('.github', 'workflows', 'tickets.yml');

/**
 * `ticket-lint init`: names the ticket formats and headings it finds, writes the config and the
 * workflow that fit them (never over a file that exists), and says what a first run reports.
 */
export async function initRepository(root: string, io: CliIo): Promise<number> {
  const found = findTickets(openWorkspace({ root, configFile: undefined }).repository);
  const formats = [...found.formats].map(([format, files]) => `${format} (${plural(files, 'file')})`);
  io.stdout(formats.length > 0 ? `Ticket formats found: ${formats.join(', ')}.\n` : 'No ticket files found yet; the config lists where each format keeps them.\n');
  if (found.extraGlobs.length > 0) io.stdout(`Tickets outside the default places: ${found.extraGlobs.map(printable).join(', ')}.\n`);
  for (const { heading, files } of found.unknownHeadings) io.stdout(`A heading no section is read from: '${printable(heading)}' (${plural(files, 'file')}).\n`);
  for (const [file, text] of [
    [DEFAULT_CONFIG_FILE, found.configText],
    [WORKFLOW_FILE, WORKFLOW_TEXT],
  ] as const) {
    const target = path.join(root, file);
    if (existsSync(target)) {
      io.stdout(`Left ${file} as it is: it exists.\n`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    io.stdout(`Wrote ${file}.\n`);
  }
  const workspace = openWorkspace({ root });
  const { report } = await lintTickets(workspace, selectTickets(workspace, { kind: 'every-ticket' }), io.workers);
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const diagnostic of report.diagnostics) {
    const counts = byRule.get(diagnostic.rule) ?? { errors: 0, warnings: 0 };
    if (diagnostic.severity === 'error') counts.errors += 1;
    else counts.warnings += 1;
    byRule.set(diagnostic.rule, counts);
  }
  io.stdout(`\nA first run lints ${plural(report.counts.tickets, 'ticket')} in ${plural(report.counts.files, 'file')}: ${plural(report.counts.errors, 'error')}, ${plural(report.counts.warnings, 'warning')}.\n`);
  for (const [rule, { errors, warnings }] of [...byRule].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings)) {
    io.stdout(`  ${rule.padEnd(20)} ${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')}\n`);
  }
  io.stdout("Run 'ticket-lint' to see each problem.\n");
  return 0;
}
