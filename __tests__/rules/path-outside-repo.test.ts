import { afterAll, describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const tester = ruleTester('path-outside-repo', { inGitRepository: true });

describe('path-outside-repo (against a git repository)', () => {
  it('accepts links that climb and come back, symlinks inside, and a leading slash into a tracked folder', async () => {
    await tester.accepts('ok-inside.md');
  });

  it('reports absolute, home, climbing and symlinked paths, and suggests the tracked tail of a laptop path', async () => {
    await tester.reports('not-ok-outside.md', [
      { line: 7, column: 4, severity: 'error', message: "Path '/Users/ana/code/app/src/api/login.ts' is an absolute path outside the repository; did you mean 'src/api/login.ts'?" },
      { line: 8, column: 4, severity: 'error', message: "Path '/etc/passwd' is an absolute path outside the repository; expected a path inside the repository" },
      { line: 9, column: 4, severity: 'error', message: "Path '~/notes/sessions.md' is in a home folder, outside the repository; expected a path inside the repository" },
      { line: 10, column: 16, severity: 'error', message: "Path '../../../etc/hosts' leads out of the repository; expected a path inside the repository" },
      { line: 11, column: 4, severity: 'error', message: "Path 'docs/escape.md' goes through a symlink that leads out of the repository; it was not read; expected a path inside the repository" },
    ]);
  });
});
