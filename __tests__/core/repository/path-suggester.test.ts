import { describe, expect, it } from '@jest/globals';
import { SAME_NAME_COMPARED } from '../../../src/core/repository/path-suggester.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';

/** A repository of `count` packages, each with its own `src/index.ts`. */
function packages(count: number): RepositoryView {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index += 1) files[`packages/pkg${String(index).padStart(5, '0')}/src/index.ts`] = '';
  return new RepositoryView(inMemoryHost(files));
}

describe('PathSuggester: a file of the same name in another folder (F13)', () => {
  const few = 2 * SAME_NAME_COMPARED;
  const many = 20 * SAME_NAME_COMPARED;

  it('finds the same name in a folder one typo away, among a few files of that name and among thousands', () => {
    expect(packages(few).suggestions.suggest('packages/pkg00100/scr/index.ts')).toBe('packages/pkg00100/src/index.ts');
    expect(packages(many).suggestions.suggest('packages/pkg02000/scr/index.ts')).toBe('packages/pkg02000/src/index.ts');
  });

  it(`compares a missing path with the ${SAME_NAME_COMPARED} files of its name nearest it in path order on each side, not every one`, () => {
    // A typo in the first letter sorts the missing path after every file of the name: among a few files
    // it is told the one it meant (one edit away), among thousands the closest of the last 128 (three).
    expect(packages(few).suggestions.suggest('qackages/pkg00255/src/index.ts')).toBe('packages/pkg00255/src/index.ts');
    expect(packages(many).suggestions.suggest('qackages/pkg00255/src/index.ts')).toBe('packages/pkg02455/src/index.ts');
  });
});
