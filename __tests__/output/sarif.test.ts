import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Log, Result } from 'sarif';
import { REGISTERED_RULES } from '../../src/app/lint-tickets.js';
import type { Diagnostic, Report } from '../../src/core/engine/report.js';
import { RULE_DOCS_BASE_URL, RULE_IDS } from '../../src/rules/index.js';
import { renderReport } from '../../src/output/format.js';
import { FINGERPRINT_KEY, sarifFormat } from '../../src/output/sarif.js';
import { SARIF_SCHEMA_FILE, sarifSchemaErrors } from '../helpers/sarif-schema.js';

const TOOL = { version: '1.2.3', rules: REGISTERED_RULES };

function diagnostic(file: string, line: number, rule: string, overrides: Partial<Diagnostic> = {}): Diagnostic {
  return { file, line, endLine: line, rule, severity: 'error', message: `${rule} at ${line}`, fingerprint: `${line}`.padStart(16, 'f'), ...overrides };
}

function report(diagnostics: Diagnostic[], base?: Report['base']): Report {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { version: 1, tickets: [], diagnostics, counts: { tickets: 1, files: 1, errors, warnings: diagnostics.length - errors }, ...(base ? { base } : {}) };
}

function render(from: Report): Log {
  const log = JSON.parse(renderReport(sarifFormat, from, TOOL)) as Log;
  expect(sarifSchemaErrors(log)).toEqual([]);
  return log;
}

const results = (log: Log): Result[] => log.runs[0]?.results ?? [];

describe('sarifFormat', () => {
  it('names the tool and describes every registered rule, with its documentation page', () => {
    const log = render(report([]));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('ticket-lint');
    expect(driver?.version).toBe('1.2.3');
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(driver?.rules?.find((rule) => rule.id === 'path-exists')).toEqual({
      id: 'path-exists',
      shortDescription: { text: REGISTERED_RULES.find((rule) => rule.id === 'path-exists')?.description },
      helpUri: `${RULE_DOCS_BASE_URL}path-exists.md`,
      help: expect.objectContaining({ markdown: expect.stringContaining(`(${RULE_DOCS_BASE_URL}path-exists.md)`) }),
      defaultConfiguration: { level: 'error' },
    });
    expect(driver?.rules?.find((rule) => rule.id === 'vague-language')?.defaultConfiguration).toEqual({ level: 'warning' });
    expect(results(log)).toEqual([]);
  });

  it('gives each problem its rule, level, message, repository-relative location and fingerprint', () => {
    const log = render(
      report([
        diagnostic('roadmap/auth.md', 4, 'vague-language', { column: 47, severity: 'warning', message: "Vague phrase 'etc.'", fingerprint: '0123456789abcdef' }),
        diagnostic('roadmap/auth.md', 9, 'ticket-size', { endLine: 30, message: 'Too big' }),
      ]),
    );
    expect(results(log)).toEqual([
      {
        ruleId: 'vague-language',
        ruleIndex: RULE_IDS.indexOf('vague-language'),
        level: 'warning',
        message: { text: "Vague phrase 'etc.'" },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'roadmap/auth.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 47 } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: '0123456789abcdef:1' },
      },
      {
        ruleId: 'ticket-size',
        ruleIndex: RULE_IDS.indexOf('ticket-size'),
        level: 'error',
        message: { text: 'Too big' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'roadmap/auth.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, endLine: 30 } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: 'fffffffffffffff9:1' },
      },
    ]);
    expect(log.runs[0]?.columnKind).toBe('utf16CodeUnits');
  });

  it('percent-encodes each path segment: spaces, #, %, a colon and non-ASCII letters', () => {
    const log = render(report([diagnostic('road map/#2 100%/a:b über.md', 1, 'path-exists')]));
    const uri = results(log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri).toBe('road%20map/%232%20100%25/a%3Ab%20%C3%BCber.md');
    expect(decodeURIComponent(uri ?? '')).toBe('road map/#2 100%/a:b über.md');
  });

  it('keeps message text as it is: JSON escapes what needs escaping', () => {
    const message = "Ticket id 'T-1\n::error::x' \"quoted\" </script> \u0007";
    const log = render(report([diagnostic('roadmap/a.md', 2, 'ticket-id', { message })]));
    expect(results(log)[0]?.message).toEqual({ text: message });
  });

  it('tells problems of one fingerprint in a file apart by their place, in line order', () => {
    const same = { fingerprint: 'aaaaaaaaaaaaaaaa' };
    const log = render(
      report([
        diagnostic('roadmap/a.md', 3, 'vague-language', same),
        diagnostic('roadmap/a.md', 8, 'vague-language', same),
        diagnostic('roadmap/b.md', 8, 'vague-language', same),
        diagnostic('roadmap/a.md', 8, 'path-exists', same),
      ]),
    );
    expect(results(log).map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation?.artifactLocation?.uri, result.partialFingerprints?.[FINGERPRINT_KEY]])).toEqual([
      ['vague-language', 'roadmap/a.md', 'aaaaaaaaaaaaaaaa:1'],
      ['path-exists', 'roadmap/a.md', 'aaaaaaaaaaaaaaaa:1'],
      ['vague-language', 'roadmap/a.md', 'aaaaaaaaaaaaaaaa:2'],
      ['vague-language', 'roadmap/b.md', 'aaaaaaaaaaaaaaaa:1'],
    ]);
  });

  it('marks problems new or unchanged against a base commit, in line order, and leaves the fixed ones out', () => {
    const fresh = diagnostic('roadmap/a.md', 7, 'path-exists', { message: 'new one' });
    const old = diagnostic('roadmap/a.md', 2, 'vague-language', { severity: 'warning', message: 'old one' });
    const fixed = diagnostic('roadmap/a.md', 5, 'ticket-id', { message: 'fixed one' });
    const log = render(report([fresh], { commit: 'main', existing: [old], fixed: [fixed] }));
    expect(results(log).map((result) => [result.message.text, result.baselineState])).toEqual([
      ['old one', 'unchanged'],
      ['new one', 'new'],
    ]);
  });

  it('says nothing of a baseline state when nothing was compared', () => {
    const log = render(report([diagnostic('roadmap/a.md', 7, 'path-exists')]));
    expect(results(log)[0]).not.toHaveProperty('baselineState');
  });
});

describe('the SARIF schema check', () => {
  it('uses the OASIS schema as vendored, unchanged (__tests__/fixtures/sarif/README.md)', () => {
    const text = readFileSync(SARIF_SCHEMA_FILE, 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe('ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949');
    expect(JSON.parse(text)).toMatchObject({ $schema: 'http://json-schema.org/draft-04/schema#', id: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json' });
  });

  it('catches what is not SARIF: a raw space in a URI, line 0, an unknown level', () => {
    const log = JSON.parse(renderReport(sarifFormat, report([diagnostic('roadmap/a.md', 1, 'path-exists')]), TOOL)) as Log;
    const result = results(log)[0] as Result;
    const location = result.locations?.[0]?.physicalLocation;
    if (location?.artifactLocation) location.artifactLocation.uri = 'road map/a.md';
    if (location?.region) location.region.startLine = 0;
    Object.assign(result, { level: 'fatal' });
    expect(sarifSchemaErrors(log)).toEqual([
      '/runs/0/results/0/level must be equal to one of the allowed values',
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1',
    ]);
  });
});
