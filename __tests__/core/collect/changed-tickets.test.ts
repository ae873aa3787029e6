import { describe, expect, it } from '@jest/globals';
import { pathChanges, selectPullRequestTickets, type FileChange } from '../../../src/core/collect/changed-tickets.js';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';

const FILES = {
  'roadmap/edited.md': '# Edited\n\n- `src/a.ts`\n',
  'roadmap/points-at-removed.md': '# Removed\n\nSee `src/gone.ts:3`.\n',
  'roadmap/links-to-renamed.md': '# Renamed\n\n[the old one](../src/old-name.ts)\n',
  'roadmap/mentions-only.md': '# Mentions\n\nThe word gone.ts in prose is not a pointer.\n',
  'roadmap/unrelated.md': '# Unrelated\n\n- `src/a.ts`\n',
  'src/a.ts': '',
  'src/new-name.ts': '',
};

const CHANGES: FileChange[] = [
  { path: 'roadmap/edited.md', status: 'modified' },
  { path: 'roadmap/deleted.md', status: 'removed' },
  { path: 'src/gone.ts', status: 'removed' },
  { path: 'src/new-name.ts', status: 'renamed', previousPath: 'src/old-name.ts' },
];

describe('selectPullRequestTickets (docs/pull-requests.md)', () => {
  it('takes the tickets it touches, skips removed ones, and adds those pointing at removed or renamed files', () => {
    const repository = new RepositoryView(inMemoryHost(FILES));
    const tickets = Object.keys(FILES).filter((file) => file.startsWith('roadmap/'));
    expect(selectPullRequestTickets(CHANGES, tickets, repository, DEFAULT_CONFIG)).toEqual({
      changed: ['roadmap/edited.md'],
      affected: ['roadmap/points-at-removed.md', 'roadmap/links-to-renamed.md'],
      // The pointer lines that make each affected: the tickets holding them are the ones reported.
      affectedLines: new Map([
        ['roadmap/points-at-removed.md', [{ start: 3, end: 3 }]],
        ['roadmap/links-to-renamed.md', [{ start: 3, end: 3 }]],
      ]),
    });
  });

  it('turns the changes into the removed and renamed paths that messages name', () => {
    expect(pathChanges(CHANGES, 'in this pull request')).toEqual({
      removed: new Set(['roadmap/deleted.md', 'src/gone.ts']),
      renamedTo: new Map([['src/old-name.ts', 'src/new-name.ts']]),
      where: 'in this pull request',
    });
  });
});
