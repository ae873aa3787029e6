import * as core from '@actions/core';
import type { Report } from '../core/engine/report.js';
import { annotations } from '../output/annotations.js';

/** Writes the report's annotations as workflow commands; @actions/core escapes message and properties. */
export function annotate(report: Report, folder: string): void {
  for (const { level, message, properties } of annotations(report, folder)) (level === 'error' ? core.error : core.warning)(message, properties);
}
