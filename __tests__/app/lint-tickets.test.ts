import { describe, expect, it } from '@jest/globals';
import { readThrough, ticketFilesAmong } from '../../src/app/lint-tickets.js';
import { RepositoryView, inMemoryHost } from '../../src/core/repository/repository-view.js';
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

describe('readThrough (the base lint reading unchanged files through the head’s view)', () => {
  it('gives what the head read from its cache, and keeps nothing it reads for the base alone', () => {
    const inner = inMemoryHost({ 'src/a.ts': 'export {};\n', 'roadmap/t.md': '# T-1\n' });
    const reads = new Map<string, number>();
    const view = new RepositoryView({ ...inner, readFile: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), inner.readFile(path)) });
    view.readBytes('src/a.ts');
    const base = readThrough(view);
    for (let round = 0; round < 2; round += 1) {
      expect(new TextDecoder().decode(base.readFile('src/a.ts'))).toBe('export {};\n');
      expect(new TextDecoder().decode(base.readFile('roadmap/t.md'))).toBe('# T-1\n');
    }
    expect(Object.fromEntries(reads)).toEqual({ 'src/a.ts': 1, 'roadmap/t.md': 2 });
  });
});
