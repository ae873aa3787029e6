import path from 'node:path';
import type { Nodes } from 'mdast';
import { copyPath, isCopyPathWithSpaces, isMachinePath } from '../text/machine-path.js';
import { trimEnd } from '../text/source-text.js';
import type { Intent } from './intent.js';
import type { PathHints } from './path-like.js';

/** Fenced blocks of commands, whose arguments are read as mentions; code in other languages is not read. */
export const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh', 'fish', 'console', 'shell-session', 'powershell', 'ps1', 'pwsh', 'cmd', 'bat']);

/** The words of a command: split at spaces and shell operators; quoted strings are patterns and messages, not files. */
export const COMMAND_SEGMENT = /[^;&|]+/g;
export const COMMAND_WORD = /[^\s<>=()]+/g;
/**
 * What a command does to its file arguments, by its verb: `rm` deletes them, `touch` creates them,
 * `cp` creates its last, `mv` creates its last and takes the others away, as a deletion does.
 */
const DELETING = new Set(['rm', 'rmdir', 'unlink', 'git rm']);
const CREATING = new Set(['touch', 'mkdir']);
const COPYING = new Set(['mv', 'cp', 'ln', 'git mv']);
const MOVING = new Set(['mv', 'git mv']);
/** A backslash escape (`\\"` in `"d[\\"key\\"]"`), blanked before quotes are paired: it quotes nothing. */
export const ESCAPED = /\\./g;
export const QUOTED = /'[^']*'|"[^"]*"/g;
/** `<REPO USED FOR THE INDEX>`: a placeholder, as no shell syntax opens `<` on a word (a redirection is `< file`). */
export const PLACEHOLDER_SPAN = /<[A-Za-z][^<>\n]*>/g;
/** Commands that check at run time whether a file is there (`test -f x`, `[ -f x ]`): they do not say it is there now. */
export const CHECKING = new Set(['test', '[']);
/** Code that is a command: a code span with a space in it (`npx tsx scripts/run.ts --config a.json`). */
export const isCommand = (code: string): boolean => /\s/.test(code.trim());

/**
 * A code span with a space is a command, unless it is a tracked file's or folder's path as a whole
 * (`backlog/tasks/task-35 - Tuning.md`, `ios-native/Kitchen Manager/`).
 */
export function isCommandSpan(code: string, hints: PathHints): boolean {
  const whole = code.trim();
  return isCommand(code) && hints.isTrackedFile?.(whole) !== true && hints.isTrackedFolder?.(trimEnd(whole, '/')) !== true && !isCopyPathWithSpaces(whole, hints.rootName);
}

/** Words before a command that run it as they find it (`sudo ./x`, `time ./x`). */
const PREFIXES = new Set(['sudo', 'time', 'exec', 'nohup', 'command']);
/** Programs whose first argument is the file they run (`bash x.sh`, `python tools/x.py`, `source .venv/bin/activate`). */
const INTERPRETERS = new Set(['bash', 'sh', 'zsh', 'source', '.', 'python', 'python3', 'node', 'ruby', 'perl', 'pwsh', 'tsx', 'ts-node']);

/** `./gradlew`, `../bin/x`: a program written as a file of the folder the command runs in. */
const RELATIVE_PROGRAM = /^\.{1,2}\//;
/** `src/{a.rs,`, `x/*.sh`: a pattern or a piece of a list, not a file a command runs. */
const PATTERN_OR_LIST = /[{}*?,]/;

/** Where the program of a command stands: after the words that run it as they find it (`sudo`, `time`). */
function programAt(words: readonly string[]): number {
  let at = 0;
  while (PREFIXES.has(words[at] ?? '')) at += 1;
  return at;
}

/**
 * Which word of a command is the file it runs: the program when written as a path (a shell runs a word
 * with a `/` in it as that file, not from the PATH: `./gradlew`, `scripts/deploy.sh`), or the first
 * argument of an interpreter. Undefined when the command runs a program from the PATH alone.
 * `relativeOnly`: a code span in prose is a command only by its look; its program counts when written
 * as one (`./x`), not when the span may be a path with a space (`docs/doc-2 - Shadow.md`).
 */
export function runFileIndex(words: readonly string[], relativeOnly = false): number | undefined {
  const verbAt = programAt(words);
  const verb = words[verbAt] ?? '';
  if (PATTERN_OR_LIST.test(verb)) return undefined;
  if (RELATIVE_PROGRAM.test(verb) || (!relativeOnly && verb.includes('/'))) return verbAt;
  if (!INTERPRETERS.has(verb)) return undefined;
  const argument = words.findIndex((word, index) => index > verbAt && !word.startsWith('-'));
  return argument === -1 || PATTERN_OR_LIST.test(words[argument] ?? '') ? undefined : argument;
}

/** The intent of each word of one command (a run of words between `;`, `&&` and `|`), by its verb. */
export function commandIntents(words: readonly string[]): Array<Intent | undefined> {
  let verbAt = programAt(words);
  let verb = words[verbAt] ?? '';
  if (verb === 'git') {
    verbAt += 1;
    verb = `git ${words[verbAt] ?? ''}`;
  }
  const args = words.map((word, index) => index > verbAt && !word.startsWith('-'));
  const lastArg = args.lastIndexOf(true);
  return words.map((_, index) => {
    if (!args[index]) return undefined;
    if (DELETING.has(verb)) return 'delete';
    if (CREATING.has(verb)) return 'create';
    if (!COPYING.has(verb)) return undefined;
    if (index === lastArg) return 'create';
    return MOVING.has(verb) ? 'delete' : undefined;
  });
}

/**
 * The command lines of a shell block with their offsets in the file: a prompt (`$ `) taken off,
 * comments dropped, and in a console block only the prompted lines (the rest is output).
 */
export function shellCommands(node: Extract<Nodes, { type: 'code' }>, text: string): Array<{ command: string; offset: number }> {
  const promptsOnly = node.lang?.toLowerCase() === 'console';
  const commands: Array<{ command: string; offset: number }> = [];
  for (const { line, offset: lineOffset } of codeLines(node, text)) {
    const prompt = /^\s*[$>]\s/.exec(line);
    if ((promptsOnly && !prompt) || /^\s*#/.test(line)) continue;
    const command = prompt ? line.slice(prompt[0].length) : line;
    const comment = command.search(/\s#/);
    commands.push({ command: comment === -1 ? command : command.slice(0, comment), offset: lineOffset + (prompt?.[0].length ?? 0) });
  }
  return commands;
}

/**
 * Each line of a block of code with its offset in the file. The code of an element (a GSD plan's
 * `<action>`) has each line's indentation moved to its end (elementText): a line is sought without it.
 */
export function codeLines(node: Extract<Nodes, { type: 'code' }>, text: string): Array<{ line: string; offset: number }> {
  const start = node.position?.start.offset;
  if (start === undefined) return [];
  const fence = text.indexOf('\n', start);
  if (fence === -1) return [];
  const lines: Array<{ line: string; offset: number }> = [];
  let offset = fence + 1;
  for (const line of node.value.split('\n').map((value) => value.trimEnd())) {
    const lineOffset = text.indexOf(line, offset);
    if (lineOffset === -1) break;
    offset = lineOffset + line.length;
    lines.push({ line, offset: lineOffset });
  }
  return lines;
}

/**
 * `Task: "Write unit test for anyValue in tests/Spec/Pattern/CoreSpec.hs"`: a line of a shell block that
 * launches an agent's task (Claude Code's Task tool, as spec-kit's "Parallel Example" writes it) with the
 * quoted text as its prompt. A prompt is prose, not a command.
 */
const TASK_PROMPT = /^Task(?:[ \t]+T\d+[A-Za-z]?)?:[ \t]*"([^"\n]*)"/;

/** Where the prompt of a task launch line stands in the file, or undefined for a line that is no task launch. */
export function taskPrompt(line: { command: string; offset: number }): { start: number; end: number } | undefined {
  const match = TASK_PROMPT.exec(line.command.trimStart());
  if (match === null) return undefined;
  const start = line.offset + (line.command.length - line.command.trimStart().length) + match[0].indexOf('"') + 1;
  return { start, end: start + (match[1] ?? '').length };
}

/** How each language marks a comment, past the code or a space: prose its author wrote for the reader. */
const C_LIKE = /(?:^|\s)(?:\/\/+!?|\/\*+!?)\s|^\s*\*\s/;
const HASH = /(?:^|\s)#+\s/;
const DASHES = /(?:^|\s)--\s/;
const MARKUP = /<!--\s/;
const COMMENTS: ReadonlyMap<string, RegExp> = new Map([
  ...'js javascript jsx mjs cjs ts typescript tsx rust rs go java kotlin kt c h cpp c++ cc cs csharp swift scala dart php css scss less zig groovy jsonc json5 proto'.split(' ').map((language) => [language, C_LIKE] as const),
  ...'python py ruby rb yaml yml toml perl pl r elixir ex exs makefile make dockerfile nix graphql gql ini conf cmake'.split(' ').map((language) => [language, HASH] as const),
  ...'haskell hs sql lua elm purescript'.split(' ').map((language) => [language, DASHES] as const),
  ...'html xml svg vue svelte'.split(' ').map((language) => [language, MARKUP] as const),
]);

/**
 * The comments of a block of code in another language than the shell, by their offsets in the file:
 * prose its author wrote for the reader. A block of no known language has none (its `--` may be an argument).
 * `names`: the block's first line is a comment of one word, a file's name (`// scripts/seed.ts`): the
 * file the code is for, which the block writes.
 */
function codeComments(node: Extract<Nodes, { type: 'code' }>, text: string): Array<{ start: number; end: number; names: boolean }> {
  const marker = COMMENTS.get(node.lang?.toLowerCase() ?? '');
  if (marker === undefined) return [];
  const comments: Array<{ start: number; end: number; names: boolean }> = [];
  for (const [index, { line, offset: lineOffset }] of codeLines(node, text).entries()) {
    const comment = marker.exec(line);
    if (comment === null) continue;
    const commentStart = lineOffset + comment.index + comment[0].length;
    comments.push({ start: commentStart, end: lineOffset + line.length, names: index === 0 && /^\S+\s*$/.test(line.slice(comment.index + comment[0].length)) });
  }
  return comments;
}

/** `a/b` read from `folder`: the path from the repository root; a trailing `/` kept. */
export function inFolder(folder: string, written: string): string {
  const joined = path.posix.join(folder, written);
  return written.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

/**
 * Where a `cd` goes, from the folder the command ran in ('' the repository root): a folder of the
 * repository, or undefined for a place outside it (another machine's folder, `$VAR`, `-`, home, above
 * the root), where what follows is not read. A machine path is a copy of this repository when it goes
 * through a folder named as the repository's root folder and on into nothing or one of its top-level
 * entries (`cd /Users/ana/code/<name>`, `cd D:/projects/<name>/server`); so is `cd <name>` from the root.
 * From the root, a `cd` into a folder the repository does not have goes to another checkout.
 */
export function commandFolder(target: string | undefined, from: string | undefined, hints: PathHints): string | undefined {
  if (target === undefined || target === '' || target === '-' || /^[~$]/.test(target)) return undefined;
  if (isMachinePath(target) || /^[A-Za-z]:\//.test(target)) {
    const inside = copyPath(trimEnd(target, '/'), hints.rootName);
    return inside === '' || (inside !== undefined && hints.topLevelEntries.has(inside.split('/')[0] ?? '')) ? inside : undefined;
  }
  if (target.startsWith('/') || from === undefined) return undefined;
  // `cd superpowers` from where the author keeps the checkout: the repository's root folder, not one of its folders.
  const [first = '', ...rest] = trimEnd(target, '/').split('/');
  if (from === '' && first === hints.rootName && !hints.topLevelEntries.has(first)) return commandFolder(rest.join('/') || '.', '', hints);
  // From the root, a folder the repository does not have is another checkout (`cd evals`, a separate repository).
  if (from === '' && first !== '..' && first !== '.' && !hints.topLevelEntries.has(first)) return undefined;
  const folder = trimEnd(path.posix.normalize(path.posix.join(from, target)), '/');
  return folder === '..' || folder.startsWith('../') ? undefined : folder === '.' ? '' : folder;
}

/**
 * The folder a `cd` from the root enters when the repository does not have it: another checkout (a
 * separate repository cloned inside, `cd evals`), or a folder the work makes. Undefined for any other `cd`.
 */
export function otherCheckout(target: string | undefined, from: string | undefined, hints: PathHints): string | undefined {
  if (from !== '' || target === undefined || /^[~$/.-]|^[A-Za-z]:\//.test(target)) return undefined;
  const folder = trimEnd(path.posix.normalize(target), '/');
  const first = folder.split('/')[0] ?? '';
  return first === '' || first === '..' || first === hints.rootName || hints.topLevelEntries.has(first) ? undefined : folder;
}

/** The lines of a command text a format defines (GSD's `<automated>`), with their offsets; blank lines and `<!-- comments -->` skipped. */
export function commandLines(text: string, range: { start: number; end: number }): Array<{ command: string; offset: number }> {
  const lines: Array<{ command: string; offset: number }> = [];
  let offset = range.start;
  for (const line of text.slice(range.start, range.end).split('\n')) {
    const command = line.trim();
    if (command !== '' && !command.startsWith('<!--')) lines.push({ command, offset: offset + line.indexOf(command) });
    offset += line.length + 1;
  }
  return lines;
}

/** Blocks of text, not code: no language, or one that says text. */
const TEXT_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);

/**
 * A code block's lines, split once: a shell block's commands, and spec-kit's Parallel Example prompts
 * (`Task: "… in src/x.py"`), prose in a shell block or a block of text.
 */
function codeBlockLines(node: Extract<Nodes, { type: 'code' }>, text: string): { shell: boolean; commands: Array<{ command: string; offset: number }>; prompts: Array<{ start: number; end: number }> } {
  const language = node.lang?.toLowerCase() ?? '';
  const shell = SHELL_LANGUAGES.has(language);
  const commands: Array<{ command: string; offset: number }> = [];
  const prompts: Array<{ start: number; end: number }> = [];
  if (!shell && !TEXT_LANGUAGES.has(language)) return { shell, commands, prompts };
  for (const line of shellCommands(node, text)) {
    const prompt = taskPrompt(line);
    if (prompt !== undefined) prompts.push(prompt);
    else if (shell) commands.push(line);
  }
  return { shell, commands, prompts };
}

/** What a block of code gives its reader: lines of commands, and ranges of prose (`written`: a comment naming the file the block writes). */
export interface CodeBlockReader {
  commands(lines: Array<{ command: string; offset: number }>): void;
  prose(start: number, end: number, written: boolean): void;
}

/**
 * A block of code as a ticket's reader reads it, in a Markdown ticket or a data format's field: a shell
 * block's lines are commands; another language's comments, and spec-kit's task prompts, are prose; the
 * code itself is not read. Offsets are in `text`.
 */
export function readCodeBlock(node: Extract<Nodes, { type: 'code' }>, text: string, reader: CodeBlockReader): void {
  const { shell, commands, prompts } = codeBlockLines(node, text);
  if (shell) reader.commands(commands);
  else for (const comment of codeComments(node, text)) reader.prose(comment.start, comment.end, comment.names);
  for (const prompt of prompts) reader.prose(prompt.start, prompt.end, false);
}

/** Where `bash -c`, `sh -c` or `zsh -c` opens the quoted command line it runs. */
const SHELL_C = /(?:^|[;&|(][ \t]*)(?:bash|sh|zsh)[ \t]+-c[ \t]+(?=["'])/g;

/**
 * The command lines `bash -c "…"` runs (`bash -c "cd /home/ana/<name> && uv run pytest"`): a shell reads
 * the quoted argument as a command line of its own. Each with its offset in `command`.
 */
export function shellCArguments(command: string): Array<{ text: string; start: number }> {
  const found: Array<{ text: string; start: number }> = [];
  for (const match of command.matchAll(SHELL_C)) {
    const open = (match.index ?? 0) + match[0].length;
    const quote = command.charAt(open);
    let close = open + 1;
    // In double quotes a backslash escapes the next character (`\"`); in single quotes nothing is escaped.
    while (close < command.length && command.charAt(close) !== quote) close += quote === '"' && command.charAt(close) === '\\' ? 2 : 1;
    if (close < command.length) found.push({ text: command.slice(open + 1, close), start: open + 1 });
  }
  return found;
}
