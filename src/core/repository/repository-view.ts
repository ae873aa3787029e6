import { isBinary } from '../text/source-text.js';
import { FileListing } from './file-listing.js';
import { firstNotBefore } from './folder-index.js';

export { firstNotBefore } from './folder-index.js';
import { PathSuggester } from './path-suggester.js';

/**
 * Where the repository's files come from: git, a folder on disk, or memory in tests. Paths are
 * repository-relative with `/` separators.
 */
export interface RepositoryHost {
  /** Every file the repository tracks (outside git: every file under the root). */
  listFiles(): readonly string[];
  /** The bytes of a listed file, or undefined when it cannot be read or resolves outside the root. */
  readFile(path: string): Uint8Array | undefined;
  /** True when the path, through symlinks, leads outside the root; decided without touching anything outside. */
  leadsOutside?(path: string): boolean;
  /** The repository path a path leads to through the symlinks on its way, when they stay inside the root and something is there. */
  throughLinks?(path: string): string | undefined;
  /** The first `limit` bytes of a listed file and its whole size, read no further (a file may be gigabytes). */
  readHead?(path: string, limit: number): { head: Uint8Array; size: number } | undefined;
  /** The submodules: folders whose files another repository tracks (git's gitlinks), not in `listFiles`. */
  listSubmodules?(): string[];
  /** Listed files whose name is not UTF-8, listed with its stray bytes escaped (`caf\351.md`): not readable by that name. */
  listNamesNotUtf8?(): string[];
  /**
   * A view that lists exactly the files this host has (a commit whose files the work tree still has,
   * every one): its listing is shared, not built again.
   */
  sameListingAs?(): RepositoryView | undefined;
  /** The view whose copy of this file the host reads, unchanged: what was read from it there is not read again. */
  sameFileIn?(path: string): RepositoryView | undefined;
}

/**
 * The repository as the linter sees it, built once per run: which paths exist (case-sensitive, folders
 * derived from file paths), glob matches, line counts. Each file is read at most once.
 * `rootName`: the name of the folder it is checked out in; a copy on an author's machine is most often a
 * folder of that name.
 */
export class RepositoryView {
  private readonly listing: FileListing;
  private readonly bytesByPath = new Map<string, Uint8Array | undefined>();
  private readonly lineCounts = new Map<string, number | undefined>();
  private readonly outsideCache = new Map<string, boolean>();
  private readonly linkCache = new Map<string, string | undefined>();
  private suggester?: PathSuggester;

  constructor(
    private readonly host: RepositoryHost,
    readonly rootName?: string,
  ) {
    this.listing = host.sameListingAs?.()?.listing ?? new FileListing(host);
  }

  /** Every listed file, sorted in code-unit order. */
  get files(): readonly string[] {
    return this.listing.files;
  }

  /** Folders whose files another repository tracks: a path in one is there, but its files are not read. */
  get submodules(): ReadonlySet<string> {
    return this.listing.submodules;
  }

  /** Every folder that holds a tracked file or a submodule, at any depth, and every submodule. */
  get folders(): ReadonlySet<string> {
    return this.listing.folderIndex.folders;
  }

  /** The first part of every path: what a path written from the root starts with. */
  get topLevelEntries(): ReadonlySet<string> {
    return this.listing.folderIndex.topLevelEntries;
  }

  hasFile(path: string): boolean {
    return this.listing.hasFile(path);
  }

  hasFolder(path: string): boolean {
    return this.listing.folderIndex.has(path);
  }

  /** True for a listed file whose name is not UTF-8 (see RepositoryHost): it is there, but cannot be read. */
  nameIsNotUtf8(path: string): boolean {
    return this.listing.namesNotUtf8.has(path);
  }

  /** The submodule a path is in (or is), if any. */
  submoduleOf(path: string): string | undefined {
    const { submodules } = this.listing;
    if (submodules.size === 0) return undefined;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (submodules.has(path.slice(0, slash))) return path.slice(0, slash);
    }
    return submodules.has(path) ? path : undefined;
  }

  /** Tracked files under a folder, in order; every file for the root (''). */
  filesUnder(folder: string): string[] {
    return this.listing.filesUnder(folder);
  }

  /** Tracked files matching a glob, cached per pattern. */
  globMatches(pattern: string): string[] {
    return this.listing.globMatches(pattern);
  }

  /** Tracked files with this exact name, anywhere. */
  filesNamed(name: string): readonly string[] {
    return this.listing.nameIndex().get(name) ?? [];
  }

  /** The view this one reads an unchanged copy of the file from, if any (RepositoryHost.sameFileIn). */
  sameFileIn(path: string): RepositoryView | undefined {
    return this.host.sameFileIn?.(path);
  }

  /** A listed file's bytes, kept for the next call unless `keep` is false (a ticket file, kept as its text instead). */
  readBytes(path: string, { keep = true } = {}): Uint8Array | undefined {
    if (!this.hasFile(path)) return undefined;
    if (!keep && !this.bytesByPath.has(path)) return this.host.readFile(path);
    if (!this.bytesByPath.has(path)) this.bytesByPath.set(path, this.host.readFile(path));
    return this.bytesByPath.get(path);
  }

  /** The first `limit` bytes and the size of a listed file, unread past them where the host can; a file that fits is kept whole (not read again). */
  readHead(path: string, limit: number): { head: Uint8Array; size: number } | undefined {
    if (!this.hasFile(path)) return undefined;
    const read = this.bytesByPath.has(path) || !this.host.readHead ? headOf(this.readBytes(path), limit) : this.host.readHead(path, limit);
    if (read !== undefined && read.head.length === read.size) this.bytesByPath.set(path, read.head);
    return read;
  }

  /** Lines of a text file as an editor counts them; undefined for a binary or unreadable file. */
  lineCount(path: string): number | undefined {
    if (this.lineCounts.has(path)) return this.lineCounts.get(path);
    const bytes = this.readBytes(path);
    let lines: number | undefined;
    if (bytes !== undefined && !isBinary(bytes)) {
      let newlines = 0;
      for (const byte of bytes) if (byte === 0x0a) newlines += 1;
      lines = bytes.length === 0 ? 0 : bytes[bytes.length - 1] === 0x0a ? newlines : newlines + 1;
    }
    this.lineCounts.set(path, lines);
    return lines;
  }

  /** True when the path, or a folder on the way to it, is a symlink that leads out of the root. */
  leadsOutside(path: string): boolean {
    if (!this.host.leadsOutside) return false;
    if (!this.outsideCache.has(path)) this.outsideCache.set(path, this.host.leadsOutside(path));
    return this.outsideCache.get(path) === true;
  }

  /** Where a path through tracked symlinks leads inside the root (see RepositoryHost.throughLinks). */
  throughLinks(path: string): string | undefined {
    if (!this.host.throughLinks) return undefined;
    if (!this.linkCache.has(path)) this.linkCache.set(path, this.host.throughLinks(path));
    return this.linkCache.get(path);
  }

  /** What a missing path most likely meant: did-you-mean, the path it can only mean, where it moved (see PathSuggester). */
  get suggestions(): PathSuggester {
    this.suggester ??= new PathSuggester(this);
    return this.suggester;
  }

  /**
   * Tracked files and folders whose path ends with `suffix` after a `/`: where a path written from a
   * subfolder may lie (`model/loader.ts` in `app/web/src/model/loader.ts`).
   */
  pathsEndingWith(suffix: string): string[] {
    const trimmed = suffix.endsWith('/') ? suffix.slice(0, -1) : suffix;
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    const tail = `/${trimmed}`;
    return [...(suffix.endsWith('/') ? [] : this.filesNamed(name)), ...this.listing.folderIndex.named(name)].filter((candidate) => candidate.endsWith(tail));
  }

  /** True when the path's name ends as a tracked file's does (`docs/guide.typ` where `.typ` files are tracked), known or not. */
  endsAsTrackedFiles(path: string): boolean {
    return this.listing.endsAsTrackedFiles(path);
  }

  /** Every tracked file name, once. */
  fileNames(): Iterable<string> {
    return this.listing.nameIndex().keys();
  }
}

/** True when the paths are in code-unit order (compareCodeUnits). */
export function isSorted(paths: readonly string[]): boolean {
  for (let index = 1; index < paths.length; index += 1) if ((paths[index - 1] ?? '') > (paths[index] ?? '')) return false;
  return true;
}

/** Of several tracked paths one pointer could mean, the one an agent would open: the shortest, then the first. */
export function shortestPath(paths: readonly string[]): string | undefined {
  return [...paths].sort(compareShortestFirst)[0];
}

/** Shorter paths first, then in code-unit order: the order in which several candidates are offered. */
export function compareShortestFirst(a: string, b: string): number {
  return a.length - b.length || compareCodeUnits(a, b);
}

export function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function headOf(bytes: Uint8Array | undefined, limit: number): { head: Uint8Array; size: number } | undefined {
  return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}

/** The paths of `sorted` (in code-unit order) that start with `prefix`: one contiguous run, found by halving. */
export function startingWith(sorted: readonly string[], prefix: string): string[] {
  const low = firstNotBefore(sorted, prefix);
  const found: string[] = [];
  for (let index = low; index < sorted.length && (sorted[index] ?? '').startsWith(prefix); index += 1) found.push(sorted[index] ?? '');
  return found;
}


/** True when `sorted` (in code-unit order) holds `path`. */
export function sortedIncludes(sorted: readonly string[], path: string): boolean {
  return sorted[firstNotBefore(sorted, path)] === path;
}

/** Plain code-unit order, as git sorts paths, so a folder's files are one contiguous run. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A host over files held in memory, for tests and for tools that already have the text. */
export function inMemoryHost(files: Record<string, string | Uint8Array>): RepositoryHost {
  const encoder = new TextEncoder();
  return {
    listFiles: () => Object.keys(files),
    readFile: (path) => {
      const content = files[path];
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}
