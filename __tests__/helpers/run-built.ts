import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'index.js');
export const BUILT_ACTION = path.join(PROJECT_ROOT, 'dist', 'index.js');
/** The version package.json gives, which the bundles report. */
export const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would, in `cwd`. */
export function runBuiltCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ProcessResult {
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
