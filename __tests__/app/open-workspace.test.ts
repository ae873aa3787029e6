import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAhead } from '../../src/app/lint-tickets.js';
import { openWorkspace } from '../../src/app/open-workspace.js';
import { parsedBefore, readTicketText } from '../../src/core/parse/read-ticket-file.js';
import { makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const TICKET = '# T-1: Add login\n\n## Goal\nLog in.\n\n## Context\n- `src/login.ts`\n\n## Acceptance Criteria\n- [ ] It works\n';
const FILES = { 'roadmap/T-1.md': TICKET, 'src/login.ts': 'export {};\n' };

/** A workspace whose work tree is loaded the way a run loads it, with the repository the index lists built meanwhile. */
async function loadedWorkspace(root: string) {
  const workspace = openWorkspace({ root });
  const [fromIndex] = await Promise.all([workspace.indexRepository(), workspace.workTree.load()]);
  return { workspace, fromIndex };
}

describe('Workspace.indexRepository: the file list built while git reads the work tree', () => {
  it('is the run’s repository when the work tree adds and removes no file, and what was parsed with it is not parsed again', async () => {
    const root = makeGitRepository(FILES);
    writeFiles(root, { 'src/login.ts': 'export const edited = true;\n' });
    const workspace = openWorkspace({ root });
    await Promise.all([workspace.workTree.load(), parseAhead(workspace, ['roadmap/T-1.md'])]);
    const fromIndex = await workspace.indexRepository();
    expect(workspace.repository).toBe(fromIndex);
    const read = readTicketText('roadmap/T-1.md', workspace.repository, workspace.config);
    expect(read.ok && parsedBefore('roadmap/T-1.md', read.text, workspace.repository, workspace.config)?.tickets.map((ticket) => ticket.title)).toEqual(['T-1: Add login']);
  });

  it('is not the run’s repository when the work tree has a file the index does not: that file is listed', async () => {
    const root = makeGitRepository(FILES);
    writeFiles(root, { 'src/untracked.ts': 'export {};\n' });
    const { workspace, fromIndex } = await loadedWorkspace(root);
    expect(fromIndex?.hasFile('src/untracked.ts')).toBe(false);
    expect(workspace.repository).not.toBe(fromIndex);
    expect(workspace.repository.hasFile('src/untracked.ts')).toBe(true);
  });

  it('is not the run’s repository when the work tree lost a file of the index: that file is not listed', async () => {
    const root = makeGitRepository(FILES);
    rmSync(path.join(root, 'src/login.ts'));
    const { workspace, fromIndex } = await loadedWorkspace(root);
    expect(fromIndex?.hasFile('src/login.ts')).toBe(true);
    expect(workspace.repository.hasFile('src/login.ts')).toBe(false);
    expect(workspace.repository.files).toEqual(['roadmap/T-1.md']);
  });

  it('is undefined outside git, where the files come from walking the folder', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-plain-'));
    try {
      writeFiles(root, FILES);
      const { workspace, fromIndex } = await loadedWorkspace(root);
      expect(fromIndex).toBeUndefined();
      expect(workspace.repository.files).toEqual(['roadmap/T-1.md', 'src/login.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
