import picomatch from 'picomatch';
import { trimEnd } from '../text/source-text.js';

const MATCH_OPTIONS = { dot: true } as const;

/** The ticket files (docs/ticket-format.md): files matching a `tickets` glob and no `ignore` glob. */
export function selectTicketFiles(files: readonly string[], tickets: readonly string[], ignore: readonly string[]): string[] {
  const isTicket = picomatch([...tickets], MATCH_OPTIONS);
  const isIgnored = ignore.length > 0 ? picomatch([...ignore], MATCH_OPTIONS) : () => false;
  const mayMatch = mayEndAsOneOf(tickets.map(literalEnding));
  return files.filter((file) => mayMatch(file) && isTicket(file) && !isIgnored(file));
}

/**
 * In a monorepo of 100,000 files, twenty globs tried on every path took a fifth of a second; a path that
 * does not end as some glob must end cannot match. The endings are grouped by their last character, so
 * most paths are ruled out by one lookup rather than twenty `endsWith`.
 */
function mayEndAsOneOf(endings: readonly string[]): (file: string) => boolean {
  if (endings.includes('')) return () => true;
  const byLastCharacter = new Map<string, string[]>();
  for (const ending of endings) byLastCharacter.set(ending.slice(-1), [...(byLastCharacter.get(ending.slice(-1)) ?? []), ending]);
  return (file) => byLastCharacter.get(file.slice(-1))?.some((ending) => file.endsWith(ending)) === true;
}

/** What every path a glob matches ends with: the text after its last special character ('' when it ends in one). */
export function literalEnding(glob: string): string {
  const special = Math.max(...[...'*?[]{}()!+@\\'].map((character) => glob.lastIndexOf(character)));
  return glob.slice(special + 1);
}

export interface ArgumentSelection {
  files: string[];
  /** Arguments that matched no file, in the order given. */
  unmatched: string[];
}

/**
 * Files named on a command line, each argument repository-relative: a file, a folder (its Markdown files)
 * or a glob. A file named outright is linted even when an `ignore` glob matches it, as ESLint does.
 */
export function selectArgumentFiles(files: readonly string[], argumentsList: readonly string[], ignore: readonly string[]): ArgumentSelection {
  const isIgnored = ignore.length > 0 ? picomatch([...ignore], MATCH_OPTIONS) : () => false;
  const selected = new Set<string>();
  const unmatched: string[] = [];
  const fileSet = new Set(files);
  for (const argument of argumentsList) {
    const path = trimEnd(argument, '/');
    let matched: string[];
    if (fileSet.has(path)) matched = [path];
    else if (picomatch.scan(path).isGlob) {
      const isMatch = picomatch(path, MATCH_OPTIONS);
      matched = files.filter((file) => isMatch(file) && !isIgnored(file));
    } else {
      const prefix = path === '' || path === '.' ? '' : `${path}/`;
      matched = files.filter((file) => file.startsWith(prefix) && file.toLowerCase().endsWith('.md') && !isIgnored(file));
    }
    if (matched.length === 0) unmatched.push(argument);
    for (const file of matched) selected.add(file);
  }
  return { files: [...selected].sort(), unmatched };
}
