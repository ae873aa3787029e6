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
