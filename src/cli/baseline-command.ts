import { BaselineError, baselineLocation, readBaseline, writeBaseline, type BaselineFile } from '../app/baseline-file.js';
import { baselineSize, pruneBaseline, recordBaseline, type LintedFiles } from '../core/engine/baseline.js';
import type { BaselineEntry, Report } from '../core/engine/report.js';
import { plural } from '../core/text/wording.js';
import { printable, printableLineStart } from '../output/escape.js';
import type { BaselineCommand, CliOptions } from './arguments.js';
import type { CliIo } from './run-cli.js';

/**
 * The baseline the run reads, before it lints so that a bad one stops it at once. A lint run uses the
 * file when there is one; pruning needs it; writing reads it only to keep the entries of files it does not
 * lint, and writes over a corrupt one when it lints every ticket.
 */
export function openBaseline(options: CliOptions, linted: LintedFiles): BaselineFile | undefined {
  if (options.command === 'prune-baseline') return readBaseline(options.root, baselineLocation(options.root, options.baselineFile).path);
  if (options.command === 'write-baseline' && linted === undefined) return undefined;
  return readBaseline(options.root, options.baselineFile);
}

/** `--write-baseline` or `--prune-baseline` after the run: writes the file, says what changed on stderr, exit 0. */
export function updateBaseline(command: BaselineCommand, report: Report, previous: BaselineFile | undefined, options: CliOptions, linted: LintedFiles, io: CliIo): number {
  const target = previous ?? baselineLocation(options.root, options.baselineFile);
  if (command === 'write-baseline') {
    const baseline = recordBaseline(report, previous?.baseline, linted);
    writeBaseline(options.root, target.path, baseline);
    const files = new Set(report.diagnostics.map((diagnostic) => diagnostic.file)).size;
    const kept = baselineSize(baseline.entries).problems - report.diagnostics.length;
    const keptNote = kept > 0 ? `, and kept ${plural(kept, 'problem')} of files not linted this time` : '';
    io.stderr(`ticket-lint: recorded ${plural(report.diagnostics.length, 'problem')} in ${plural(files, 'file')} in ${printable(target.name)}${keptNote}\n`);
    return 0;
  }
  if (previous === undefined) throw new BaselineError('--prune-baseline needs a baseline file');
  const { baseline, removed } = pruneBaseline(report, previous.baseline, linted);
  if (removed.length === 0) {
    io.stderr(`ticket-lint: nothing to prune: every entry of ${printable(previous.name)} still matches a problem\n`);
    return 0;
  }
  writeBaseline(options.root, target.path, baseline);
  const left = baselineSize(baseline.entries);
  io.stderr(
    `ticket-lint: pruned ${printable(previous.name)}: removed ${plural(baselineSize(removed).problems, 'problem')} no longer found, ` +
      `${plural(left.problems, 'problem')} in ${plural(left.files, 'file')} left\n`,
  );
  for (const entry of removed) io.stderr(`  ${removedLine(entry)}\n`);
  return 0;
}

function removedLine({ file, rule, fingerprint, count }: BaselineEntry): string {
  return `${printableLineStart(file)}  ${printable(rule)}  ${fingerprint}  ${plural(count, 'problem')}`;
}
