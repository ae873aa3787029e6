/**
 * The folders of a repository's sorted file list. In a monorepo of 100,000 files the set of every
 * folder costs more than a small run needs: `has` finds a folder by halving the files, and the set is
 * built only when a missing path asks what folders there are (did-you-mean, a path's tail).
 */
export class FolderIndex {
  private folderSet?: ReadonlySet<string>;
  private topLevel?: ReadonlySet<string>;
  private byName?: Map<string, string[]>;

  constructor(
    private readonly sortedFiles: readonly string[],
    private readonly submodules: ReadonlySet<string>,
  ) {}

  /** Every folder that holds a file or a submodule, at any depth, and every submodule. */
  get folders(): ReadonlySet<string> {
    if (!this.folderSet) {
      const folders = foldersOf([...this.sortedFiles, ...this.submodules]);
      for (const submodule of this.submodules) folders.add(submodule);
      this.folderSet = folders;
    }
    return this.folderSet;
  }

  /** The first part of every path. */
  get topLevelEntries(): ReadonlySet<string> {
    if (!this.topLevel) {
      const topLevel = new Set<string>();
      // The files of a top-level folder are one run of the sorted list, stepped over by halving.
      for (let index = 0; index < this.sortedFiles.length; ) {
        const path = this.sortedFiles[index] ?? '';
        const firstSlash = path.indexOf('/');
        if (firstSlash === -1) {
          topLevel.add(path);
          index += 1;
        } else {
          topLevel.add(path.slice(0, firstSlash));
          index = firstNotBefore(this.sortedFiles, `${path.slice(0, firstSlash)}0`);
        }
      }
      for (const submodule of this.submodules) topLevel.add(submodule.split('/')[0] ?? submodule);
      this.topLevel = topLevel;
    }
    return this.topLevel;
  }

  has(path: string): boolean {
    if (path === '' || this.submodules.has(path) || this.folderSet?.has(path) === true) return true;
    if (this.folderSet || path.endsWith('/')) return false;
    const inside = `${path}/`;
    return this.sortedFiles[firstNotBefore(this.sortedFiles, inside)]?.startsWith(inside) === true || [...this.submodules].some((submodule) => submodule.startsWith(inside));
  }

  /** The folders with this name, anywhere. */
  named(name: string): readonly string[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const folder of this.folders) {
        const name = folder.slice(folder.lastIndexOf('/') + 1);
        const named = this.byName.get(name);
        if (named) named.push(folder);
        else this.byName.set(name, [folder]);
      }
    }
    return this.byName.get(name) ?? [];
  }
}

/** Every folder on the way to the paths. */
function foldersOf(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of paths) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

/** Where `prefix` is, or would be, in `sorted` (code-unit order): the first path not before it, found by halving. */
export function firstNotBefore(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
