import { describe, expect, it } from '@jest/globals';
import { MAX_FILES_DIFFED, selectTickets } from '../../src/app/select-tickets.js';
import type { Workspace } from '../../src/app/open-workspace.js';
import type { FileChange } from '../../src/core/collect/changed-tickets.js';
import { DEFAULT_CONFIG } from '../../src/core/config/config.js';
import { RepositoryView, inMemoryHost } from '../../src/core/repository/repository-view.js';

const TICKETS = Array.from({ length: MAX_FILES_DIFFED + 5 }, (_, index) => `roadmap/t-${String(index).padStart(3, '0')}.md`);

function workspace(): Workspace {
  const repository = new RepositoryView(inMemoryHost(Object.fromEntries(TICKETS.map((file) => [file, '# T\n']))));
  return { root: '/repo', config: DEFAULT_CONFIG, configFile: undefined, repository, history: { lookup: () => undefined } } as unknown as Workspace;
}

describe('selectTickets on a change', () => {
  it('focuses each modified ticket file on its changed lines, asking git for at most MAX_FILES_DIFFED files, then the API patch', () => {
    const asked: string[] = [];
    const changes: FileChange[] = TICKETS.map((path) => ({ path, status: 'modified', changedLines: [{ start: 9, end: 9 }] }));
    const selection = selectTickets(workspace(), {
      kind: 'changes',
      changes,
      where: 'in this pull request',
      linesOf: (file) => {
        asked.push(file);
        return [{ start: 1, end: 1 }];
      },
    });
    expect(asked).toEqual(TICKETS.slice(0, MAX_FILES_DIFFED));
    expect(selection.focus.get(TICKETS[0] ?? '')).toEqual([{ start: 1, end: 1 }]);
    expect(selection.focus.get(TICKETS.at(-1) ?? '')).toEqual([{ start: 9, end: 9 }]);
  });

  it('reports an added file whole', () => {
    const selection = selectTickets(workspace(), { kind: 'changes', changes: [{ path: TICKETS[0] ?? '', status: 'added' }], where: 'in this pull request', linesOf: () => [] });
    expect(selection.files).toEqual([TICKETS[0]]);
    expect(selection.focus.size).toBe(0);
  });
});
