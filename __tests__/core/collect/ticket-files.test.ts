import { describe, expect, it } from '@jest/globals';
import { selectArgumentFiles, selectTicketFiles } from '../../../src/core/collect/ticket-files.js';
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
