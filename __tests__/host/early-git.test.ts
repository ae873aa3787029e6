import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { STATUS_ARGUMENTS, changeBaseFoundEarly, changeBaseOf, gitQueries, inCi, startChangesEarly, startWorkTreeReads } from '../../src/host/early-git.js';
import { runGitBytesConcurrently, startGitEarly } from '../../src/host/run-git.js';
import { GitWorkTree } from '../../src/host/work-tree.js';
import { parseIndex, type GitIndex } from '../../src/host/git-records.js';
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
    const early = new TextDecoder().decode(await runGitBytesConcurrently(root, gitQueries(false).changes('HEAD~1')));
    expect(early.split('\0')).toEqual(['A', 'b.md', '']);
    const asked = new TextDecoder().decode(await runGitBytesConcurrently(root, gitQueries(false).changes('HEAD~1')));
    expect(asked.split('\0')).toEqual(['A', 'b.md', 'A', 'c.md', '']);
  });
});

describe('gitQueries(true): a clean checkout read from its commits', () => {
  const decode = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

  it('answers as the index does on a clean checkout: files, changes with renames, modes at the base, changed lines', async () => {
    const root = makeGitRepository({ 'docs/a.md': 'one\ntwo\n', 'docs/old.md': 'moved\nhere\nwhole\n', 'tool.sh': 'echo\n', 'gone.md': 'x\n' });
    writeFiles(root, { 'docs/a.md': 'one\n2\n', 'docs/new.md': 'moved\nhere\nwhole\n' });
    git(root, 'rm', '-q', 'docs/old.md', 'gone.md');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'change');
    const [commits, index] = [gitQueries(true), gitQueries(false)];
    expect(commits.listing[0]?.[0]).toBe('ls-tree');
    const listed = async (queries: typeof commits): Promise<GitIndex | undefined> => {
      const output = await runGitBytesConcurrently(root, queries.listing[0] ?? []);
      return output && parseIndex(output);
    };
    expect(await listed(commits)).toEqual(await listed(index));
    expect((await listed(commits))?.paths).toEqual(['docs/a.md', 'docs/new.md', 'tool.sh']);
    expect(decode(await runGitBytesConcurrently(root, commits.changes('HEAD~1')))?.split('\0')).toEqual(['M', 'docs/a.md', 'R100', 'docs/old.md', 'docs/new.md', 'D', 'gone.md', '']);
    for (const query of [(q: typeof commits) => q.changes('HEAD~1'), (q: typeof commits) => q.baseListing('HEAD~1')]) {
      expect(decode(await runGitBytesConcurrently(root, query(commits)))).toBe(decode(await runGitBytesConcurrently(root, query(index))));
    }
    const workTree = new GitWorkTree(root, true);
    expect(workTree.changedLines('HEAD~1', 'docs/a.md')).toEqual(new GitWorkTree(root).changedLines('HEAD~1', 'docs/a.md'));
    expect(workTree.changedLines('HEAD~1', 'docs/a.md')).toEqual([{ start: 2, end: 2 }]);
  });

  it('lists a name that is not UTF-8 as the index does, unquoted', () => {
    const root = makeGitRepository({ 'a.md': 'a\n' });
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), 'x\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'odd name');
    const listing = new GitWorkTree(root, true).index();
    expect(listing?.paths).toEqual(new GitWorkTree(root).index()?.paths);
    expect(listing?.namesNotUtf8.size).toBe(1);
  });

  it('lists a folder root’s own files from it, and falls back to the index where there is no commit yet', async () => {
    const root = makeGitRepository({ 'docs/a.md': 'a\n', 'b.md': 'b\n' });
    expect(new GitWorkTree(path.join(root, 'docs'), true).index()?.paths).toEqual(['a.md']);
    const unborn = makeGitRepository({}, { commit: false });
    writeFiles(unborn, { 'c.md': 'c\n' });
    git(unborn, 'add', 'c.md');
    const workTree = new GitWorkTree(unborn, true);
    await workTree.load();
    expect(workTree.index()?.paths).toEqual(['c.md']);
  });
});

describe('inCi: a CI service’s run', () => {
  it('is CI set to anything but empty, false or 0', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'woodpecker' }].map(inCi)).toEqual([true, true, true]);
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].map(inCi)).toEqual([false, false, false, false]);
  });
});
