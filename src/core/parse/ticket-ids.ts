import type { Dependency } from './ticket.js';

/** An id that is unique in its file only (a plan's task `2.1`): its key holds the file. */
export function fileScopedKey(file: string, id: string): string {
  return `${file}#${id}`;
}

/** A dependency whose id means what it says across the repository. */
export function dependency(id: string, line: number): Dependency {
  return { id, key: id, line };
}

/** The words to look for in other files' text to find the tickets a key may name: its id part. */
export function searchWordOf(key: string): string {
  return key.slice(key.lastIndexOf('#') + 1);
}
