import { afterAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { STATUS_ARGUMENTS, startWorkTreeReads } from '../../src/host/early-git.js';
import { runGitBytesConcurrently, startGitEarly } from '../../src/host/run-git.js';
import { GitWorkTree } from '../../src/host/work-tree.js';
import { makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

describe('startGitEarly (git started before the CLI has loaded)', () => {
  it('hands a started command’s output to the first run that asks for it with the same root and arguments, and only to it', async () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    const [started] = startGitEarly(root, [['rev-parse', 'HEAD']]);
    expect(runGitBytesConcurrently(path.join(root, 'other'), ['rev-parse', 'HEAD'])).not.toBe(started);
    expect(runGitBytesConcurrently(root, ['rev-parse', 'HEAD'])).toBe(started);
    expect(runGitBytesConcurrently(root, ['rev-parse', 'HEAD'])).not.toBe(started);
    expect(new TextDecoder().decode(await started)).toMatch(/^[0-9a-f]{40}\n$/);
  });

  it('gives the work tree what git said of it when asked, read as it would have read it', async () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    writeFiles(root, { 'b.md': 'b\n' });
    expect(startWorkTreeReads([], root)).toBe(root);
    const workTree = new GitWorkTree(root);
    await workTree.load();
    expect(workTree.read()?.untracked).toEqual([{ name: 'b.md', utf8: true }]);
    expect(workTree.index()?.paths).toEqual(['a.md']);
    // Taken: the next run asks git itself, and sees what changed since.
    writeFiles(root, { 'c.md': 'c\n' });
    expect(new TextDecoder().decode(await runGitBytesConcurrently(root, STATUS_ARGUMENTS))).toContain('c.md');
  });
});

describe('startWorkTreeReads: the root a run will have', () => {
  it('is --root from the working folder, in either spelling', () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    expect(startWorkTreeReads(['--root', path.basename(root), '--format', 'json'], path.dirname(root))).toBe(root);
    expect(startWorkTreeReads([`--root=${root}`], '/')).toBe(root);
  });

  it('is the working folder when it is a repository’s top level, and nothing in one of its folders or outside git', () => {
    const root = makeGitRepository({ 'docs/a.md': 'a\n' });
    expect(startWorkTreeReads(['--changed-since', 'HEAD'], root)).toBe(root);
    expect(startWorkTreeReads([], path.join(root, 'docs'))).toBeUndefined();
  });

  it('starts nothing for a run that lints nothing', () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    for (const argv of [['--help'], ['--version'], ['init'], ['--print-config'], ['-h']]) expect(startWorkTreeReads(argv, root)).toBeUndefined();
  });
});
