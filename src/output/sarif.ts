import type { Log, ReportingDescriptor, Result } from 'sarif';
import { problemKey } from '../core/engine/fingerprint.js';
import { compareDiagnostics, type Diagnostic, type Report } from '../core/engine/report.js';
import { encodePath } from './escape.js';
import type { ReportFormat, ReportTool } from './format.js';
import { writeJson } from './json-writer.js';

/** The OASIS schema the log follows; `__tests__/fixtures/sarif/` holds a copy that the tests validate against. */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Paths are relative to the repository root, the base code scanning and CodeQL call by this name. */
const SOURCE_ROOT = '%SRCROOT%';

/** The `partialFingerprints` key of the report's fingerprint; versioned, as SARIF asks, so that another recipe can take another key. */
export const FINGERPRINT_KEY = 'ticketLintFingerprint/v1';

/** The report as SARIF 2.1.0 (docs/sarif.md), as `--format sarif` prints it and the action's `sarif` output holds it. */
export const sarifFormat: ReportFormat = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for code scanning',
  write: (report, tool, out) => writeJson(sarifLog(report, tool), out),
};

type BaselineState = 'new' | 'unchanged';

/**
 * One run: the tool with every rule, and a result per problem of the linted files. With a base
 * commit, the new problems are `new` and those the base already had `unchanged`; the fixed ones are
 * left out (docs/sarif.md says why).
 */
export function sarifLog(report: Report, tool: ReportTool): Log {
  const ruleIndex = new Map(tool.rules.map((rule, index) => [rule.id, index]));
  const problems: { diagnostic: Diagnostic; state: BaselineState | undefined }[] = [
    ...report.diagnostics.map((diagnostic) => ({ diagnostic, state: report.base ? ('new' as const) : undefined })),
    ...(report.base?.existing ?? []).map((diagnostic) => ({ diagnostic, state: 'unchanged' as const })),
  ].sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic));
  const seen = new Map<string, number>();
  const results = problems.map(({ diagnostic, state }) => {
    // Problems of one rule on lines of the same text in one ticket share a fingerprint; code scanning
    // would take them for one alert, so each gets its place among them, in line order.
    const key = problemKey(diagnostic.file, diagnostic.rule, diagnostic.fingerprint);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return sarifResult(diagnostic, `${tool.repositoryFolder ?? ''}${diagnostic.file}`, ruleIndex.get(diagnostic.rule), `${diagnostic.fingerprint}:${occurrence}`, state);
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ticket-lint', version: tool.version, semanticVersion: tool.version, rules: tool.rules.map(ruleDescriptor) } },
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function ruleDescriptor(rule: ReportTool['rules'][number]): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.url ? { helpUri: rule.url, help: { text: `${rule.description} ${rule.url}`, markdown: `${rule.description} [Read more](${rule.url}).` } } : {}),
    defaultConfiguration: { level: rule.severity },
  };
}

function sarifResult(diagnostic: Diagnostic, file: string, ruleIndex: number | undefined, fingerprint: string, state: BaselineState | undefined): Result {
  return {
    ruleId: diagnostic.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: diagnostic.severity,
    message: { text: diagnostic.message },
    locations: [
      {
        physicalLocation: {
          // A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, `:`, non-ASCII).
          artifactLocation: { uri: encodePath(file), uriBaseId: SOURCE_ROOT },
          region: {
            startLine: diagnostic.line,
            ...(diagnostic.endLine > diagnostic.line ? { endLine: diagnostic.endLine } : {}),
            ...(diagnostic.column !== undefined ? { startColumn: diagnostic.column } : {}),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(state ? { baselineState: state } : {}),
  };
}
