import { existsSync } from 'node:fs';
import path from 'node:path';
import { startGitEarly } from './run-git.js';

/**
 * The index, as GitWorkTree reads it: `ls-files --stage` without the object names, half its output in a
 * monorepo (`--format` is git 2.38's; older git is asked for INDEX_ARGUMENTS_BEFORE_GIT_2_38).
 */
export const INDEX_ARGUMENTS = ['ls-files', '-z', '--format=%(objectmode) %(stage)%x09%(path)'];
/** `<mode> <object> <stage>\t<path>`: parsed alike. */
export const INDEX_ARGUMENTS_BEFORE_GIT_2_38 = ['ls-files', '-z', '--stage'];
// `.` keeps a folder root to its own files; submodules' insides are another repository's.
export const STATUS_ARGUMENTS = ['status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=all', '--', '.'];

/** Arguments after which the CLI lints nothing, or lints in a way that has no use for the work tree's state read ahead. */
const NO_LINT = new Set(['--help', '-h', '--version', '-v', 'init', '--print-config']);

/**
 * Starts the two git commands every lint of a repository begins with (its status and index: in a
 * monorepo a tenth of a second each) before the CLI has loaded its modules, for the root a run will
 * have: `--root`, else the working folder when it is a repository's top level. In any other case
 * nothing starts, and the run asks git when it needs to. Returns the root it started them for.
 */
export function startWorkTreeReads(argv: readonly string[], cwd: string): string | undefined {
  if (argv.some((argument) => NO_LINT.has(argument))) return undefined;
  const root = rootOf(argv, cwd);
  if (root !== undefined) startGitEarly(root, [INDEX_ARGUMENTS, STATUS_ARGUMENTS]);
  return root;
}

function rootOf(argv: readonly string[], cwd: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--') break;
    if (argument === '--root') return argv[index + 1] === undefined ? undefined : path.resolve(cwd, argv[index + 1] ?? '');
    if (argument.startsWith('--root=')) return path.resolve(cwd, argument.slice('--root='.length));
  }
  return existsSync(path.join(cwd, '.git')) ? cwd : undefined;
}
