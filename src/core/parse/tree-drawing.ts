/**
 * A tree drawing (`tree`'s output, or a plan's "Project Structure") is a list of paths: each entry's
 * path is its ancestors' names joined, the drawing's indentation saying whose child it is.
 *
 * ```text
 * backend/
 * ├── app/
 * │   └── services/
 * │       └── email_service.py   # [NEW] Mock SMTP dispatcher
 * └── tests/
 *     └── test_auth.py
 * ```
 */

/** What the author's note on an entry says the work does to it. */
export type TreeMark = 'create' | 'modify' | 'keep';

export interface TreeEntry {
  /** The entry's path: its ancestors' names and its own, joined by `/`; a folder's ends with `/`. */
  path: string;
  /** Where the entry's own name starts and ends in the drawing's text. */
  start: number;
  end: number;
  /** Its own mark, or what it takes from a new folder above it; undefined when nothing says. */
  mark: TreeMark | undefined;
  /** A folder drawn with entries under it, which name what of it matters. */
  hasEntries: boolean;
}

/** `├── `, `└── `, and the ASCII forms `tree --charset ascii` and hand drawings use (`|-- `, `` `-- ``, `+-- `). */
const CONNECTOR = /^[│|\s]*(?:├|└|\||`|\+|\\)(?:──?|--?)[─-]*\s+/u;
/** A line of the drawing that only carries the lines on: `│`, `|`. */
const SPACER = /^[│|\s]*$/u;
/** Where an entry's note starts: a comment mark, an arrow or a bracket after a space, or two spaces. */
const NOTE = /\s+(?=#|\/\/|←|<-|-->|—|–|\(|\[)|\s{2,}/u;

// The marks in the languages intent.ts reads: an author's mark does not depend on the language (round 45's
// Kiro design draws `cn/about.html  # 不变` and `admin.css  # 新增：…`). Matched against lower-cased notes
// (intent.ts says why).
const CREATE = /^(?:\[(?:new|create|add)\]|\((?:new|to be created)\)|new\b|created?\b|added?\b|(?:nuevo|nueva|novo|nova|nouveau|nouvelle|neu|neue|nuovo|nuova)\b|新增|新建|创建|創建|添加|新規|신규)|\((?:new|to be created)\)|\[new\]/u;
const MODIFY = /^(?:\[(?:modify|update|edit)\]|modified\b|updated\b|changed\b|extended\b|refactored\b|(?:modificado|actualizado|atualizado|modifié|geändert|modificato|aggiornato)(?![\p{L}])|修改|更新|重构|重構|修正|変更|수정)|\((?:modified|updated|changed|extended)\)|\[(?:modify|update)\]|\brefactor(?:ed)?\b/u;
const KEEP = /^(?:unchanged|existing|exists)\b|^(?:sin cambios|sem alterações|inchangé|unverändert|invariato|不变|不變|保留|现有|現有|既存|変更なし)|\((?:unchanged|existing|exists)\)/u;

/** The author's mark on an entry, from its note (`# [NEW] …`, `← new`, `(modified)`, `# Unchanged`, `# 新增：…`). */
export function markOf(note: string): TreeMark | undefined {
  const words = note.replace(/^[\s#/←<>=—–-]+/u, '').toLowerCase();
  if (CREATE.test(words)) return 'create';
  if (MODIFY.test(words)) return 'modify';
  if (KEEP.test(words)) return 'keep';
  return undefined;
}

/** A line of a block of text, with its offset in the file. */
export interface DrawnLine {
  line: string;
  offset: number;
}

/** True when a block's text draws a tree: two or more lines with a connector. */
export function isTreeDrawing(text: string): boolean {
  let connectors = 0;
  for (const line of text.split('\n')) if (CONNECTOR.test(line) && ++connectors >= 2) return true;
  return false;
}

interface Drawn {
  column: number;
  path: string;
  start: number;
  end: number;
  note: string;
  children: number[];
}

/**
 * The entries of a tree drawing, with offsets in the file. A line with no connector at the drawing's
 * left edge is a root (`backend/`); `rootName`, the repository's own folder, drawn as the root, is left
 * out of the paths (`superpowers/` over `lib/x.js` means `lib/x.js`), and so is a root drawn as `/` or `.`.
 */
export function treeEntries(lines: readonly DrawnLine[], rootName?: string): TreeEntry[] {
  const drawn: Drawn[] = [];
  const stack: number[] = [];
  for (const { line, offset: lineStart } of lines) {
    if (SPACER.test(line)) continue;
    const connector = CONNECTOR.exec(line);
    const column = connector === null ? line.length - line.trimStart().length : connector[0].length;
    // A line of prose in the block, not drawn as an entry and not at a root's edge, ends nothing.
    if (connector === null && column > 0) continue;
    const rest = line.slice(column);
    const noteAt = rest.search(NOTE);
    const name = (noteAt === -1 ? rest : rest.slice(0, noteAt)).trim();
    if (name === '') continue;
    while (stack.length > 0 && (drawn[stack[stack.length - 1] ?? 0]?.column ?? 0) >= column) stack.pop();
    const parentIndex = stack[stack.length - 1];
    const parent = parentIndex === undefined ? undefined : drawn[parentIndex];
    const ownPath = parent === undefined ? name : `${parent.path.replace(/\/$/, '')}/${name}`;
    const index = drawn.length;
    drawn.push({ column, path: ownPath, start: lineStart + column, end: lineStart + column + name.length, note: noteAt === -1 ? '' : rest.slice(noteAt), children: [] });
    parent?.children.push(index);
    stack.push(index);
  }
  return marked(drawn, rootName);
}

/** Each entry's mark: its own, or `create` below a new folder, or `create` for a folder all of whose entries are new. */
function marked(drawn: Drawn[], rootName: string | undefined): TreeEntry[] {
  const marks: Array<TreeMark | undefined> = drawn.map((entry) => markOf(entry.note));
  // Parents come before their children: a new folder's entries are new with it.
  drawn.forEach((entry, index) => {
    if (marks[index] === 'create') for (const child of entry.children) marks[child] ??= 'create';
  });
  // Children come after their parents: walked backwards, a folder whose entries are all new is new.
  for (let index = drawn.length - 1; index >= 0; index--) {
    const children = drawn[index]?.children ?? [];
    if (marks[index] === undefined && children.length > 0 && children.every((child) => marks[child] === 'create')) marks[index] = 'create';
  }
  const rootPrefix = repositoryRootPrefix(drawn[0]?.path, rootName);
  return drawn.map((entry, index) => {
    const isFolder = entry.children.length > 0 && !entry.path.endsWith('/');
    let path = isFolder ? `${entry.path}/` : entry.path;
    if (rootPrefix !== undefined && path.startsWith(rootPrefix)) path = path.slice(rootPrefix.length);
    return { path, start: entry.start, end: entry.end, mark: marks[index], hasEntries: entry.children.length > 0 };
  }).filter((entry) => entry.path !== '');
}

/**
 * What the entries' paths start with when the drawing's first root is the repository itself: `/`, `.`
 * or `./`, or the repository's own folder written as a folder (`superpowers/`).
 */
function repositoryRootPrefix(firstRoot: string | undefined, rootName: string | undefined): string | undefined {
  if (firstRoot === '/') return '/';
  if (firstRoot === '.' || firstRoot === './') return './';
  return rootName !== undefined && firstRoot === `${rootName}/` ? firstRoot : undefined;
}

/**
 * The entries a drawing declares as paths: all of them when its author marks some entries new (the
 * others then stand as they are), and otherwise only those marked as changed or kept; a drawing of
 * what a plan will make, marked nowhere, declares nothing that must be there. A folder drawn with its
 * entries is declared by them: it is their place, not a pointer at all its files.
 */
export function declaredTreeEntries(lines: readonly DrawnLine[], rootName?: string): TreeEntry[] {
  const entries = treeEntries(lines, rootName);
  const marksNew = entries.some((entry) => entry.mark === 'create');
  return entries.filter((entry) => !entry.hasEntries && (marksNew || entry.mark === 'modify' || entry.mark === 'keep'));
}
