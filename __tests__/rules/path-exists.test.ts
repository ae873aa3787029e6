import { afterAll, describe, expect, it } from '@jest/globals';
import { appRuleFindings, lintInAppRepository } from '../helpers/app-repository.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const SIZING_OFF = { rules: { 'ticket-size': 'off', 'session-budget': 'off' } } as const;

describe('path-exists (against a git repository)', () => {
  it('accepts files, folders, globs, bare names, ::symbols, links, line suffixes and symlinks inside', async () => {
    expect(await appRuleFindings('path-exists', 'ok-paths.md')).toEqual([]);
  });

  it('reports each missing path at its column, with the tracked path it most likely meant', async () => {
    expect(await appRuleFindings('path-exists', 'not-ok-missing.md')).toEqual([
      "roadmap/not-ok-missing.md 7:4 Path 'src/api/logn.ts' does not exist; did you mean 'src/api/login.ts'?",
      "roadmap/not-ok-missing.md 8:4 Path 'src/components/loginform.tsx' does not exist; did you mean 'src/components/LoginForm.tsx'?",
      "roadmap/not-ok-missing.md 9:4 Path 'web/src/index.ts' does not exist; did you mean 'packages/web/src/index.ts'?",
      "roadmap/not-ok-missing.md 10:4 Glob 'src/routes/*.tsx' matches no tracked file",
      "roadmap/not-ok-missing.md 11:10 Path '../specs/expiry.md' does not exist",
      "roadmap/not-ok-missing.md 12:4 Path 'tests/test_logout.py' does not exist; mark it (new) if the ticket creates it",
      "roadmap/not-ok-missing.md 13:15 Path '../doc/guide.md' does not exist; did you mean '../docs/guide.md'?",
      "roadmap/not-ok-missing.md 14:4 Path 'LoginFrom.tsx' does not exist; did you mean 'src/components/LoginForm.tsx'?",
    ]);
  });

  it('does not report a (new) file, which is new-file\'s to check', async () => {
    const ticket = '# T\n\n## Goal\nG.\n\n## Context\n- `src/api/limits.ts` (new)\n\n## Acceptance Criteria\n- [ ] ok\n';
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF);
    expect(report.diagnostics).toEqual([]);
  });

  it('does not take paths anchored nowhere in the repository, and near nothing in it, for pointers into it', async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Read `LoginForm.tsx`; the data set has `trajectories/*.json`, `gate-log.md` and `lib/vendor/x.rb`;',
      'the API serves `/api/users.json`; local settings live in `.claude/settings.local.json`.',
      '',
      '## Context',
      '- `docs/`',
      '',
      '## Acceptance Criteria',
      '- [ ] ok',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF);
    expect(report.diagnostics).toEqual([]);
    expect(report.tickets[0]?.pointers.map((p) => `${p.path} ${p.kind} ${p.exists}`)).toEqual([
      'LoginForm.tsx file true',
      'docs dir true',
    ]);
  });
});
