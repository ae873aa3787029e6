import { describe, expect, it } from '@jest/globals';
import { ticketFilesAmong } from '../../src/app/lint-tickets.js';
import { configOf } from '../helpers/lint-fixture.js';

describe('ticketFilesAmong (what a run can start before git has read the work tree)', () => {
  const config = configOf({ tickets: ['roadmap/**/*.md'], ignore: ['roadmap/archive/**'] });

  it('keeps the changed paths that are ticket files by the config’s globs, not those it ignores', () => {
    expect(ticketFilesAmong(['src/app.ts', 'roadmap/B-0001.md', 'roadmap/archive/old.md', 'roadmap/sub/B-0002.md'], config)).toEqual(['roadmap/B-0001.md', 'roadmap/sub/B-0002.md']);
  });

  it('finds none among other files, or no change', () => {
    expect(ticketFilesAmong(['src/app.ts', 'roadmap/archive/old.md', 'docs/roadmap.md'], config)).toEqual([]);
    expect(ticketFilesAmong([], config)).toEqual([]);
  });
});
