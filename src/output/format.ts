import type { Report } from '../core/engine/report.js';

/** A way to print a whole report as text, chosen by name (`--format`). */
export interface ReportFormat {
  name: string;
  /** A few words for `--help`. */
  description: string;
  render(report: Report): string;
}
