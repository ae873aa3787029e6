import { runGit, spawnGit } from './run-git.js';
import type { PathHistory, PathHistoryLookup } from '../core/resolve/resolution.js';

/** The newest commits that delete or rename something read, at most: older history is not searched. */
const COMMITS_READ = 5_000;
const RECORD = '\x01';

/**
 * What git's history says of missing paths, for a checkout that has it: the last commit that deleted
 * each (a file, or a file under a folder), or renamed it, and to what. One `git log` of the commits
 * that delete or rename files, newest first, with git's rename detection, read as it streams and
 * stopped once every path is found, or after the newest 5,000 such commits. (A pathspec per path
 * would be slower: git matches every pathspec against every tree entry of every commit.) Nothing for
 * a shallow clone or outside git: history that is not there cannot tell "deleted" from "never existed".
 */
export function gitPathHistory(root: string): PathHistoryLookup {
  let full: boolean | undefined;
  return async (paths) => {
    full ??= isFullClone(root);
    if (!full || paths.length === 0) return new Map();
    return await searchHistory(root, paths);
  };
}

function isFullClone(root: string): boolean {
  try {
    return runGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'false';
  } catch {
    return false;
  }
}

function searchHistory(root: string, paths: readonly string[]): Promise<Map<string, PathHistory>> {
  const wanted = new Set(paths);
  const found = new Map<string, PathHistory>();
  const args = ['log', '-z', '--no-merges', '--diff-filter=DR', '-M', '--relative', '--name-status', `--max-count=${COMMITS_READ}`, `--format=${RECORD}%h%x09%as%x09%s`, 'HEAD', '--'];
  return new Promise((resolve) => {
    const child = spawnGit(root, args);
    let pending = '';
    let stopped = false;
    const settle = (): void => resolve(found);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const last = pending.lastIndexOf(RECORD);
      if (last <= 0) return;
      for (const record of pending.slice(0, last).split(RECORD)) readCommit(record, wanted, found);
      pending = pending.slice(last);
      if (found.size === wanted.size) {
        stopped = true;
        child.kill();
      }
    });
    child.on('error', settle);
    child.on('close', () => {
      // A log that ran to its end has its last record whole; a stopped one may have cut it.
      if (!stopped) for (const record of pending.split(RECORD)) readCommit(record, wanted, found);
      settle();
    });
  });
}

/**
 * One commit of the log: `abc1234\t2026-05-03\tsubject`, then NUL-separated `D path` and
 * `R100 old new` entries. The first commit met that deletes a wanted path (or a file under it, for a
 * folder) is its last deletion: the log runs newest first.
 */
function readCommit(record: string, wanted: ReadonlySet<string>, found: Map<string, PathHistory>): void {
  if (record === '') return;
  const [header = '', ...fields] = record.split('\0').map((field) => field.replace(/^\n/, ''));
  const [commit = '', date = '', subject = ''] = header.split('\t');
  for (let index = 0; index < fields.length; ) {
    const status = fields[index] ?? '';
    if (status === '') {
      index += 1;
      continue;
    }
    const renamed = status.startsWith('R');
    const from = fields[index + 1] ?? '';
    const to = renamed ? (fields[index + 2] ?? '') : undefined;
    index += renamed ? 3 : 2;
    for (const path of wantedAt(from, wanted)) {
      if (found.has(path)) continue;
      const tail = from.slice(path.length);
      // A folder moved with its files: the new folder is the renamed file's path without the same tail.
      if (to !== undefined && to.endsWith(tail)) found.set(path, { kind: 'renamed', renamedTo: to.slice(0, to.length - tail.length), commit, date, subject });
      else found.set(path, { kind: 'deleted', commit, date, subject });
    }
  }
}

/** The wanted paths a deleted file is, or lies under: the file itself and each of its folders. */
function wantedAt(file: string, wanted: ReadonlySet<string>): string[] {
  const matches = wanted.has(file) ? [file] : [];
  for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
    const folder = file.slice(0, slash);
    if (wanted.has(folder)) matches.push(folder);
  }
  return matches;
}
