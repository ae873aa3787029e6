import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/engine/lint.js';
import { RepositoryView, inMemoryHost } from '../../src/core/repository/repository-view.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { RULES } from '../../src/rules/index.js';
import { gitIgnoredPaths } from '../../src/host/git-ignored.js';
import type { PathIgnoreLookup } from '../../src/core/resolve/resolution.js';
import { makeGitRepository } from './git-repository.js';
import { FIXTURES, configOf, type ConfigValues } from './lint-fixture.js';

export const CORPUS = path.join(FIXTURES, 'corpus');
export const CORPORA = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(path.join(folder, entry.name), relative) : [relative];
  });
}

/**
 * Lints a corpus as if in its own repository: every path of FILES.txt exists (empty: existence is
 * all the corpus can tell), and the ticket files have their real text.
 */
export async function lintCorpus(name: string, config: ConfigValues = {}) {
  const { repository, tickets } = corpusRepository(name);
  const ignored = ignoreRules(name);
  return lint({ repository, config: configOf(config), rules: RULES, files: tickets, tokenCounter: loadTokenCounter, ...(ignored ? { ignored } : {}) });
}

/** The source repositories' own .gitignore files (fixtures/corpus-gitignore/SOURCES.md says where each is from). */
const GITIGNORES = path.join(FIXTURES, 'corpus-gitignore');

/**
 * What the corpus's repository ignores, as git says it: its .gitignore files in a repository of
 * their own, asked as a checkout is (host/git-ignored). Undefined when none of them is known.
 */
function ignoreRules(name: string): PathIgnoreLookup | undefined {
  const folder = path.join(GITIGNORES, name);
  if (!existsSync(folder)) return undefined;
  const root = makeGitRepository({}, { commit: false });
  cpSync(folder, root, { recursive: true });
  return gitIgnoredPaths(root);
}

/**
 * The name of each corpus's source repository (README.md's table: `| \`obra-superpowers/\` | obra/superpowers |`):
 * the folder a copy of it is checked out in.
 */
const SOURCE_NAMES = new Map(
  [...readFileSync(path.join(CORPUS, 'README.md'), 'utf8').matchAll(/^\| `([^`/]+)\/` \| [^/|\s]+\/([^|\s]+)(?: \([^)]*\))? \|/gm)].map((match) => [match[1] ?? '', match[2] ?? '']),
);

/** A corpus as its repository: every path of FILES.txt, empty, and the ticket files with their text; its root folder named as its source repository. */
export function corpusRepository(name: string): { repository: RepositoryView; tickets: string[] } {
  const folder = path.join(CORPUS, name);
  const tracked = readFileSync(path.join(folder, 'FILES.txt'), 'utf8').split('\n').filter((line) => line !== '');
  const files: Record<string, string> = {};
  for (const file of tracked) files[file] = '';
  const tickets = listFiles(path.join(folder, 'files')).sort();
  for (const ticket of tickets) files[ticket] = readFileSync(path.join(folder, 'files', ticket), 'utf8');
  return { repository: new RepositoryView(inMemoryHost(files), SOURCE_NAMES.get(name)), tickets };
}
