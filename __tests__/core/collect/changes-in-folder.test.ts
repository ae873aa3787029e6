import { describe, expect, it } from '@jest/globals';
import { changesInFolder } from '../../../src/core/collect/changes-in-folder.js';

describe('changesInFolder', () => {
  const changes = [
    { path: 'pkg/roadmap/a.md', status: 'modified' as const, changedLines: [{ start: 2, end: 3 }] },
    { path: 'other/b.md', status: 'removed' as const },
    { path: 'pkg/src/new.ts', status: 'renamed' as const, previousPath: 'pkg/src/old.ts' },
    { path: 'pkg/src/moved-in.ts', status: 'renamed' as const, previousPath: 'lib/moved-in.ts' },
    { path: 'lib/moved-out.ts', status: 'renamed' as const, previousPath: 'pkg/src/moved-out.ts' },
    { path: 'pkgs/c.md', status: 'added' as const },
  ];

  it('keeps the changes inside the folder, relative to it, and turns renames across its edge into an addition or a removal', () => {
    expect(changesInFolder(changes, 'pkg/')).toEqual([
      { path: 'roadmap/a.md', status: 'modified', changedLines: [{ start: 2, end: 3 }] },
      { path: 'src/new.ts', status: 'renamed', previousPath: 'src/old.ts' },
      { path: 'src/moved-in.ts', status: 'added' },
      { path: 'src/moved-out.ts', status: 'removed' },
    ]);
  });

  it('leaves the changes as they are at the top level', () => {
    expect(changesInFolder(changes, '')).toEqual(changes);
  });
});
