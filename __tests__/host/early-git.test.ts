import { afterAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { STATUS_ARGUMENTS, changeBaseFoundEarly, changeBaseOf, changesArguments, inCi, startChangesEarly, startWorkTreeReads } from '../../src/host/early-git.js';
import { runGitBytesConcurrently, startGitEarly } from '../../src/host/run-git.js';
import { GitWorkTree } from '../../src/host/work-tree.js';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';

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

describe('--changed-since: its base and the index’s diffs against it, started early', () => {
  it('finds the base as the run does: the merge base, or the ref itself when that is its own commit or git knows none', () => {
    expect(changeBaseOf('origin/main', 'abc', 'def')).toBe('abc');
    expect(changeBaseOf('HEAD~1', 'abc', 'abc')).toBe('HEAD~1');
    expect(changeBaseOf('v1', undefined, 'abc')).toBe('v1');
  });

  it('finds the base once, and hands the run the diff git gave when it started, once', async () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    writeFiles(root, { 'b.md': 'b\n' });
    git(root, 'add', 'b.md');
    git(root, 'commit', '-q', '-m', 'b');
    expect(await startChangesEarly(root, 'HEAD~1')).toBe('HEAD~1');
    expect(await changeBaseFoundEarly(root, 'HEAD~1')).toBe('HEAD~1');
    expect(await changeBaseFoundEarly(root, 'HEAD~1')).toBeUndefined();
    expect(await startChangesEarly(root, 'no-such-ref')).toBeUndefined();
    writeFiles(root, { 'c.md': 'c\n' });
    git(root, 'add', 'c.md');
    const early = new TextDecoder().decode(await runGitBytesConcurrently(root, changesArguments('HEAD~1')));
    expect(early.split('\0')).toEqual(['A', 'b.md', '']);
    const asked = new TextDecoder().decode(await runGitBytesConcurrently(root, changesArguments('HEAD~1')));
    expect(asked.split('\0')).toEqual(['A', 'b.md', 'A', 'c.md', '']);
  });
});

describe('inCi: a CI service’s run', () => {
  it('is CI set to anything but empty, false or 0', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'woodpecker' }].map(inCi)).toEqual([true, true, true]);
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].map(inCi)).toEqual([false, false, false, false]);
  });
});
