import picomatch from 'picomatch';
import { FolderIndex } from './folder-index.js';
import { compareCodeUnits, isSorted, pushTo, sortedIncludes, startingWith, type RepositoryHost } from './repository-view.js';

const GLOB_OPTIONS = { dot: true } as const;

/**
 * Which files a repository has and what is derived from that alone (folders, names, glob matches):
 * built once from a host's list, and shared by a second view that lists the same files (a pull
 * request's base commit whose files the work tree still has, every one).
 */
export class FileListing {
  readonly files: readonly string[];
  readonly namesNotUtf8: ReadonlySet<string>;
  /** Folders whose files another repository tracks: a path in one is there, but its files are not read. */
  readonly submodules: ReadonlySet<string>;
  readonly folderIndex: FolderIndex;
  private readonly globCache = new Map<string, string[]>();
  private byName?: Map<string, string[]>;
  private byExtension?: Set<string>;

  constructor(host: RepositoryHost) {
    this.submodules = new Set(host.listSubmodules?.() ?? []);
    const listed = host.listFiles();
    const files = this.submodules.size === 0 ? listed : listed.filter((file) => !this.submodules.has(file));
    // git lists files sorted already; a hundred thousand of them are not sorted again.
    this.files = isSorted(files) ? files : [...files].sort(compareCodeUnits);
    this.namesNotUtf8 = new Set(host.listNamesNotUtf8?.() ?? []);
    this.folderIndex = new FolderIndex(this.files, this.submodules);
  }

  /** True when the repository has this file: found by halving, as a set of a hundred thousand paths costs more than a run's lookups. */
  hasFile(path: string): boolean {
    return sortedIncludes(this.files, path);
  }

  /** Files under a folder, in order; every file for the root (''). */
  filesUnder(folder: string): string[] {
    return folder === '' ? [...this.files] : startingWith(this.files, `${folder}/`);
  }

  /** Files matching a glob, cached per pattern. */
  globMatches(pattern: string): string[] {
    let matches = this.globCache.get(pattern);
    if (!matches) {
      const isMatch = picomatch(pattern, GLOB_OPTIONS);
      const files = this.files.filter((file) => isMatch(file));
      this.globCache.set(pattern, (matches = files.length > 0 ? files : this.filesOfMatchingFolders(isMatch)));
    }
    return matches;
  }

  /** Files by their name, anywhere. */
  nameIndex(): ReadonlyMap<string, string[]> {
    if (!this.byName) {
      this.byName = new Map();
      for (const file of this.files) pushTo(this.byName, file.slice(file.lastIndexOf('/') + 1), file);
    }
    return this.byName;
  }

  /** True when the path's name ends as a tracked file's name does, after its last dot, in any case (`typ` for `docs/a.typ`). */
  endsAsTrackedFiles(path: string): boolean {
    this.byExtension ??= new Set([...this.nameIndex().keys()].flatMap((name) => (name.lastIndexOf('.') > 0 ? [extensionOf(name)] : [])));
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.lastIndexOf('.') > 0 && this.byExtension.has(extensionOf(name));
  }

  /**
   * A glob matches a folder's entries, folders too, as the shell expands it: one that matches only
   * folders (`pkg/shared/*` over pkg/shared/spread/) brings their files.
   */
  private filesOfMatchingFolders(isMatch: (path: string) => boolean): string[] {
    return [...this.folderIndex.folders]
      .filter((folder) => !this.submodules.has(folder) && isMatch(folder))
      .sort(compareCodeUnits)
      .flatMap((folder) => this.filesUnder(folder));
  }
}

/** What follows a name's last dot, lower-cased. */
function extensionOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}
