import path from 'node:path';
import { isAuthorsFolder } from '../text/machine-path.js';
import { trimEnd } from '../text/source-text.js';
import { COMMAND_SEGMENT, commandFolder, otherCheckout } from './commands.js';
import type { PathHints } from './path-like.js';

/** A `cd`'s target in quotes, as a shell reads it: one word, spaces and all (`cd "/home/ana/desktop x/app"`). */
const QUOTED_CD_TARGET = /^[\s(]*cd\s+(["'])([^"'\n]+)\1/;

/** The folder a `cd` segment of a command enters, quoted or not, and where it stands in the segment. */
export function cdTarget(segment: string): { target: string; at: number } | undefined {
  const quoted = QUOTED_CD_TARGET.exec(segment);
  if (quoted) return { target: quoted[2] ?? '', at: (quoted.index ?? 0) + quoted[0].indexOf(quoted[1] ?? '') + 1 };
  const plain = /^[\s(]*cd\s+([^\s"'()]+)/.exec(segment);
  return plain ? { target: plain[1] ?? '', at: plain[0].length - (plain[1] ?? '').length } : undefined;
}

/**
 * The repository folder that a folder on the author's machine is a copy of, by the paths the command
 * names once it is there: the tail of the machine path ('' the root; up to three folders) under which
 * one of them, written with a folder, is a tracked file (`cd "/home/ana/desktop x/app/web" && npm test
 * -- src/a.test.ts` with `web/src/a.test.ts` tracked). `rest`: the command's segments after the `cd`.
 */
export function copyByItsPaths(target: string, rest: readonly string[], hints: PathHints): string | undefined {
  const isTracked = hints.isTrackedFile;
  const folderPath = target.replaceAll('\\', '/');
  if (isTracked === undefined || !isAuthorsFolder(folderPath)) return undefined;
  const segments = trimEnd(folderPath, '/').split('/').filter((segment) => segment !== '');
  for (let length = Math.min(3, segments.length - 2); length >= 0; length -= 1) {
    const tail = segments.slice(segments.length - length).join('/');
    let folder: string | undefined = tail;
    for (const segment of rest) {
      const entered = cdTarget(segment);
      if (entered !== undefined) folder = /^[~/$]|^[A-Za-z]:/.test(entered.target) || folder === undefined ? undefined : path.posix.join(folder, entered.target);
      else if (folder !== undefined && (segment.match(/[^\s"'<>=()]+/g) ?? []).some((word) => word.includes('/') && !/^(?:[-~/$]|\.\.|[A-Za-z]:)/.test(word) && isTracked(path.posix.join(folder ?? '', word)))) return tail;
    }
  }
  return undefined;
}

/** A command's parts between its operators: the text with quotes blanked (lengths kept, so places agree) and its own. */
export interface CommandSegment {
  text: string;
  index: number;
  own: string;
}

export function commandSegments(command: string, unquoted: string): CommandSegment[] {
  return [...unquoted.matchAll(COMMAND_SEGMENT)].map((match) => ({ text: match[0], index: match.index ?? 0, own: command.slice(match.index ?? 0, (match.index ?? 0) + match[0].length) }));
}

/** What a `cd` does: the folder it enters as written and where (in the command), the folder the next command runs in (commandFolder), another checkout it enters (otherCheckout). */
export interface CdStep {
  target?: string;
  at?: number;
  /** For a folder on the author's machine that is no folder of the repository as written: the repository folder it is a copy of (copyByItsPaths). */
  copyOf?: string;
  next: string | undefined;
  checkout?: string;
}

/** The `cd` a command's segment runs, from the folder `from` ('' the root; undefined outside the repository). */
export function cdOf(segments: readonly CommandSegment[], position: number, from: string | undefined, hints: PathHints): CdStep {
  const segment = segments[position];
  const entered = segment === undefined ? undefined : cdTarget(segment.own);
  const target = entered?.target;
  const inRepository = commandFolder(target, from, hints);
  const copyOf = target !== undefined && inRepository === undefined ? copyByItsPaths(target, segments.slice(position + 1).map(({ own }) => own), hints) : undefined;
  const checkout = otherCheckout(target, from, hints);
  return {
    ...(entered !== undefined && segment !== undefined ? { target: entered.target, at: segment.index + entered.at } : {}),
    ...(copyOf === undefined ? {} : { copyOf }),
    next: copyOf ?? inRepository,
    ...(checkout === undefined ? {} : { checkout }),
  };
}
