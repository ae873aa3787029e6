import type { FileChange } from './changed-tickets.js';

/**
 * A repository's changes as seen from one of its folders (`folder` ends with `/`; '' is the top level),
 * paths relative to it: what is outside is left out, and a rename across its edge is an addition or a
 * removal, as the folder sees it.
 */
export function changesInFolder(changes: readonly FileChange[], folder: string): FileChange[] {
  if (folder === '') return [...changes];
  const inside = (path: string | undefined): string | undefined => (path?.startsWith(folder) ? path.slice(folder.length) : undefined);
  return changes.flatMap((change): FileChange[] => {
    const path = inside(change.path);
    const before = inside(change.previousPath);
    if (path !== undefined && before !== undefined) return [{ ...change, path, previousPath: before }];
    if (path !== undefined) {
      const moved: FileChange = { ...change, path, ...(change.status === 'renamed' ? { status: 'added' } : {}) };
      delete moved.previousPath;
      return [moved];
    }
    if (before !== undefined && change.status === 'renamed') return [{ path: before, status: 'removed' }];
    return [];
  });
}
