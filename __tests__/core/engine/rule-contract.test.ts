import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { RuleContractError, lint } from '../../../src/core/engine/lint.js';
import { lineDigest, problemFingerprint } from '../../../src/core/engine/fingerprint.js';
import type { AnyRule, Finding } from '../../../src/core/engine/rule.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { loadTokenCounter } from '../../../src/core/sizing/tokens.js';

const TICKET = '# T\n\n## Goal\nShip it.\n';

/** A rule that reports exactly `finding` on every ticket. */
function reporting(finding: Finding, id = 'bad-rule'): AnyRule {
  return { meta: { id, severity: 'error', description: 'reports what it is told to' }, check: () => [finding] };
}

async function lintWith(rules: AnyRule[]) {
  const repository = new RepositoryView(inMemoryHost({ 'roadmap/t.md': TICKET }));
  return lint({ repository, config: DEFAULT_CONFIG, rules, files: ['roadmap/t.md'], tokenCounter: loadTokenCounter });
}

describe('the engine holds every rule to its contract', () => {
  it('stamps a good finding with rule, severity, file and ticket', async () => {
    const report = await lintWith([reporting({ line: 4, column: 1, message: 'fine' })]);
    expect(report.diagnostics).toEqual([
      { file: 'roadmap/t.md', line: 4, endLine: 4, column: 1, rule: 'bad-rule', severity: 'error', message: 'fine', ticket: 'T', ticketIndex: 0, fingerprint: problemFingerprint('bad-rule', 'T', lineDigest(TICKET.split('\n')[3] ?? '')) },
    ]);
  });

  it.each([
    ['a line before the first', { line: 0, message: 'm' }, "Rule 'bad-rule' reported lines 0-0, which has 4 lines in roadmap/t.md"],
    ['a line past the last', { line: 5, message: 'm' }, "Rule 'bad-rule' reported lines 5-5, which has 4 lines in roadmap/t.md"],
    ['an end line before the start', { line: 3, endLine: 2, message: 'm' }, "Rule 'bad-rule' reported lines 3-2, which has 4 lines in roadmap/t.md"],
    ['a line that is not a whole number', { line: 1.5, message: 'm' }, "Rule 'bad-rule' reported lines 1.5-1.5, which has 4 lines in roadmap/t.md"],
    ['a column past the end of its line', { line: 1, column: 5, message: 'm' }, "Rule 'bad-rule' reported column 5 of line 1 in roadmap/t.md"],
    ['a column of 0', { line: 1, column: 0, message: 'm' }, "Rule 'bad-rule' reported column 0 of line 1 in roadmap/t.md"],
    ['an empty message', { line: 1, message: ' ' }, "Rule 'bad-rule' reported an empty message at line 1 in roadmap/t.md"],
    ['a severity above warning', { line: 1, message: 'm', severity: 'error' as 'warning' }, "Rule 'bad-rule' reported severity 'error' at line 1 in roadmap/t.md"],
  ])('rejects %s', async (_what, finding, message) => {
    const failure = lintWith([reporting(finding)]);
    await expect(failure).rejects.toThrow(RuleContractError);
    await expect(failure).rejects.toThrow(message);
  });

  it('rejects two rules of one id and an id that is not kebab-case', async () => {
    const fine = { line: 1, message: 'm' };
    await expect(lintWith([reporting(fine, 'twin'), reporting(fine, 'twin')])).rejects.toThrow("Two rules have the id 'twin'");
    await expect(lintWith([reporting(fine, 'Bad_Rule')])).rejects.toThrow("Rule id 'Bad_Rule' is not a kebab-case id");
  });
});
