import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCommitHost } from '../../src/host/commit-host.js';
import { GitWorkTree } from '../../src/host/work-tree.js';
import { createGitHost, gitChanges, gitTopLevel, hasCommit, resolveInside } from '../../src/host/git-host.js';
import { git, makeGitRepository, makeTempFolder, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

describe('createGitHost', () => {
  it('lists tracked and untracked-but-not-ignored files, not ignored or deleted ones', () => {
    const root = makeGitRepository({ 'src/a.ts': 'a', 'src/gone.ts': 'g', '.gitignore': 'build/\n', 'Name With Space.md': 'x' });
    writeFiles(root, { 'roadmap/new.md': '# new', 'build/out.js': 'x' });
    rmSync(path.join(root, 'src/gone.ts'));
    expect(createGitHost(root).listFiles()).toEqual(['.gitignore', 'Name With Space.md', 'roadmap/new.md', 'src/a.ts']);
  });

  it('is case-sensitive, as git is', () => {
    const root = makeGitRepository({ 'src/Login.ts': 'x' });
    const host = createGitHost(root);
    expect(host.listFiles()).toEqual(['src/Login.ts']);
    expect(text(host.readFile('src/Login.ts'))).toBe('x');
  });

  it('walks the folder when it is not a git repository, skipping .git and node_modules', () => {
    const root = makeTempFolder();
    writeFiles(root, { 'roadmap/a.md': 'a', 'node_modules/x/b.md': 'b', 'docs/c.md': 'c' });
    expect(createGitHost(root).listFiles()).toEqual(['docs/c.md', 'roadmap/a.md']);
    expect(gitTopLevel(root)).toBeUndefined();
  });

  it('reads a symlink that stays inside the root and refuses one that leads out', () => {
    const outside = makeTempFolder();
    writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
    const root = makeGitRepository({
      'docs/real.md': 'real',
      'docs/alias.md': { symlink: 'real.md' },
      'docs/up.md': { symlink: '../docs/real.md' },
      'roadmap/passwd.md': { symlink: '/etc/passwd' },
      'roadmap/secret.md': { symlink: path.join(outside, 'secret.txt') },
      'roadmap/climb.md': { symlink: '../../../../../../etc/passwd' },
      'linked': { symlink: outside },
    });
    const host = createGitHost(root);
    expect(text(host.readFile('docs/alias.md'))).toBe('real');
    expect(text(host.readFile('docs/up.md'))).toBe('real');
    expect(host.readFile('roadmap/passwd.md')).toBeUndefined();
    expect(host.readFile('roadmap/secret.md')).toBeUndefined();
    expect(host.readFile('roadmap/climb.md')).toBeUndefined();
    expect(host.readFile('linked/secret.txt')).toBeUndefined();
    expect(host.readFile('../outside.txt')).toBeUndefined();
    expect(host.readFile('/etc/passwd')).toBeUndefined();
    expect(['docs/alias.md', 'roadmap/passwd.md', 'roadmap/climb.md', 'linked/secret.txt', 'docs/none.md'].map((p) => host.leadsOutside?.(p))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('says where a path through links that stay inside the root leads, and nothing for one that leads out or nowhere', () => {
    const root = makeGitRepository({
      'skills/real/brainstorm/SKILL.md': 'x',
      'skills/active/brainstorm': { symlink: '../real/brainstorm' },
      'skills/active/git': { symlink: '../../.git' },
      'skills/active/gone': { symlink: '../real/gone' },
      'linked': { symlink: '/etc' },
    });
    const host = createGitHost(root);
    expect(['skills/active/brainstorm/SKILL.md', 'skills/active/brainstorm', 'skills/active/git/config', 'skills/active/gone/SKILL.md', 'linked/passwd'].map((p) => host.throughLinks?.(p))).toEqual([
      'skills/real/brainstorm/SKILL.md',
      'skills/real/brainstorm',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('resolves paths without leaving the root', () => {
    const root = makeTempFolder();
    writeFiles(root, { 'a/b.md': 'x', 'a/loop': { symlink: 'loop' } });
    expect(resolveInside(root, 'a/../a/b.md')).toEqual({ kind: 'inside', path: path.join(root, 'a/b.md') });
    expect(resolveInside(root, 'a/../../x')).toEqual({ kind: 'outside' });
    expect(resolveInside(root, 'a/loop')).toEqual({ kind: 'missing' });
    expect(resolveInside(root, 'a/none.md')).toEqual({ kind: 'missing' });
  });

  it('lists what changed between commits, renames included, and the work tree with untracked files', () => {
    const root = makeGitRepository({ 'src/old-name.ts': 'export const same = 1;\n'.repeat(20), 'src/gone.ts': 'x\n', 'roadmap/a.md': 'a\n' });
    const base = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'mv', 'src/old-name.ts', 'src/new name.ts');
    git(root, 'rm', '-q', 'src/gone.ts');
    writeFiles(root, { 'roadmap/a.md': 'a, edited\n' });
    git(root, 'commit', '-q', '-am', 'change');
    expect(hasCommit(root, base)).toBe(true);
    expect(hasCommit(root, '1111111111111111111111111111111111111111')).toBe(false);
    expect(gitChanges(root, [`${base}...HEAD`])).toEqual([
      { path: 'roadmap/a.md', status: 'modified' },
      { path: 'src/gone.ts', status: 'removed' },
      { path: 'src/new name.ts', status: 'renamed', previousPath: 'src/old-name.ts' },
    ]);
    writeFiles(root, { 'roadmap/b.md': 'new\n' });
    expect(new GitWorkTree(root).changesSince('HEAD')).toEqual([{ path: 'roadmap/b.md', status: 'added' }]);
    expect(new GitWorkTree(root).changesSince('no-such-ref')).toBeUndefined();
  });

  it('lists a submodule (a gitlink) as a submodule, not a file, in the work tree and at a commit (F35)', () => {
    const library = makeGitRepository({ 'src/app.ts': 'x\n' });
    const root = makeGitRepository({ 'src/a.ts': 'a' });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/lib');
    git(root, 'commit', '-qm', 'lib');
    const host = createGitHost(root);
    expect(host.listFiles()).toEqual(['.gitmodules', 'src/a.ts']);
    expect(host.listSubmodules?.()).toEqual(['vendor/lib']);
    const atCommit = createCommitHost(root, 'HEAD', host);
    expect(atCommit?.listFiles()).toEqual(['.gitmodules', 'src/a.ts']);
    expect(atCommit?.listSubmodules?.()).toEqual(['vendor/lib']);
  });

  it('lists a file name that is not UTF-8 with its stray bytes escaped, and says so, in the work tree, at a commit and in a diff (F36)', () => {
    const root = makeGitRepository({ 'roadmap/a.md': 'a' });
    writeFileSync(Buffer.concat([Buffer.from(`${root}/roadmap/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), 'x');
    const host = createGitHost(root);
    expect(host.listFiles()).toEqual(['roadmap/a.md', 'roadmap/caf\\351.md']);
    expect(host.listNamesNotUtf8?.()).toEqual(['roadmap/caf\\351.md']);
    expect(new GitWorkTree(root).changesSince('HEAD')).toEqual([{ path: 'roadmap/caf\\351.md', status: 'added' }]);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'odd name');
    expect(createCommitHost(root, 'HEAD', host)?.listNamesNotUtf8?.()).toEqual(['roadmap/caf\\351.md']);
    const walked = makeTempFolder();
    writeFileSync(Buffer.concat([Buffer.from(`${walked}/caf`), Buffer.from([0xe9, 0x41]), Buffer.from('é.md')]), 'x');
    expect(createGitHost(walked).listNamesNotUtf8?.()).toEqual(['caf\\351Aé.md']);
  });
});

