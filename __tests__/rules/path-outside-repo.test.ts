import { afterAll, describe, expect, it } from '@jest/globals';
import { appRuleFindings } from '../helpers/app-repository.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

describe('path-outside-repo (against a git repository)', () => {
  it('accepts links that climb and come back, symlinks inside, and a leading slash into a tracked folder', async () => {
    expect(await appRuleFindings('path-outside-repo', 'ok-inside.md')).toEqual([]);
  });

  it('reports absolute, home, climbing and symlinked paths, and suggests the tracked tail of a laptop path', async () => {
    expect(await appRuleFindings('path-outside-repo', 'not-ok-outside.md')).toEqual([
      "roadmap/not-ok-outside.md 7:4 Path '/Users/ana/code/app/src/api/login.ts' is an absolute path outside the repository; did you mean 'src/api/login.ts'?",
      "roadmap/not-ok-outside.md 8:4 Path '/etc/passwd' is an absolute path outside the repository; expected a path inside the repository",
      "roadmap/not-ok-outside.md 9:4 Path '~/notes/sessions.md' is in a home folder, outside the repository; expected a path inside the repository",
      "roadmap/not-ok-outside.md 10:16 Path '../../../etc/hosts' leads out of the repository; expected a path inside the repository",
      "roadmap/not-ok-outside.md 11:4 Path 'docs/escape.md' goes through a symlink that leads out of the repository; it was not read; expected a path inside the repository",
    ]);
  });
});
