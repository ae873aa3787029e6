import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gitPathHistory } from '../../src/host/git-history.js';
import { git, makeGitRepository, makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

/** src/old.ts deleted, src/mv.ts renamed, src/legacy/ deleted, lib/ moved to pkg/lib/, each in its own commit. */
function repositoryWithHistory(): string {
  const root = makeGitRepository({ 'src/old.ts': 'a\n', 'src/mv.ts': 'b\n', 'src/legacy/x.ts': 'c\n', 'lib/util.ts': 'd\n', 'README.md': '# r\n' });
  git(root, 'rm', '-q', 'src/old.ts');
  git(root, 'commit', '-q', '-m', 'Remove the old module');
  git(root, 'mv', 'src/mv.ts', 'src/moved.ts');
  git(root, 'commit', '-q', '-m', 'Rename it');
  git(root, 'rm', '-rq', 'src/legacy');
  git(root, 'commit', '-q', '-m', 'Drop legacy');
  git(root, 'mv', 'lib', 'pkg');
  git(root, 'commit', '-q', '-m', 'Move lib under pkg');
  return root;
}

const commitOf = (root: string, subject: string): { commit: string; date: string } => {
  const [commit = '', date = ''] = git(root, 'log', '--format=%h %as', `--grep=^${subject}$`).trim().split(' ');
  return { commit, date };
};

describe('gitPathHistory', () => {
  it('tells deleted from renamed paths, files and folders, in one lookup, and knows nothing of a path that never existed', async () => {
    const root = repositoryWithHistory();
    const found = await gitPathHistory(root)(['src/old.ts', 'src/mv.ts', 'src/legacy', 'lib', 'src/never.ts']);
    expect(Object.fromEntries(found)).toEqual({
      'src/old.ts': { kind: 'deleted', ...commitOf(root, 'Remove the old module'), subject: 'Remove the old module' },
      'src/mv.ts': { kind: 'renamed', renamedTo: 'src/moved.ts', ...commitOf(root, 'Rename it'), subject: 'Rename it' },
      'src/legacy': { kind: 'deleted', ...commitOf(root, 'Drop legacy'), subject: 'Drop legacy' },
      lib: { kind: 'renamed', renamedTo: 'pkg', ...commitOf(root, 'Move lib under pkg'), subject: 'Move lib under pkg' },
    });
  });

  it('knows nothing in a shallow clone, whose history cannot tell deleted from never there', async () => {
    const root = repositoryWithHistory();
    const clone = path.join(makeTempFolder(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    expect((await gitPathHistory(clone)(['src/old.ts'])).size).toBe(0);
  });

  it('knows nothing outside git', async () => {
    expect((await gitPathHistory(makeTempFolder())(['src/old.ts'])).size).toBe(0);
  });
});
