import type { FileChange } from '../core/collect/changed-tickets.js';
import { splitRecords, utf8Text, type DecodedName } from './file-names.js';

// What the `-z` outputs GitWorkTree reads say: the index (`ls-files --stage`), the status
// (`status --porcelain=v2`), a diff's files (`diff --name-status`).

/** What the work tree holds beyond the index: one `git status` for the run (docs/architecture.md). */
export interface WorkTreeStatus {
  /** Tracked files whose work tree copy differs from the index (content, mode, or deleted), from the root. */
  changed: ReadonlySet<string>;
  /** Tracked files the work tree no longer has. */
  deleted: ReadonlySet<string>;
  /** Files git does not track and does not ignore. */
  untracked: readonly DecodedName[];
}

/** True when the work tree lacks a file of the index or has one the index does not: its file list is not the index's. */
export function addsOrRemovesFiles(status: WorkTreeStatus): boolean {
  return status.deleted.size > 0 || status.untracked.length > 0;
}

/**
 * The index (`git ls-files`): each path once, from the root, in git's order. Nearly every entry is a
 * plain file: in a monorepo a hundred thousand objects of mode and stage were garbage to collect.
 */
export interface GitIndex {
  paths: string[];
  /** The mode of each path that is not a plain file (a link, a gitlink), as git lists it first. */
  specialModes: ReadonlyMap<string, string>;
  /** The paths whose name is not UTF-8 (escaped, see file-names.ts). */
  namesNotUtf8: ReadonlySet<string>;
}

/** A path's mode in the index: a plain file's unless it is special. */
export function modeIn(index: GitIndex, path: string): string {
  return index.specialModes.get(path) ?? PLAIN_MODE;
}

/** The paths of the index with a special mode (GITLINK_MODE: the submodules; SYMLINK_MODE: the links), in its order. */
export function pathsWithMode(index: GitIndex, mode: string): string[] {
  return [...index.specialModes].filter(([, special]) => special === mode).map(([path]) => path);
}

/** A work tree that changes nothing of the index: no file changed, deleted or untracked (a clean checkout's). */
export const UNCHANGED_WORK_TREE: WorkTreeStatus = { changed: new Set(), deleted: new Set(), untracked: [] };

/** git's mode for a gitlink (a commit of another repository, a submodule), and for a symbolic link. */
export const GITLINK_MODE = '160000';
export const SYMLINK_MODE = '120000';
const PLAIN_MODE = '100644';
/** A plain file's modes, executable or not: every other mode is special (GitIndex.specialModes). */
const isPlainMode = (text: string, start = 0): boolean => text.startsWith(PLAIN_MODE, start) || text.startsWith('100755', start);

/** Fields before the path of a `git status --porcelain=v2` record of each kind (`1` changed, `u` unmerged). */
const FIELDS_BEFORE_PATH: Record<string, number> = { '1': 8, u: 10 };

const STATUS: Record<string, FileChange['status']> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

/** The files a `git diff -z --name-status` lists, renames with the path before; undefined when git could not tell. */
export function recordsOfDiff(output: Uint8Array | undefined): FileChange[] | undefined {
  if (output === undefined) return undefined;
  const fields = splitRecords(output).map(({ name }) => name);
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length; ) {
    const code = fields[index] ?? '';
    const status = STATUS[code[0] ?? ''] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[index + 1] ?? '';
      changes.push({ path: fields[index + 2] ?? '', status, ...(status === 'renamed' ? { previousPath } : {}) });
      index += 3;
    } else {
      changes.push({ path: fields[index + 1] ?? '', status });
      index += 2;
    }
  }
  return changes;
}

export function parseIndex(output: Uint8Array): GitIndex {
  const text = utf8Text(output);
  const index = { paths: [], specialModes: new Map<string, string>(), namesNotUtf8: new Set<string>() };
  if (text === undefined) parseIndexRecords(output, index);
  else parseIndexText(text, index);
  return index;
}

/**
 * `<mode> [<object> ]<stage>\t<path>`, NUL-terminated; a file in a merge conflict is listed once a stage,
 * one after the other. Read in place: a 100,000-file index cut into records, then each record into
 * fields, made half a million strings for the collector.
 */
function parseIndexText(text: string, { paths, specialModes }: { paths: string[]; specialModes: Map<string, string> }): void {
  let previous: string | undefined;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab !== -1 && tab < end) {
      const path = text.slice(tab + 1, end);
      if (path !== previous) {
        paths.push(path);
        if (!isPlainMode(text, start)) specialModes.set(path, text.slice(start, text.indexOf(' ', start)));
      }
      previous = path;
    }
    start = end + 1;
  }
}

function parseIndexRecords(output: Uint8Array, { paths, specialModes, namesNotUtf8 }: { paths: string[]; specialModes: Map<string, string>; namesNotUtf8: Set<string> }): void {
  let previous: string | undefined;
  for (const { name: record, utf8 } of splitRecords(output)) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const path = record.slice(tab + 1);
    if (path !== previous) {
      paths.push(path);
      const mode = record.slice(0, record.indexOf(' '));
      if (!isPlainMode(mode)) specialModes.set(path, mode);
      if (!utf8) namesNotUtf8.add(path);
    }
    previous = path;
  }
}

export function parseStatus(output: Uint8Array, folder: string): WorkTreeStatus {
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const untracked: DecodedName[] = [];
  const fromRoot = (path: string): string | undefined => (path.startsWith(folder) ? path.slice(folder.length) : undefined);
  for (const { name: record, utf8 } of splitRecords(output)) {
    const kind = record[0] ?? '';
    if (kind === '?') {
      const path = fromRoot(record.slice(2));
      if (path !== undefined) untracked.push({ name: path, utf8 });
      continue;
    }
    const fields = FIELDS_BEFORE_PATH[kind];
    if (fields === undefined) continue;
    let start = 0;
    for (let field = 0; field < fields && start !== -1; field += 1) start = record.indexOf(' ', start) + 1 || -1;
    const path = start === -1 ? undefined : fromRoot(record.slice(start));
    // `XY`: the index against HEAD, then the work tree against the index; unmerged files differ.
    const workTree = kind === 'u' ? 'U' : (record[3] ?? '.');
    if (path === undefined || workTree === '.') continue;
    changed.add(path);
    if (workTree === 'D') deleted.add(path);
  }
  return { changed, deleted, untracked };
}
