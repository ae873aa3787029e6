import type { Report } from '../core/engine/report.js';
import type { RuleMeta } from '../core/engine/rule.js';
import { textWrittenBy, type TextSink } from './text-sink.js';

/** The tool behind a report, for the formats that describe it (SARIF names the tool and every rule). */
export interface ReportTool {
  /** The package version. */
  version: string;
  /** Every registered rule, in registry order. */
  rules: readonly Pick<RuleMeta, 'id' | 'severity' | 'description' | 'url'>[];
  /** Where the linted root is in its repository (`packages/app/`, or ''): SARIF names files from the repository's top level. */
  repositoryFolder?: string;
}

/** A way to print a whole report as text, chosen by name (`--format`). */
export interface ReportFormat {
  name: string;
  /** A few words for `--help`. */
  description: string;
  /** Writes the report to `out` in pieces (a large report is never one string). */
  write(report: Report, tool: ReportTool, out: TextSink): void;
}

/** The whole report in a format, as one string. */
export function renderReport(format: ReportFormat, report: Report, tool: ReportTool): string {
  return textWrittenBy((out) => format.write(report, tool, out));
}
