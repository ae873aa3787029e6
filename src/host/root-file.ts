import { realpathSync } from 'node:fs';
import path from 'node:path';
import { resolveInside, type ResolvedPath } from './git-host.js';
import { readHead } from './read-head.js';

/** Why a file the run depends on (the config, the baseline) was not read; the caller names the file. */
export class RootFileError extends Error {}

/** The file as messages name it: repository-relative inside the root, as given outside it. */
export function rootFileName(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative;
}

export const LEADS_OUT = 'it is a link that leads outside the repository';

/**
 * Where `file` really is. One in the root must stay there through its links: a link leading out (into
 * `/proc/self/environ`, say) would put the runner's environment into an error message, or a write into a
 * file outside. A file the user names outside the root is used where it is.
 */
export function resolveRootFile(root: string, file: string): ResolvedPath {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'inside', path: file };
  return resolveInside(realpathSync(root), relative.split(path.sep).join('/'));
}

/** Where a file written to `file` lands: the file, or for a new one its folder, resolved as resolveRootFile does. */
export function resolveRootFileToWrite(root: string, file: string): ResolvedPath {
  const resolved = resolveRootFile(root, file);
  if (resolved.kind !== 'missing') return resolved;
  const folder = resolveRootFile(root, path.dirname(file));
  return folder.kind === 'inside' ? { kind: 'inside', path: path.join(folder.path, path.basename(file)) } : folder;
}

/** The text of `file` (resolveRootFile), a regular file of at most `maxBytes`. Throws RootFileError. */
export function readRootFile(root: string, file: string, maxBytes: number): string {
  const target = resolveRootFile(root, file);
  if (target.kind === 'outside') throw new RootFileError(`${LEADS_OUT}; it was not read`);
  if (target.kind === 'missing') throw new RootFileError('no such file');
  let read: ReturnType<typeof readHead>;
  try {
    read = readHead(target.path, maxBytes + 1);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RootFileError(code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable'));
  }
  if (read === undefined) throw new RootFileError('it is not a regular file; it was not read');
  if (read.size > maxBytes) throw new RootFileError(`it is over ${maxBytes / 1024 / 1024} MiB; it was not read`);
  return Buffer.from(read.head).toString('utf8');
}
