import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { git, makeGitRepository, makeTempFolder, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { PROJECT_ROOT, type ProcessResult } from '../helpers/run-built.js';

/** .ci/move-major-tag, as the release workflow runs it, on a repository with a bare `origin`. */

afterAll(removeTemporaryFolders);

const SCRIPT = path.join(PROJECT_ROOT, '.ci', 'move-major-tag');

function moveMajorTag(root: string, tag: string): ProcessResult {
  const result = spawnSync('bash', [SCRIPT, tag], { cwd: root, encoding: 'utf8', env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository at package.json version `version`, pushed to a bare origin. */
function releaseRepository(version: string): { root: string; origin: string } {
  const origin = makeTempFolder('ticket-lint-origin-');
  git(origin, 'init', '-q', '--bare');
  const root = makeGitRepository({ 'package.json': `{ "name": "ticket-lint", "version": "${version}" }\n` });
  git(root, 'remote', 'add', 'origin', origin);
  git(root, 'push', '-q', 'origin', 'main');
  return { root, origin };
}

/** Commits package.json at `version` and tags it v<version>, as a release does. */
function release(root: string, version: string): string {
  writeFiles(root, { 'package.json': `{ "name": "ticket-lint", "version": "${version}" }\n` });
  git(root, 'commit', '-q', '-am', `Release ${version}`, '--allow-empty');
  git(root, 'tag', '-a', `v${version}`, '-m', `v${version}`);
  return git(root, 'rev-parse', 'HEAD').trim();
}

const remoteTag = (origin: string, tag: string): string => git(origin, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`).trim();

describe('.ci/move-major-tag', () => {
  it('creates the major tag on the first release and moves it to each later one', () => {
    const { root, origin } = releaseRepository('0.1.0');
    const first = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'tag', '-a', 'v0.1.0', '-m', 'v0.1.0');
    expect(moveMajorTag(root, 'v0.1.0')).toMatchObject({ status: 0, stdout: expect.stringContaining(`v0 now points at v0.1.0 (${first})`) });
    expect(remoteTag(origin, 'v0')).toBe(first);

    const second = release(root, '0.2.0');
    expect(moveMajorTag(root, 'v0.2.0').status).toBe(0);
    expect(remoteTag(origin, 'v0')).toBe(second);
  });

  it('leaves the major tag on the newest release when a fix of an older one is tagged', () => {
    const { root, origin } = releaseRepository('0.2.0');
    const newest = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'tag', '-a', 'v0.2.0', '-m', 'v0.2.0');
    expect(moveMajorTag(root, 'v0.2.0').status).toBe(0);
    release(root, '0.1.1');
    expect(moveMajorTag(root, 'v0.1.1')).toEqual({ status: 0, stdout: 'v0 stays on v0.2.0, a later release than v0.1.1\n', stderr: '' });
    expect(remoteTag(origin, 'v0')).toBe(newest);
  });

  it('starts a new major tag for a major release and leaves the old one', () => {
    const { root, origin } = releaseRepository('0.3.0');
    const old = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'tag', '-a', 'v0.3.0', '-m', 'v0.3.0');
    expect(moveMajorTag(root, 'v0.3.0').status).toBe(0);
    const major = release(root, '1.0.0');
    expect(moveMajorTag(root, 'v1.0.0').status).toBe(0);
    expect([remoteTag(origin, 'v0'), remoteTag(origin, 'v1')]).toEqual([old, major]);
  });

  it('refuses a tag whose commit has another package.json version, and a tag that is not vX.Y.Z', () => {
    const { root, origin } = releaseRepository('0.1.0');
    git(root, 'tag', '-a', 'v0.2.0', '-m', 'v0.2.0');
    expect(moveMajorTag(root, 'v0.2.0')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'move-major-tag: v0.2.0 is on a commit whose package.json says version 0.1.0; bump the version, then tag that commit\n',
    });
    expect(moveMajorTag(root, 'v0.2')).toEqual({ status: 2, stdout: '', stderr: "move-major-tag: 'v0.2' is not a release tag (vX.Y.Z)\n" });
    expect(git(origin, 'tag', '--list')).toBe('');
  });
});
