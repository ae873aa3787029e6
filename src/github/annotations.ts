import * as core from '@actions/core';
import type { Diagnostic, Report } from '../core/engine/report.js';

export function annotationTitle(diagnostic: Diagnostic): string {
  return `ticket-lint(${diagnostic.rule})`;
}

export function annotationProperties(diagnostic: Diagnostic): core.AnnotationProperties {
  return {
    title: annotationTitle(diagnostic),
    file: diagnostic.file,
    startLine: diagnostic.line,
    endLine: diagnostic.endLine,
    // GitHub accepts a column only on a one-line annotation.
    ...(diagnostic.column !== undefined && diagnostic.endLine === diagnostic.line ? { startColumn: diagnostic.column } : {}),
  };
}

/** One workflow-command annotation per diagnostic, errors first; @actions/core escapes the text. */
export function annotate(report: Report): void {
  const ordered = [
    ...report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    ...report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning'),
  ];
  for (const diagnostic of ordered) {
    const emit = diagnostic.severity === 'error' ? core.error : core.warning;
    emit(diagnostic.message, annotationProperties(diagnostic));
  }
}
