import { problemKey } from './fingerprint.js';
import { countBySeverity, type BaselineEntry, type Diagnostic, type Report } from './report.js';

/** The baseline file (docs/baseline.md): the problems a repository had when it was written, to be suppressed. */
export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export const DEFAULT_BASELINE_FILE = '.ticket-lint-baseline.json';

/**
 * The files a run linted. Entries of other files neither suppress anything nor go stale: linting one
 * folder must not call the rest of the baseline stale. Undefined: the whole repository was linted, so an
 * entry of a file that is no longer a ticket is stale too.
 */
export type LintedFiles = readonly string[] | undefined;

const entryKey = (entry: Pick<BaselineEntry, 'file' | 'rule' | 'fingerprint'>): string => problemKey(entry.file, entry.rule, entry.fingerprint);

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return order(a.file, b.file) || order(a.rule, b.rule) || order(a.fingerprint, b.fingerprint);
}

/** One entry per file, rule and fingerprint, counting the problems (or adding the counts) of each, in a stable order. */
export function baselineEntries(problems: readonly (Pick<BaselineEntry, 'file' | 'rule' | 'fingerprint'> & { count?: number })[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const problem of problems) {
    const key = entryKey(problem);
    const found = byKey.get(key);
    if (found) found.count += problem.count ?? 1;
    else byKey.set(key, { file: problem.file, rule: problem.rule, fingerprint: problem.fingerprint, count: problem.count ?? 1 });
  }
  return [...byKey.values()].sort(compareEntries);
}

function inScope(lintedFiles: LintedFiles): (entry: BaselineEntry) => boolean {
  if (lintedFiles === undefined) return () => true;
  const linted = new Set(lintedFiles);
  return (entry) => linted.has(entry.file);
}

interface Matched {
  reported: Diagnostic[];
  suppressed: number;
  stale: BaselineEntry[];
}

/**
 * Each problem takes one of its entry's count; problems beyond the count are reported, the last ones in
 * report order (a copy of a line below the original is the new one). What no problem took is stale.
 */
function matchBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, lintedFiles: LintedFiles): Matched {
  const scoped = baseline.entries.filter(inScope(lintedFiles));
  const left = new Map(scoped.map((entry) => [entryKey(entry), entry.count]));
  const reported: Diagnostic[] = [];
  let suppressed = 0;
  for (const diagnostic of diagnostics) {
    const key = entryKey(diagnostic);
    const count = left.get(key) ?? 0;
    if (count > 0) {
      left.set(key, count - 1);
      suppressed += 1;
    } else {
      reported.push(diagnostic);
    }
  }
  const stale = scoped.flatMap((entry) => {
    const unused = left.get(entryKey(entry)) ?? 0;
    return unused > 0 ? [{ ...entry, count: unused }] : [];
  });
  return { reported, suppressed, stale };
}

/**
 * The report with the baseline's problems taken out: `diagnostics` and `counts` hold what it did not
 * suppress, `baseline` says how many it did and which entries are stale. `fileName` is how the report names
 * the baseline file.
 */
export function applyBaseline(report: Report, baseline: Baseline, fileName: string, lintedFiles?: LintedFiles): Report {
  const { reported, suppressed, stale } = matchBaseline(report.diagnostics, baseline, lintedFiles);
  return {
    ...report,
    diagnostics: reported,
    counts: { ...report.counts, ...countBySeverity(reported) },
    baseline: { file: fileName, suppressed, stale },
  };
}

/**
 * The baseline to write after a run: every problem of the linted files, and the entries of files the run
 * did not lint kept from the `previous` baseline.
 */
export function recordBaseline(report: Report, previous: Baseline | undefined, lintedFiles?: LintedFiles): Baseline {
  const scoped = inScope(lintedFiles);
  const kept = (previous?.entries ?? []).filter((entry) => !scoped(entry));
  return { version: 1, entries: baselineEntries([...kept, ...report.diagnostics]) };
}

/** The baseline without its stale entries (counts lowered to the problems still there); never adds an entry. */
export function pruneBaseline(report: Report, baseline: Baseline, lintedFiles?: LintedFiles): { baseline: Baseline; removed: BaselineEntry[] } {
  const { stale } = matchBaseline(report.diagnostics, baseline, lintedFiles);
  const unused = new Map(stale.map((entry) => [entryKey(entry), entry.count]));
  const entries = baseline.entries
    .map((entry) => ({ ...entry, count: entry.count - (unused.get(entryKey(entry)) ?? 0) }))
    .filter((entry) => entry.count > 0);
  return { baseline: { version: 1, entries }, removed: stale };
}

/** The file's text: one entry a line, so that a change to the baseline reads well in a diff. */
export function serializeBaseline(baseline: Baseline): string {
  const lines = [...baseline.entries]
    .sort(compareEntries)
    .map(({ file, rule, fingerprint, count }) => `    ${JSON.stringify({ file, rule, fingerprint, count })}`);
  return `{\n  "version": 1,\n  "entries": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** How many problems in how many files: what a baseline, or a part of one, holds. */
export function baselineSize(entries: readonly BaselineEntry[]): { problems: number; files: number } {
  return { problems: entries.reduce((sum, entry) => sum + entry.count, 0), files: new Set(entries.map((entry) => entry.file)).size };
}
