import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The first `limit` bytes of a regular file and its size, read no further: undefined when the path is
 * not a regular file (a device or a pipe would never end, or never answer). Throws when it cannot be read.
 */
export function readHead(file: string, limit: number): { head: Uint8Array; size: number } | undefined {
  if (!statSync(file).isFile()) return undefined;
  const descriptor = openSync(file, 'r');
  try {
    const { size } = fstatSync(descriptor);
    // Some files (under /proc) say they are empty and are not.
    const head = Buffer.alloc(size > 0 ? Math.min(limit, size) : limit);
    let length = 0;
    for (let read = -1; read !== 0 && length < head.length; length += read) read = readSync(descriptor, head, length, head.length - length, null);
    return { head: head.subarray(0, length), size: Math.max(size, length) };
  } finally {
    closeSync(descriptor);
  }
}
