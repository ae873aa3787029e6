import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { lint } from '../../../src/core/engine/lint.js';
import { lineDigest, problemFingerprint } from '../../../src/core/engine/fingerprint.js';
import { RULES } from '../../../src/rules/index.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { loadTokenCounter } from '../../../src/core/sizing/tokens.js';

const TICKET = ['# T-1: Log in', '', '## Goal', 'Users log in.', '', '## Context', '- `src/logn.ts`', '', '## Acceptance Criteria', '- [ ] `npm test` passes', ''].join('\n');

async function pathProblems(text: string, sources: Record<string, string> = { 'src/login.ts': 'x' }) {
  const repository = new RepositoryView(inMemoryHost({ 'roadmap/t.md': text, ...sources }));
  const report = await lint({ repository, config: DEFAULT_CONFIG, rules: RULES, files: ['roadmap/t.md'], tokenCounter: loadTokenCounter });
  return report.diagnostics.filter((diagnostic) => diagnostic.rule === 'path-exists');
}

describe('problemFingerprint', () => {
  it('is the same for the same rule, ticket and line text, whatever the spacing around it', () => {
    expect(lineDigest('- `src/a.ts`')).toBe(lineDigest('  -   `src/a.ts`  '));
    expect(lineDigest('- `src/a.ts`')).not.toBe(lineDigest('- `src/b.ts`'));
  });

  it('differs by rule, by ticket and by line text', () => {
    const [a, b] = [lineDigest('- `src/a.ts`'), lineDigest('- `src/b.ts`')];
    const one = problemFingerprint('path-exists', 'T-1', a);
    expect(new Set([one, problemFingerprint('new-file', 'T-1', a), problemFingerprint('path-exists', 'T-2', a), problemFingerprint('path-exists', 'T-1', b)]).size).toBe(4);
  });

  it('does not run rule, ticket and text together: a boundary moved between them changes it', () => {
    expect(problemFingerprint('a', 'b c', 'd')).not.toBe(problemFingerprint('a', 'b', 'c d'));
  });
});

describe('a diagnostic fingerprint', () => {
  it('survives lines inserted above the problem', async () => {
    const [before] = await pathProblems(TICKET);
    const [after] = await pathProblems(TICKET.replace('Users log in.', 'Users log in.\n\nWith a password.\nAnd a code.'));
    expect(before?.line).toBe(7);
    expect(after?.line).toBe(10);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('survives a message that changes with the rest of the repository (another did-you-mean)', async () => {
    const [before] = await pathProblems(TICKET);
    const [after] = await pathProblems(TICKET, { 'src/logon.ts': 'y' });
    expect(after?.message).not.toBe(before?.message);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('changes when the line itself is edited', async () => {
    const [before] = await pathProblems(TICKET);
    const [after] = await pathProblems(TICKET.replace('- `src/logn.ts`', '- `src/logn.ts` (the form)'));
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });
});
