import { describe, expect, it } from '@jest/globals';
import { literalEnding, selectArgumentFiles, selectTicketFiles } from '../../../src/core/collect/ticket-files.js';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';

const files = [
  'README.md',
  'roadmap/README.md',
  'roadmap/auth/login.md',
  'roadmap/plan.md',
  'packages/api/tickets/T-1.md',
  'node_modules/x/tickets/T-9.md',
  '.github/tickets/ci.md',
  'src/index.ts',
];

describe('selectTicketFiles', () => {
  it('takes the default globs minus README and node_modules files', () => {
    expect(selectTicketFiles(files, DEFAULT_CONFIG.tickets, DEFAULT_CONFIG.ignore)).toEqual([
      'roadmap/auth/login.md',
      'roadmap/plan.md',
      'packages/api/tickets/T-1.md',
      '.github/tickets/ci.md',
    ]);
  });
});

describe('selectArgumentFiles', () => {
  it('takes files, folders and globs, and names the arguments that matched nothing', () => {
    expect(selectArgumentFiles(files, ['roadmap/README.md', 'roadmap/auth/', 'packages/**/*.md', 'nope/'], DEFAULT_CONFIG.ignore)).toEqual({
      files: ['packages/api/tickets/T-1.md', 'roadmap/README.md', 'roadmap/auth/login.md'],
      unmatched: ['nope/'],
    });
  });

  it('takes every Markdown file of the repository for "."', () => {
    expect(selectArgumentFiles(files, ['.'], DEFAULT_CONFIG.ignore).files).toEqual([
      '.github/tickets/ci.md',
      'packages/api/tickets/T-1.md',
      'roadmap/auth/login.md',
      'roadmap/plan.md',
    ]);
  });
});

describe('literalEnding', () => {
  it.each([
    ['roadmap/**/*.md', '.md'],
    ['**/specs/*/tasks.md', '/tasks.md'],
    ['.taskmaster/tasks/tasks.json', '.taskmaster/tasks/tasks.json'],
    ['.taskmaster/tasks/task_*.txt', '.txt'],
    ['plans/*.{md,txt}', ''],
    ['plans/\\*.md', '.md'],
    ['notes/**', ''],
  ])('%s ends with %j', (glob, ending) => {
    expect(literalEnding(glob)).toBe(ending);
  });

  it('selects the same files with the ending check as the globs alone would', () => {
    const files = ['roadmap/a.md', 'roadmap/a.mdx', 'specs/1/tasks.md', 'specs/1/tasks.md.bak', 'plans/x.txt', 'plans/x.md', 'notes/a/b', 'src/a.ts'];
    const globs = ['roadmap/**/*.md', '**/specs/*/tasks.md', 'plans/*.{md,txt}'];
    expect(selectTicketFiles(files, globs, [])).toEqual(['roadmap/a.md', 'specs/1/tasks.md', 'plans/x.txt', 'plans/x.md']);
    expect(selectTicketFiles(files, globs.slice(0, 2), [])).toEqual(['roadmap/a.md', 'specs/1/tasks.md']);
  });
});
