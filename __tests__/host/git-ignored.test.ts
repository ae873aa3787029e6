import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitIgnoredPaths } from '../../src/host/git-ignored.js';
import { makeGitRepository, makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

describe('gitIgnoredPaths', () => {
  it("answers with the paths the repository's .gitignore files match, in one git call", async () => {
    const root = makeGitRepository({ '.gitignore': '.env\n*.log\nbuild/\n', 'web/.gitignore': 'cache/\n*.tmp\n', 'web/index.ts': 'export {};\n' });
    const ignored = await gitIgnoredPaths(root)(['.env', 'config/.env', 'src/debug.log', 'build/out.js', 'web/x.tmp', 'x.tmp', 'web/cache/a.json', 'src/missing.ts', 'naïve café.log']);
    expect([...ignored].sort()).toEqual(['.env', 'build/out.js', 'config/.env', 'naïve café.log', 'src/debug.log', 'web/cache/a.json', 'web/x.tmp']);
  });

  it("does not follow the user's own excludes file, so every machine agrees; pathspec magic is not asked about", async () => {
    const root = makeGitRepository({ '.gitignore': '*.log\n', 'a.ts': '\n' });
    const personal = path.join(makeTempFolder(), 'ignore');
    writeFileSync(personal, 'secret.txt\n');
    execFileSync('git', ['config', 'core.excludesFile', personal], { cwd: root });
    expect([...(await gitIgnoredPaths(root)(['secret.txt', ':(exclude)x.log', 'a.log']))]).toEqual(['a.log']);
  });

  it('answers nothing outside git, and for nothing asked', async () => {
    expect((await gitIgnoredPaths(makeTempFolder())(['.env'])).size).toBe(0);
    expect((await gitIgnoredPaths(makeGitRepository({ '.gitignore': '.env\n' }))([])).size).toBe(0);
  });
});
