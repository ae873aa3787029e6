import { distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import { closest } from '../text/closest.js';
import { isBinary, trimEnd } from '../text/source-text.js';

/**
 * Where the repository's files come from: git, a folder on disk, or memory in tests. Paths are
 * repository-relative with `/` separators.
 */
export interface RepositoryHost {
  /** Every file the repository tracks (outside git: every file under the root). */
  listFiles(): string[];
  /** The bytes of a listed file, or undefined when it cannot be read or resolves outside the root. */
  readFile(path: string): Uint8Array | undefined;
  /** True when the path, through symlinks, leads outside the root; decided without touching anything outside. */
  leadsOutside?(path: string): boolean;
}

const GLOB_OPTIONS = { dot: true } as const;

/**
 * The repository as the linter sees it, built once per run: which paths exist (case-sensitive, folders
 * derived from file paths), glob matches, line counts. Each file is read at most once.
 */
export class RepositoryView {
  readonly files: readonly string[];
  readonly topLevelEntries: ReadonlySet<string>;
  private readonly fileSet: ReadonlySet<string>;
  private readonly folderSet: ReadonlySet<string>;
  private readonly bytesByPath = new Map<string, Uint8Array | undefined>();
  private readonly lineCounts = new Map<string, number | undefined>();
  private readonly globCache = new Map<string, string[]>();
  private readonly outsideCache = new Map<string, boolean>();
  private byLowerCase?: Map<string, string[]>;
  private byName?: Map<string, string[]>;

  constructor(private readonly host: RepositoryHost) {
    this.files = [...host.listFiles()].sort(compareCodeUnits);
    this.fileSet = new Set(this.files);
    const folders = new Set<string>();
    const topLevel = new Set<string>();
    for (const file of this.files) {
      const firstSlash = file.indexOf('/');
      topLevel.add(firstSlash === -1 ? file : file.slice(0, firstSlash));
      for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
        const folder = file.slice(0, slash);
        if (folders.has(folder)) break;
        folders.add(folder);
      }
    }
    this.folderSet = folders;
    this.topLevelEntries = topLevel;
  }

  hasFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  hasFolder(path: string): boolean {
    return path === '' || this.folderSet.has(path);
  }

  /** Tracked files under a folder, in order; every file for the root (''). */
  filesUnder(folder: string): string[] {
    if (folder === '') return [...this.files];
    const prefix = `${folder}/`;
    let low = 0;
    let high = this.files.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareCodeUnits(this.files[middle] ?? '', prefix) < 0) low = middle + 1;
      else high = middle;
    }
    const under: string[] = [];
    for (let index = low; index < this.files.length && (this.files[index] ?? '').startsWith(prefix); index += 1) {
      under.push(this.files[index] ?? '');
    }
    return under;
  }

  /** Tracked files matching a glob, cached per pattern. */
  globMatches(pattern: string): string[] {
    let matches = this.globCache.get(pattern);
    if (!matches) {
      const isMatch = picomatch(pattern, GLOB_OPTIONS);
      matches = this.files.filter((file) => isMatch(file));
      this.globCache.set(pattern, matches);
    }
    return matches;
  }

  /** Tracked files with this exact name, anywhere. */
  filesNamed(name: string): readonly string[] {
    return this.nameIndex().get(name) ?? [];
  }

  private nameIndex(): Map<string, string[]> {
    if (!this.byName) {
      this.byName = new Map();
      for (const file of this.files) pushTo(this.byName, file.slice(file.lastIndexOf('/') + 1), file);
    }
    return this.byName;
  }

  readBytes(path: string): Uint8Array | undefined {
    if (!this.fileSet.has(path)) return undefined;
    if (!this.bytesByPath.has(path)) this.bytesByPath.set(path, this.host.readFile(path));
    return this.bytesByPath.get(path);
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
    let cached = this.outsideCache.get(path);
    if (cached === undefined) {
      cached = this.host.leadsOutside(path);
      this.outsideCache.set(path, cached);
    }
    return cached;
  }

  /**
   * The tracked path a missing path most likely meant, or undefined when nothing is close: the same
   * path in another case; a tracked path that ends with it (written from a subfolder); a file of the
   * same name in a nearby folder; a file whose name extends it (`task-299` → `task-299 - Title.md`);
   * a close name in the same folder (for a bare name, anywhere).
   */
  suggest(missing: string): string | undefined {
    const wanted = trimEnd(missing, '/');
    if (wanted === '') return undefined;
    const sameLetters = this.lowerCaseIndex().get(wanted.toLowerCase());
    if (sameLetters?.[0] !== undefined) return sameLetters[0];
    const name = wanted.slice(wanted.lastIndexOf('/') + 1);
    const folder = parentOf(wanted);
    const sameName = this.filesNamed(name);
    const endsWith = sameName.filter((file) => file.endsWith(`/${wanted}`));
    if (endsWith.length > 0) return shortestPath(endsWith);
    if (sameName.length > 0 && folder !== '') {
      const near = closest(sameName, (candidate, best) => pathDistance(wanted, candidate, best), Math.max(2, Math.floor(wanted.length / 3)) + 1);
      if (near) return near;
    }
    if (folder === '') {
      const similar = this.similarNames(name);
      return similar === undefined ? undefined : shortestPath(this.filesNamed(similar));
    }
    if (!this.hasFolder(folder)) return undefined;
    const children = [...this.filesUnder(folder).filter((file) => parentOf(file) === folder), ...this.childFolders(folder)];
    if (!name.includes('.')) {
      const prefix = `${folder}/${name}`;
      const extended = children.filter((child) => child.startsWith(prefix) && /^[ ._-]/.test(child.slice(prefix.length)));
      if (extended.length > 0) return shortestPath(extended);
    }
    return closest(children, (child) => nameDistance(name, child.slice(folder.length + 1)));
  }

  /** The tracked file name closest to `name`, by nameDistance, anywhere in the repository. */
  private similarNames(name: string): string | undefined {
    return closest(this.nameIndex().keys(), (candidate) =>
      Math.abs(candidate.length - name.length) > 3 ? Number.POSITIVE_INFINITY : nameDistance(name, candidate),
    );
  }

  private childFolders(folder: string): string[] {
    const children = new Set<string>();
    const prefixLength = folder === '' ? 0 : folder.length + 1;
    for (const file of this.filesUnder(folder)) {
      const slash = file.indexOf('/', prefixLength);
      if (slash !== -1) children.add(file.slice(0, slash));
    }
    return [...children];
  }

  private lowerCaseIndex(): Map<string, string[]> {
    if (!this.byLowerCase) {
      this.byLowerCase = new Map();
      for (const file of this.files) pushTo(this.byLowerCase, file.toLowerCase(), file);
      for (const folder of this.folderSet) pushTo(this.byLowerCase, folder.toLowerCase(), folder);
    }
    return this.byLowerCase;
  }
}

/** Extensions a writer may swap by mistake: `login.js` for `login.ts`, `config.yaml` for `config.yml`. */
const RELATED_EXTENSIONS = [
  ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'cts'],
  ['yml', 'yaml'],
  ['md', 'mdx', 'markdown'],
  ['py', 'pyi'],
  ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh'],
  ['htm', 'html'],
  ['jpg', 'jpeg'],
];

function splitName(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? { stem: name.toLowerCase(), extension: '' } : { stem: name.slice(0, dot).toLowerCase(), extension: name.slice(dot + 1).toLowerCase() };
}

/**
 * How far apart two file names are as typos go: case-only differences and a swap between related
 * extensions are close; otherwise the extensions must match and the stems differ by at most one edit
 * (two for stems of eight characters or more). Infinity when they are not close.
 */
export function nameDistance(wanted: string, candidate: string): number {
  if (wanted.toLowerCase() === candidate.toLowerCase()) return 0;
  const a = splitName(wanted);
  const b = splitName(candidate);
  if (a.stem === b.stem) {
    return RELATED_EXTENSIONS.some((group) => group.includes(a.extension) && group.includes(b.extension)) ? 1 : Number.POSITIVE_INFINITY;
  }
  if (a.extension !== b.extension) return Number.POSITIVE_INFINITY;
  const allowed = a.stem.length >= 8 ? 2 : 1;
  const stemDistance = Math.abs(a.stem.length - b.stem.length) > allowed ? allowed + 1 : distance(a.stem, b.stem);
  return stemDistance <= allowed ? stemDistance : Number.POSITIVE_INFINITY;
}

/** Edit distance of two paths; a length difference of `best` or more is already too far to compute. */
function pathDistance(wanted: string, candidate: string, best: number): number {
  const lengthDifference = Math.abs(candidate.length - wanted.length);
  return lengthDifference >= best ? lengthDifference : distance(wanted, candidate);
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Of several tracked paths one pointer could mean, the one an agent would open: the shortest, then the first. */
export function shortestPath(paths: readonly string[]): string | undefined {
  return [...paths].sort((a, b) => a.length - b.length || compareCodeUnits(a, b))[0];
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
