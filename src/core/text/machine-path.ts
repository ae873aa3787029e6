/** The top folders of a machine's own file system (macOS, Linux, WSL, containers, Windows drives in Git Bash). */
const MACHINE_ROOT = /^\/(?:Users|home|tmp|etc|var|opt|usr|root|mnt|private|Volumes|srv|workspace|workspaces|proc|dev|bin|sbin|lib|c|d)\//;

/**
 * True for an absolute path into a machine's file system (`/Users/ana/…`, `/etc/hosts`): pasted from
 * someone's computer, never a path of the repository. Other leading-slash paths are read from the
 * repository root (`/src/x.ts`), or are routes (`/api/users`).
 */
export function isMachinePath(path: string): boolean {
  return MACHINE_ROOT.test(path);
}

/** A home folder's path or a drive's: `~/notes`, `C:\\Users\\x`, `D:/x`. */
const HOME_OR_DRIVE = /^(?:~(?:\/|$)|[A-Za-z]:[\\/])/;

/** A folder on the author's own machine, under a user's home or on a drive (`/home/ana/x`, `~/x`, `C:/x`), `/` as the separator. */
const AUTHORS_FOLDER = /^(?:\/(?:Users|home)\/[^/]+\/|~\/|[A-Za-z]:\/)./;

export function isAuthorsFolder(path: string): boolean {
  return AUTHORS_FOLDER.test(path);
}

/** A path no checkout of any repository has: a machine's own folders (isMachinePath), a home folder, a drive. */
export function isOffCheckout(path: string): boolean {
  return isMachinePath(path) || HOME_OR_DRIVE.test(path);
}

/**
 * The path inside the repository that a machine path names when it goes through a copy of the
 * repository: what follows the last folder named as the repository's root folder ('' for the copy
 * itself), or undefined when no folder of the path has that name.
 */
export function copyPath(path: string, rootName: string | undefined): string | undefined {
  if (rootName === undefined || rootName === '') return undefined;
  const segments = path.split('/').filter((segment) => segment !== '');
  const at = segments.lastIndexOf(rootName);
  return at <= 0 ? undefined : segments.slice(at + 1).join('/');
}

/** What a shell reads as more than one word or as syntax: quotes, operators, variables, a flag after a space. */
const SHELL_SYNTAX = /["'`=;|&<>$\\\n]| -/;

/**
 * A machine path with spaces in it that goes through a folder named as the repository's root folder
 * (`/Users/ana/My Drive/proj/<name>/specs/x.md`): folder names on a laptop hold spaces (Google Drive's
 * "My Drive", "Application Support"), so the path runs on across them, into a copy of the repository.
 */
export function isCopyPathWithSpaces(text: string, rootName: string | undefined): boolean {
  return text.includes(' ') && isMachinePath(text) && !SHELL_SYNTAX.test(text) && copyPath(text, rootName) !== undefined;
}
