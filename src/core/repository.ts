/**
 * Where the repository's files come from: git, a folder on disk, or memory in tests. Paths are
 * repository-relative with `/` separators.
 */
export interface RepositoryHost {
  /** Every file the repository tracks (outside git: every file under the root). */
  listFiles(): string[];
  /** The bytes of a listed file, or undefined when it cannot be read or resolves outside the root. */
  readFile(path: string): Uint8Array | undefined;
}

/** The repository as the linter sees it, built once per run; each file is read at most once. */
export class RepositoryView {
  readonly files: readonly string[];
  readonly topLevelEntries: ReadonlySet<string>;
  private readonly fileSet: ReadonlySet<string>;
  private readonly folderSet: ReadonlySet<string>;
  private readonly bytesByPath = new Map<string, Uint8Array | undefined>();

  constructor(private readonly host: RepositoryHost) {
    this.files = host.listFiles();
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

  readBytes(path: string): Uint8Array | undefined {
    if (!this.fileSet.has(path)) return undefined;
    if (!this.bytesByPath.has(path)) this.bytesByPath.set(path, this.host.readFile(path));
    return this.bytesByPath.get(path);
  }
}

/** A host over files held in memory, for tests and for tools that already have the text. */
export function inMemoryHost(files: Record<string, string | Uint8Array>): RepositoryHost {
  const encoder = new TextEncoder();
  return {
    listFiles: () => Object.keys(files).sort(),
    readFile: (path) => {
      const content = files[path];
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}
