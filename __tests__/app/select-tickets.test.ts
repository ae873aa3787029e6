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

describe('a run parses each ticket file once', () => {
  it('gives lint the file selection parsed to find the tickets a removed file broke, and parses changed text again', async () => {
    const { readTicketFile, parseTicketText } = await import('../../src/core/parse/read-ticket-file.js');
    const text = '# Uses the old file\n\n## Context\n- `src/old.ts`\n';
    const repository = new RepositoryView(inMemoryHost({ 'roadmap/uses-old.md': text, 'roadmap/other.md': '# Other\n' }));
    const space = { root: '/repo', config: DEFAULT_CONFIG, configFile: undefined, repository, history: { lookup: () => undefined } } as unknown as Workspace;
    const selection = selectTickets(space, { kind: 'changes', changes: [{ path: 'src/old.ts', status: 'removed' }], where: 'in this pull request' });
    expect(selection.files).toEqual(['roadmap/uses-old.md']);
    const parsed = parseTicketText('roadmap/uses-old.md', text, repository, DEFAULT_CONFIG);
    expect(readTicketFile('roadmap/uses-old.md', repository, DEFAULT_CONFIG)).toBe(parsed);
    expect(parseTicketText('roadmap/uses-old.md', `${text}\nMore.\n`, repository, DEFAULT_CONFIG)).not.toBe(parsed);
  });
});
