import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RepositoryView, inMemoryHost, type RepositoryHost } from '../../../src/core/repository/repository-view.js';

/** Paths from a few short segments, so folders nest and share names; some with code units above '/' and below it. */
const segment = fc.constantFrom('a', 'b', 'a-b', 'a.b', 'a0', 'é', 'A', '0');
const repositoryPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

/** Every folder on the way to every path, counted the slow, obvious way. */
function foldersByHand(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end += 1) folders.add(parts.slice(0, end).join('/'));
  }
  return folders;
}

const hostOf = (files: readonly string[], submodules: readonly string[]): RepositoryHost => ({ ...inMemoryHost(Object.fromEntries(files.map((file) => [file, '']))), listSubmodules: () => [...submodules] });

describe('RepositoryView: folders without building the folder set', () => {
  it('hasFolder finds by halving the sorted files exactly the folders the folder set holds, submodules included', () => {
    fc.assert(
      fc.property(fc.array(repositoryPath, { maxLength: 30 }), fc.array(repositoryPath, { maxLength: 3 }), fc.array(repositoryPath, { maxLength: 20 }), (files, submodules, asked) => {
        const listed = files.filter((file) => !submodules.includes(file));
        const expected = foldersByHand([...listed, ...submodules]);
        for (const submodule of submodules) expected.add(submodule);
        const lazy = new RepositoryView(hostOf(listed, submodules));
        const answers = [...asked, ...expected].map((path) => lazy.hasFolder(path));
        expect(answers).toEqual([...asked, ...expected].map((path) => expected.has(path)));
        expect([...lazy.folders].sort()).toEqual([...expected].sort());
        expect([...asked, ...expected].map((path) => lazy.hasFolder(path))).toEqual(answers);
      }),
    );
  });

  it('names as top-level entries exactly the first parts of the files and submodules, stepping over each top-level folder’s files', () => {
    fc.assert(
      fc.property(fc.array(repositoryPath, { maxLength: 30 }), fc.array(repositoryPath, { maxLength: 3 }), (files, submodules) => {
        const listed = files.filter((file) => !submodules.includes(file));
        const expected = new Set([...listed, ...submodules].map((path) => path.split('/')[0]));
        expect([...new RepositoryView(hostOf(listed, submodules)).topLevelEntries].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it('keeps the files in code-unit order whatever order the host lists them in, and names the top-level entries', () => {
    const view = new RepositoryView(hostOf(['b/x.md', 'a/é.md', 'a/z.md', 'README.md'], ['vendor/lib']));
    expect(view.files).toEqual(['README.md', 'a/z.md', 'a/é.md', 'b/x.md']);
    expect([...view.topLevelEntries].sort()).toEqual(['README.md', 'a', 'b', 'vendor']);
    expect(view.hasFolder('vendor')).toBe(true);
    expect(view.hasFolder('a/')).toBe(false);
  });
});
