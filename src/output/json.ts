import type { ReportFormat } from './format.js';
import { writeJson } from './json-writer.js';

/** The report as JSON (docs/report.md), as `--format json` prints it and the action's `report` output holds it; with a baseline, its `baseline` field too (docs/baseline.md). */
export const jsonFormat: ReportFormat = {
  name: 'json',
  description: 'the report as JSON',
  write: (report, _tool, out) => writeJson(report, out),
};
