import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeGitRepository, makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';
import { PROJECT_ROOT, type ProcessResult } from '../helpers/run-built.js';
import { GOOD } from '../helpers/tickets.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';

/**
 * The package as npm publishes it: packed from this checkout (its committed or freshly built dist/),
 * then run through npm from the tarball with an empty cache and --offline, as a CI machine whose
 * registry is out of reach would. It works only because the bundles need no `dependencies`.
 */

interface PackedFile {
  path: string;
  size: number;
}

interface PackResult {
  filename: string;
  size: number;
  entryCount: number;
  files: PackedFile[];
}

const packageJson = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

let npmCache = '';
let packed: PackResult;
let tarball = '';

/** npm with a cache of its own and nothing from the calling npm's environment (npm test sets npm_config_*). */
function npm(args: string[], cwd: string): ProcessResult {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      npm_config_cache: npmCache,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `ticket-lint ...args` as `npm exec --package <tarball>` runs it, offline. */
function execTarball(args: string[], cwd: string): ProcessResult {
  return npm(['exec', '--offline', '--yes', '--package', tarball, '--', 'ticket-lint', ...args], cwd);
}

beforeAll(() => {
  npmCache = makeTempFolder('ticket-lint-npm-cache-');
  const destination = makeTempFolder('ticket-lint-pack-');
  const result = npm(['pack', '--offline', '--json', '--pack-destination', destination], PROJECT_ROOT);
  expect(result.status).toBe(0);
  [packed] = JSON.parse(result.stdout) as [PackResult];
  tarball = path.join(destination, packed.filename);
});

afterAll(removeTemporaryFolders);

describe('the published package', () => {
  it('is publishable and needs nothing installed beside it: the bundles hold every runtime module', () => {
    expect(packageJson.private).toBeUndefined();
    expect(packageJson.dependencies).toBeUndefined();
    expect(packageJson.bin).toEqual({ 'ticket-lint': 'dist/cli/index.js' });
  });

  it('holds the bundles, action.yml and the documentation, and neither sources, tests nor source maps', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([
      'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml',
      'dist/index.js', 'dist/licenses.txt', 'dist/cli/index.js', 'dist/token-worker/index.js', 'dist/parse-worker/index.js', 'docs/rules/path-exists.md',
    ]));
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|action\.yml|dist\/.+\.(js|json|txt)|docs\/(rules\/)?[\w-]+\.md)$/;
    expect(paths.filter((file) => !allowed.test(file))).toEqual([]);
    expect(packed.entryCount).toBe(paths.length);
  });

  it('prints its version through npm exec, offline', () => {
    const result = execTarball(['--version'], makeTempFolder());
    expect(result).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('lints a repository through npm exec, offline: tokens counted by the packed worker, a missing path an error, exit code 1', async () => {
    const root = makeGitRepository({ 'roadmap/login.md': GOOD });
    const result = execTarball([], root);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    const tokens = (await loadTokenCounter('o200k_base')).count(GOOD);
    const session = 15_000 + tokens;
    expect(lines.slice(0, 2)).toEqual([
      'roadmap/login.md',
      `  ticket T-1 (line 1): ${tokens} tokens + 0 in files → session ${session.toLocaleString('en-US')} of 80,000 (${Math.round(session / 800)}%)`,
    ]);
    expect(lines).toContain("  10:4  error  Path 'src/login.ts' does not exist  path-exists");
    expect(lines.at(-2)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 ticket in 1 file');
    expect(result.status).toBe(1);
  });
});
