import type { ReportFormat } from './format.js';
import { jsonFormat } from './json.js';
import { sarifFormat } from './sarif.js';
import { stylishFormat } from './stylish.js';

/** Every text format of the report, by the name `--format` takes; the first is the default. */
export const REPORT_FORMATS: readonly ReportFormat[] = [stylishFormat, jsonFormat, sarifFormat];

export function reportFormat(name: string): ReportFormat | undefined {
  return REPORT_FORMATS.find((format) => format.name === name);
}
