import { distance } from 'fastest-levenshtein';
import { closest } from '../text/closest.js';
import { trimEnd } from '../text/source-text.js';
import { NameIndex, allowedEdits, splitName } from './name-index.js';
import { compareCodeUnits, firstNotBefore, pushTo, shortestPath, startingWith, type RepositoryView } from './repository-view.js';

/** A folder's children (its files, then its folders) for did-you-mean, built once a run for each folder asked about. */
interface FolderChildren {
  names: NameIndex;
  /** The children's paths in code-unit order, for those that start with a prefix. */
  sorted: string[];
}

/**
 * How many files of a missing path's name, in other folders, its path is compared with: the nearest in
 * path order on each side of it, which share the longest beginnings with it. A name held by more files
 * (an `index.ts` in each of 50,000 packages) would otherwise cost an edit distance for each of them, for
 * every missing path of that name.
 */
export const SAME_NAME_COMPARED = 128;

/** Did-you-mean for repository paths: the tracked path a missing one most likely meant. */
export class PathSuggester {
  private byLowerCase?: Map<string, string[]>;
  private allNames?: NameIndex;
  private readonly childrenByFolder = new Map<string, FolderChildren>();

  constructor(private readonly repository: RepositoryView) {}

  /**
   * The tracked path a missing path most likely meant, or undefined when nothing is close: the same
   * path in another case; a tracked path that ends with it (written from a subfolder); a file of the
   * same name in a nearby folder; a file whose name extends it (`task-299` → `task-299 - Title.md`);
   * a close name in the same folder (for a bare name, anywhere).
   */
  suggest(missing: string): string | undefined {
    // Many tickets name the same missing path; each is looked for once a run.
    if (!this.suggestions.has(missing)) this.suggestions.set(missing, this.search(missing));
    return this.suggestions.get(missing);
  }

  private readonly suggestions = new Map<string, string | undefined>();

  private search(missing: string): string | undefined {
    const wanted = trimEnd(missing, '/');
    if (wanted === '') return undefined;
    const surely = this.surelyMeant(wanted);
    if (surely !== undefined) return surely;
    const name = wanted.slice(wanted.lastIndexOf('/') + 1);
    const folder = parentOf(wanted);
    const sameName = this.nearestNamed(name, wanted);
    if (sameName.length > 0 && folder !== '') {
      const near = closest(sameName, (candidate, best) => pathDistance(wanted, candidate, best), Math.max(2, Math.floor(wanted.length / 3)) + 1);
      if (near) return near;
    }
    if (folder === '') {
      const similar = this.similarNames(name);
      return similar === undefined ? undefined : shortestPath(this.repository.filesNamed(similar));
    }
    if (!this.repository.hasFolder(folder)) return undefined;
    const children = this.childrenOf(folder);
    if (!name.includes('.')) {
      const prefix = `${folder}/${name}`;
      const extended = startingWith(children.sorted, prefix).filter((child) => /^[ ._-]/.test(child.slice(prefix.length)));
      if (extended.length > 0) return shortestPath(extended);
    }
    const near = closest(children.names.candidates(name), (child) => nameDistance(name, child));
    return near === undefined ? undefined : `${folder}/${near}`;
  }

  /**
   * The tracked path a missing one can only mean: the same path in another case, or a tracked path
   * that ends with it (written from a subfolder). A file to be created may share a name with a file
   * elsewhere, but not a whole path.
   */
  surelyMeant(missing: string): string | undefined {
    const wanted = trimEnd(missing, '/');
    if (wanted === '') return undefined;
    const sameLetters = this.lowerCaseIndex().get(wanted.toLowerCase());
    if (sameLetters?.[0] !== undefined) return sameLetters[0];
    const name = wanted.slice(wanted.lastIndexOf('/') + 1);
    return shortestPath(this.repository.filesNamed(name).filter((file) => file.endsWith(`/${wanted}`)));
  }

  /**
   * The only tracked file with the missing path's name, in another folder: where a file the ticket
   * declares has most likely moved. A guess for a path the ticket declares, too loose for a mention.
   */
  movedTo(missing: string): string | undefined {
    const wanted = trimEnd(missing, '/');
    if (!wanted.includes('/')) return undefined;
    const named = this.repository.filesNamed(wanted.slice(wanted.lastIndexOf('/') + 1));
    return named.length === 1 ? named[0] : undefined;
  }

  /** Tracked files of this name, in this case or another (`README.md` for `readme.md`). */
  private namedInAnyCase(name: string): string[] {
    if (!this.namesByLowerCase) {
      this.namesByLowerCase = new Map();
      for (const fileName of this.repository.fileNames()) pushTo(this.namesByLowerCase, fileName.toLowerCase(), fileName);
    }
    return (this.namesByLowerCase.get(name.toLowerCase()) ?? []).flatMap((fileName) => this.repository.filesNamed(fileName));
  }

  private namesByLowerCase?: Map<string, string[]>;
  private readonly sortedByName = new Map<string, string[]>();

  /** The files named `name` in any case, or of more than twice SAME_NAME_COMPARED, those nearest `wanted` in path order. */
  private nearestNamed(name: string, wanted: string): readonly string[] {
    const named = this.namedInAnyCase(name);
    if (named.length <= 2 * SAME_NAME_COMPARED) return named;
    const key = name.toLowerCase();
    let sorted = this.sortedByName.get(key);
    if (!sorted) {
      sorted = [...named].sort(compareCodeUnits);
      this.sortedByName.set(key, sorted);
    }
    const place = firstNotBefore(sorted, wanted);
    return sorted.slice(Math.max(0, place - SAME_NAME_COMPARED), place + SAME_NAME_COMPARED);
  }

  /** The tracked file name closest to `name`, by nameDistance, anywhere in the repository. */
  private similarNames(name: string): string | undefined {
    this.allNames ??= new NameIndex([...this.repository.fileNames()]);
    return closest(this.allNames.candidates(name), (candidate) =>
      Math.abs(candidate.length - name.length) > 3 ? Number.POSITIVE_INFINITY : nameDistance(name, candidate),
    );
  }

  private childrenOf(folder: string): FolderChildren {
    let children = this.childrenByFolder.get(folder);
    if (!children) {
      const paths = [...this.repository.filesUnder(folder).filter((file) => parentOf(file) === folder), ...this.childFolders(folder)];
      children = { names: new NameIndex(paths.map((child) => child.slice(folder.length + 1))), sorted: [...paths].sort(compareCodeUnits) };
      this.childrenByFolder.set(folder, children);
    }
    return children;
  }

  private childFolders(folder: string): string[] {
    const children = new Set<string>();
    const prefixLength = folder === '' ? 0 : folder.length + 1;
    for (const file of this.repository.filesUnder(folder)) {
      const slash = file.indexOf('/', prefixLength);
      if (slash !== -1) children.add(file.slice(0, slash));
    }
    return [...children];
  }

  private lowerCaseIndex(): Map<string, string[]> {
    if (!this.byLowerCase) {
      this.byLowerCase = new Map();
      for (const file of this.repository.files) pushTo(this.byLowerCase, file.toLowerCase(), file);
      for (const folder of this.repository.folders) pushTo(this.byLowerCase, folder.toLowerCase(), folder);
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

/**
 * How far apart two file names are as typos go: case-only differences and a swap between related
 * extensions are close; otherwise the extensions must match and the stems differ by one swap of
 * neighbours or at most one edit (two for stems of eight characters or more). Infinity when they are not close.
 */
export function nameDistance(wanted: string, candidate: string): number {
  if (wanted.toLowerCase() === candidate.toLowerCase()) return 0;
  const a = splitName(wanted);
  const b = splitName(candidate);
  if (a.stem === b.stem) {
    return RELATED_EXTENSIONS.some((group) => group.includes(a.extension) && group.includes(b.extension)) ? 1 : Number.POSITIVE_INFINITY;
  }
  if (a.extension !== b.extension) return Number.POSITIVE_INFINITY;
  if (isOneSwap(a.stem, b.stem)) return 1;
  const allowed = allowedEdits(a.stem.length);
  const stemDistance = Math.abs(a.stem.length - b.stem.length) > allowed ? allowed + 1 : distance(a.stem, b.stem);
  return stemDistance <= allowed ? stemDistance : Number.POSITIVE_INFINITY;
}

/** `clinet` for `client`: the same letters but two neighbours swapped, one slip of the fingers. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return first < a.length - 1 && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
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

