import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/core/engine/report.js';
import { CORPUS } from './corpus.js';
import { FIXTURES } from './lint-fixture.js';

/**
 * One path-like reference to a path that does not exist, as a reader judged it without seeing
 * ticket-lint's output (hand-lists/BRIEF.md): a real broken pointer, a file the ticket creates, or
 * not a pointer into the repository at all.
 */
export interface HandEntry {
  file: string;
  line: number;
  written: string;
  verdict: 'broken' | 'to-be-created' | 'not-a-pointer';
  category: string;
  declared?: boolean;
  ticketDone?: boolean;
  resolvesTo?: string;
}

export const PATH_RULES = new Set(['path-exists', 'path-outside-repo']);

export function handList(corpus: string): HandEntry[] {
  const file = path.join(FIXTURES, 'hand-lists', `${corpus}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as HandEntry);
}

export interface PathReport {
  file: string;
  line: number;
  rule: string;
  path: string;
  message: string;
}

export interface Judged {
  /** Reports the hand list calls a real broken pointer. */
  truePositives: PathReport[];
  /** Reports the hand list calls something else (a file to be created, not a pointer), with its entry. */
  falsePositives: Array<{ report: PathReport; entry: HandEntry }>;
  /** Reports the hand list has no entry for. */
  unlisted: PathReport[];
  /** The real broken pointers of open tickets, but bare names some tracked file has (readers differed on those). */
  broken: HandEntry[];
  caught: HandEntry[];
}

const bare = (written: string): string => written.replace(/^`|`$/g, '').replace(/^\.\//, '').replace(/[:#].*$/, '');

/** The path a path report is about, as its message quotes it. */
function reportedPath(message: string): string {
  const quoted = /(?:Path|Glob) '([^']+)'/.exec(message);
  return bare(quoted?.[1] ?? '');
}

/** Judges a report's path problems against the corpus's hand list, matching by file, line and path. */
export function judge(corpus: string, report: Report): Judged {
  const entries = handList(corpus);
  const tracked = readFileSync(path.join(CORPUS, corpus, 'FILES.txt'), 'utf8').split('\n');
  const names = new Set(tracked.map((file) => file.slice(file.lastIndexOf('/') + 1)));
  const reports: PathReport[] = report.diagnostics
    .filter((diagnostic) => PATH_RULES.has(diagnostic.rule))
    .map((diagnostic) => ({ file: diagnostic.file, line: diagnostic.line, rule: diagnostic.rule, path: reportedPath(diagnostic.message), message: diagnostic.message }));
  const entriesOf = (pathReport: PathReport): HandEntry[] =>
    entries.filter(
      (entry) =>
        entry.file === pathReport.file &&
        entry.line === pathReport.line &&
        (bare(entry.written).replace(/^@/, '').includes(pathReport.path) || pathReport.path.includes(bare(entry.written).replace(/^@/, ''))),
    );
  const judged: Judged = { truePositives: [], falsePositives: [], unlisted: [], broken: [], caught: [] };
  const matched = new Set<HandEntry>();
  for (const pathReport of reports) {
    const found = entriesOf(pathReport);
    for (const entry of found) matched.add(entry);
    const broken = found.find((entry) => entry.verdict === 'broken');
    if (broken) judged.truePositives.push(pathReport);
    else if (found[0]) judged.falsePositives.push({ report: pathReport, entry: found[0] });
    else judged.unlisted.push(pathReport);
  }
  const isKnownName = (entry: HandEntry): boolean => !bare(entry.written).includes('/') && names.has(bare(entry.written));
  judged.broken = entries.filter((entry) => entry.verdict === 'broken' && entry.ticketDone !== true && !isKnownName(entry));
  judged.caught = judged.broken.filter((entry) => matched.has(entry));
  return judged;
}
