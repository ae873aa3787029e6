import type { Pointer, PointerSource } from './ticket.js';
import { isCopyPathWithSpaces, isMachinePath, isOffCheckout } from '../text/machine-path.js';
import { trimEnd } from '../text/source-text.js';

/** What the repository tells the classifier: its top-level entries and paths' tails, for slash-words without an extension. */
export interface PathHints {
  topLevelEntries: ReadonlySet<string>;
  /** The name of the repository's folder, by which a machine path names a copy of it (see copyPath). */
  rootName?: string;
  /** Paths with a folder that the ticket file declares: a path wherever the file writes them. */
  declaredPaths?: ReadonlySet<string>;
  /** True when a tracked file or folder ends with `/word`: a slash-word written from a subfolder (`src/cockpit`). */
  endsATrackedPath?: (word: string) => boolean;
  /** True when the path from the root is a tracked file. */
  isTrackedFile?: (path: string) => boolean;
  /** True when the path from the root is a folder of tracked files. */
  isTrackedFolder?: (path: string) => boolean;
}

const KNOWN_EXTENSIONS = new Set(
  (
    'ts tsx mts cts js jsx mjs cjs json jsonc json5 md mdx markdown txt rst adoc org yml yaml toml ini cfg conf ' +
    'env lock xml html htm css scss sass less styl svg png jpg jpeg gif webp ico bmp avif pdf csv tsv parquet ' +
    'py pyi pyx ipynb rb erb go mod sum rs java kt kts scala groovy gradle swift mm c h cc cpp cxx hpp hh cs fs ' +
    'vue svelte astro php pl pm sh bash zsh fish ps1 bat cmd sql graphql gql proto prisma tf tfvars hcl ' +
    'properties wasm zig lua dart ex exs erl hrl elm clj cljs hs ml mli nim jl sol tex bib snap patch diff ' +
    'tmpl tpl hbs ejs njk liquid mustache jinja j2 http rest sqlite db plist xib storyboard pbxproj ' +
    'lockb csproj sln vcxproj cmake mk'
  ).split(' '),
);

/** Dotfiles that are files; `.json` or `.md` alone is an extension being talked about. */
const KNOWN_DOTFILES = new Set(
  (
    'gitignore gitattributes gitmodules editorconfig npmrc nvmrc node-version python-version ruby-version ' +
    'tool-versions prettierrc prettierignore eslintrc eslintignore babelrc dockerignore env envrc mailmap ' +
    'browserslistrc stylelintrc markdownlint.json markdownlint.yaml yamllint swcrc'
  ).split(' '),
);

const KNOWN_FILE_NAMES = new Set(
  (
    'Makefile Dockerfile Containerfile Jenkinsfile Vagrantfile Gemfile Rakefile Procfile Justfile Brewfile ' +
    'Pipfile Podfile Cartfile Tiltfile Earthfile LICENSE LICENCE COPYING NOTICE AUTHORS CODEOWNERS README ' +
    'CHANGELOG CONTRIBUTING'
  ).split(' '),
);

/** Product names that end like a file; written in backticks they almost never mean a file. */
const PRODUCT_NAMES = new Set(
  (
    'node.js next.js nuxt.js vue.js react.js three.js express.js nest.js chart.js d3.js p5.js ember.js ' +
    'backbone.js angular.js alpine.js solid.js pixi.js babylon.js anime.js moment.js day.js video.js ' +
    'highlight.js marked.js phaser.js socket.io deno.land bun.sh'
  ).split(' '),
);

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const VERSION = /^v?\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/;
/** `actions/upload-artifact@v4`, `lodash@4.17.21`: a package or an action at a version, as their managers write it (`logo@2x.png` is a file). */
const AT_VERSION = /@v?\d+(?:\.\d+)*(?:-[\w.]+)?$/;
/** `...` or `…`: part of a path left out. */
export const ELLIPSIS = /\.\.\.|…/;

/** A whole segment left out: one or more folders. */
export function isEllipsis(segment: string): boolean {
  return segment === '...' || segment === '…';
}

/**
 * `test/.../RunnerTest.kt`, `.planning/phases/03.6-…/03.6-SUMMARY.md`: folders left out between a
 * folder and the file named. `.../x.json`, with nothing before, says no more than a placeholder.
 */
export function elidesFolders(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  const [first = ''] = segments;
  return name !== '' && !ELLIPSIS.test(name) && !isEllipsis(first) && segments.some((segment) => ELLIPSIS.test(segment));
}
const PLACEHOLDER = /\.\.\.|…|\{\{|\{[A-Za-z_][\w-]*\}|(?<![A-Za-z])(?:N{3,}|X{3,}|YYYY)(?![a-z])|(?<![A-Za-z])(?:NN|XX)(?![A-Za-z])|(?:^|\/)(?:foo|bar|baz|qux)(?:[./]|$)/;
const CALL = /[\w\]]\(/;
/** Characters that mark code or prose rather than a path. */
const NOT_IN_PATHS = /[\s"'`=;|&^!$%<>\\]/;
/** A path the ticket declares may hold `&`, `|`, `!`, `$`, `%` or `^` (`docs/Q&A.md`); only spaces, quotes and the like end it. */
const NOT_IN_DECLARED_PATHS = /[\s"'`=;<>\\]/;
/** `e2e/`, `src/routes/`: a folder written as one, with a closing slash. */
const FOLDER = /^[\w.-]+(?:\/[\w.-]+)*\/$/u;
const LINE_SUFFIX = /^(.+?)(?::(\d+)(?:-(\d+))?|#L(\d+)(?:-L?(\d+))?)$/;
/** Longer than any path a ticket would name; also keeps every pattern here cheap on hostile input. */
const MAX_POINTER_LENGTH = 1024;
const GLOB = /[*?]|\{[^{},]*,[^{}]*\}|\{\w+\.\.\w+\}/;

/** A path with `*`, `?`, `{a,b}` or a shell's range `{1..6}` is a glob. */
export const isGlobPattern = (path: string): boolean => GLOB.test(path);
/** A backslash escape of CommonMark: a backslash before ASCII punctuation. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

export interface PointerText {
  raw: string;
  source: PointerSource;
  line: number;
  column: number;
  isNew: boolean;
  isExample?: boolean;
  /** Written where the format declares the ticket's paths. */
  declared?: boolean;
  /** The file a command runs: a path by the shell's rule (a word with a `/`), whatever it ends in. */
  runs?: boolean;
  /** Declared in a sentence (DeclaredRange.sentence), not a field of paths: a code span there needs a path's look. */
  sentence?: boolean;
  /** One word to a shell though it holds spaces (a quoted argument): a machine path runs on across them. */
  oneWord?: boolean;
}

/** Turns a code span, a link target or a list item's first word into a pointer, or undefined if it is not a path. */
export function toPointer(text: PointerText, hints: PathHints): Pointer | undefined {
  if (text.raw.length > MAX_POINTER_LENGTH) return undefined;
  return text.source === 'link' ? linkPointer(text) : wordPointer(text, hints);
}

function linkPointer(text: PointerText): Pointer | undefined {
  const raw = text.raw.trim();
  const target = FILE_URL.test(raw) ? fileUrlTarget(raw) : linkTarget(raw);
  if (target === undefined) return undefined;
  return {
    raw,
    path: target.path,
    source: 'link',
    line: text.line,
    column: text.column,
    base: target.base,
    ...(target.lines ? { lines: target.lines } : {}),
    isGlob: GLOB.test(target.path),
    isNew: text.isNew,
    isExample: text.isExample === true,
    declared: text.declared === true,
  };
}

interface LinkTarget {
  path: string;
  base: Pointer['base'];
  lines?: Pointer['lines'];
}

/** A link's destination as GitHub follows it: from the ticket's folder, or the root after `/`; `#L5-L9` a line range. */
function linkTarget(raw: string): LinkTarget | undefined {
  if (raw === '' || raw.startsWith('#') || URL_SCHEME.test(raw) || raw.startsWith('//')) return undefined;
  let target = raw.replace(/\?[^#]*/, '');
  let lines: Pointer['lines'];
  const hashIndex = target.indexOf('#');
  if (hashIndex !== -1) {
    const lineMatch = /^L(\d+)(?:-L?(\d+))?$/.exec(target.slice(hashIndex + 1));
    if (lineMatch) lines = lineRange(lineMatch[1], lineMatch[2]);
    target = target.slice(0, hashIndex);
  }
  target = safeDecode(target);
  if (target === '' || /[<>]/.test(target)) return undefined;
  return { path: target, base: target.startsWith('/') ? 'root' : 'ticket', ...(lines ? { lines } : {}) };
}

/** `file:///d:/code/app/x.md`, `file:///Users/ana/app/x.md`: a file on the author's machine (RFC 8089). */
const FILE_URL = /^file:\/\//i;

/** A `file:` link names a path on the machine the ticket was written on, never one GitHub can show. */
function fileUrlTarget(raw: string): LinkTarget | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  // `file:///d:/x` has the path `/d:/x`: a Windows drive, written as Windows tools write it.
  const machinePath = safeDecode(url.pathname).replace(/^\/(?=[A-Za-z]:\/)/, '');
  return machinePath === '' || machinePath === '/' ? undefined : { path: machinePath, base: 'machine' };
}

const WINDOWS_BACKSLASH_PATH = /^[A-Za-z]:\\[^\\]/;

function wordPointer(text: PointerText, hints: PathHints): Pointer | undefined {
  const plainWord = text.source === 'field' || text.source === 'command' || text.source === 'text';
  // Markdown text (not a code span) stands for what it renders: `extractors/\*.ts` is `extractors/*.ts`;
  // a Windows machine's path (`C:\\Users\\ana\\app\\.planning\\x.md`) escapes nothing: its folders are parted as on every other machine.
  const windows = WINDOWS_BACKSLASH_PATH.test(text.raw.trim());
  const rendered = windows ? text.raw.replaceAll('\\', '/') : text.source === 'list' || text.source === 'field' || text.source === 'text' ? text.raw.replace(MARKDOWN_ESCAPE, '$1') : text.raw;
  // A sentence's punctuation is not the word's: `under .planning/?` asks about `.planning/`.
  const raw = text.source === 'list' || plainWord ? trimEnd(rendered, text.source === 'text' ? ',;:.)?!' : ',;:.)') : rendered.trim();
  if (raw === '' || raw.startsWith('-') || raw.startsWith('//')) return undefined;
  let rest = raw;
  // `tests/x.py::test_ok` names a test in a file: the file is the pointer.
  const symbolIndex = rest.indexOf('::');
  if (symbolIndex > 0) rest = rest.slice(0, symbolIndex);
  let lines: Pointer['lines'];
  const suffix = LINE_SUFFIX.exec(rest);
  if (suffix?.[1] !== undefined) {
    rest = suffix[1];
    lines = lineRange(suffix[2] ?? suffix[4], suffix[3] ?? suffix[5]);
  }
  const delimited = (text.declared === true && !plainWord && text.sentence !== true) || text.runs === true;
  // A code span or list item may leave folders out (`test/.../RunnerTest.kt`): the rest must look like a path.
  const elided = !plainWord && elidesFolders(rest);
  const quotedMachinePath = text.oneWord === true && isOffCheckout(rest) && !/[\n"'`]/.test(rest);
  if (!quotedMachinePath && (!looksLikePath(elided ? rest.split(ELLIPSIS).join('x') : rest, hints, delimited) || (plainWord && !plainWordIsPath(rest)))) return undefined;
  // A word of prose is a path only with a folder and a name in it, and no pattern: `index.ts`, `contracts/`
  // and `src/*.ts` in a sentence are a name, a word and talk about a set of files.
  if (text.source === 'text' && (!/[^/]\/[^/]/.test(rest) || GLOB.test(rest))) return undefined;
  return {
    raw,
    path: rest,
    source: text.source,
    line: text.line,
    column: text.column,
    base: 'root',
    ...(lines ? { lines } : {}),
    isGlob: GLOB.test(rest),
    isNew: text.isNew,
    isExample: text.isExample === true,
    declared: text.declared === true,
    ...(elided ? { elided: true } : {}),
    ...(windows ? { shownAs: rest.replaceAll('/', '\\') } : {}),
  };
}

/**
 * A word of plain text (not a code span) needs more than a path's look to be one: a folder in it, or
 * an extension of two letters or more; `R2.c` and `i.e` in a sentence are not files.
 */
function plainWordIsPath(word: string): boolean {
  if (word.includes('/')) return true;
  const dot = word.lastIndexOf('.');
  return dot > 0 && word.length - dot - 1 >= 2;
}

/**
 * "Looks like a path" (docs/pointers.md), for a word with any line suffix and `::symbol` already taken
 * off. `delimited`: a code span or list item where the format declares paths, where a word with a
 * folder in it is a path even when the folder is not one of the repository's.
 */
export function looksLikePath(word: string, hints: PathHints, delimited = false): boolean {
  // `D:/projects/app/src`: a Windows machine's path, whose drive colon is no line suffix; a format's
  // whole-line path may hold spaces (`C:/Users/Sam/Knowledge Folder/app`), a word of text cannot.
  if (/^[A-Za-z]:\/[^:#\n]+$/.test(word)) return true;
  if (isCopyPathWithSpaces(word, hints.rootName)) return true;
  if (word === '' || (delimited ? NOT_IN_DECLARED_PATHS : NOT_IN_PATHS).test(word) || word.includes(':') || word.includes('#')) return false;
  if (hints.declaredPaths?.has(word)) return true;
  if (/^[./~]+$/.test(word)) return false;
  // `$EVAL_ROOT/x.sh`, `${PLUGIN_ROOT}/lib`: under whatever folder the variable names.
  if (word.startsWith('$')) return false;
  // `a/../b` is a traversal payload or a route, not how anyone points at a file; leading `../` is fine.
  if (/(?:^|\/)\.\.(?:\/|$)/.test(word.replace(/^(?:\.\.\/)+/, ''))) return false;
  const firstSegment = word.split('/')[0] ?? '';
  if (firstSegment.includes('@')) return false;
  if (VERSION.test(word) || AT_VERSION.test(word) || PLACEHOLDER.test(word) || CALL.test(word)) return false;
  if (/,/.test(word.replace(/\{[^{}]*\}/g, ''))) return false;
  if (!word.includes('/') && PRODUCT_NAMES.has(word.toLowerCase())) return false;
  // A package's own files, or an installed environment's (`.venv/bin/python`), are not the repository's.
  if (/(?:^|\/)(?:node_modules|\.venv)(?:\/|$)/.test(word)) return false;
  if (/^\.[^./]+$/.test(word) && !KNOWN_DOTFILES.has(word.slice(1).toLowerCase())) return false;

  if (word.startsWith('~/') || word.startsWith('./') || word.startsWith('../')) return true;
  const hasKnownEnding = endsLikeFile(word);
  if (word.startsWith('/')) {
    return hasKnownEnding || isMachinePath(word) || hints.topLevelEntries.has(word.split('/')[1] ?? '');
  }
  // `lib/shared/medicines/**` and `api/oauth/*`, everything in a folder, look like a path as the folder does.
  if (hasKnownEnding || FOLDER.test(word) || FOLDER.test(word.replace(/\/\*\*?$/, '/'))) return true;
  // A slash-word with no file ending is a path when git has it: from the root, or as a tracked path's tail.
  return word.includes('/') && (delimited || hints.topLevelEntries.has(firstSegment) || hints.endsATrackedPath?.(word) === true);
}

/** The last segment is a file name: a known extension, dotfile or extensionless name (`Makefile`). */
export function endsLikeFile(word: string): boolean {
  const lastSegment = trimEnd(word, '/').split('/').pop() ?? '';
  if (KNOWN_FILE_NAMES.has(lastSegment)) return true;
  if (lastSegment.startsWith('.') && KNOWN_DOTFILES.has(lastSegment.slice(1).toLowerCase())) return true;
  const dot = lastSegment.lastIndexOf('.');
  if (dot === -1 || dot === lastSegment.length - 1) return false;
  // `f.name`, `Path.name`: an identifier before the dot and an unknown extension after it is an attribute.
  return KNOWN_EXTENSIONS.has(lastSegment.slice(dot + 1).toLowerCase());
}

function lineRange(start: string | undefined, end: string | undefined): Pointer['lines'] {
  const first = Number(start);
  return { start: first, end: end === undefined ? first : Number(end) };
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
