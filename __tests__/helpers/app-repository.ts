import { lint } from '../../src/core/engine/lint.js';
import { RepositoryView } from '../../src/core/repository/repository-view.js';
import { createGitHost } from '../../src/host/git-host.js';
import { gitIgnoredPaths } from '../../src/host/git-ignored.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { RULES } from '../../src/rules/index.js';
import { makeGitRepository, writeFiles, type FixtureEntry } from './git-repository.js';
import { configOf, type ConfigValues } from './lint-fixture.js';

const numberedLines = (count: number, name: string) => Array.from({ length: count }, (_, i) => `// ${name} line ${i + 1}`).join('\n') + '\n';

/** A small application repository that the path rules' fixture tickets point into. */
export const APP_FILES: Record<string, FixtureEntry> = {
  'src/api/login.ts': numberedLines(30, 'login'),
  'src/api/session.ts': numberedLines(10, 'session'),
  'src/components/LoginForm.tsx': 'export {};\n',
  'src/routes/home.ts': 'export {};\n',
  'src/routes/about.ts': 'export {};\n',
  'tests/test_login.py': 'def test_ok():\n    pass\n',
  'docs/guide.md': '# Guide\n',
  'assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x0a, 0x0a]),
  'packages/web/src/index.ts': 'export {};\n',
  'scripts/build.sh': '#!/bin/sh\n',
  'src/alias.ts': { symlink: 'api/login.ts' },
  'docs/escape.md': { symlink: '/etc/passwd' },
};

/**
 * Lints `tickets` committed with APP_FILES (and `files`) in a real git repository, git's ignore rules
 * consulted as in a run; returns every diagnostic with its file.
 */
export async function lintInAppRepository(tickets: Record<string, string>, config: ConfigValues = {}, files: Record<string, FixtureEntry> = {}) {
  const root = makeGitRepository({ ...APP_FILES, ...files, ...tickets });
  const repository = new RepositoryView(createGitHost(root));
  return lint({ repository, config: configOf(config), rules: RULES, files: Object.keys(tickets), tokenCounter: loadTokenCounter, ignored: gitIgnoredPaths(root) });
}

export { writeFiles };
