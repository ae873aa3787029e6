import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FixtureEntry = string | Uint8Array | { symlink: string };

const created: string[] = [];

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes files (and symlinks) under `root`. */
export function writeFiles(root: string, files: Record<string, FixtureEntry>): void {
  for (const [relative, content] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, absolute);
    else writeFileSync(absolute, content);
  }
}

/**
 * A real git repository in a temp folder with `files` committed. Identity is set per repository:
 * CI machines have no global git user.
 */
export function makeGitRepository(files: Record<string, FixtureEntry>, options: { commit?: boolean } = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-repo-'));
  created.push(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'ticket-lint tests');
  git(root, 'config', 'user.email', 'tests@ticket-lint.invalid');
  git(root, 'config', 'commit.gpgsign', 'false');
  writeFiles(root, files);
  if (options.commit !== false) {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'fixture', '--allow-empty');
  }
  return root;
}

export function makeTempFolder(prefix = 'ticket-lint-'): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}
