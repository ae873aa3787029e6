import { execFileSync } from 'node:child_process';
import type { PathHistory, PathHistoryLookup } from '../core/resolve/resolution.js';

const PATHS_PER_QUERY = 200;

/** A deletion found, with the deleted file that matched (the path itself, or a file under it as a folder). */
type Found = PathHistory & { via: string };
const RECORD = '\x01';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** `abc1234\t2026-05-03\tRemove the scripts` and the NUL-separated fields after it, per commit. */
function records(output: string): Array<{ header: string[]; fields: string[] }> {
  return output
    .split(RECORD)
    .filter((record) => record !== '')
    .map((record) => {
      const [header = '', ...rest] = record.split('\0');
      return { header: header.split('\t'), fields: rest.map((field) => field.replace(/^\n/, '')).filter((field) => field !== '') };
    });
}

/**
 * What git's history says of missing paths, for a checkout that has it: the last commit that deleted
 * each (a file, or a file under a folder), and whether that deletion was a rename. One `git log` per
 * 200 paths, restricted to those paths and to deletions, and one `git show` of the commits found, for
 * renames. Nothing for a shallow clone or outside git: history that is not there cannot tell
 * "deleted" from "never existed".
 */
export function gitPathHistory(root: string): PathHistoryLookup {
  let full: boolean | undefined;
  return (paths) => {
    full ??= git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'false';
    const found = new Map<string, Found>();
    if (!full) return found;
    for (let start = 0; start < paths.length; start += PATHS_PER_QUERY) {
      const chunk = paths.slice(start, start + PATHS_PER_QUERY);
      const output = git(root, ['log', '-z', '--no-merges', '--diff-filter=D', '--name-only', `--format=${RECORD}%h%x09%as%x09%s`, '--', ...chunk.map((path) => `:(literal)${path}`)]);
      if (output === undefined) continue;
      // Newest first: the first deletion met is the last one.
      for (const { header, fields } of records(output)) {
        const [commit = '', date = '', subject = ''] = header;
        for (const deleted of fields) {
          for (const path of chunk) {
            if (!found.has(path) && (deleted === path || deleted.startsWith(`${path}/`))) found.set(path, { kind: 'deleted', commit, date, subject, via: deleted });
          }
        }
      }
    }
    markRenames(root, found);
    return new Map([...found].map(([path, history]) => [path, withoutVia(history)]));
  };
}

/** Turns the deletions that were renames (as `git show -M` sees the commit) into renames, with the new path. */
function markRenames(root: string, found: Map<string, Found>): void {
  const commits = [...new Set([...found.values()].map((history) => history.commit))];
  if (commits.length === 0) return;
  const output = git(root, ['show', '-z', '-M', '--name-status', `--format=${RECORD}%h`, ...commits]);
  if (output === undefined) return;
  for (const { header, fields } of records(output)) {
    const [commit = ''] = header;
    for (let index = 0; index < fields.length; ) {
      const status = fields[index] ?? '';
      if (!status.startsWith('R') && !status.startsWith('C')) {
        index += 2;
        continue;
      }
      const [from = '', to = ''] = [fields[index + 1], fields[index + 2]];
      index += 3;
      if (!status.startsWith('R')) continue;
      for (const [path, history] of found) {
        if (history.commit !== commit || history.via !== from) continue;
        // A folder moved with its files: the new folder is the renamed file's path without the same tail.
        const tail = from.slice(path.length);
        if (tail !== '' && !to.endsWith(tail)) continue;
        history.kind = 'renamed';
        history.renamedTo = to.slice(0, to.length - tail.length);
      }
    }
  }
}

function withoutVia({ kind, commit, date, subject, renamedTo }: Found): PathHistory {
  return { kind, commit, date, subject, ...(renamedTo === undefined ? {} : { renamedTo }) };
}
