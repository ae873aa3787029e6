import type { PathIgnoreLookup } from '../core/resolve/resolution.js';
import { runGitWithInput } from './run-git.js';

/**
 * Which of the paths the repository's ignore rules match, by one `git check-ignore`: its `.gitignore`
 * files (and `.git/info/exclude`), not the user's own excludes file, so that every machine agrees.
 * Nothing outside git or when git fails.
 */
export function gitIgnoredPaths(root: string): PathIgnoreLookup {
  return async (paths) => {
    // A leading ':' is pathspec magic to check-ignore, which then fails for every path: such a path is not asked about.
    const asked = paths.filter((path) => !path.startsWith(':'));
    if (asked.length === 0) return new Set();
    const result = runGitWithInput(root, ['-c', 'core.excludesFile=/dev/null', 'check-ignore', '-z', '--stdin'], `${asked.join('\0')}\0`);
    // Status 1: none of them is ignored; anything else but 0 is git failing (not a repository).
    if (result === undefined || result.status !== 0) return new Set();
    return new Set(result.stdout.split('\0').filter((path) => path !== ''));
  };
}
