import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { createCommitHost } from '../../src/host/commit-host.js';
import { createGitHost } from '../../src/host/git-host.js';
import { GitWorkTree } from '../../src/host/work-tree.js';
import { readThrough } from '../../src/app/lint-tickets.js';
import { RepositoryView, type RepositoryHost } from '../../src/core/repository/repository-view.js';
import { readTicketText } from '../../src/core/parse/read-ticket-file.js';
import { configOf } from '../helpers/lint-fixture.js';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

/** A repository one commit past `base`, then changed in every way a work tree can be. */
function changedRepository(): { root: string; base: string } {
  const root = makeGitRepository({ 'app/a.md': 'a\n', 'app/b.md': 'b\n', 'app/c.md': 'c\n', 'app/old.md': 'old\n', 'other/x.md': 'x\n' });
  const base = git(root, 'rev-parse', 'HEAD').trim();
  writeFiles(root, { 'app/committed.md': 'since base\n' });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'one more');
  writeFiles(root, { 'app/a.md': 'a, edited\n', 'app/staged.md': 'staged\n', 'app/untracked.md': 'new\n', 'app/gone-again.md': 'added then deleted\n', 'other/y.md': 'y\n' });
  git(root, 'add', 'app/staged.md', 'app/gone-again.md');
  rmSync(path.join(root, 'app/gone-again.md'));
  rmSync(path.join(root, 'app/b.md'));
  git(root, 'mv', 'app/old.md', 'app/new.md');
  return { root, base };
}

describe('GitWorkTree: one git status for the run', () => {
  it('tells what changed since a commit, the work tree included: committed, staged, renamed, edited, deleted, untracked', () => {
    const { root, base } = changedRepository();
    const changes = new GitWorkTree(root).changesSince(base);
    expect(changes?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'app/a.md', status: 'modified' },
      { path: 'app/b.md', status: 'removed' },
      { path: 'app/committed.md', status: 'added' },
      { path: 'app/new.md', status: 'renamed', previousPath: 'app/old.md' },
      { path: 'app/staged.md', status: 'added' },
      { path: 'app/untracked.md', status: 'added' },
      { path: 'other/y.md', status: 'added' },
    ]);
  });

  it('reads the diffs against the revision it is loaded with ahead, beside the status: they answer after git can no longer be asked', async () => {
    const { root, base } = changedRepository();
    const expected = new GitWorkTree(root).changesSince(base);
    const baseFiles = createCommitHost(root, base, createGitHost(root))?.listFiles();
    const workTree = new GitWorkTree(root);
    await workTree.load(base);
    // With its repository gone, git fails: what the run asks next must come from what load() read.
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    expect(workTree.changesSince(base)).toEqual(expected);
    expect(createCommitHost(root, base, createGitHost(root), workTree)?.listFiles()).toEqual(baseFiles);
    expect(baseFiles).toContain('app/old.md');
  });

  it('tells what the index changed since the revision while load() still reads the status: commits and staged files, not the work tree', async () => {
    const { root, base } = changedRepository();
    const workTree = new GitWorkTree(root);
    const loading = workTree.load(base);
    const indexChanges = await workTree.indexChangesSince(base);
    expect(indexChanges?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'app/committed.md', status: 'added' },
      { path: 'app/gone-again.md', status: 'added' },
      { path: 'app/new.md', status: 'renamed', previousPath: 'app/old.md' },
      { path: 'app/staged.md', status: 'added' },
    ]);
    await loading;
    // Asked again, or without load(), it is the same diff.
    expect(await workTree.indexChangesSince(base)).toEqual(indexChanges);
    expect(await new GitWorkTree(root).indexChangesSince(base)).toEqual(indexChanges);
    expect(await new GitWorkTree(root).indexChangesSince('no-such-ref')).toBeUndefined();
  });

  it('reads ahead what a run asks of changed files, side by side: their changed lines and their text at the revision', async () => {
    const { root, base } = changedRepository();
    const expected = new GitWorkTree(root);
    const lines = expected.changedLines(base, 'app/a.md');
    expect(lines).toEqual([{ start: 1, end: 1 }]);
    const workTree = new GitWorkTree(root);
    await workTree.readAhead(base, ['app/a.md', 'app/staged.md']);
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    expect(workTree.changedLines(base, 'app/a.md')).toEqual(lines);
    expect(workTree.textAt(base, 'app/a.md')).toBe('a\n');
    // A file the revision does not have: git said so once, and that is kept too.
    expect(workTree.textAt(base, 'app/staged.md')).toBeUndefined();
    expect(workTree.changedLines(base, 'app/staged.md')).toEqual([{ start: 1, end: 1 }]);
  });

  it('sees a folder root from its own folder: paths from it, nothing outside it', () => {
    const { root, base } = changedRepository();
    const changes = new GitWorkTree(path.join(root, 'app')).changesSince(base);
    expect(changes?.map((change) => change.path).sort()).toEqual(['a.md', 'b.md', 'committed.md', 'new.md', 'staged.md', 'untracked.md']);
    expect(createGitHost(path.join(root, 'app')).listFiles()).toEqual(['a.md', 'c.md', 'committed.md', 'new.md', 'staged.md', 'untracked.md']);
  });

  it('lists the files of the work tree, and reads a commit through it: a file the work tree changed from the commit, a file it did not from the work tree', () => {
    const { root, base } = changedRepository();
    const workTree = new GitWorkTree(root);
    const host = createGitHost(root, workTree);
    expect(host.listFiles()).toEqual(['app/a.md', 'app/c.md', 'app/committed.md', 'app/new.md', 'app/staged.md', 'app/untracked.md', 'other/x.md', 'other/y.md']);
    const atBase = createCommitHost(root, base, { readFile: (file) => (file === 'app/c.md' ? new TextEncoder().encode('from the work tree\n') : host.readFile(file)) }, workTree);
    expect(atBase?.listFiles()).toEqual(['app/a.md', 'app/b.md', 'app/c.md', 'app/old.md', 'other/x.md']);
    const text = (file: string) => new TextDecoder().decode(atBase?.readFile(file));
    expect(text('app/a.md')).toBe('a\n');
    expect(text('app/b.md')).toBe('b\n');
    expect(text('app/old.md')).toBe('old\n');
    expect(text('app/c.md')).toBe('from the work tree\n');
  });
});

describe('createCommitHost: the base commit from the index and one diff', () => {
  it('lists a commit in the middle of a merge conflict: a conflicted file the commit had, and one it did not', () => {
    const root = makeGitRepository({ 'app/both.md': 'base\n', 'app/kept.md': 'kept\n', 'app/target.md': 't\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'checkout', '-qb', 'side');
    writeFiles(root, { 'app/both.md': 'side\n', 'app/only-added.md': 'side\n' });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'side');
    git(root, 'checkout', '-q', '-');
    writeFiles(root, { 'app/both.md': 'main\n', 'app/only-added.md': 'main\n' });
    rmSync(path.join(root, 'app/kept.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'main');
    expect(() => git(root, 'merge', '-q', 'side')).toThrow();
    const workTree = new GitWorkTree(root);
    const atBase = createCommitHost(root, base, createGitHost(root, workTree), workTree);
    expect(atBase?.listFiles()).toEqual(['app/both.md', 'app/kept.md', 'app/target.md']);
    expect(new TextDecoder().decode(atBase?.readFile('app/both.md'))).toBe('base\n');
    expect(new TextDecoder().decode(atBase?.readFile('app/kept.md'))).toBe('kept\n');
  });

  it('reads a file that became a link since the commit from the commit, not through the link', () => {
    const root = makeGitRepository({ 'app/a.md': 'a at base\n', 'app/b.md': 'b\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    rmSync(path.join(root, 'app/a.md'));
    symlinkSync('b.md', path.join(root, 'app/a.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'link');
    const workTree = new GitWorkTree(root);
    const atBase = createCommitHost(root, base, createGitHost(root, workTree), workTree);
    expect(atBase?.listFiles()).toEqual(['app/a.md', 'app/b.md']);
    expect(new TextDecoder().decode(atBase?.readFile('app/a.md'))).toBe('a at base\n');
  });
});

describe('createCommitHost: a base with the work tree’s very files shares the head’s listing', () => {
  const headView = (root: string, workTree: GitWorkTree) => new RepositoryView(createGitHost(root, workTree));

  it('lists the head view’s files, not a copy, when the commits since only changed files’ content, and reads the base’s text of a changed one', () => {
    const root = makeGitRepository({ 'app/a.md': 'a at base\n', 'app/b.md': 'b\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFiles(root, { 'app/a.md': 'a, edited\n' });
    git(root, 'commit', '-qam', 'edit');
    const workTree = new GitWorkTree(root);
    const head = headView(root, workTree);
    const atBase = new RepositoryView(createCommitHost(root, base, readThrough(head), workTree) as RepositoryHost);
    expect(atBase.files).toBe(head.files);
    expect(new TextDecoder().decode(atBase.readBytes('app/a.md'))).toBe('a at base\n');
    expect(atBase.sameFileIn('app/a.md')).toBeUndefined();
    expect(atBase.sameFileIn('app/b.md')).toBe(head);
  });

  it('builds its own listing when a commit since added a file, or the work tree has one the index has not', () => {
    const root = makeGitRepository({ 'app/a.md': 'a\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFiles(root, { 'app/b.md': 'b\n' });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'add');
    const workTree = new GitWorkTree(root);
    const atBase = new RepositoryView(createCommitHost(root, base, readThrough(headView(root, workTree)), workTree) as RepositoryHost);
    expect(atBase.files).toEqual(['app/a.md']);

    const untracked = makeGitRepository({ 'app/a.md': 'a\n' });
    writeFiles(untracked, { 'app/new.md': 'new\n' });
    const untrackedTree = new GitWorkTree(untracked);
    const head = headView(untracked, untrackedTree);
    const atHead = new RepositoryView(createCommitHost(untracked, 'HEAD', readThrough(head), untrackedTree) as RepositoryHost);
    expect(head.files).toEqual(['app/a.md', 'app/new.md']);
    expect(atHead.files).toEqual(['app/a.md']);
  });

  it('gives an unchanged ticket’s text as the head read it: the base lint of a roadmap does not read it again', () => {
    const root = makeGitRepository({ 'roadmap/a.md': '# A\n', 'roadmap/b.md': '# B\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFiles(root, { 'roadmap/a.md': '# A, edited\n' });
    git(root, 'commit', '-qam', 'edit');
    const workTree = new GitWorkTree(root);
    const gitHost = createGitHost(root, workTree);
    const reads: string[] = [];
    const head = new RepositoryView({ ...gitHost, readFile: (file) => (reads.push(file), gitHost.readFile(file)) });
    const config = configOf({});
    expect(readTicketText('roadmap/b.md', head, config)).toEqual({ ok: true, text: '# B\n' });
    const atBase = new RepositoryView(createCommitHost(root, base, readThrough(head), workTree) as RepositoryHost);
    expect(readTicketText('roadmap/b.md', atBase, config)).toEqual({ ok: true, text: '# B\n' });
    expect(readTicketText('roadmap/a.md', atBase, config)).toEqual({ ok: true, text: '# A\n' });
    expect(reads).toEqual(['roadmap/b.md']);
  });
});
