import { expect } from '@jest/globals';
import type { Diagnostic } from '../../src/core/engine/report.js';
import { lintInAppRepository } from './app-repository.js';
import { lintTexts, readFixture, type ConfigValues } from './lint-fixture.js';

/** One diagnostic a rule must report, each part asserted: where, how severe, what it says. */
export interface Expected {
  line: number;
  /** The last line, when it is not `line`. */
  endLine?: number;
  /** Absent when the rule reports the line as a whole. */
  column?: number;
  severity: 'error' | 'warning';
  message: string;
  /** The ticket file, when it is not the fixture's. */
  file?: string;
}

export interface TesterOptions {
  /** Lint in a real git repository of the app's files (see app-repository.ts) instead of in memory. */
  inGitRepository?: boolean;
  /** Files of the in-memory repository besides the ticket. */
  repository?: Record<string, string | Uint8Array>;
  config?: ConfigValues;
}

/** A ticket to lint: a fixture of `__tests__/fixtures/rules/<rule>/`, or its text. */
export type TicketCase = string | { text: string; name?: string; config?: ConfigValues };

/**
 * ESLint's RuleTester for ticket-lint: a rule's diagnostics on a ticket, each compared in full (rule,
 * file, line, end line, column, severity, message), so a test named "is a warning" checks the severity.
 */
export function ruleTester(ruleId: string, options: TesterOptions = {}) {
  const diagnosticsOf = async (ticket: TicketCase, config: ConfigValues = {}): Promise<{ file: string; found: Diagnostic[] }> => {
    const file = `roadmap/${typeof ticket === 'string' ? ticket : (ticket.name ?? 'ticket.md')}`;
    const text = typeof ticket === 'string' ? readFixture('rules', ruleId, ticket) : ticket.text;
    const merged = { ...options.config, ...(typeof ticket === 'string' ? {} : ticket.config), ...config };
    const report = options.inGitRepository
      ? await lintInAppRepository({ [file]: text }, merged)
      : await lintTexts({ [file]: text }, { ...(options.repository ? { repository: options.repository } : {}), config: merged });
    return { file, found: report.diagnostics.filter((diagnostic) => diagnostic.rule === ruleId) };
  };
  return {
    /** The rule reports nothing on the ticket. */
    async accepts(ticket: TicketCase, config?: ConfigValues): Promise<void> {
      const { found } = await diagnosticsOf(ticket, config);
      expect(found.map(({ line, message }) => `${line} ${message}`)).toEqual([]);
    },
    /** The rule reports exactly these diagnostics on the ticket, in order. */
    async reports(ticket: TicketCase, expected: Expected[], config?: ConfigValues): Promise<void> {
      const { file, found } = await diagnosticsOf(ticket, config);
      const actual = found.map((d) => ({
        rule: d.rule,
        file: d.file,
        line: d.line,
        endLine: d.endLine,
        ...(d.column !== undefined ? { column: d.column } : {}),
        severity: d.severity,
        message: d.message,
      }));
      const wanted = expected.map((e) => ({
        rule: ruleId,
        file: e.file ?? file,
        line: e.line,
        endLine: e.endLine ?? e.line,
        ...(e.column !== undefined ? { column: e.column } : {}),
        severity: e.severity,
        message: e.message,
      }));
      expect(actual).toEqual(wanted);
    },
  };
}
