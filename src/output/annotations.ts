import type { Diagnostic, Report } from '../core/engine/report.js';

/** An annotation on a ticket file, as GitHub's workflow commands take it; @actions/core escapes it when it is written. */
export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: { title: string; file: string; startLine: number; endLine: number; startColumn?: number };
}

export function annotationTitle(diagnostic: Diagnostic): string {
  return `ticket-lint(${diagnostic.rule})`;
}

/**
 * One annotation per diagnostic, errors first: GitHub shows only the first 10 of each level of a step.
 * `folder` is where the linted root is in its repository (`packages/app/`): GitHub reads an annotation's
 * file from the repository's top level.
 */
export function annotations(report: Report, folder = ''): Annotation[] {
  const ordered = [...report.diagnostics.filter((d) => d.severity === 'error'), ...report.diagnostics.filter((d) => d.severity === 'warning')];
  return ordered.map((diagnostic) => ({
    level: diagnostic.severity,
    message: diagnostic.message,
    properties: {
      title: annotationTitle(diagnostic),
      file: `${folder}${diagnostic.file}`,
      startLine: diagnostic.line,
      endLine: diagnostic.endLine,
      // GitHub accepts a column only on a one-line annotation.
      ...(diagnostic.column !== undefined && diagnostic.endLine === diagnostic.line ? { startColumn: diagnostic.column } : {}),
    },
  }));
}
