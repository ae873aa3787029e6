export const id = 455;
export const ids = [455];
export const modules = {

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_LINT_ERRORS, EXIT_OK, EXIT_USAGE, USAGE

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/text/source-text.ts
const BYTE_ORDER_MARK = '\uFEFF';
/**
 * CRLF and lone CR become LF and a leading BOM is dropped, so a ticket saved on Windows reports the
 * same lines and columns as the same ticket saved with LF.
 */
function normalizeNewlines(raw) {
    const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
    return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
function toSourceText(raw) {
    const text = normalizeNewlines(raw);
    return { text, lineStarts: lineStartsOf(text) };
}
/** Offset of the first character of each line of `text`, line 1 first. */
function lineStartsOf(text) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        starts.push(index + 1);
    return starts;
}
function lineCount(source) {
    const { text, lineStarts } = source;
    // A final newline ends the last line rather than starting an empty one.
    return text.endsWith('\n') ? lineStarts.length - 1 || 1 : lineStarts.length;
}
function positionAt(source, offset) {
    const { lineStarts } = source;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
function lineText(source, line) {
    const start = source.lineStarts[line - 1];
    if (start === undefined)
        return '';
    const next = source.lineStarts[line];
    return source.text.slice(start, next === undefined ? undefined : next - 1);
}
/**
 * `text` without the run of `characters` at its end. A pattern like `/\/+$/` would do it, but a search
 * for it backtracks from every position of a long run: quadratic on a hostile megabyte.
 */
function trimEnd(text, characters) {
    let end = text.length;
    while (end > 0 && characters.includes(text.charAt(end - 1)))
        end -= 1;
    return end === text.length ? text : text.slice(0, end);
}
const BINARY_SNIFF_BYTES = 8000;
/**
 * Bytes to text, or why the bytes are not a text file: git's own test for binary (a NUL byte in the
 * first 8,000 bytes), then strict UTF-8.
 */
function decodeTextFile(bytes) {
    if (isBinary(bytes))
        return { ok: false, reason: 'it is a binary file' };
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return { ok: false, reason: 'it is not valid UTF-8 text' };
    }
}
function isBinary(bytes) {
    const sniffEnd = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (let index = 0; index < sniffEnd; index += 1)
        if (bytes[index] === 0)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/core/collect/ticket-files.ts


const MATCH_OPTIONS = { dot: true };
/** The ticket files (docs/ticket-format.md): files matching a `tickets` glob and no `ignore` glob. */
function selectTicketFiles(files, tickets, ignore) {
    const isTicket = picomatch_default()([...tickets], MATCH_OPTIONS);
    const isIgnored = ignore.length > 0 ? picomatch_default()([...ignore], MATCH_OPTIONS) : () => false;
    const mayMatch = mayEndAsOneOf(tickets.map(literalEnding));
    return files.filter((file) => mayMatch(file) && isTicket(file) && !isIgnored(file));
}
/**
 * In a monorepo of 100,000 files, twenty globs tried on every path took a fifth of a second; a path that
 * does not end as some glob must end cannot match. The endings are grouped by their last character, so
 * most paths are ruled out by one lookup rather than twenty `endsWith`.
 */
function mayEndAsOneOf(endings) {
    if (endings.includes(''))
        return () => true;
    const byLastCharacter = new Map();
    for (const ending of endings)
        byLastCharacter.set(ending.slice(-1), [...(byLastCharacter.get(ending.slice(-1)) ?? []), ending]);
    return (file) => byLastCharacter.get(file.slice(-1))?.some((ending) => file.endsWith(ending)) === true;
}
/** What every path a glob matches ends with: the text after its last special character ('' when it ends in one). */
function literalEnding(glob) {
    const special = Math.max(...[...'*?[]{}()!+@\\'].map((character) => glob.lastIndexOf(character)));
    return glob.slice(special + 1);
}
/**
 * Files named on a command line, each argument repository-relative: a file, a folder (its Markdown files)
 * or a glob. A file named outright is linted even when an `ignore` glob matches it, as ESLint does.
 */
function selectArgumentFiles(files, argumentsList, ignore) {
    const isIgnored = ignore.length > 0 ? picomatch_default()([...ignore], MATCH_OPTIONS) : () => false;
    const selected = new Set();
    const unmatched = [];
    const fileSet = new Set(files);
    for (const argument of argumentsList) {
        const path = trimEnd(argument, '/');
        let matched;
        if (fileSet.has(path))
            matched = [path];
        else if (picomatch_default().scan(path).isGlob) {
            const isMatch = picomatch_default()(path, MATCH_OPTIONS);
            matched = files.filter((file) => isMatch(file) && !isIgnored(file));
        }
        else {
            const prefix = path === '' || path === '.' ? '' : `${path}/`;
            matched = files.filter((file) => file.startsWith(prefix) && file.toLowerCase().endsWith('.md') && !isIgnored(file));
        }
        if (matched.length === 0)
            unmatched.push(argument);
        for (const file of matched)
            selected.add(file);
    }
    return { files: [...selected].sort(), unmatched };
}

;// CONCATENATED MODULE: ./src/core/parse/lifecycle.ts
/** Folders whose tickets are finished, whatever their own status says. */
const DONE_FOLDERS = new Set(['done', 'completed', 'complete', 'archive', 'archived', 'closed', 'finished']);
/** `In Progress`, `in-progress` and `in_progress` are one word; emoji and trailing punctuation are not part of it. */
function statusKey(word) {
    return word
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[’`]/g, "'")
        .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
class StatusVocabulary {
    states = new Map();
    constructor(words) {
        for (const word of words.open)
            this.states.set(statusKey(word), 'open');
        for (const word of words.done)
            this.states.set(statusKey(word), 'done');
    }
    /**
     * The state a status names, or undefined for a word the vocabulary does not know. A note after the
     * word (`Complete (9/9 tasks)`, `Blocked — waiting on API`) does not change it.
     */
    stateOf(word) {
        const whole = this.states.get(statusKey(word));
        if (whole !== undefined)
            return whole;
        const cut = word.search(/[([,;:]| [-—–] /);
        return cut > 0 ? this.states.get(statusKey(word.slice(0, cut))) : undefined;
    }
    /** The known words, one per state, for a message. */
    known() {
        const open = [];
        const done = [];
        for (const [word, state] of this.states)
            (state === 'open' ? open : done).push(word);
        return { open, done };
    }
}
/** True when a folder on the ticket's path says its tickets are finished (`backlog/completed/…`, `archive/…`). */
function inDoneFolder(path) {
    return path.split('/').slice(0, -1).some((folder) => DONE_FOLDERS.has(folder.toLowerCase()));
}

// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
;// CONCATENATED MODULE: ./src/core/text/machine-path.ts
/** The top folders of a machine's own file system (macOS, Linux, WSL, containers, Windows drives in Git Bash). */
const MACHINE_ROOT = /^\/(?:Users|home|tmp|etc|var|opt|usr|root|mnt|private|Volumes|srv|workspace|workspaces|proc|dev|bin|sbin|lib|c|d)\//;
/**
 * True for an absolute path into a machine's file system (`/Users/ana/…`, `/etc/hosts`): pasted from
 * someone's computer, never a path of the repository. Other leading-slash paths are read from the
 * repository root (`/src/x.ts`), or are routes (`/api/users`).
 */
function isMachinePath(path) {
    return MACHINE_ROOT.test(path);
}
/** A home folder's path or a drive's: `~/notes`, `C:\\Users\\x`, `D:/x`. */
const HOME_OR_DRIVE = /^(?:~(?:\/|$)|[A-Za-z]:[\\/])/;
/** A folder on the author's own machine, under a user's home or on a drive (`/home/ana/x`, `~/x`, `C:/x`), `/` as the separator. */
const AUTHORS_FOLDER = /^(?:\/(?:Users|home)\/[^/]+\/|~\/|[A-Za-z]:\/)./;
function isAuthorsFolder(path) {
    return AUTHORS_FOLDER.test(path);
}
/** A path no checkout of any repository has: a machine's own folders (isMachinePath), a home folder, a drive. */
function isOffCheckout(path) {
    return isMachinePath(path) || HOME_OR_DRIVE.test(path);
}
/**
 * The path inside the repository that a machine path names when it goes through a copy of the
 * repository: what follows the last folder named as the repository's root folder ('' for the copy
 * itself), or undefined when no folder of the path has that name.
 */
function copyPath(path, rootName) {
    if (rootName === undefined || rootName === '')
        return undefined;
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
function isCopyPathWithSpaces(text, rootName) {
    return text.includes(' ') && isMachinePath(text) && !SHELL_SYNTAX.test(text) && copyPath(text, rootName) !== undefined;
}

// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 51 modules
var remark_parse_lib = __webpack_require__(8540);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var unified_lib = __webpack_require__(3900);
// EXTERNAL MODULE: ./node_modules/remark-frontmatter/lib/index.js + 5 modules
var remark_frontmatter_lib = __webpack_require__(2569);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/config/yaml-mapping.ts

/**
 * Keys whose values are ids, which are names: `007`, `1e1` and `true` are read as written, not as the
 * number or boolean YAML would make of them (two tickets `007` and `7` are not the same one; GSD's
 * `phase: 03.6` and `plan: 01` name the plan `03.6-01`).
 */
const ID_KEYS = new Set(['id', 'plan_id', 'depends_on', 'dependencies', 'parent', 'parent_task_id', 'phase', 'plan']);
/** A plain scalar YAML read as something other than a string, as its source writes it. */
function asWritten(node, value) {
    return (0,dist/* isScalar */.jn)(node) && node.type === 'PLAIN' && typeof node.value !== 'string' && typeof node.source === 'string' ? node.source : value;
}
/** How yaml words a position at the end of its first message line; the line is reported separately. */
const POSITION_SUFFIX = / at line \d+, column \d+:?$/;
/**
 * Parses `text`, which starts on line `firstLine` of its file. Never throws: syntax errors, duplicate
 * keys, unresolvable aliases and a document that is not a mapping all come back as problems with the
 * file line they are on.
 */
function parseYamlMapping(text, firstLine) {
    return wordMapping(text, firstLine) ?? libraryMapping(text, firstLine);
}
/** `key: words`, words made of letters, digits and `_.-/`, single spaces between them. */
const WORD_LINE = /^([A-Za-z_][\w-]*):[ ]+([A-Za-z][\w./-]*(?: [\w./-]+)*)[ ]*$/;
/** The plain words YAML's core schema reads as something other than a string. */
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/**
 * Most frontmatter is lines of `key: word` (`id: TL-12`, `status: todo`), and the library takes
 * a tenth of a millisecond a document: 7% of linting a 1,000-ticket roadmap. Such a mapping is read
 * here; for anything else (quotes, lists, comments, indentation, numbers, booleans, nulls, a repeated
 * key) this returns undefined and the library reads it. A property test holds the two equal.
 */
function wordMapping(text, firstLine) {
    const values = {};
    const keyLines = new Map();
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            continue;
        const [, key = '', value = ''] = WORD_LINE.exec(line) ?? [];
        if (key === '' || keyLines.has(key) || key === '__proto__' || NOT_STRINGS.has(key) || NOT_STRINGS.has(value))
            return undefined;
        values[key] = value;
        keyLines.set(key, firstLine + index);
    }
    return { values, keyLines, itemLines: new Map(), problems: [] };
}
/** parseYamlMapping through the yaml library, whatever the text. */
function libraryMapping(text, firstLine) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
    const fileLine = (offset) => firstLine + lineCounter.linePos(offset).line - 1;
    const problems = document.errors.map((error) => ({
        line: fileLine(error.pos[0]),
        message: (error.message.split('\n')[0] ?? '').replace(POSITION_SUFFIX, ''),
    }));
    const keyLines = new Map();
    const itemLines = new Map();
    const values = {};
    if (problems.length > 0)
        return { values, keyLines, itemLines, problems };
    const contents = document.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && (contents.value === null || contents.value === ''))) {
        return { values, keyLines, itemLines, problems };
    }
    if (!(0,dist/* isMap */.jh)(contents)) {
        const line = contents.range ? fileLine(contents.range[0]) : firstLine;
        return { values, keyLines, itemLines, problems: [{ line, message: 'expected a mapping of keys to values' }] };
    }
    let plain;
    try {
        plain = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { values, keyLines, itemLines, problems: [{ line: firstLine, message }] };
    }
    const mapping = (plain ?? {});
    const recursive = new Set();
    for (const pair of contents.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key)) {
            const at = pair.key?.range?.[0];
            problems.push({ line: at === undefined ? firstLine : fileLine(at), message: 'a key is a list or mapping; keys must be plain words', unusable: true });
            continue;
        }
        const key = String(pair.key.value);
        if (!pair.key.range)
            continue;
        keyLines.set(key, fileLine(pair.key.range[0]));
        if (ID_KEYS.has(key)) {
            const value = mapping[key];
            mapping[key] = (0,dist/* isSeq */.oP)(pair.value) && Array.isArray(value) ? pair.value.items.map((item, index) => asWritten(item, value[index])) : asWritten(pair.value, value);
        }
        if (holdsItself(mapping[key])) {
            problems.push({ line: fileLine(pair.key.range[0]), message: `key '${key}' holds itself through an alias (a recursive value)`, unusable: true });
            recursive.add(key);
            continue;
        }
        const keyStart = pair.key.range[0];
        const itemLinesOf = (list) => list.items.map((item) => fileLine(item?.range?.[0] ?? keyStart));
        if ((0,dist/* isSeq */.oP)(pair.value))
            itemLines.set(key, itemLinesOf(pair.value));
        if ((0,dist/* isMap */.jh)(pair.value)) {
            for (const inner of pair.value.items) {
                if ((0,dist/* isScalar */.jn)(inner.key) && (0,dist/* isSeq */.oP)(inner.value))
                    itemLines.set(`${key}.${String(inner.key.value)}`, itemLinesOf(inner.value));
            }
        }
    }
    const usable = recursive.size === 0 ? mapping : Object.fromEntries(Object.entries(mapping).filter(([key]) => !recursive.has(key)));
    return { values: usable, keyLines, itemLines, problems };
}
/** A value that contains itself, which YAML aliases can write (`id: &x [*x]`): no message or JSON can show it. */
function holdsItself(value, ancestors = []) {
    if (typeof value !== 'object' || value === null)
        return false;
    if (ancestors.includes(value))
        return true;
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    ancestors.push(value);
    const found = children.some((child) => holdsItself(child, ancestors));
    ancestors.pop();
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/blank-runs.ts
/** Blank lines kept of a longer run: no Markdown construct tells two blank lines from more. */
const BLANK_LINES_KEPT = 2;
/**
 * Parses Markdown with every run of blank lines cut to two, then puts the tree's positions back where
 * they are in `text`: micromark keeps a few hundred bytes of events a line, and a megabyte of blank
 * lines took 1.7 GB. Outside a code block, an HTML block or frontmatter, three blank lines mean what
 * two do (no CommonMark construct counts more); inside one they are its text, so when a cut falls
 * inside a node that holds text, `text` is parsed as it is.
 */
function parseWithoutBlankRuns(text, parse) {
    const { cutText, cuts } = cutBlankRuns(text);
    if (cuts.length === 0)
        return parse(text);
    const tree = parse(cutText);
    let holdsCut = false;
    visit(tree, (node) => {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? 0;
        // A node that holds text across a cut holds the blank lines cut; one that ends among the blank
        // lines kept might have ended among those cut (an open code fence in a list item does).
        const touched = (cut) => ('value' in node && start < cut.at && cut.at <= end) || (node.type !== 'root' && cut.runStart < end && end <= cut.at);
        if (cuts.some(touched))
            holdsCut = true;
    });
    if (holdsCut)
        return parse(text);
    const restore = (point) => {
        const cut = lastCutAtOrBefore(cuts, point.offset ?? 0);
        if (cut === undefined)
            return;
        point.offset = (point.offset ?? 0) + cut.charactersSoFar;
        point.line += cut.linesSoFar;
    };
    visit(tree, (node) => {
        if (node.position) {
            restore(node.position.start);
            restore(node.position.end);
        }
    });
    return tree;
}
/** `text` with each run of blank lines past BLANK_LINES_KEPT taken out, and where. */
function cutBlankRuns(text) {
    const cuts = [];
    const kept = [];
    let copiedTo = 0;
    let charactersSoFar = 0;
    let linesSoFar = 0;
    let runLines = 0;
    let runStart = 0;
    let cutFrom = -1;
    const endRun = (at) => {
        if (cutFrom !== -1) {
            // The lines from `cutFrom` to `at` go; the cut text has them at `cutFrom` less what went before.
            cuts.push({ runStart: runStart - charactersSoFar, at: cutFrom - charactersSoFar, charactersSoFar: charactersSoFar + (at - cutFrom), linesSoFar: linesSoFar + runLines - BLANK_LINES_KEPT });
            kept.push(text.slice(copiedTo, cutFrom));
            copiedTo = at;
            charactersSoFar += at - cutFrom;
            linesSoFar += runLines - BLANK_LINES_KEPT;
        }
        runLines = 0;
        cutFrom = -1;
    };
    for (let start = 0; start < text.length;) {
        const newline = text.indexOf('\n', start);
        if (newline === -1)
            break;
        if (isBlank(text, start, newline)) {
            if (runLines === 0)
                runStart = start;
            runLines += 1;
            if (runLines === BLANK_LINES_KEPT + 1)
                cutFrom = start;
        }
        else {
            endRun(start);
        }
        start = newline + 1;
    }
    // A run that reaches the end of the text (or its last, unended line) is cut there.
    const lastLineStart = text.lastIndexOf('\n') + 1;
    endRun(lastLineStart);
    kept.push(text.slice(copiedTo));
    return { cutText: cuts.length === 0 ? text : kept.join(''), cuts };
}
/**
 * A blank line of fewer than four spaces: one that cannot belong to an indented code block (micromark
 * counts a line of four columns of white space, a tab, as one of its lines).
 */
function isBlank(text, start, end) {
    if (end - start >= 4)
        return false;
    for (let index = start; index < end; index += 1)
        if (text.charCodeAt(index) !== 0x20)
            return false;
    return true;
}
function lastCutAtOrBefore(cuts, offset) {
    let low = 0;
    let high = cuts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((cuts[middle]?.at ?? 0) <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    return cuts[low - 1];
}
function visit(node, each) {
    const stack = [node];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        each(next);
        if ('children' in next)
            for (const child of next.children)
                stack.push(child);
    }
}

;// CONCATENATED MODULE: ./src/core/text/wording.ts
/** A count as messages write it: `12,345`. */
function formatCount(count) {
    // Whole numbers are grouped here: the first toLocaleString of a process loads the locale data, 9 ms of a one-ticket run.
    if (!Number.isSafeInteger(count))
        return count.toLocaleString('en-US');
    const digits = String(Math.abs(count));
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let start = grouped.length; start < digits.length; start += 3)
        grouped += `,${digits.slice(start, start + 3)}`;
    return count < 0 ? `-${grouped}` : grouped;
}
/** `text` cut to `most` characters, the last of them `…`; by code points, so an emoji is never cut in half. */
function wording_shorten(text, most) {
    return text.length > most ? `${[...text].slice(0, most - 1).join('')}…` : text;
}
/** `1 ticket`, `3 tickets`, `1,200 tokens`. */
function plural(count, word) {
    return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/parse/container-starts.ts
/**
 * How many lists and quotes, up to each line, the parser may open and so close later: an upper bound
 * of micromark's container closings, which cost it a copy of its events each. Containers start only on
 * lines with markers (`>`, a bullet `-` `*` `+`, `1.` or `1)`), at most one a marker, so only those
 * count, but not a line that repeats the markers of the marker line before it (the same columns) when nothing between
 * could have closed what that line opened: the next item of one list, the next line of one quote. What
 * could close them: for a quote, any line between; for a list, a line left of the item's content, or a
 * blank line after an empty item. A line whose markers put a list marker before another marker starts
 * a new inner container whatever came before. A list of 5,000 items counts once.
 *
 * Returns prefix sums: element i is the count over lines 0 to i - 1.
 */
function containerStartsBefore(text, lineStarts) {
    const before = new Int32Array(lineStarts.length + 1);
    let count = 0;
    let previous = '';
    let quoted = false;
    let contentColumn = 0;
    let emptyItem = false;
    let undisturbed = false;
    for (let line = 0; line < lineStarts.length; line += 1) {
        const start = lineStarts[line] ?? 0;
        // An empty line, the commonest by far in a file of blank runs, changes nothing but after a quote or an empty item.
        if (text.charCodeAt(start) === 0x0a) {
            if (quoted || emptyItem)
                undisturbed = false;
        }
        else {
            const found = leadingMarkers(text, start);
            if (found.markers === '') {
                if (found.empty ? quoted || emptyItem : quoted || found.column < contentColumn)
                    undisturbed = false;
            }
            else {
                if (found.markers !== previous || !undisturbed || found.listBeforeLast)
                    count += found.count;
                previous = found.markers;
                quoted = previous.includes('>');
                contentColumn = found.column;
                emptyItem = found.empty && !previous.endsWith('>');
                undisturbed = true;
            }
        }
        before[line + 1] = count;
    }
    return before;
}
/**
 * The container markers a line starts with, each with its column; the column its content starts at;
 * whether nothing follows them; whether a list marker comes before another marker.
 */
function leadingMarkers(text, start) {
    let markers = '';
    let count = 0;
    let column = 0;
    let index = start;
    let listBeforeLast = false;
    for (;;) {
        for (let code = text.charCodeAt(index); code === 0x20 || code === 0x09; code = text.charCodeAt(index)) {
            column += code === 0x09 ? 4 - (column % 4) : 1;
            index += 1;
        }
        const marker = markerLength(text, index);
        if (marker === 0)
            break;
        if (markers !== '' && !markers.endsWith('>'))
            listBeforeLast = true;
        markers += `${column}${text.charAt(index + marker - 1)}`;
        count += 1;
        index += marker;
        column += marker;
    }
    const code = text.charCodeAt(index);
    return { markers, count, column, empty: Number.isNaN(code) || code === 0x0a, listBeforeLast };
}
/** The length of the container marker at `at` (`>`, a bullet, `1.`/`1)` followed by white space or the line's end); 0 for none. */
function markerLength(text, at) {
    const code = text.charCodeAt(at);
    if (code === 0x3e)
        return 1;
    let end = at;
    if (code === 0x2d || code === 0x2a || code === 0x2b)
        end = at + 1;
    else {
        while (end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39)
            end += 1;
        const delimiter = text.charCodeAt(end);
        if (end === at || (delimiter !== 0x2e && delimiter !== 0x29))
            return 0;
        end += 1;
    }
    const next = text.charCodeAt(end);
    return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a ? end - at : 0;
}

;// CONCATENATED MODULE: ./src/core/parse/markdown-chunks.ts



/** Lines a part of the file is parsed in at first; a part that holds no place to cut is parsed at twice the size. */
const WINDOW_LINES = 1_000;
/**
 * The most work one part that cannot be cut may ask of the parser, as the lists and quotes it may open
 * (containerStartsBefore) times its lines: micromark (4.0.3) copies its list of events each time it
 * closes one, so a part costs their product. 16 million is about a second on the costliest shapes
 * (1,150 lists nested in one quote); the items of one list count once, however many.
 */
const MAX_PART_WORK = 16_000_000;
/** The most link reference definitions given to every part: each part is parsed again with them. */
const MAX_DEFINITIONS_SHARED = 500;
/** A part of a file too tangled to parse in time: one block (a list, a quote) with too many items. */
class MarkdownTooTangled extends Error {
    line;
    lastLine;
    containers;
    constructor(line, lastLine, containers) {
        super(`The file was not parsed: lines ${formatCount(line)}–${formatCount(lastLine)} are one block that opens as many as ${formatCount(containers)} lists and quotes, ` +
            `more than the Markdown parser reads in time (its work grows with their number times the block's lines); split the block with a blank line and a heading`);
        this.line = line;
        this.lastLine = lastLine;
        this.containers = containers;
    }
}
/**
 * Parses Markdown in parts cut where nothing is open, so that no part is larger than it must be:
 * micromark takes time quadratic in the lists and quotes it closes in one parse (8,000 lists between
 * headings took 13.5 s). A cut goes before a line that follows a blank line and starts in column 1, and
 * only where a parse that reads that line starts a top-level node there: every container and code or
 * HTML block before it is then closed by that line, as in a parse of the whole file, and the rest is
 * parsed as a document of its own. The parts' trees are joined, with their positions moved to where
 * they are in `text`; a test holds the result equal to one parse of the whole text. Link reference
 * definitions reach the whole document, so when a part holds some, every part is parsed again with them
 * written before it. A part that cannot be cut and would cost more than MAX_PART_WORK is refused
 * (MarkdownTooTangled). `text` has `\n` line endings (toSourceText).
 */
function parseInParts(text, parse, windowLines = WINDOW_LINES) {
    const lines = new LineTable(text);
    const parts = [];
    let start = 0;
    for (let step = windowLines;;) {
        let end = lines.cutAtOrAfter(start + step);
        // A part too big to parse is tried up to an earlier place to cut first, so that a refusal names the block alone.
        if (lines.work(start, end === undefined ? lines.count : end + 1) > MAX_PART_WORK) {
            const earlier = lines.cutAtOrAfter(start + 1);
            if (earlier !== undefined && (end === undefined || earlier < end))
                end = earlier;
        }
        if (end === undefined) {
            parts.push({ line: start, tree: parseLines(lines, start, lines.count, parse) });
            break;
        }
        const tree = parseLines(lines, start, end + 1, parse);
        // After a `---` that opens no frontmatter, micromark reads no list or quote to the end of the file.
        if (start === 0 && /^---[ \t]*(?:\n|$)/.test(text) && tree.children[0]?.type !== 'yaml')
            return parseLines(lines, 0, lines.count, parse);
        const cut = lastCut(tree, lines, start);
        if (cut === undefined) {
            step *= 2;
            continue;
        }
        tree.children = tree.children.filter((child) => startLine(child) < cut.line - start);
        parts.push({ line: start, tree });
        start = cut.line;
        step = windowLines;
    }
    const shared = parts.length > 1 ? definitionsOf(parts.map(({ tree }) => tree)) : [];
    if (shared.length > MAX_DEFINITIONS_SHARED)
        return parseLines(lines, 0, lines.count, parse);
    const trees = parts.map(({ line, tree }, index) => {
        const end = parts[index + 1]?.line ?? lines.count;
        const alone = moved(tree, lines, line);
        if (shared.length === 0 || !lines.slice(line, end).includes('['))
            return alone;
        // Frontmatter opens only the file: the definitions go after it.
        const frontmatter = alone.children[0]?.type === 'yaml' ? alone.children[0] : undefined;
        const withShared = withDefinitions(lines, frontmatter?.position?.end.line ?? line, end, shared, parse);
        if (!withShared)
            return alone;
        // The root spans the part as its own parse found it, not the definitions written before it.
        return { ...withShared, children: [...(frontmatter ? [frontmatter] : []), ...withShared.children], ...(alone.position ? { position: alone.position } : {}) };
    });
    return join(trees);
}
/** Where the text's lines start, and which open a list item or a quote. */
class LineTable {
    text;
    starts;
    /** How many of the lines before line i may start a list or a quote (see containerStartsBefore). */
    containersBefore;
    cuts = [];
    constructor(text) {
        this.text = text;
        const starts = lineStartsOf(text);
        this.starts = starts;
        let blankBefore = false;
        for (let line = 0; line < starts.length; line += 1) {
            const start = starts[line] ?? 0;
            const code = text.charCodeAt(start);
            if (code === 0x0a) {
                blankBefore = true;
                continue;
            }
            if (code === 0x20 || code === 0x09) {
                blankBefore = /^[ \t]*(?:\n|$)/.test(text.slice(start, starts[line + 1] ?? text.length));
                continue;
            }
            if (line > 0 && blankBefore && !Number.isNaN(code) && startsAnywhere(text, start))
                this.cuts.push(line);
            blankBefore = false;
        }
        this.containersBefore = containerStartsBefore(text, this.starts);
    }
    get count() {
        return this.starts.length;
    }
    /** The first line at or after `line` a part might start at; undefined when there is none. */
    cutAtOrAfter(line) {
        return this.cuts[this.cutIndex(line)];
    }
    isCut(line) {
        return this.cuts[this.cutIndex(line)] === line;
    }
    cutIndex(line) {
        let low = 0;
        let high = this.cuts.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if ((this.cuts[middle] ?? 0) < line)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
    containers(from, to) {
        return (this.containersBefore[to] ?? 0) - (this.containersBefore[from] ?? 0);
    }
    /** What parsing lines `from` to `to` (not included) costs, as MAX_PART_WORK counts it. */
    work(from, to) {
        return this.containers(from, to) * (to - from);
    }
    slice(from, to) {
        return this.text.slice(this.starts[from] ?? this.text.length, this.starts[to] ?? this.text.length);
    }
}
/**
 * Whether the line at `start` begins the same block in any state the lines before leave the parser in:
 * not a construct that may not interrupt a paragraph, which micromark reads otherwise after some blocks
 * (an empty list item, an ordered list not starting at 1, a link reference definition, an HTML block
 * of the seventh kind), nor `---`, which would open frontmatter in a part of its own.
 */
function startsAnywhere(text, start) {
    const line = text.slice(start, Math.min(text.length, start + 12));
    return !/^(?:---|[<[]|[-*+][ \t]*(?:\n|$)|\d{1,9}[.)][ \t]*(?:\n|$)|(?:\d{0,8}[02-9]|\d{2,9})[.)])/.test(line);
}
/** Parses lines `from` to `to` (not included), refusing a part whose work would pass MAX_PART_WORK. */
function parseLines(lines, from, to, parse, prefix = '') {
    if (lines.work(from, to) > MAX_PART_WORK) {
        // A final line break ends the last line rather than starting an empty one.
        const lastLine = to === lines.count && lines.text.endsWith('\n') ? to - 1 : to;
        throw new MarkdownTooTangled(from + 1, lastLine, lines.containers(from, to));
    }
    return parse(prefix + lines.slice(from, to));
}
/** The last line of a part, after its first, where a top-level node starts that a part may start at. */
function lastCut(tree, lines, start) {
    for (let index = tree.children.length - 1; index >= 0; index -= 1) {
        const child = tree.children[index];
        if (!child?.position || child.position.start.column !== 1)
            continue;
        const line = start + child.position.start.line - 1;
        if (line > start && lines.isCut(line))
            return { line };
    }
    return undefined;
}
/** Every link reference definition of the trees, each label once, as written. */
function definitionsOf(trees) {
    const byIdentifier = new Map();
    for (const tree of trees) {
        markdown_chunks_visit(tree, (node) => {
            if (node.type === 'definition' && !byIdentifier.has(node.identifier))
                byIdentifier.set(node.identifier, node);
        });
    }
    return [...byIdentifier.values()];
}
/**
 * A part parsed with every definition of the file written before it, then taken off: references to a
 * definition in another part resolve as in one parse. Undefined when the definitions did not parse as
 * they were written (the part is then taken without them).
 */
function withDefinitions(lines, from, to, definitions, parse) {
    const prefix = `${definitions.map((definition) => `[${definition.label ?? definition.identifier}]: #`).join('\n')}\n\n`;
    const tree = parseLines(lines, from, to, parse, prefix);
    const before = tree.children.filter((child) => (child.position?.start.offset ?? 0) < prefix.length);
    if (before.some((child) => child.type !== 'definition' || (child.position?.end.offset ?? 0) > prefix.length))
        return undefined;
    tree.children = tree.children.slice(before.length);
    const prefixLines = prefix.split('\n').length - 1;
    return shifted(tree, (lines.starts[from] ?? 0) - prefix.length, from - prefixLines);
}
function moved(tree, lines, from) {
    return shifted(tree, lines.starts[from] ?? 0, from);
}
/** The tree with every position moved by `offset` characters and `lineCount` lines (a part starts a line, so columns stay). */
function shifted(tree, offset, lineCount) {
    const move = (point) => {
        point.line += lineCount;
        if (point.offset !== undefined)
            point.offset += offset;
    };
    markdown_chunks_visit(tree, (node) => {
        if (!node.position)
            return;
        move(node.position.start);
        move(node.position.end);
    });
    return tree;
}
function join(trees) {
    const [first] = trees;
    const last = trees.at(-1);
    if (!first || !last || trees.length === 1)
        return first ?? { type: 'root', children: [] };
    const children = trees.flatMap((tree) => tree.children);
    return { type: 'root', children, ...(first.position && last.position ? { position: { start: first.position.start, end: last.position.end } } : {}) };
}
function startLine(node) {
    return (node.position?.start.line ?? 1) - 1;
}
function markdown_chunks_visit(node, each) {
    const stack = [node];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        each(next);
        if ('children' in next)
            for (const child of next.children)
                stack.push(child);
    }
}

;// CONCATENATED MODULE: ./src/core/parse/disable-comments.ts
const PREFIX = 'ticket-lint-';
const KINDS = new Map([
    ['ticket-lint-disable', 'disable'],
    ['ticket-lint-enable', 'enable'],
    ['ticket-lint-disable-line', 'disable-line'],
    ['ticket-lint-disable-next-line', 'disable-next-line'],
]);
/**
 * The `<!-- ticket-lint-disable … -->` comments of a parsed file. Only HTML nodes are searched, so a
 * directive shown in a code block or a code span is an example, not a directive.
 */
function disableCommentsOf(tree, text) {
    // Most files have none: skip the walk over the tree.
    if (!text.includes(PREFIX))
        return [];
    return htmlNodesOf(tree).flatMap(commentsIn);
}
function htmlNodesOf(tree) {
    const found = [];
    // A stack rather than recursion: nesting depth is whatever the file writes.
    const stack = [tree];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node.type === 'html')
            found.push(node);
        else if ('children' in node)
            for (let index = node.children.length - 1; index >= 0; index--)
                stack.push(node.children[index]);
    }
    return found;
}
/** Each comment of an HTML node that is a directive: its first word a directive, the rest rule ids split by spaces or commas. */
function commentsIn(node) {
    const firstLine = node.position?.start.line ?? 1;
    const lineAt = (offset) => firstLine + node.value.slice(0, offset).split('\n').length - 1;
    const comments = [];
    for (let open = node.value.indexOf('<!--'); open !== -1;) {
        const close = node.value.indexOf('-->', open + 4);
        if (close === -1)
            break;
        const [word = '', ...ruleIds] = node.value.slice(open + 4, close).split(/[\s,]+/).filter((part) => part !== '');
        const kind = KINDS.get(word);
        if (kind !== undefined)
            comments.push({ kind, ruleIds, line: lineAt(open), endLine: lineAt(close) });
        open = node.value.indexOf('<!--', close + 3);
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/core/parse/markdown-document.ts









const markdown = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(remark_frontmatter_lib/* default */.A, ['yaml']).freeze();
/**
 * Parses a ticket file's text. Never throws: text remark cannot parse comes back as a problem with
 * no document, broken frontmatter as a problem beside the document.
 */
function readMarkdown(path, raw) {
    const source = toSourceText(raw);
    let tree;
    try {
        tree = parseMarkdownText(source.text);
    }
    catch (error) {
        if (error instanceof MarkdownTooTangled)
            return { source, problem: { about: 'file', line: error.line, message: error.message } };
        const reason = error instanceof Error ? error.message : String(error);
        return { source, problem: { about: 'file', line: 1, message: `The file could not be parsed as Markdown: ${reason}` } };
    }
    const problems = [];
    const frontmatter = readFrontmatter(tree, source, problems);
    const blocks = tree.children;
    const disableComments = disableCommentsOf(tree, source.text);
    return { document: { path, source, blocks, headings: headingsOf(blocks), ...(frontmatter ? { frontmatter } : {}), disableComments, problems } };
}
/** Markdown text (`\n` line endings) as a tree, parsed in parts; throws MarkdownTooTangled for a part it cannot parse in time. */
function parseMarkdownText(text) {
    return parseInParts(text, (part) => parseWithoutBlankRuns(part, (whole) => markdown.parse(whole)));
}
function headingsOf(blocks) {
    const headings = [];
    blocks.forEach((block, index) => {
        if (block.type === 'heading')
            headings.push({ index, depth: block.depth, text: (0,lib/* toString */.d)(block).trim(), line: markdown_document_startLine(block) });
    });
    return headings;
}
function readFrontmatter(tree, source, problems) {
    const first = tree.children[0];
    if (first?.type !== 'yaml') {
        if (/^---[ \t]*\n/.test(source.text)) {
            problems.push({ about: 'frontmatter', line: 1, message: "Frontmatter is not closed; expected a line '---' after the last key" });
        }
        return undefined;
    }
    const line = markdown_document_startLine(first);
    const parsed = parseYamlMapping(first.value, line + 1);
    for (const problem of parsed.problems) {
        problems.push({ about: 'frontmatter', line: problem.line, message: `Frontmatter ${problem.unusable ? 'cannot be used' : 'is not valid YAML'}: ${problem.message}` });
    }
    return { line, endLine: endLine(first), values: parsed.values, keyLines: parsed.keyLines, itemLines: parsed.itemLines };
}
function markdown_document_startLine(node) {
    return node.position?.start.line ?? 1;
}
/** The last line a node covers: one ending at column 1 (after a line break, as an unclosed HTML block does) ends on the line before. */
function endLine(node) {
    const end = node.position?.end;
    if (!end)
        return markdown_document_startLine(node);
    return end.column === 1 && end.line > markdown_document_startLine(node) ? end.line - 1 : end.line;
}
/** The last line of the blocks from `first` up to (not including) `end`. */
function lastContentLine(blocks, first, end) {
    const last = blocks[end - 1] ?? blocks[first];
    return last ? endLine(last) : 1;
}

;// CONCATENATED MODULE: ./src/core/text/describe-value.ts
/** A value from YAML as a message quotes it: JSON, cut to `limit` characters; "nothing" for an empty value. */
function describeValue(value, limit = 60) {
    if (value === null || value === undefined)
        return 'nothing';
    // JSON writes Infinity and NaN as null, and a Map or Set (YAML's !!omap, !!set) as {}.
    if (typeof value === 'number' && !Number.isFinite(value))
        return String(value);
    if (value instanceof Set)
        return `a set of ${value.size}`;
    if (value instanceof Map)
        return `a mapping of ${value.size}`;
    const text = JSON.stringify(value) ?? String(value);
    return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

;// CONCATENATED MODULE: ./src/core/text/glob-limits.ts
/**
 * What a glob may ask before matching it costs more than the run. picomatch compiles a glob to a
 * backtracking regular expression: several stars in one path segment backtrack polynomially in the
 * length of a name (`*a*a*a*a*a*a*c.ts` against a name of 120 letters never ends), and nested extglobs
 * take long to compile. No ticket or config needs either.
 */
const MAX_STARS_PER_SEGMENT = 3;
const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[*+?@!]\(/;
/** Why a glob is refused, or undefined when it may be matched. */
function globTooComplex(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return `it is over ${MAX_GLOB_LENGTH} characters`;
    if (EXTGLOB.test(pattern))
        return 'extglobs (`*(…)`, `+(…)`, `@(…)`, `!(…)`, `?(…)`) are not matched';
    for (const segment of pattern.split('/')) {
        if (segment === '**')
            continue;
        let stars = 0;
        for (const character of segment)
            if (character === '*')
                stars += 1;
        if (stars > MAX_STARS_PER_SEGMENT)
            return `'${segment}' has ${stars} wildcards; at most ${MAX_STARS_PER_SEGMENT} a path segment are matched`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/config/expectations.ts


const nonEmptyStringList = (value) => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? undefined
    : 'a non-empty list of non-empty strings';
const stringList = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? undefined : 'a list of non-empty strings';
const integerAtLeast = (minimum) => (value) => typeof value === 'number' && Number.isInteger(value) && value >= minimum ? undefined : `an integer of at least ${formatCount(minimum)}`;
/** A number of tokens: more than the largest context window is a typo (and a 300-digit figure in every message). */
const tokenCount = (minimum) => integerBetween(minimum, MAX_CONTEXT_WINDOW);
/** The largest file worth reading as text: 256 MiB, well under the longest string JavaScript can hold (512 MiB). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** No model reads more than this; a bigger context window is a typo. */
const MAX_CONTEXT_WINDOW = 100_000_000;
/** A list the base expectation accepts whose every item is a glob that can be matched quickly (see globTooComplex). */
const matchableGlobs = (base) => (value) => {
    const expected = base(value);
    if (expected !== undefined || !Array.isArray(value))
        return expected;
    for (const glob of value) {
        const reason = globTooComplex(glob);
        if (reason !== undefined)
            return `globs that can be matched (${reason})`;
    }
    return undefined;
};
const integerBetween = (minimum, maximum) => (value) => typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum
    ? undefined
    : `an integer from ${formatCount(minimum)} to ${formatCount(maximum)}`;
/** A share of something, at least 1%: a smaller one makes a budget of nothing. */
const fraction = (value) => typeof value === 'number' && value >= 0.01 && value <= 1 ? undefined : 'a number from 0.01 to 1';
const oneOf = (choices) => (value) => typeof value === 'string' && choices.includes(value) ? undefined : `one of ${choices.map((c) => `'${c}'`).join(', ')}`;
const mapping = (value) => (isPlainMapping(value) ? undefined : 'a mapping');
/** The same expectation, with what the value is for: "a list of non-empty strings (frontmatter keys)". */
const describedAs = (expectation, what) => (value) => {
    const expected = expectation(value);
    return expected === undefined ? undefined : `${expected} (${what})`;
};
function isPlainMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/config/list-settings.ts



/**
 * A list setting with defaults (`ignore`, `sections.goal`, `status.done`): a list adds to the
 * defaults; `{ replace: [...] }` puts the list in their place.
 */
function addedTo(defaults, key, value, expect, fail) {
    if (isPlainMapping(value)) {
        const extra = Object.keys(value).filter((name) => name !== 'replace');
        if (extra.length > 0 || !('replace' in value))
            fail(key, `a list, or { replace: [...] } to drop the defaults`, value);
        const wrong = expect(value['replace']);
        if (wrong !== undefined)
            fail(`${key}.replace`, wrong, value['replace']);
        return [...value['replace']];
    }
    const wrong = expect(value);
    if (wrong !== undefined)
        fail(key, `${wrong}, or { replace: [...] } to drop the defaults`, value);
    return [...new Set([...defaults, ...value])];
}
function resolveSections(base, value, fail) {
    if (!isPlainMapping(value))
        fail('sections', 'a mapping', value);
    const sections = { ...base };
    for (const [kind, headings] of Object.entries(value)) {
        if (!SECTION_KINDS.includes(kind))
            fail(`sections.${kind}`, `one of the sections ${SECTION_KINDS.join(', ')}`, kind);
        sections[kind] = addedTo(base[kind], `sections.${kind}`, headings, describedAs(nonEmptyStringList, 'heading texts'), fail);
    }
    return sections;
}
/** `status: { open: [...], done: [...] }`: more words for each state, or `{ replace: [...] }`. */
function resolveStatus(base, value, fail) {
    if (!isPlainMapping(value))
        fail('status', "a mapping of 'open' and 'done' to status words", value);
    const status = { open: [...base.open], done: [...base.done] };
    for (const [state, words] of Object.entries(value)) {
        if (state !== 'open' && state !== 'done')
            fail(`status.${state}`, "'open' or 'done'", state);
        status[state] = addedTo(base[state], `status.${state}`, words, describedAs(stringList, 'status words'), fail);
    }
    return status;
}
/** `formats: { "docs/plans/**": superpowers }`: the format that reads the files of a glob, over the one that would claim them. */
function resolveFormats(value, known, fail) {
    if (!isPlainMapping(value))
        fail('formats', 'a mapping of globs to format names', value);
    return Object.entries(value).map(([glob, format]) => {
        const tooComplex = globTooComplex(glob);
        if (tooComplex !== undefined)
            fail(`formats.${glob}`, `keyed by a glob that can be matched (${tooComplex})`, format);
        if (typeof format !== 'string' || !known.includes(format))
            fail(`formats.${glob}`, `a format name, one of: ${known.join(', ')}`, format);
        return { glob, format: format };
    });
}

;// CONCATENATED MODULE: ./src/core/config/models.ts

/**
 * Named profiles. Counts stay js-tiktoken's; a factor other than 1 turns them into an estimate of
 * the model's own tokens: Anthropic gives 1.0–1.35× o200k for its recent models, and 1.2 is the middle.
 * These are estimates to size sessions by, not vendor figures to quote.
 */
const MODEL_PROFILES = Object.freeze({
    default: { contextWindow: 200_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1 },
    claude: { contextWindow: 200_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1.2 },
    'claude-1m': { contextWindow: 1_000_000, smartZone: 0.3, overheadTokens: 15_000, tokenFactor: 1.2 },
    gpt: { contextWindow: 400_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1 },
});
const tokenFactor = (value) => (typeof value === 'number' && value >= 0.5 && value <= 3 ? undefined : 'a number from 0.5 to 3');
/** The keys of a custom profile (`model: { context-window: …, token-factor: … }`) and what each must be. */
const PROFILE_KEYS = {
    'context-window': { property: 'contextWindow', expect: integerBetween(1_000, MAX_CONTEXT_WINDOW) },
    'smart-zone': { property: 'smartZone', expect: fraction },
    'overhead-tokens': { property: 'overheadTokens', expect: tokenCount(0) },
    'token-factor': { property: 'tokenFactor', expect: tokenFactor },
};
/** `model: claude` or `model: { context-window: 1000000, token-factor: 1.2 }` (over the default profile). */
function resolveModel(value, fail) {
    if (typeof value === 'string') {
        const profile = MODEL_PROFILES[value];
        if (!profile)
            fail('model', `a profile name (${Object.keys(MODEL_PROFILES).join(', ')}) or a mapping of ${Object.keys(PROFILE_KEYS).join(', ')}`, value);
        return { name: value, profile: { ...profile } };
    }
    if (!isPlainMapping(value))
        fail('model', `a profile name (${Object.keys(MODEL_PROFILES).join(', ')}) or a mapping of ${Object.keys(PROFILE_KEYS).join(', ')}`, value);
    const profile = { ...MODEL_PROFILES['default'] };
    for (const [key, setting] of Object.entries(value)) {
        const spec = PROFILE_KEYS[key];
        if (!spec)
            fail(`model.${key}`, `one of ${Object.keys(PROFILE_KEYS).join(', ')}`, key);
        const expected = spec?.expect(setting);
        if (expected !== undefined)
            fail(`model.${key}`, expected, setting);
        profile[spec?.property] = setting;
    }
    return { name: 'custom', profile };
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/core/text/closest.ts
/**
 * The candidate nearest to what was wanted, by `distanceOf`, when it is under `limit`; the first of
 * equally near ones. `distanceOf` gets the best distance so far and may answer any number not below
 * it for a candidate that cannot win (a length difference already too large), skipping the full
 * comparison. Every "did you mean" of ticket-lint (config keys, rule ids, paths, file names) is this.
 */
function closest(candidates, distanceOf, limit = Number.POSITIVE_INFINITY) {
    let found;
    let best = limit;
    for (const candidate of candidates) {
        const distance = distanceOf(candidate, best);
        if (distance < best) {
            found = candidate;
            best = distance;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/config/rule-options.ts
/** A rule's options: its defaults, with the values the config sets over them. */
function optionsWith(rule, set = {}) {
    const options = {};
    for (const [name, spec] of Object.entries(rule.options ?? {}))
        options[name] = name in set ? set[name] : spec.default;
    return options;
}

;// CONCATENATED MODULE: ./src/core/config/rule-settings.ts




const SEVERITY_WORDS = { error: 'error', warning: 'warning', warn: 'warning', off: 'off' };
const SEVERITIES = "'error', 'warning' or 'off'";
/** The known word a typo most likely meant: at most a third of its letters away. */
function closestWord(typed, words) {
    return closest(words, (word) => (0,mod/* distance */.Io)(typed.toLowerCase(), word), Math.max(1, Math.floor(typed.length / 3)) + 1);
}
/**
 * The rules' settings of a config source over `base`: severities and options from `rules:`
 * (`ticket-id: warning`, `ticket-size: [error, { max: 3000 }]`) and from the flat keys, each option
 * checked against the rule's declaration, then each rule's options checked together.
 */
function resolveRuleSettings(base, builder, rules) {
    const { fail } = builder;
    const settings = structuredClone({ ...base });
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    const ids = rules.map((rule) => rule.id);
    const set = new Map(builder.values);
    if (builder.rules) {
        const { key, value } = builder.rules;
        if (!isPlainMapping(value))
            fail(key, 'a mapping', value);
        for (const [ruleId, setting] of Object.entries(value)) {
            const rule = byId.get(ruleId);
            if (rule === undefined) {
                const near = closestWord(ruleId, ids);
                fail(`${key}.${ruleId}`, near === undefined ? `a rule id, one of: ${ids.join(', ')}` : `a rule id (did you mean '${near}'?)`, ruleId);
            }
            const { severity, options } = severityAndOptions(`${key}.${ruleId}`, setting, fail);
            const entry = (settings[ruleId] ??= { options: {} });
            entry.severity = severity;
            for (const [option, optionValue] of Object.entries(options)) {
                set.set(`${key}.${ruleId}.${option}`, { rule: ruleId, option, value: optionValue, name: `${key}.${ruleId}.${option}` });
            }
        }
    }
    const names = new Map();
    for (const { rule: ruleId, option, value, name } of set.values()) {
        const rule = byId.get(ruleId);
        const spec = rule?.options?.[option];
        if (spec === undefined) {
            const known = Object.keys(rule?.options ?? {});
            const near = closestWord(option, known);
            return fail(name, known.length === 0 ? `an option of '${ruleId}', which has none` : near ? `an option of '${ruleId}' (did you mean '${near}'?)` : `an option of '${ruleId}': ${known.join(', ')}`, option);
        }
        const twice = names.get(`${ruleId}.${option}`);
        if (twice !== undefined)
            fail(name, `set once; '${twice}' sets the same option`, value);
        names.set(`${ruleId}.${option}`, name);
        const expected = spec.expect(value);
        if (expected !== undefined)
            fail(name, expected, value);
        (settings[ruleId] ??= { options: {} }).options[option] = value;
    }
    for (const rule of rules) {
        const setting = settings[rule.id];
        if (!rule.checkOptions || setting === undefined || Object.keys(setting.options).length === 0)
            continue;
        const nameOf = (option) => names.get(`${rule.id}.${option}`) ?? builder.aliasOf(rule.id, option) ?? `rules.${rule.id}.${option}`;
        const options = optionsWith(rule, setting.options);
        const conflict = rule.checkOptions(options, nameOf);
        if (conflict)
            fail(nameOf(conflict.option), conflict.expected, options[conflict.option]);
    }
    return settings;
}
/** `error`, `false` (YAML 1.1's habit for off), `[warning]`, `[error, { max: 3000 }]`. */
function severityAndOptions(key, setting, fail) {
    const [word, options = {}, ...rest] = Array.isArray(setting) ? setting : [setting];
    const severity = severityOf(word);
    if (!Array.isArray(setting)) {
        if (severity === undefined)
            fail(key, SEVERITIES, setting);
    }
    else if (severity === undefined || rest.length > 0) {
        fail(key, `${SEVERITIES}, or a list [severity, { options }]`, setting);
    }
    if (!isPlainMapping(options))
        fail(`${key}`, 'a list [severity, { options }] whose options are a mapping', setting);
    return { severity: severity, options: options };
}
function severityOf(word) {
    if (word === false)
        return 'off';
    return typeof word === 'string' ? SEVERITY_WORDS[word.toLowerCase()] : undefined;
}

;// CONCATENATED MODULE: ./src/core/config/config.ts






const SECTION_KINDS = ['goal', 'context', 'acceptance'];
const ENCODINGS = ['o200k_base', 'cl100k_base'];
/**
 * The places each ticket format says its files live (a test keeps this list equal to the formats'),
 * written out here because the config comes before the formats in the pipeline.
 */
const DEFAULT_TICKET_GLOBS = [
    '.taskmaster/tasks/tasks.json',
    '.taskmaster/tasks/task_*.txt',
    '**/specs/*/tasks.md',
    '.specify/**/tasks.md',
    '.kiro/specs/*/tasks.md',
    '.spec-workflow/specs/*/tasks.md',
    ...['backlog', '.backlog'].flatMap((root) => ['tasks', 'completed', 'archive', 'drafts'].map((folder) => `${root}/${folder}/**/*.md`)),
    '.planning/**/*-PLAN.md',
    'docs/plans/**/*.md',
    'docs/superpowers/plans/**/*.md',
    'roadmap/**/*.md',
    '**/tickets/**/*.md',
    '.scratch/*/issues/**/*.md',
];
/** The words the ticket tools use (Backlog.md, Task Master, Linear, Jira, GitHub), and what each means: open or done. */
const DEFAULT_STATUS_WORDS = Object.freeze({
    open: ['todo', 'to do', 'open', 'backlog', 'draft', 'new', 'pending', 'planned', 'ready', 'in progress', 'doing', 'started', 'active', 'review', 'in review', 'blocked', 'on hold', 'deferred', 'paused', 'not started'],
    done: ['done', 'complete', 'completed', 'finished', 'resolved', 'closed', 'fixed', 'merged', 'shipped', 'released', "won't do", 'wont do', 'wontfix', "won't fix", 'cancelled', 'canceled', 'superseded', 'deprecated', 'obsolete', 'abandoned', 'duplicate', 'archived', 'rejected', 'dropped'],
});
const DEFAULT_CONFIG = Object.freeze({
    tickets: [...DEFAULT_TICKET_GLOBS],
    ignore: ['**/README.md', '**/node_modules/**'],
    encoding: 'o200k_base',
    contextWindow: 200_000,
    smartZone: 0.4,
    overheadTokens: 15_000,
    maxFileBytes: 1_048_576,
    maxPointers: 500,
    sections: {
        goal: ['Goal', 'Goals', 'Objective', 'Goal and expected behavior', 'Description', 'Summary', 'Problem', 'Problem statement', 'What to build', 'Suggestion', 'Proposed fix', 'Proposed solution'],
        context: ['Context Pointers', 'Context', 'Files', 'Relevant files', 'Key files', 'Technical context', 'References', 'Evidence', 'Files to change', 'Files to modify', 'Affected files', 'Relevant code', 'Code pointers'],
        acceptance: ['Acceptance Criteria', 'Acceptance', 'Definition of Done', 'Done when', 'Success criteria', 'Tests', 'Test plan', 'Test strategy', 'Testing', 'Verification'],
    },
    status: { open: [...DEFAULT_STATUS_WORDS.open], done: [...DEFAULT_STATUS_WORDS.done] },
    formats: [],
    lintDone: false,
    model: 'default',
    tokenFactor: 1,
    rules: {},
});
const DEFAULT_CONFIG_FILE = '.ticket-lint.yml';
/** The names a config file is found by in the root, in the order a message lists them; at most one may exist. */
const CONFIG_FILE_NAMES = [DEFAULT_CONFIG_FILE, '.ticket-lint.yaml', '.ticket-lint.json'];
/** A user's mistake in the configuration: one line that names the key and says what is expected. */
class ConfigError extends Error {
    place;
    name = 'ConfigError';
    /** The config file and line the mistake is on, when it is in a file (an annotation goes there). */
    constructor(message, place) {
        super(message);
        this.place = place;
    }
}
const TOP_LEVEL_KEYS = {
    tickets: { setting: 'tickets', expect: matchableGlobs(nonEmptyStringList) },
    ignore: 'ignore',
    encoding: { setting: 'encoding', expect: oneOf(ENCODINGS) },
    model: 'model',
    'context-window': { setting: 'contextWindow', expect: integerBetween(1_000, MAX_CONTEXT_WINDOW) },
    'smart-zone': { setting: 'smartZone', expect: fraction },
    'overhead-tokens': { setting: 'overheadTokens', expect: tokenCount(0) },
    'max-ticket-tokens': { alias: { rule: 'ticket-size', option: 'max' } },
    'min-ticket-tokens': { alias: { rule: 'ticket-size', option: 'min' } },
    'min-work-tokens': { alias: { rule: 'session-budget', option: 'min' } },
    'min-criteria': { alias: { rule: 'acceptance-criteria', option: 'min' } },
    'max-criteria': { alias: { rule: 'acceptance-criteria', option: 'max' } },
    'max-file-bytes': { setting: 'maxFileBytes', expect: integerBetween(1, MAX_FILE_BYTES) },
    'max-pointers': { setting: 'maxPointers', expect: integerAtLeast(1) },
    sections: 'sections',
    status: 'status',
    formats: 'formats',
    'lint-done': { setting: 'lintDone', expect: (value) => (typeof value === 'boolean' ? undefined : 'true or false') },
    frontmatter: { nested: { required: { rule: 'frontmatter', option: 'required' } } },
    rules: 'rules',
};
const CONFIG_FILE_KEYS = Object.entries(TOP_LEVEL_KEYS).map(([key, spec]) => {
    if (typeof spec === 'string')
        return spec === 'rules' ? { key, setsRules: true } : { key, setting: spec, setsRules: false };
    return 'setting' in spec ? { key, setting: spec.setting, setsRules: false } : { key, setsRules: true };
});
/**
 * Reads config file text (YAML, or JSON, which YAML reads too) into a Config over the defaults. Throws
 * ConfigError, one line naming the file, the line and the key, for syntax errors, unknown keys, wrong
 * types and out-of-range values.
 */
function parseConfigFile(text, fileName, schema) {
    const parsed = parseYamlMapping(text, 1);
    const firstProblem = parsed.problems[0];
    if (firstProblem) {
        throw new ConfigError(`${fileName}:${firstProblem.line}: not a valid configuration: ${firstProblem.message}`, { file: fileName, line: firstProblem.line });
    }
    const where = (key) => {
        const line = parsed.keyLines.get(key) ?? 1;
        return { label: `${fileName}:${line}`, place: { file: fileName, line } };
    };
    return { config: resolveConfig(DEFAULT_CONFIG, parsed.values, schema, where), keyLines: parsed.keyLines };
}
function parseConfig(text, fileName, schema) {
    return parseConfigFile(text, fileName, schema).config;
}
/** Applies settings from another source (action inputs, CLI flags) over a config, validated exactly like the file's keys. */
function applyOverrides(config, overrides, sourceName, schema) {
    return resolveConfig(config, overrides, schema, () => ({ label: sourceName }));
}
function resolveConfig(base, values, schema, where) {
    const config = structuredClone({ ...base });
    const fail = (key, expected, value) => {
        const { label, place } = where(key.split('.')[0] ?? key);
        throw new ConfigError(`${label}: '${key}' must be ${expected}; got ${describeValue(value)}`, place);
    };
    const ruleSettings = { fail, values: new Map(), aliasOf };
    let model;
    for (const [key, value] of Object.entries(values)) {
        const spec = TOP_LEVEL_KEYS[key];
        if (spec === undefined) {
            const near = closestWord(key, Object.keys(TOP_LEVEL_KEYS));
            const expected = near === undefined ? `expected one of: ${Object.keys(TOP_LEVEL_KEYS).join(', ')}` : `did you mean '${near}'?`;
            const { label, place } = where(key);
            throw new ConfigError(`${label}: unknown key '${key}'; ${expected}`, place);
        }
        if (spec === 'sections')
            config.sections = resolveSections(base.sections, value, fail);
        else if (spec === 'ignore')
            config.ignore = addedTo(base.ignore, 'ignore', value, matchableGlobs(stringList), fail);
        else if (spec === 'status')
            config.status = resolveStatus(base.status, value, fail);
        else if (spec === 'formats')
            config.formats = resolveFormats(value, schema.formats, fail);
        else if (spec === 'model')
            model = resolveModel(value, fail);
        else if (spec === 'rules')
            ruleSettings.rules = { key, value };
        else if ('alias' in spec)
            ruleSettings.values.set(key, { ...spec.alias, value, name: key });
        else if ('nested' in spec)
            resolveNested(key, value, spec.nested, ruleSettings, fail);
        else {
            const expected = spec.expect(value);
            if (expected !== undefined)
                fail(key, expected, value);
            config[spec.setting] = value;
        }
    }
    config.rules = resolveRuleSettings(base.rules, ruleSettings, schema.rules);
    // A model profile sizes the session; a setting of its own in the same source wins over the profile.
    if (model) {
        config.model = model.name;
        config.tokenFactor = model.profile.tokenFactor;
        for (const [key, { property }] of Object.entries(PROFILE_KEYS)) {
            if (property !== 'tokenFactor' && !(key in values))
                config[property] = model.profile[property];
        }
    }
    return config;
}
/** The flat key that is another name of a rule's option. */
function aliasOf(rule, option) {
    for (const [key, spec] of Object.entries(TOP_LEVEL_KEYS)) {
        if (typeof spec === 'object' && 'alias' in spec && spec.alias.rule === rule && spec.alias.option === option)
            return key;
        if (typeof spec === 'object' && 'nested' in spec) {
            const nested = Object.entries(spec.nested).find(([, target]) => target.rule === rule && target.option === option);
            if (nested)
                return `${key}.${nested[0]}`;
        }
    }
    return undefined;
}
function resolveNested(key, value, keys, settings, fail) {
    if (!isPlainMapping(value))
        fail(key, 'a mapping', value);
    for (const [name, setting] of Object.entries(value)) {
        const target = keys[name];
        if (target === undefined)
            fail(`${key}.${name}`, `a known key: ${Object.keys(keys).map((known) => `'${known}'`).join(', ')}`, name);
        else
            settings.values.set(`${key}.${name}`, { ...target, value: setting, name: `${key}.${name}` });
    }
}

;// CONCATENATED MODULE: ./src/core/parse/sections.ts




const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const CHECKBOX = /^\[[ xX]\]\s+/;
/** Where a heading names two sections: `Goals / Acceptance Criteria`, `Context and files`, `Tests & verification`. */
const SECTION_SEPARATOR = /[/&+]| and /;
/** The section names made for a config's sections, by format (SectionNames.of). */
const MADE = new WeakMap();
/** Which sections a heading opens, from the configured heading texts. */
class SectionNames {
    byHeading = new Map();
    /** Headings already read: a roadmap's tickets repeat the same few (`## Goal`, `## Context`). */
    read = new Map();
    constructor(sections) {
        for (const kind of SECTION_KINDS)
            for (const heading of sections[kind])
                this.byHeading.set(normalizeHeading(heading), kind);
    }
    /** The names of a config's sections, with a format's own headings added, made once for each pair. */
    static of(sections, format) {
        const made = MADE.get(sections) ?? new Map();
        MADE.set(sections, made);
        const key = format?.headings ? format.name : '';
        let names = made.get(key);
        if (names === undefined) {
            const headings = format?.headings;
            names = new SectionNames(headings ? Object.fromEntries(SECTION_KINDS.map((kind) => [kind, [...sections[kind], ...(headings[kind] ?? [])]])) : sections);
            made.set(key, names);
        }
        return names;
    }
    /** The section a known heading opens; for a heading that names several sections, each of them, when every part is one. */
    kindsOf(heading) {
        let kinds = this.read.get(heading);
        if (kinds === undefined) {
            kinds = this.kindsOfUnread(heading);
            this.read.set(heading, kinds);
        }
        return kinds;
    }
    kindsOfUnread(heading) {
        const normalized = normalizeHeading(heading);
        const whole = this.byHeading.get(normalized);
        if (whole !== undefined)
            return [whole];
        const parts = normalized.split(SECTION_SEPARATOR).map((part) => this.byHeading.get(normalizeHeading(part)));
        if (parts.length < 2 || parts.some((kind) => kind === undefined))
            return [];
        return [...new Set(parts)];
    }
}
/** Case, spacing, numbering, leading symbols and trailing punctuation do not change which section a heading opens. */
function normalizeHeading(text) {
    const spaced = text
        .normalize('NFKC')
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/^\d+[.)]\s+/, '')
        .replace(/\s+/g, ' ');
    return trimEnd(spaced, ' :.!?…-').toLowerCase();
}
/** Where the section a heading opens ends: at the next heading of its level or higher, or at `limit`. */
function headingEnd(headings, heading, limit) {
    let ends = headingEnds.get(headings);
    if (!ends) {
        ends = endsOf(headings);
        headingEnds.set(headings, ends);
    }
    return Math.min(ends.get(heading) ?? limit, limit);
}
/** The ends of a list of headings, found once for all of them: looking ahead from each was quadratic (80,000 headings, 43 s). */
const headingEnds = new WeakMap();
function endsOf(headings) {
    const ends = new Map();
    const open = [];
    for (const heading of headings) {
        while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= heading.depth)
            ends.set(open.pop(), heading.index);
        open.push(heading);
    }
    return ends;
}
/** The first section of each kind among the ticket's headings (of `depth` only, when given). */
function findSections(blocks, headings, names, depth) {
    const found = [];
    for (const heading of headings) {
        if (depth !== undefined && heading.depth !== depth)
            continue;
        const kinds = names.kindsOf(heading.text).filter((kind) => !found.some(({ section }) => section.kind === kind));
        if (kinds.length === 0)
            continue;
        const end = headingEnd(headings, heading, blocks.length);
        const content = blocks.slice(heading.index + 1, end);
        const isEmpty = content.every((block) => block.type === 'html' && HTML_COMMENT.test(block.value.trim()));
        const endLine = lastContentLine(blocks, heading.index, end);
        for (const kind of kinds)
            found.push({ start: heading.index, end, section: { kind, heading: heading.text, line: heading.line, endLine, isEmpty } });
    }
    return found;
}
/** A section's criteria: its list items; where it has none, the lines of its fenced command blocks. */
function criteriaOf(blocks, range) {
    const content = blocks.slice(range.start + 1, range.end);
    const items = [];
    for (const block of content) {
        if (block.type !== 'list')
            continue;
        for (const item of block.children) {
            const first = item.children[0];
            const text = (first && first.type !== 'list' ? (0,lib/* toString */.d)(first) : '').trim().replace(CHECKBOX, '');
            items.push({ text, line: markdown_document_startLine(item) });
        }
    }
    if (items.length > 0)
        return items;
    for (const block of content) {
        if (block.type !== 'code')
            continue;
        block.value.split('\n').forEach((commandLine, offset) => {
            const text = commandLine.trim();
            if (text !== '' && !text.startsWith('#') && !text.startsWith('//'))
                items.push({ text, line: markdown_document_startLine(block) + 1 + offset });
        });
    }
    return items;
}

;// CONCATENATED MODULE: ./src/core/parse/build-ticket.ts





const NEW_FILES_HEADING = /^(?:key )?(?:files to create|new files)$/;
/**
 * The blocks a "Files to create" heading opens, and the list right after a paragraph that is such a
 * label alone in bold (`**Key Files to Create:**`): the same declaration in other markup.
 */
function newFilesRanges(nodes, headings) {
    const ranges = headings.filter((heading) => NEW_FILES_HEADING.test(normalizeHeading(heading.text))).map((heading) => ({ start: heading.index, end: headingEnd(headings, heading, nodes.length) }));
    nodes.forEach((node, index) => {
        const isLabel = node.type === 'paragraph' && node.children[0]?.type === 'strong' && NEW_FILES_HEADING.test(normalizeHeading((0,lib/* toString */.d)(node)));
        if (isLabel && nodes[index + 1]?.type === 'list')
            ranges.push({ start: index, end: index + 2 });
    });
    return ranges;
}
/**
 * A plan step's title that opens with a verb of making: "Create …", "Scaffold …", "Generate …". Fewer
 * verbs than intent.ts reads right before a path: a step titled "Add …" or "Write …" as often puts
 * something into a file that is there ("T002 Add dependency declarations in …/pom.xml").
 */
const STEP_CREATES = /^(?:(?:create|scaffold|generate|crear|generar|criar|gerar|créer|générer|erstelle|erstellen|crea|creare|generare)\b|创建|新建|生成|建立|創建)/iu;
/** A plan step's title that opens with a verb of changing: "Update …", "Migrate …", "Refactor …". */
const STEP_CHANGES = /^(?:(?:update|modify|edit|change|fix|refactor|extend|patch|migrate|actualizar|modificar|editar|cambiar|corregir|refactorizar|migrar|atualizar|alterar|corrigir|refatorar|modifier|corriger|migrer|aktualisiere|aktualisieren|ändere|ändern|migriere|migrieren|aggiorna|aggiornare|modificare|correggi|correggere|migra|migrare)\b|更新|修改|修复|重构|迁移|修復|重構|遷移)/iu;
/** A plan step's title that opens with a verb of running: "Run …", "Execute …", "执行 …". */
const STEP_RUNS = /^(?:(?:run|execute|ejecutar|executar|exécuter|ausführen)\b|运行|执行|運行|執行)/iu;
/** A file a program runs: a script of the shell or of an interpreter. */
const SCRIPT_FILE = /\.(?:sh|bash|zsh|ps1|bat|cmd|py|js|mjs|cjs|ts|rb|pl)$/i;
/** What a plan step's title says it does to its files: `T004 Create the option model in src/model/CliOptions.java` creates. */
function stepVerbIntent(title) {
    if (title === undefined)
        return undefined;
    if (STEP_CREATES.test(title))
        return 'create';
    if (STEP_RUNS.test(title))
        return 'run';
    return STEP_CHANGES.test(title) ? 'modify' : undefined;
}
/**
 * What the step's verb says it does to a file it names with no word of its own: a step changes the files
 * it names with their folders (a name alone may be a module it documents, `Gram.JSON`), and runs the
 * scripts it names, which it does not write ("T127 执行性能基准测试 scripts/benchmark.sh").
 */
function stepIntentOf(stepIntent, path) {
    if (stepIntent === 'run')
        return SCRIPT_FILE.test(path) ? 'use' : undefined;
    return stepIntent === 'modify' && !path.includes('/') ? undefined : stepIntent;
}
/** Backlog.md writes `<!-- SECTION:DESCRIPTION:BEGIN -->` and `…:END -->` around the text of a section. */
const SECTION_MARKER = /<!--\s*SECTION:[\w-]+:(BEGIN|END)\s*-->/g;
/** The headings that open sections: not those inside a section's markers, which are its author's text. */
function sectionHeadingsOf(nodes) {
    const inMarkedText = new Set();
    let inside = false;
    nodes.forEach((node, index) => {
        if (node.type === 'html') {
            const last = [...node.value.matchAll(SECTION_MARKER)].at(-1);
            if (last)
                inside = last[1] === 'BEGIN';
        }
        else if (inside && node.type === 'heading')
            inMarkedText.add(index);
    });
    const headings = headingsOf(nodes);
    return inMarkedText.size === 0 ? headings : headings.filter((heading) => !inMarkedText.has(heading.index));
}
/** A ticket from the span its format marked out: its sections, criteria, pointers, prose and lifecycle. */
function buildTicket(span, { path, source, format, names, collector, status }) {
    const { nodes } = span;
    const headings = sectionHeadingsOf(nodes);
    const sectionRanges = span.sectionDepth === null ? [] : findSections(nodes, headings, names, span.sectionDepth);
    const acceptance = sectionRanges.find(({ section }) => section.kind === 'acceptance');
    const context = sectionRanges.find(({ section }) => section.kind === 'context');
    const newFiles = newFilesRanges(nodes, headings);
    // Evidence names what was observed; only a section of the work's files declares them.
    const declaringContext = format.contextIsEvidence ? undefined : context;
    const { pointers: collected, prose, droppedPointers } = collector.collect(nodes, {
        context: declaringContext,
        acceptance,
        newFiles,
        ...(span.declared ? { declared: span.declared } : {}),
        ...(span.declaredItems ? { items: span.declaredItems } : {}),
        ...(span.commands ? { commands: span.commands } : {}),
    });
    // By place in the file, not by line: an element may share its lines with the next (`</execution_context><context>`).
    const othersFiles = span.othersFiles ?? [];
    const offsetOf = (pointer) => (source.lineStarts[pointer.line - 1] ?? 0) + pointer.column - 1;
    // A file it loads from the repository (`@.agent/get-shit-done/workflows/x.md`, a local install, or a
    // tracked file through a laptop copy, `@/Users/ana/<name>/.planning/…`) is the repository's all the same.
    const fromRepository = (pointer) => pointer.declared && (!isOffCheckout(pointer.path) || collector.hints.isTrackedFile?.(copyPath(pointer.path, collector.hints.rootName) ?? '') === true);
    const othersOwn = (pointer) => !fromRepository(pointer) && othersFiles.some(({ start, end }) => offsetOf(pointer) >= start && offsetOf(pointer) < end);
    const pointers = othersFiles.length === 0 ? collected : collected.filter((pointer) => !othersOwn(pointer));
    const lifecycle = lifecycleOf(path, span.status, status);
    // An open step of a plan names the files the plan works on, some of them still to be written; done
    // work names files that should be there. The step's own verb is what it does to the files it names
    // with no word of their own.
    const stepIntent = format.unit === 'step' ? stepVerbIntent(span.title) : undefined;
    for (const pointer of pointers) {
        const unmarked = format.unit === 'step' && pointer.declared && pointer.intent === undefined;
        const intent = stepIntentOf(stepIntent, pointer.path);
        const there = intent === 'modify' || intent === 'use';
        if (lifecycle.state === 'done')
            delete pointer.planned;
        else if (unmarked && !there)
            pointer.planned = true;
        if (unmarked && intent !== 'use')
            pointer.writes = true;
        if (unmarked && intent !== undefined)
            pointer.intent = intent;
    }
    const headingCriteria = acceptance ? criteriaOf(nodes, acceptance) : [];
    const sections = [...sectionRanges.map(({ section }) => section)];
    for (const field of span.sections ?? [])
        if (!sections.some((section) => section.kind === field.kind))
            sections.push(field);
    return {
        file: path,
        line: span.line,
        endLine: span.endLine,
        anchorLine: span.anchorLine,
        ...(span.id !== undefined ? { id: span.id } : {}),
        ...(span.idKey !== undefined ? { idKey: span.idKey } : {}),
        ...(span.idLine !== undefined ? { idLine: span.idLine } : {}),
        ...(span.title !== undefined ? { title: span.title } : {}),
        text: textOfLines(source, span.line, span.endLine),
        ...(span.frontmatter ? { frontmatter: span.frontmatter } : {}),
        ownsFrontmatter: span.ownsFrontmatter,
        format: format.name,
        requiredSections: format.sections,
        unit: format.unit,
        lifecycle,
        sections,
        criteria: headingCriteria.length > 0 || !span.criteria ? headingCriteria : span.criteria,
        pointers,
        ...(droppedPointers > 0 ? { droppedPointers } : {}),
        prose,
        dependsOn: span.dependsOn,
        parallel: span.parallel,
        parallelScope: span.parallelScope ?? '',
        siblingsInParallel: format.siblingsInParallel === true,
        ...(format.inlinesContext ? { inlinesContext: true } : {}),
        ...(span.parent ? { parent: span.parent } : {}),
    };
}
/** Done when the status word says so, the task is checked, or the ticket lies in a folder of finished tickets; open otherwise. */
function lifecycleOf(path, mark, vocabulary) {
    const word = mark?.word?.trim();
    const fromWord = word ? vocabulary.stateOf(word) : undefined;
    const status = word ? { status: { word, line: mark?.line ?? 1, known: fromWord !== undefined } } : {};
    if (fromWord === 'done')
        return { state: 'done', ...status };
    if (mark?.checked)
        return { state: 'done', doneBecause: 'its task is checked', ...status };
    if (inDoneFolder(path))
        return { state: 'done', doneBecause: 'it is in a folder of finished tickets', ...status };
    return { state: 'open', ...status };
}
/**
 * A parsed file made ready to go to the thread that has its text, without that text: a message copies
 * every string, and 10,000 tickets sent whole kept three copies of their text where one does. Only
 * when the file's text is the text given (a CRLF file's is not); false otherwise, the file untouched.
 */
function detachText(file, text) {
    if (file.source.text !== text)
        return false;
    file.source = { text: '', lineStarts: file.source.lineStarts };
    for (const ticket of file.tickets)
        ticket.text = '';
    return true;
}
/** A file from detachText given back its text, every ticket's text a view of it. */
function attachText(file, text) {
    file.source = { text, lineStarts: file.source.lineStarts };
    for (const ticket of file.tickets)
        ticket.text = textOfLines(file.source, ticket.line, ticket.endLine);
    return file;
}
function textOfLines(source, first, last) {
    const start = source.lineStarts[first - 1] ?? 0;
    const next = source.lineStarts[last];
    return source.text.slice(start, next ?? source.text.length);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/parse/commands.ts



/** Fenced blocks of commands, whose arguments are read as mentions; code in other languages is not read. */
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh', 'fish', 'console', 'shell-session', 'powershell', 'ps1', 'pwsh', 'cmd', 'bat']);
/** The words of a command: split at spaces and shell operators; quoted strings are patterns and messages, not files. */
const COMMAND_SEGMENT = /[^;&|]+/g;
const COMMAND_WORD = /[^\s<>=()]+/g;
/**
 * What a command does to its file arguments, by its verb: `rm` deletes them, `touch` creates them,
 * `cp` creates its last, `mv` creates its last and takes the others away, as a deletion does.
 */
const DELETING = new Set(['rm', 'rmdir', 'unlink', 'git rm']);
const CREATING = new Set(['touch', 'mkdir']);
const COPYING = new Set(['mv', 'cp', 'ln', 'git mv']);
const MOVING = new Set(['mv', 'git mv']);
/** A backslash escape (`\\"` in `"d[\\"key\\"]"`), blanked before quotes are paired: it quotes nothing. */
const ESCAPED = /\\./g;
const QUOTED = /'[^']*'|"[^"]*"/g;
/** `<REPO USED FOR THE INDEX>`: a placeholder, as no shell syntax opens `<` on a word (a redirection is `< file`). */
const PLACEHOLDER_SPAN = /<[A-Za-z][^<>\n]*>/g;
/** Commands that check at run time whether a file is there (`test -f x`, `[ -f x ]`): they do not say it is there now. */
const CHECKING = new Set(['test', '[']);
/** Code that is a command: a code span with a space in it (`npx tsx scripts/run.ts --config a.json`). */
const isCommand = (code) => /\s/.test(code.trim());
/**
 * A code span with a space is a command, unless it is a tracked file's or folder's path as a whole
 * (`backlog/tasks/task-35 - Tuning.md`, `ios-native/Kitchen Manager/`).
 */
function isCommandSpan(code, hints) {
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
function programAt(words) {
    let at = 0;
    while (PREFIXES.has(words[at] ?? ''))
        at += 1;
    return at;
}
/**
 * Which word of a command is the file it runs: the program when written as a path (a shell runs a word
 * with a `/` in it as that file, not from the PATH: `./gradlew`, `scripts/deploy.sh`), or the first
 * argument of an interpreter. Undefined when the command runs a program from the PATH alone.
 * `relativeOnly`: a code span in prose is a command only by its look; its program counts when written
 * as one (`./x`), not when the span may be a path with a space (`docs/doc-2 - Shadow.md`).
 */
function runFileIndex(words, relativeOnly = false) {
    const verbAt = programAt(words);
    const verb = words[verbAt] ?? '';
    if (PATTERN_OR_LIST.test(verb))
        return undefined;
    if (RELATIVE_PROGRAM.test(verb) || (!relativeOnly && verb.includes('/')))
        return verbAt;
    if (!INTERPRETERS.has(verb))
        return undefined;
    const argument = words.findIndex((word, index) => index > verbAt && !word.startsWith('-'));
    return argument === -1 || PATTERN_OR_LIST.test(words[argument] ?? '') ? undefined : argument;
}
/** The intent of each word of one command (a run of words between `;`, `&&` and `|`), by its verb. */
function commandIntents(words) {
    let verbAt = programAt(words);
    let verb = words[verbAt] ?? '';
    if (verb === 'git') {
        verbAt += 1;
        verb = `git ${words[verbAt] ?? ''}`;
    }
    const args = words.map((word, index) => index > verbAt && !word.startsWith('-'));
    const lastArg = args.lastIndexOf(true);
    return words.map((_, index) => {
        if (!args[index])
            return undefined;
        if (DELETING.has(verb))
            return 'delete';
        if (CREATING.has(verb))
            return 'create';
        if (!COPYING.has(verb))
            return undefined;
        if (index === lastArg)
            return 'create';
        return MOVING.has(verb) ? 'delete' : undefined;
    });
}
/**
 * The command lines of a shell block with their offsets in the file: a prompt (`$ `) taken off,
 * comments dropped, and in a console block only the prompted lines (the rest is output).
 */
function shellCommands(node, text) {
    const promptsOnly = node.lang?.toLowerCase() === 'console';
    const commands = [];
    for (const { line, offset: lineOffset } of codeLines(node, text)) {
        const prompt = /^\s*[$>]\s/.exec(line);
        if ((promptsOnly && !prompt) || /^\s*#/.test(line))
            continue;
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
function codeLines(node, text) {
    const start = node.position?.start.offset;
    if (start === undefined)
        return [];
    const fence = text.indexOf('\n', start);
    if (fence === -1)
        return [];
    const lines = [];
    let offset = fence + 1;
    for (const line of node.value.split('\n').map((value) => value.trimEnd())) {
        const lineOffset = text.indexOf(line, offset);
        if (lineOffset === -1)
            break;
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
function taskPrompt(line) {
    const match = TASK_PROMPT.exec(line.command.trimStart());
    if (match === null)
        return undefined;
    const start = line.offset + (line.command.length - line.command.trimStart().length) + match[0].indexOf('"') + 1;
    return { start, end: start + (match[1] ?? '').length };
}
/** How each language marks a comment, past the code or a space: prose its author wrote for the reader. */
const C_LIKE = /(?:^|\s)(?:\/\/+!?|\/\*+!?)\s|^\s*\*\s/;
const HASH = /(?:^|\s)#+\s/;
const DASHES = /(?:^|\s)--\s/;
const MARKUP = /<!--\s/;
const COMMENTS = new Map([
    ...'js javascript jsx mjs cjs ts typescript tsx rust rs go java kotlin kt c h cpp c++ cc cs csharp swift scala dart php css scss less zig groovy jsonc json5 proto'.split(' ').map((language) => [language, C_LIKE]),
    ...'python py ruby rb yaml yml toml perl pl r elixir ex exs makefile make dockerfile nix graphql gql ini conf cmake'.split(' ').map((language) => [language, HASH]),
    ...'haskell hs sql lua elm purescript'.split(' ').map((language) => [language, DASHES]),
    ...'html xml svg vue svelte'.split(' ').map((language) => [language, MARKUP]),
]);
/**
 * The comments of a block of code in another language than the shell, by their offsets in the file:
 * prose its author wrote for the reader. A block of no known language has none (its `--` may be an argument).
 * `names`: the block's first line is a comment of one word, a file's name (`// scripts/seed.ts`): the
 * file the code is for, which the block writes.
 */
function codeComments(node, text) {
    const marker = COMMENTS.get(node.lang?.toLowerCase() ?? '');
    if (marker === undefined)
        return [];
    const comments = [];
    for (const [index, { line, offset: lineOffset }] of codeLines(node, text).entries()) {
        const comment = marker.exec(line);
        if (comment === null)
            continue;
        const commentStart = lineOffset + comment.index + comment[0].length;
        comments.push({ start: commentStart, end: lineOffset + line.length, names: index === 0 && /^\S+\s*$/.test(line.slice(comment.index + comment[0].length)) });
    }
    return comments;
}
/** `a/b` read from `folder`: the path from the repository root; a trailing `/` kept. */
function inFolder(folder, written) {
    const joined = external_node_path_default().posix.join(folder, written);
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
function commandFolder(target, from, hints) {
    if (target === undefined || target === '' || target === '-' || /^[~$]/.test(target))
        return undefined;
    if (isMachinePath(target) || /^[A-Za-z]:\//.test(target)) {
        const inside = copyPath(trimEnd(target, '/'), hints.rootName);
        return inside === '' || (inside !== undefined && hints.topLevelEntries.has(inside.split('/')[0] ?? '')) ? inside : undefined;
    }
    if (target.startsWith('/') || from === undefined)
        return undefined;
    // `cd superpowers` from where the author keeps the checkout: the repository's root folder, not one of its folders.
    const [first = '', ...rest] = trimEnd(target, '/').split('/');
    if (from === '' && first === hints.rootName && !hints.topLevelEntries.has(first))
        return commandFolder(rest.join('/') || '.', '', hints);
    // From the root, a folder the repository does not have is another checkout (`cd evals`, a separate repository).
    if (from === '' && first !== '..' && first !== '.' && !hints.topLevelEntries.has(first))
        return undefined;
    const folder = trimEnd(external_node_path_default().posix.normalize(external_node_path_default().posix.join(from, target)), '/');
    return folder === '..' || folder.startsWith('../') ? undefined : folder === '.' ? '' : folder;
}
/**
 * The folder a `cd` from the root enters when the repository does not have it: another checkout (a
 * separate repository cloned inside, `cd evals`), or a folder the work makes. Undefined for any other `cd`.
 */
function otherCheckout(target, from, hints) {
    if (from !== '' || target === undefined || /^[~$/.-]|^[A-Za-z]:\//.test(target))
        return undefined;
    const folder = trimEnd(external_node_path_default().posix.normalize(target), '/');
    const first = folder.split('/')[0] ?? '';
    return first === '' || first === '..' || first === hints.rootName || hints.topLevelEntries.has(first) ? undefined : folder;
}
/** The lines of a command text a format defines (GSD's `<automated>`), with their offsets; blank lines and `<!-- comments -->` skipped. */
function commandLines(text, range) {
    const lines = [];
    let offset = range.start;
    for (const line of text.slice(range.start, range.end).split('\n')) {
        const command = line.trim();
        if (command !== '' && !command.startsWith('<!--'))
            lines.push({ command, offset: offset + line.indexOf(command) });
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
function codeBlockLines(node, text) {
    const language = node.lang?.toLowerCase() ?? '';
    const shell = SHELL_LANGUAGES.has(language);
    const commands = [];
    const prompts = [];
    if (!shell && !TEXT_LANGUAGES.has(language))
        return { shell, commands, prompts };
    for (const line of shellCommands(node, text)) {
        const prompt = taskPrompt(line);
        if (prompt !== undefined)
            prompts.push(prompt);
        else if (shell)
            commands.push(line);
    }
    return { shell, commands, prompts };
}
/**
 * A block of code as a ticket's reader reads it, in a Markdown ticket or a data format's field: a shell
 * block's lines are commands; another language's comments, and spec-kit's task prompts, are prose; the
 * code itself is not read. Offsets are in `text`.
 */
function readCodeBlock(node, text, reader) {
    const { shell, commands, prompts } = codeBlockLines(node, text);
    if (shell)
        reader.commands(commands);
    else
        for (const comment of codeComments(node, text))
            reader.prose(comment.start, comment.end, comment.names);
    for (const prompt of prompts)
        reader.prose(prompt.start, prompt.end, false);
}
/** Where `bash -c`, `sh -c` or `zsh -c` opens the quoted command line it runs. */
const SHELL_C = /(?:^|[;&|(][ \t]*)(?:bash|sh|zsh)[ \t]+-c[ \t]+(?=["'])/g;
/**
 * The command lines `bash -c "…"` runs (`bash -c "cd /home/ana/<name> && uv run pytest"`): a shell reads
 * the quoted argument as a command line of its own. Each with its offset in `command`.
 */
function shellCArguments(command) {
    const found = [];
    for (const match of command.matchAll(SHELL_C)) {
        const open = (match.index ?? 0) + match[0].length;
        const quote = command.charAt(open);
        let close = open + 1;
        // In double quotes a backslash escapes the next character (`\"`); in single quotes nothing is escaped.
        while (close < command.length && command.charAt(close) !== quote)
            close += quote === '"' && command.charAt(close) === '\\' ? 2 : 1;
        if (close < command.length)
            found.push({ text: command.slice(open + 1, close), start: open + 1 });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/prose-sentence.ts

/** What opens a field before its value: a list marker, a checkbox, a label (`- [ ] **File:**`). */
const FIELD_OPENING = /^\s*(?:[-*+>]\s+|\d+[.)]\s+)?(?:\[[ xX-]\]\s+)?(?:[*_]*[\p{L}][\p{L}\p{N} _-]{0,40}[*_]*:[*_]*(?=\s|$))?/u;
/** A word of prose: letters, not a path; joining words between paths (`a.ts and b.ts`) are not prose. */
const PROSE_WORD_OF_FIELD = /(?<![^\s"'(])(?!(?:and|or|und|et|y)\b)\p{L}[\p{L}'’-]*[.,:;!?]*(?=[\s"')]|$)/gu;
/**
 * Prose a ticket declares its files in (Task Master's details, a context paragraph) declares the paths it
 * lists; a machine path a sentence of it leads to ("mount the volume for storage (/mnt/smb/downloads)",
 * "logs go to /var/log/app") says where the program runs, which no session reads. A format's task line
 * (spec-kit: "T012 Implement X in /mnt/c/…/x.java") is a path field: the format puts the files there.
 */
function inSentence(raw, before) {
    if (!isOffCheckout(raw))
        return false;
    PROSE_WORD_OF_FIELD.lastIndex = FIELD_OPENING.exec(before)?.[0].length ?? 0;
    return PROSE_WORD_OF_FIELD.test(before);
}

;// CONCATENATED MODULE: ./src/core/text/unwrap.ts

const OPENERS = '([{<"\'*_~';
const CLOSERS = ')]}>"\'*_~';
const EMPHASIS_MARKS = '*_~';
const CODE_OPENERS = '([{<"\'';
const CODE_CLOSERS = ')]}>"\'';
/** `~` alone or before `/` at `start`: the home folder. */
function isHome(word, start) {
    return word.charAt(start) === '~' && (start + 1 === word.length || word.charAt(start + 1) === '/');
}
/** A word without the brackets, quotes and emphasis around it: `(src/a.ts)`, `_path_`, `"path"`. */
function unwrap(word) {
    let start = 0;
    // `~/` is a home folder, as the shell reads it, not Markdown's strikethrough.
    while (start < word.length && OPENERS.includes(word.charAt(start)) && !isHome(word, start))
        start += 1;
    const inner = trimEnd(word.slice(start), CLOSERS);
    const closing = word.slice(start + inner.length);
    // Emphasis opens and closes: a mark nothing closes is part of the name (`__init__.py`, `_config.yml`).
    const unclosed = [...word.slice(0, start)].findIndex((mark) => EMPHASIS_MARKS.includes(mark) && !closing.includes(mark));
    return unclosed === -1 ? inner : word.slice(unclosed, start) + inner;
}
/** A word of code without the brackets and quotes around it: code has no emphasis (`tests/__snapshots__`, `*.py`). */
function unwrapCode(word) {
    let start = 0;
    while (start < word.length && CODE_OPENERS.includes(word.charAt(start)))
        start += 1;
    return trimEnd(word.slice(start), CODE_CLOSERS);
}

;// CONCATENATED MODULE: ./src/core/parse/laptop-copy.ts




/** A `cd`'s target in quotes, as a shell reads it: one word, spaces and all (`cd "/home/ana/desktop x/app"`). */
const QUOTED_CD_TARGET = /^[\s(]*cd\s+(["'])([^"'\n]+)\1/;
/** The folder a `cd` segment of a command enters, quoted or not, and where it stands in the segment. */
function cdTarget(segment) {
    const quoted = QUOTED_CD_TARGET.exec(segment);
    if (quoted)
        return { target: quoted[2] ?? '', at: (quoted.index ?? 0) + quoted[0].indexOf(quoted[1] ?? '') + 1 };
    const plain = /^[\s(]*cd\s+([^\s"'()]+)/.exec(segment);
    return plain ? { target: plain[1] ?? '', at: plain[0].length - (plain[1] ?? '').length } : undefined;
}
/**
 * The repository folder that a folder on the author's machine is a copy of, by the paths the command
 * names once it is there: the tail of the machine path ('' the root; up to three folders) under which
 * one of them, written with a folder, is a tracked file (`cd "/home/ana/desktop x/app/web" && npm test
 * -- src/a.test.ts` with `web/src/a.test.ts` tracked). `rest`: the command's segments after the `cd`.
 */
function copyByItsPaths(target, rest, hints) {
    const isTracked = hints.isTrackedFile;
    const folderPath = target.replaceAll('\\', '/');
    if (isTracked === undefined || !isAuthorsFolder(folderPath))
        return undefined;
    const segments = trimEnd(folderPath, '/').split('/').filter((segment) => segment !== '');
    for (let length = Math.min(3, segments.length - 2); length >= 0; length -= 1) {
        const tail = segments.slice(segments.length - length).join('/');
        let folder = tail;
        for (const segment of rest) {
            const entered = cdTarget(segment);
            if (entered !== undefined)
                folder = /^[~/$]|^[A-Za-z]:/.test(entered.target) || folder === undefined ? undefined : external_node_path_default().posix.join(folder, entered.target);
            else if (folder !== undefined && (segment.match(/[^\s"'<>=()]+/g) ?? []).some((word) => word.includes('/') && !/^(?:[-~/$]|\.\.|[A-Za-z]:)/.test(word) && isTracked(external_node_path_default().posix.join(folder ?? '', word))))
                return tail;
        }
    }
    return undefined;
}
function commandSegments(command, unquoted) {
    return [...unquoted.matchAll(COMMAND_SEGMENT)].map((match) => ({ text: match[0], index: match.index ?? 0, own: command.slice(match.index ?? 0, (match.index ?? 0) + match[0].length) }));
}
/** The `cd` a command's segment runs, from the folder `from` ('' the root; undefined outside the repository). */
function cdOf(segments, position, from, hints) {
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

;// CONCATENATED MODULE: ./src/core/parse/intent.ts

/** A verb of making, followed by a space: "implement", "sets up", "building". */
const MAKING_VERB = /(?:^|[^\p{L}])(?:implement|develop|set up|build|establish)(?:s|ed|ing)?(?= |$)/gu;
const ENDS_WITH_IN = /(?:^| )in ?$/;
/**
 * "implement the orchestrator in " (lower-cased text whose runs of spaces are one): a verb of making, at most eight
 * words (no `.` or code between) and "in" at the end. Written as code, not one pattern: a pattern of up to
 * eight words before "in" backtracks over every start of a long run of words.
 */
function isImplementedIn(text) {
    const ending = ENDS_WITH_IN.exec(text);
    if (ending === null)
        return false;
    const head = text.slice(0, ending.index);
    let last;
    for (const match of head.matchAll(MAKING_VERB))
        last = match;
    if (last === undefined)
        return false;
    const between = head.slice((last.index ?? 0) + last[0].length);
    const words = between === '' ? [] : between.slice(1).split(' ');
    return words.length <= 8 && words.every((word) => word !== '' && !/[.`\n]/.test(word));
}
/**
 * A verb right before the path, with only articles and kind words between, or a cell of its table row
 * (`| **Create** | \`x\` |`, a File Map's Action column): "Create `x`", "add a new
 * test file `x`", "Create/modify `x`" (it may not be there yet), "New file: `x`", "Output: `x`" (what a build makes), "Delete `x`", "git rm `x`", "Move `x` → `y`", "Update `x`",
 * "In `x`, …" opening a sentence. A verb further off ("Add a
 * section to `README.md`") says nothing of the path.
 */
const BEFORE = [
    ['create', /(?:^|[^\p{L}])(?:(?:create|add)\/(?:modify|update|edit)|create[sd]?|creating|add(?:s|ed|ing)?|new|write|writes|writing|generate[sd]?|outputs?|produce[sd]?|scaffold(?:s|ed)?|introduce[sd]?|or an?)(?: (?:a|an|the|empty|separate|own|dedicated|file|files|test|tests|module|script|folder|directory|helper|component|doc|page))*[ :|]*$/u],
    // A file moved or renamed leaves its place as a deleted one does: once the work is done it is gone.
    ['delete', /(?:^|[^\p{L}])(?:delete[sd]?|deleting|remove[sd]?|removing|rm|drop(?:s|ped)?|retire[sd]?|move[sd]?|moving|rename[sd]?|renaming|mv)(?: (?:-r|-rf|the|old|obsolete|legacy|existing|current|file|files|folder|directory))*[ :|]*$/u],
    // "In `src/App.tsx`, pass …", "In both `a` and `b`, render …": the work happens inside the file, which must be there.
    ['modify', /(?:^|["*_]|[:>#|\]-](?=[ \t]))[ \t]*in(?: both| either)?(?: the)?(?: existing)?[ \t]+(?:`[^`\n]*`(?: and| or|,)?[ \t]+)*$/u],
    // What the work takes from a path ("port logic from `x`", "call `f()` from `x`", "per `x`") must be
    // there for the work to take it; the source of a move is left behind.
    ['delete', /(?:^|[^\p{L}])(?:moved|renamed|migrated)[ ]+from[ :]*$/u],
    ['use', /(?:^|[^\p{L}])(?:from|per|based on|according to|mirror(?:s|ing)?|following)[ :]*$/u],
    ['modify', /(?:^|[^\p{L}])(?:update[sd]?|updating|modif(?:y|ies|ied|ying)|edit(?:s|ed|ing)?|change[sd]?|changing|fix(?:es|ed|ing)?|refactor(?:s|ed|ing)?|extend(?:s|ed|ing)?|patch(?:es|ed|ing)?)(?: (?:the|existing|current|file|files))*[ :|]*$/u],
    // "Implement the orchestrator in `x`", "Set up a registry in `x`": the work writes what it makes into the file, which may be new.
    ['write', { test: isImplementedIn }],
    ['write', /(?:^|[^\p{L}])implement(?:s|ed|ing)?(?: (?:the|a|an|file|module))*[ :|]*$/u],
    // An action marker in brackets, as implementation plans head a file's part (`#### [NEW] [x](file:///…)`,
    // `[MODIFY] \`x\``): the author's word for what the work does to it, before its link or code span.
    ['create', /\[(?:new|create|add)\][ ]*(?:\[[^\]\n]*\]\(|\[)?[`*_]*$/u],
    ['modify', /\[(?:modify|update|edit)\][ ]*(?:\[[^\]\n]*\]\(|\[)?[`*_]*$/u],
    ['delete', /\[(?:delete|remove)\][ ]*(?:\[[^\]\n]*\]\(|\[)?[`*_]*$/u],
    // The same verbs in the other languages tickets are written in: an author's intent does not depend on
    // the language. Spanish, Portuguese, French, German, Italian (verb first, as in English), then Chinese, whose
    // verb stands right before its object with no space.
    ['create', /(?:^|[^\p{L}])(?:crear|crea|cree|añadir|añade|agregar|agrega|generar|genera|nuevo|nueva|criar|crie|cria|adicionar|adicione|gerar|gere|novo|nova|créer|créez|crée|ajouter|ajoutez|générer|nouveau|nouvelle|erstelle|erstellen|neue|neuen|crea|creare|creato|creata|aggiungi|aggiungere|aggiunto|aggiunta|nuovo|nuova)(?: (?:el|la|un|una|archivo|fichero|o|um|uma|arquivo|le|une|fichier|die|das|den|eine|einen|datei|il|lo|uno|file|test|helper|modulo|script|componente))*[ :|]*$/u],
    ['delete', /(?:^|[^\p{L}])(?:eliminar|elimina|borrar|borra|quitar|quita|mover|mueve|renombrar|renombra|remover|remova|excluir|exclua|apagar|apague|renomear|supprimer|supprimez|déplacer|renommer|lösche|löschen|entferne|entfernen|verschiebe|verschieben|eliminare|eliminato|rimuovi|rimuovere|rimosso|cancella|cancellare|sposta|spostare|spostato|rinomina|rinominare|rinominato)(?: (?:el|la|archivo|fichero|o|arquivo|le|fichier|die|das|den|datei|il|lo|file))*[ :|]*$/u],
    ['modify', /(?:^|[^\p{L}])(?:actualizar|actualiza|modificar|modifica|editar|edita|corregir|corrige|cambiar|cambia|refactorizar|atualizar|atualize|modifique|edite|corrigir|corrija|alterar|altere|refatorar|modifier|modifiez|mettre à jour|corriger|corrigez|aktualisiere|aktualisieren|ändere|ändern|bearbeite|bearbeiten|aggiorna|aggiornare|aggiornato|modificare|modificato|correggi|correggere|corretto)(?: (?:el|la|archivo|fichero|o|arquivo|le|fichier|die|das|den|datei|il|lo|file))*[ :|]*$/u],
    // Chinese in either script: Simplified, then Traditional (建立 "set up" and 創建 open a Taiwanese plan's steps of making).
    ['create', /(?:创建|新建|新增|添加|生成|编写|建立|創建|撰寫|編寫|產生)(?:一个|一個|新的|文件|檔案|脚本|腳本)*[ :：]*$/u],
    ['delete', /(?:删除|移除|删掉|移动|重命名|刪除|刪掉|移動|重新命名)(?:文件|檔案)?[ :：]*$/u],
    ['modify', /(?:更新|修改|修复|重构|编辑|修復|重構|編輯)(?:文件|檔案)?[ :：]*$/u],
    // "在 `x` 覆盖 …" opening a clause: Chinese for "In `x`, cover …", the work happens inside the file; not
    // "建立 model 在 `x`", "make a model in `x`", a place after its verb's object.
    ['modify', /(?:^|[^\p{L}\s])[ ]*在[ ]*$/u],
];
/**
 * After the path: "`x` (new)", "(new file)", "(new - 17 tests)", "(to be created)", "(does not exist yet)",
 * "`x` created with tests", "(deleted)"; not "`x` (new `mod tests`)", something new in the file.
 */
const AFTER = [
    // The next cell of its table row, when it names the action (`| \`x\` | **Create** — new interface |`).
    ['create', /^[`*_]*[ ]*\|[ *_]*(?:create[sd]?|new)\b/u],
    ['delete', /^[`*_]*[ ]*\|[ *_]*(?:delete[sd]?|remove[sd]?)\b/u],
    ['modify', /^[`*_]*[ ]*\|[ *_]*(?:modif(?:y|ied)|update[sd]?|edit(?:ed)?)\b/u],
    ['create', /^[`*_]*[ ]*(?:\((?:new(?=\)|[ ]*$|[ ]+[-—–]|[ ]+file\b|,)|to be created|created by this (?:task|ticket)|will be created|does not exist yet|not yet created)\b|(?:is |will be )?created\b|\(new\)|— new\b|- new\b)/u],
    ['delete', /^[`*_]*[ ]*(?:\((?:deleted|removed|to be (?:deleted|removed))\)|(?:is |will be )?(?:deleted|removed)\b)/u],
    // "(nuevo)", "(新建)", "（更新）" in CJK text's full-width brackets; Japanese and Korean put the verb after
    // its object: "`x` を作成", "`x`를 수정", "`x`に`f`メソッドを追加" (an addition goes into `x`).
    ['create', /^[`*_]*[ ]*[(（](?:nuevo|nueva|novo|nova|nouveau|nouvelle|neu|nuovo|nuova|新建|新增|新規|신규)[)）]/u],
    ['modify', /^[`*_]*[ ]*[(（](?:更新|修改|修正|変更|수정)[)）]/u],
    ['modify', /^[`*_]*[ ]*に[^。、\n]{0,40}追加/u],
    ['create', /^[`*_]*[ ]*(?:を[ ]*(?:新規)?(?:作成|追加|生成)|(?:(?:을|를)[ ]*)?(?:생성|작성|추가))/u],
    ['delete', /^[`*_]*[ ]*(?:を[ ]*(?:削除|移動)|(?:(?:을|를)[ ]*)?(?:삭제|제거))/u],
    ['modify', /^[`*_]*[ ]*(?:を[ ]*(?:更新|修正|変更|編集)|に[ ]*追加|(?:(?:을|를)[ ]*)?(?:수정|변경|업데이트))/u],
];
/** A path written right after a code span and "and" or "or": the next item of the same list. */
const JOINED_TO_SPAN = /`(?:[ ]*,)?[ ]+(?:and|or)[ ]+[`*_]*$/u;
/** The text before a joined item without its "and" or "or". */
function withoutJoin(text) {
    const trimmed = trimEnd(text, ' \t');
    const word = /(?:and|or)$/.exec(trimmed);
    return word !== null && !/\p{L}/u.test(trimmed.charAt(word.index - 1)) ? trimmed.slice(0, word.index) : text;
}
/**
 * The intent the words around a path state: `before` is the text of its line up to it, `after` the
 * text of its line after it, both lower-cased. Words win over nothing: no word, no intent.
 *
 * The patterns here are matched against lower-cased text, not with the `i` flag: a case-insensitive
 * Unicode pattern is built with the case variants of every letter it names, and building this file's
 * took most of the time a pull request's one ticket spent being parsed. The caller lower-cases the
 * words once for this and the other tests of the same words (isConditional, isStatedAbsent).
 */
function intentOf(before, after) {
    for (const [intent, pattern] of AFTER)
        if (pattern.test(after))
            return intent;
    // The CJK enumeration comma (`a`、`b`) separates a list's items as ", " does.
    const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '), before.lastIndexOf('、'), -1) + 1);
    // An item of a list after a label (`Output: \`a\` (model), \`b\``) is what the label says, as its first item is;
    // so is one joined to the item before it by "and" or "or" ("Create \`a\` or \`b\`").
    const items = (text) => `${trimEnd(withoutJoin(text.replace(/`[^`\n]*`|\([^()\n]*\)/g, '')), ' \t,、')} `;
    const own = JOINED_TO_SPAN.test(clause) ? items(clause) : clause;
    const listed = /^[\s`*_]*$/.test(own) ? items(before) : own;
    const words = listed.slice(-80).replace(/ {2,}/g, ' ');
    for (const [intent, pattern] of BEFORE)
        if (pattern.test(words))
            return intent;
    return undefined;
}
/** "`x` (if present)", "`x` if it exists", "`x` if any": the ticket makes the path's existence a condition. */
const CONDITION_AFTER = /^[`*_]*[ ]*\(?(?:if|when) (?:it |one )?(?:already )?(?:exists|is present|present|any)\b/u;
/** "If `x` already exists", "whether `x` is there". */
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless|whether)[ :]*$/u;
const EXISTS_AFTER = /^[`*_]*[ ]*(?:already |still )?(?:exists|is (?:there|present))\b/u;
/** True when the (lower-cased) words around a path say it may not be there: its existence is a condition. */
function isConditional(before, after) {
    return CONDITION_AFTER.test(after) || (CONDITION_BEFORE.test(before) && EXISTS_AFTER.test(after));
}
/** "`x` does not exist", "`x` is untracked", "untracked `x`": the ticket says the path is not in the repository. */
const ABSENT_AFTER = /^[`*_]*[ ]*(?:(?:does not|doesn't|do not|don't) exist(?!s)|(?:is |are )?(?:untracked|not tracked)\b)/u;
const ABSENT_BEFORE = /(?:^|[^\p{L}])untracked[ :]*$/u;
/** True when the (lower-cased) words around a path say it is not there: the ticket knows, and its absence is no news. */
function isStatedAbsent(before, after) {
    return ABSENT_AFTER.test(after) || ABSENT_BEFORE.test(before);
}
/** "sends PATCH `/api/v1/models/default`", "GET /health": what follows an HTTP method is a server's route, not a file. */
const HTTP_METHOD_BEFORE = /(?:^|[^\p{L}])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ ]+$/u;
/** True when a path written from `/` stands after an HTTP method: a route the server answers, as HTTP writes it. */
function isRoute(before, written) {
    return written.startsWith('/') && HTTP_METHOD_BEFORE.test(before);
}

;// CONCATENATED MODULE: ./src/core/parse/field-lists.ts
/** What joins two items of one list on a line: a comma, "and", "or", "&" (and any backticks or emphasis about them). */
const LIST_JOIN = /^[`*_ \t]*(?:,(?:[ \t]*(?:and|or))?|and|or|&)[`*_ \t]*$/u;
const JOINING_WORD = /^(?:and|or|&)$/u;
/** A name with an extension and no folder: `alert-dialog.tsx`. */
const BARE_FILE_NAME = /^[^/\\\s]+\.[A-Za-z0-9]+$/u;
/**
 * "web/src/components/ui/dialog.tsx, alert-dialog.tsx and progress.tsx": in a list of files, a bare name
 * right after a path with a folder is a file of that folder, as its author abbreviates, and so is each
 * bare name after it in the same run; unless none of the run is in that folder and one is at the root
 * ("`docs/testing.md`, `README.md`, `lefthook.yml`": the list is of paths from the root). Returns the
 * folder of each such name, by its start.
 */
function listedFolders(text, words, isTrackedFile = () => false) {
    const folders = new Map();
    // "and", "or" are words of a field's text too: they join its items, as a comma does.
    const ordered = words.filter(({ word }) => !JOINING_WORD.test(word)).sort((a, b) => a.start - b.start);
    let run;
    const close = () => {
        if (run === undefined)
            return;
        const { folder, names } = run;
        const fromRoot = !names.some(({ word }) => isTrackedFile(`${folder}/${word}`)) && names.some(({ word }) => isTrackedFile(word));
        if (!fromRoot)
            for (const { start } of names)
                folders.set(start, folder);
    };
    let previousEnd = -1;
    for (const item of ordered) {
        const joined = previousEnd !== -1 && LIST_JOIN.test(text.slice(previousEnd, item.start));
        if (joined && run !== undefined && BARE_FILE_NAME.test(item.word))
            run.names.push(item);
        else {
            close();
            run = item.word.includes('/') && !item.word.endsWith('/') ? { folder: item.word.slice(0, item.word.lastIndexOf('/')), names: [] } : undefined;
        }
        previousEnd = item.end;
    }
    close();
    return folders;
}
/** The text with every parenthesized remark holding a space blanked out, offsets kept, and where each remark was. */
function blankRemarks(text) {
    let result = text;
    const remarks = [];
    for (let open = result.indexOf('('); open !== -1; open = result.indexOf('(', open + 1)) {
        const close = result.indexOf(')', open);
        if (close === -1)
            break;
        const inside = result.slice(open, close + 1);
        if (/\s/.test(inside) && !inside.slice(1).includes('(')) {
            result = result.slice(0, open) + ' '.repeat(inside.length) + result.slice(close + 1);
            remarks.push({ start: open + 1, end: close });
        }
    }
    return { text: result, remarks };
}
const QUOTATION = /"[^"\n]*"/g;
/** A file name's ending, then spaces: what stands before a quoted part of the file. */
const AFTER_FILE_NAME = /\.[A-Za-z0-9]+[ \t]+$/;
/**
 * `02-PATTERNS.md "tests/integration/test_e2e.py" lines 477-495`: words in quotes right after a file's
 * name are a part of that file (a heading it has), not a path of their own. The text with them blanked.
 */
function blankQuotedParts(text) {
    return text.replace(QUOTATION, (quoted, at) => (AFTER_FILE_NAME.test(text.slice(Math.max(0, at - 40), at)) ? ' '.repeat(quoted.length) : quoted));
}

;// CONCATENATED MODULE: ./src/core/parse/paired-endings.ts
/**
 * `Source/UI/MidiRowView.h/.cpp`: a last part that is an ending alone names the file before it with that
 * ending too, as a C or C++ author names a header and its source at once. Undefined for any other path
 * (`config/.env` is a file of its own).
 */
function pairedEndings(written) {
    const slash = written.lastIndexOf('/');
    const ending = written.slice(slash + 1);
    if (slash <= 0 || !/^\.[A-Za-z0-9]{1,8}$/.test(ending))
        return undefined;
    const file = written.slice(0, slash);
    const dot = file.lastIndexOf('.');
    return dot > file.lastIndexOf('/') + 1 && /^\.[A-Za-z0-9]{1,8}$/.test(file.slice(dot)) ? [file, file.slice(0, dot) + ending] : undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/reading-place.ts

/** A path a command names, read in the folder the command runs in. */
function readIn(folder, written) {
    return { path: inFolder(folder, written), ranIn: { folder, written } };
}
/**
 * Where the place says a path is read from, when not where its markup says: a bare name in the folder of
 * its list's path before it, a path in the folder a `cd` took the command to, a link in the folder of the
 * document its list item describes.
 */
function placeOfReading(place, pointer) {
    if (place.listedIn !== undefined && pointer.base === 'root' && !pointer.path.includes('/'))
        return { path: `${place.listedIn}/${pointer.path}`, shorthandOf: pointer.path };
    if (place.from && pointer.base === 'root' && !/^[/~]|^[A-Za-z]:\//.test(pointer.path))
        return readIn(place.from, pointer.path);
    return place.documentFolder !== undefined && pointer.base === 'ticket' ? readInDocument(place.documentFolder, pointer.path) : {};
}
/** A link of a document a list item describes, read from the document's folder (Pointer.linkAsWritten); nothing above the root. */
function readInDocument(folder, written) {
    const path = inFolder(folder, written);
    return path.startsWith('../') ? {} : { path, base: 'root', linkAsWritten: written };
}

;// CONCATENATED MODULE: ./src/core/parse/path-like.ts


const KNOWN_EXTENSIONS = new Set(('ts tsx mts cts js jsx mjs cjs json jsonc json5 md mdx markdown txt rst adoc org yml yaml toml ini cfg conf ' +
    'env lock xml html htm css scss sass less styl svg png jpg jpeg gif webp ico bmp avif pdf csv tsv parquet ' +
    'py pyi pyx ipynb rb erb go mod sum rs java kt kts scala groovy gradle swift mm c h cc cpp cxx hpp hh cs fs ' +
    'vue svelte astro php pl pm sh bash zsh fish ps1 bat cmd sql graphql gql proto prisma tf tfvars hcl ' +
    'properties wasm zig lua dart ex exs erl hrl elm clj cljs hs ml mli nim jl sol tex bib snap patch diff ' +
    'tmpl tpl hbs ejs njk liquid mustache jinja j2 http rest sqlite db plist xib storyboard pbxproj ' +
    'lockb csproj sln vcxproj cmake mk').split(' '));
/** Dotfiles that are files; `.json` or `.md` alone is an extension being talked about. */
const KNOWN_DOTFILES = new Set(('gitignore gitattributes gitmodules editorconfig npmrc nvmrc node-version python-version ruby-version ' +
    'tool-versions prettierrc prettierignore eslintrc eslintignore babelrc dockerignore env envrc mailmap ' +
    'browserslistrc stylelintrc markdownlint.json markdownlint.yaml yamllint swcrc').split(' '));
const KNOWN_FILE_NAMES = new Set(('Makefile Dockerfile Containerfile Jenkinsfile Vagrantfile Gemfile Rakefile Procfile Justfile Brewfile ' +
    'Pipfile Podfile Cartfile Tiltfile Earthfile LICENSE LICENCE COPYING NOTICE AUTHORS CODEOWNERS README ' +
    'CHANGELOG CONTRIBUTING').split(' '));
/** Product names that end like a file; written in backticks they almost never mean a file. */
const PRODUCT_NAMES = new Set(('node.js next.js nuxt.js vue.js react.js three.js express.js nest.js chart.js d3.js p5.js ember.js ' +
    'backbone.js angular.js alpine.js solid.js pixi.js babylon.js anime.js moment.js day.js video.js ' +
    'highlight.js marked.js phaser.js socket.io deno.land bun.sh').split(' '));
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const VERSION = /^v?\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/;
/** `actions/upload-artifact@v4`, `lodash@4.17.21`: a package or an action at a version, as their managers write it (`logo@2x.png` is a file). */
const AT_VERSION = /@v?\d+(?:\.\d+)*(?:-[\w.]+)?$/;
/** `...` or `…`: part of a path left out. */
const ELLIPSIS = /\.\.\.|…/;
/** A whole segment left out: one or more folders. */
function isEllipsis(segment) {
    return segment === '...' || segment === '…';
}
/**
 * `test/.../RunnerTest.kt`, `.planning/phases/03.6-…/03.6-SUMMARY.md`: folders left out between a
 * folder and the file named. `.../x.json`, with nothing before, says no more than a placeholder.
 */
function elidesFolders(path) {
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
const isGlobPattern = (path) => GLOB.test(path);
/** A backslash escape of CommonMark: a backslash before ASCII punctuation. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** Turns a code span, a link target or a list item's first word into a pointer, or undefined if it is not a path. */
function toPointer(text, hints) {
    if (text.raw.length > MAX_POINTER_LENGTH)
        return undefined;
    return text.source === 'link' ? linkPointer(text) : wordPointer(text, hints);
}
function linkPointer(text) {
    const raw = text.raw.trim();
    const target = FILE_URL.test(raw) ? fileUrlTarget(raw) : linkTarget(raw);
    if (target === undefined)
        return undefined;
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
/** A link's destination as GitHub follows it: from the ticket's folder, or the root after `/`; `#L5-L9` a line range. */
function linkTarget(raw) {
    if (raw === '' || raw.startsWith('#') || URL_SCHEME.test(raw) || raw.startsWith('//'))
        return undefined;
    let target = raw.replace(/\?[^#]*/, '');
    let lines;
    const hashIndex = target.indexOf('#');
    if (hashIndex !== -1) {
        const lineMatch = /^L(\d+)(?:-L?(\d+))?$/.exec(target.slice(hashIndex + 1));
        if (lineMatch)
            lines = lineRange(lineMatch[1], lineMatch[2]);
        target = target.slice(0, hashIndex);
    }
    target = safeDecode(target);
    if (target === '' || /[<>]/.test(target))
        return undefined;
    return { path: target, base: target.startsWith('/') ? 'root' : 'ticket', ...(lines ? { lines } : {}) };
}
/** `file:///d:/code/app/x.md`, `file:///Users/ana/app/x.md`: a file on the author's machine (RFC 8089). */
const FILE_URL = /^file:\/\//i;
/** A `file:` link names a path on the machine the ticket was written on, never one GitHub can show. */
function fileUrlTarget(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    // `file:///d:/x` has the path `/d:/x`: a Windows drive, written as Windows tools write it.
    const machinePath = safeDecode(url.pathname).replace(/^\/(?=[A-Za-z]:\/)/, '');
    return machinePath === '' || machinePath === '/' ? undefined : { path: machinePath, base: 'machine' };
}
const WINDOWS_BACKSLASH_PATH = /^[A-Za-z]:\\[^\\]/;
function wordPointer(text, hints) {
    const plainWord = text.source === 'field' || text.source === 'command' || text.source === 'text';
    // Markdown text (not a code span) stands for what it renders: `extractors/\*.ts` is `extractors/*.ts`;
    // a Windows machine's path (`C:\\Users\\ana\\app\\.planning\\x.md`) escapes nothing: its folders are parted as on every other machine.
    const windows = WINDOWS_BACKSLASH_PATH.test(text.raw.trim());
    const rendered = windows ? text.raw.replaceAll('\\', '/') : text.source === 'list' || text.source === 'field' || text.source === 'text' ? text.raw.replace(MARKDOWN_ESCAPE, '$1') : text.raw;
    // A sentence's punctuation is not the word's: `under .planning/?` asks about `.planning/`.
    const raw = text.source === 'list' || plainWord ? trimEnd(rendered, text.source === 'text' ? ',;:.)?!' : ',;:.)') : rendered.trim();
    if (raw === '' || raw.startsWith('-') || raw.startsWith('//'))
        return undefined;
    let rest = raw;
    // `tests/x.py::test_ok` names a test in a file: the file is the pointer.
    const symbolIndex = rest.indexOf('::');
    if (symbolIndex > 0)
        rest = rest.slice(0, symbolIndex);
    let lines;
    const suffix = LINE_SUFFIX.exec(rest);
    if (suffix?.[1] !== undefined) {
        rest = suffix[1];
        lines = lineRange(suffix[2] ?? suffix[4], suffix[3] ?? suffix[5]);
    }
    const delimited = (text.declared === true && !plainWord && text.sentence !== true) || text.runs === true;
    // A code span or list item may leave folders out (`test/.../RunnerTest.kt`): the rest must look like a path.
    const elided = !plainWord && elidesFolders(rest);
    const quotedMachinePath = text.oneWord === true && isOffCheckout(rest) && !/[\n"'`]/.test(rest);
    if (!quotedMachinePath && (!looksLikePath(elided ? rest.split(ELLIPSIS).join('x') : rest, hints, delimited) || (plainWord && !plainWordIsPath(rest))))
        return undefined;
    // A word of prose is a path only with a folder and a name in it, and no pattern: `index.ts`, `contracts/`
    // and `src/*.ts` in a sentence are a name, a word and talk about a set of files.
    if (text.source === 'text' && (!/[^/]\/[^/]/.test(rest) || GLOB.test(rest)))
        return undefined;
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
function plainWordIsPath(word) {
    if (word.includes('/'))
        return true;
    const dot = word.lastIndexOf('.');
    return dot > 0 && word.length - dot - 1 >= 2;
}
/**
 * "Looks like a path" (docs/pointers.md), for a word with any line suffix and `::symbol` already taken
 * off. `delimited`: a code span or list item where the format declares paths, where a word with a
 * folder in it is a path even when the folder is not one of the repository's.
 */
function looksLikePath(word, hints, delimited = false) {
    // `D:/projects/app/src`: a Windows machine's path, whose drive colon is no line suffix; a format's
    // whole-line path may hold spaces (`C:/Users/Sam/Knowledge Folder/app`), a word of text cannot.
    if (/^[A-Za-z]:\/[^:#\n]+$/.test(word))
        return true;
    if (isCopyPathWithSpaces(word, hints.rootName))
        return true;
    if (word === '' || (delimited ? NOT_IN_DECLARED_PATHS : NOT_IN_PATHS).test(word) || word.includes(':') || word.includes('#'))
        return false;
    if (hints.declaredPaths?.has(word))
        return true;
    if (/^[./~]+$/.test(word))
        return false;
    // `$EVAL_ROOT/x.sh`, `${PLUGIN_ROOT}/lib`: under whatever folder the variable names.
    if (word.startsWith('$'))
        return false;
    // `a/../b` is a traversal payload or a route, not how anyone points at a file; leading `../` is fine.
    if (/(?:^|\/)\.\.(?:\/|$)/.test(word.replace(/^(?:\.\.\/)+/, '')))
        return false;
    const firstSegment = word.split('/')[0] ?? '';
    if (firstSegment.includes('@'))
        return false;
    if (VERSION.test(word) || AT_VERSION.test(word) || PLACEHOLDER.test(word) || CALL.test(word))
        return false;
    if (/,/.test(word.replace(/\{[^{}]*\}/g, '')))
        return false;
    if (!word.includes('/') && PRODUCT_NAMES.has(word.toLowerCase()))
        return false;
    // A package's own files, or an installed environment's (`.venv/bin/python`), are not the repository's.
    if (/(?:^|\/)(?:node_modules|\.venv)(?:\/|$)/.test(word))
        return false;
    if (/^\.[^./]+$/.test(word) && !KNOWN_DOTFILES.has(word.slice(1).toLowerCase()))
        return false;
    if (word.startsWith('~/') || word.startsWith('./') || word.startsWith('../'))
        return true;
    const hasKnownEnding = endsLikeFile(word);
    if (word.startsWith('/')) {
        return hasKnownEnding || isMachinePath(word) || hints.topLevelEntries.has(word.split('/')[1] ?? '');
    }
    // `lib/shared/medicines/**` and `api/oauth/*`, everything in a folder, look like a path as the folder does.
    if (hasKnownEnding || FOLDER.test(word) || FOLDER.test(word.replace(/\/\*\*?$/, '/')))
        return true;
    // A slash-word with no file ending is a path when git has it: from the root, or as a tracked path's tail.
    return word.includes('/') && (delimited || hints.topLevelEntries.has(firstSegment) || hints.endsATrackedPath?.(word) === true);
}
/** The last segment is a file name: a known extension, dotfile or extensionless name (`Makefile`). */
function endsLikeFile(word) {
    const lastSegment = trimEnd(word, '/').split('/').pop() ?? '';
    if (KNOWN_FILE_NAMES.has(lastSegment))
        return true;
    if (lastSegment.startsWith('.') && KNOWN_DOTFILES.has(lastSegment.slice(1).toLowerCase()))
        return true;
    const dot = lastSegment.lastIndexOf('.');
    if (dot === -1 || dot === lastSegment.length - 1)
        return false;
    // `f.name`, `Path.name`: an identifier before the dot and an unknown extension after it is an attribute.
    return KNOWN_EXTENSIONS.has(lastSegment.slice(dot + 1).toLowerCase());
}
function lineRange(start, end) {
    const first = Number(start);
    return { start: first, end: end === undefined ? first : Number(end) };
}
function safeDecode(target) {
    try {
        return decodeURIComponent(target);
    }
    catch {
        return target;
    }
}

;// CONCATENATED MODULE: ./src/core/text/line-window.ts
/**
 * The window's text after its last line break. A window cut short of its line's start begins at its
 * first whole word, after a mark: its cut is no start of the line a pattern may anchor to ("In `x`, …"
 * opening a sentence), nor the middle of a code span whose backticks would pair with the wrong ones.
 */
function afterLastBreak(window, breaks, cut) {
    let start = -1;
    for (const match of window.matchAll(breaks))
        start = (match.index ?? 0) + match[0].length;
    if (start !== -1 || !cut)
        return window.slice(Math.max(0, start));
    const space = window.search(/\s/);
    return `… ${space === -1 ? '' : window.slice(space + 1)}`;
}

;// CONCATENATED MODULE: ./src/core/parse/pointer-maker.ts











const NEW_MARK = /^[`*_\s]*\(new\)/i;
/** "(e.g. `a.ts`, `b.ts`)", "for example `a.ts`": the clause before a pointer that makes it an illustration. */
const EXAMPLE_WORDS = /(?:^|[\s(])(?:e\.\s?g\.?|eg\.|for example|for instance|such as)[,:]?\s/gi;
/**
 * A word of a declared field: between separators, with the brackets, quotes and emphasis around it dropped; CJK text, written without spaces, ends it.
 * A brace group's commas part its alternatives, not the field's words (`components/{a,b}.tsx` names both, as a shell or a glob reads it).
 */
const FIELD_WORD = /(?:\{[^\s{},;]*(?:,[^\s{},;]*)+\}|[^\s,;|\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef])+/gu;
/** A word of prose, between spaces, quotes and brackets (but a `[id]` folder, as web frameworks name routes' files: `pages/posts/[id]/edit.vue`); CJK text ends it. */
const PROSE_WORD = /[^\s"'`<>()[\]\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+(?:(?<=\/)\[[^\s"'`<>()[\]/]+\](?=[/.])[^\s"'`<>()[\]\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]*)*/gu;
const CODE_SPAN = /`([^`\n]+)`/g;
/** A path that names the same place from any folder: a machine's, a home's, a drive's. */
const ABSOLUTE = /^(?:\/|~|[A-Za-z]:\/)/;
/** What stands between a command's words before the file an output redirection writes (`> x`, `>> x`, `2> x`). */
const REDIRECTION = />\s*$/;
/**
 * The words of one command (at `start` in its text), where each stands, and whether an output
 * redirection writes it: then the command writes that file, whether it is there before or not.
 */
function commandWords(segment, start) {
    let wordEnd = 0;
    return [...segment.matchAll(COMMAND_WORD)].map((match) => {
        const before = segment.slice(wordEnd, match.index);
        wordEnd = (match.index ?? 0) + match[0].length;
        const word = unwrapCode(match[0]);
        return { word, at: start + (match.index ?? 0) + match[0].indexOf(word), redirected: REDIRECTION.test(before) };
    });
}
/** A path the ticket changes, takes from, deletes or reads is no file still to come, though its place says the work writes files. */
const NOT_TO_COME = new Set(['modify', 'use', 'delete', 'read']);
/** A path the ticket takes from, deletes or reads is not one its work writes. */
const NOT_WRITTEN = new Set(['use', 'delete', 'read']);
/** Emphasis marks around words (`**Delete:**`, `_Leverage:_`). */
const EMPHASIS = /(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;
/** Turns text of a ticket file into pointers with their line and column, marks and limits. */
class PointerMaker {
    source;
    hints;
    maxPointers;
    lineBreaks;
    /** Folders the file's commands `cd` into from the root that the repository does not have: other checkouts (see otherCheckout). */
    otherCheckouts = new Set();
    constructor(source, hints, maxPointers = Number.POSITIVE_INFINITY, lineBreaks = LINE_BREAKS) {
        this.source = source;
        this.hints = hints;
        this.maxPointers = maxPointers;
        this.lineBreaks = lineBreaks;
    }
    add(raw, source, place, sink) {
        const around = this.wordsAround(place.clauseOffset ?? place.offset, place.endOffset);
        if (isRoute(around[0], raw))
            return;
        const pointer = toPointer({
            raw,
            source,
            ...positionAt(this.source, place.offset),
            isNew: false,
            isExample: this.isIntroducedAsExample(place.clauseOffset ?? place.offset),
            declared: place.declared && !(place.inProse === true && inSentence(raw, around[0])),
            runs: place.runs === true, sentence: place.sentence === true, oneWord: place.oneWord === true,
        }, this.hints);
        if (!pointer)
            return; // most words of prose tried are no pointer: their words are not read for intent
        const words = [around[0].toLowerCase(), around[1].toLowerCase()];
        const intent = place.intent === 'none' ? undefined : (place.intent ?? (place.isNew ? 'create' : intentOf(...words)));
        pointer.isNew = intent === 'create' || this.isMarkedNew(place.endOffset);
        if (intent === undefined && place.intent !== 'none' && isStatedAbsent(...words))
            pointer.absent = true;
        const condition = place.tested === true || pointer.absent === true || ((intent === undefined || intent === 'modify' || intent === 'use') && place.intent !== 'none' && isConditional(...words));
        if (condition)
            Object.assign(pointer, { planned: true, conditional: true });
        Object.assign(pointer, placeOfReading(place, pointer));
        if (intent !== undefined)
            pointer.intent = intent;
        Object.assign(pointer, place.runs === true ? { runs: true } : {}, place.copyOf === undefined ? {} : { copyOf: place.copyOf });
        if (((place.planned || place.mayWrite) && !(intent !== undefined && NOT_TO_COME.has(intent))) || (place.promised && intent === undefined) || intent === 'write')
            pointer.planned = true;
        if ((place.planned && !(intent !== undefined && NOT_WRITTEN.has(intent))) || pointer.isNew || intent === 'write')
            pointer.writes = true;
        keep(pointer, sink, this.maxPointers);
    }
    /**
     * A command the ticket tells the agent to run (a code span with spaces, a line of a shell block): its
     * arguments that look like paths are mentions of them, wherever the command stands, read from the
     * folder it runs in: `folder` ('' the repository root; undefined a place outside the repository that
     * a `cd` went to, where only machine paths are read). Returns the folder the next command runs in (commandFolder).
     * `written`: a line of a shell block, or a code span, a command only by its look (see runFileIndex): it may
     * be one path with a space in it (`docs/Implementation Logs/.gitkeep`).
     */
    addCommand(command, offset, sink, folder, written = 'block') {
        // `bash -c "…"` runs its quoted command line, read as one from where this one runs.
        for (const inner of shellCArguments(command))
            this.addCommand(inner.text, offset + inner.start, sink, folder, written);
        const blank = (text) => ' '.repeat(text.length);
        const unquoted = command.replace(ESCAPED, blank).replace(QUOTED, blank).replace(PLACEHOLDER_SPAN, blank);
        let from = folder;
        const segments = commandSegments(command, unquoted);
        segments.forEach((segment, position) => {
            const words = commandWords(segment.text, segment.index);
            const texts = words.map(({ word }) => word);
            const [intents, at, checks, runs] = [commandIntents(texts), from, CHECKING.has(texts[0] ?? ''), runFileIndex(texts, written === 'span')];
            const entered = texts[0] === 'cd' ? cdOf(segments, position, from, this.hints) : undefined;
            // A quoted target is one word to a shell, which the words read with quotes blanked miss: it comes last.
            const all = entered?.target !== undefined && entered.at !== undefined && texts[1] !== entered.target ? [...words, { word: entered.target, at: entered.at, redirected: false }] : words;
            all.forEach(({ word, at: column, redirected }, index) => {
                // Where the command runs matters only to a relative path: a machine path names the same place from anywhere.
                if (word === '' || word.startsWith('-') || (at === undefined && !ABSOLUTE.test(word)))
                    return;
                const start = offset + column;
                const cdTarget = word === entered?.target && entered.copyOf !== undefined ? { copyOf: entered.copyOf } : {};
                this.add(word, 'command', { offset: start, endOffset: start + word.length, isNew: false, declared: false, intent: intents[index] ?? 'none', from: at ?? '', tested: checks, planned: redirected, runs: index === runs && !ABSOLUTE.test(word), oneWord: index === words.length, ...cdTarget }, sink);
            });
            if (entered !== undefined) {
                if (entered.checkout !== undefined)
                    this.otherCheckouts.add(entered.checkout);
                from = entered.next;
            }
        });
        return from;
    }
    /** A declared field: its code spans and its plain words, each a pointer when it looks like a path. */
    addWords(text, offset, field, sink) {
        const [isNew, planned, marks] = [field.isNew === true, field.planned === true, fieldMarks(field)];
        if (field.wholePath)
            return addWholePath(this, text, offset, { isNew, declared: true, planned, ...marks }, sink);
        const spans = [...text.matchAll(CODE_SPAN)].map((match) => ({ word: match[1] ?? '', start: (match.index ?? 0) + 1, end: (match.index ?? 0) + match[0].length }));
        // A remark in parentheses (`path (what to read it for)`) is prose, its words with a folder mentions; `(x)` without a space may be a name.
        const plain = text.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
        const { text: fieldText, remarks } = blankRemarks(plain);
        const words = fieldWords(blankQuotedParts(fieldText));
        const folders = listedFolders(fieldText, [...spans, ...words], this.hints.isTrackedFile);
        for (const { word, start } of spans) {
            if (isCommandSpan(word, this.hints))
                this.addCommand(word, offset + start, sink, '', 'span');
            else
                this.add(word, 'code', { offset: offset + start, endOffset: offset + start + word.length + 1, isNew, declared: true, planned, ...marks, sentence: field.sentence === true, listedIn: folders.get(start) }, sink);
        }
        for (const remark of remarks)
            this.addProseWords(plain.slice(remark.start, remark.end), offset + remark.start, sink);
        for (const { word, start } of words)
            this.add(word, 'field', { offset: offset + start, endOffset: offset + start + word.length, isNew, declared: true, planned, ...marks, listedIn: folders.get(start) }, sink);
    }
    /** The words of prose in `text` (at `offset` in the file) written as paths with a folder: mentions; `written`, of files the work writes. */
    addProseWords(text, offset, sink, written = false) {
        for (const match of text.matchAll(PROSE_WORD)) {
            const start = offset + (match.index ?? 0);
            if (match[0].includes('/'))
                this.add(match[0], 'text', { offset: start, endOffset: start + match[0].length, isNew: false, declared: false, planned: written }, sink);
        }
    }
    /** A declared path outside the Markdown (a frontmatter list item), at its own line and column. */
    addItem(raw, line, column, field, sink) {
        const pointer = toPointer({ raw, source: 'frontmatter', line, column, isNew: field.isNew === true, declared: true }, this.hints);
        if (!pointer)
            return;
        if (field.isNew)
            pointer.intent = 'create';
        if (field.planned)
            pointer.planned = true;
        if (field.planned || field.isNew)
            pointer.writes = true;
        keep(pointer, sink, this.maxPointers);
    }
    /**
     * The words around a pointer on its line, which say what the ticket does to it (intentOf, isConditional,
     * isStatedAbsent). Emphasis is no word: `- **Delete:** \`x\`` says what `- Delete: \`x\`` says.
     */
    wordsAround(start, end) {
        return [trimEnd(this.lineBefore(start, 120).replace(EMPHASIS, ''), '`[("\''), this.lineAfter(end, 120)];
    }
    /** `(new)` right after a pointer, on its line. */
    isMarkedNew(offset) {
        return NEW_MARK.test(this.lineAfter(offset, 80));
    }
    /**
     * Up to `limit` characters of the line before `offset`, and after it: windows cut first, so that many
     * pointers on one long line cost each a window, not the line (140,000 code spans on a line were quadratic).
     */
    lineBefore(offset, limit) {
        return afterLastBreak(this.source.text.slice(Math.max(0, offset - limit), offset), this.lineBreaks, offset > limit);
    }
    lineAfter(offset, limit) {
        const window = this.source.text.slice(offset, offset + limit);
        const lineEnd = window.search(this.lineBreaks);
        return lineEnd === -1 ? window : window.slice(0, lineEnd);
    }
    isIntroducedAsExample(offset) {
        const before = this.lineBefore(offset, 300);
        // Earlier code spans of the same list ("e.g. `a.png`, `b.svg`") must not end the clause at their dots.
        const clause = before.replace(/`[^`]*`/g, 'code');
        const last = [...clause.matchAll(EXAMPLE_WORDS)].at(-1);
        return last !== undefined && !/[.;()]/.test(clause.slice((last.index ?? 0) + last[0].length));
    }
}
const LINE_BREAKS = /\n/g;
/** A JSON file's line breaks, and those its strings hold (`"details": "Tasks:\\n- Create x"`): the lines a reader of the text sees. */
const ESCAPED_LINE_BREAKS = /\n|\\n/g;
/** The plain words of a field's text, each at its start. */
function fieldWords(text) {
    return [...text.matchAll(FIELD_WORD)].flatMap((match) => {
        // `@path` is how Claude Code is told to read a file.
        const word = unwrap(match[0]).replace(/^@(?=[^/\s]+\/)/, '');
        const start = (match.index ?? 0) + match[0].indexOf(word);
        return word === '' ? [] : [{ word, start, end: start + word.length }];
    });
}
/** Lines of commands (a shell block's, a format's), each line's arguments as mentions, each run where the lines before it went; `shift` moves their offsets to the file's. */
function addCommandLines(maker, lines, sink, shift = 0) {
    let folder = '';
    for (const { command, offset } of lines)
        folder = maker.addCommand(command, shift + offset, sink, folder);
}
/** A pointer kept, up to 'max-pointers'; past it only counted. A header and its source named at once (`View.h/.cpp`) are two. */
function keep(pointer, sink, maxPointers) {
    const paired = pairedEndings(pointer.path);
    if (paired !== undefined) {
        for (const path of paired)
            keep({ ...pointer, path }, sink, maxPointers);
        return;
    }
    if (sink.pointers.length < maxPointers)
        sink.pointers.push(pointer);
    else
        sink.droppedPointers += 1;
}
/** What a field's words are besides their text: read first, in prose the ticket declares files in, naming files the work may write. */
function fieldMarks(field) {
    return { ...(field.read === true ? { intent: 'read' } : {}), ...(field.inProse === true ? { inProse: true } : {}), ...(field.mayWrite === true ? { mayWrite: true } : {}) };
}
/** A field that is one path, spaces and all (DeclaredRange.wholePath): the whole of it, trimmed. */
function addWholePath(maker, text, offset, place, sink) {
    const path = text.trim();
    const start = offset + text.indexOf(path);
    if (path !== '')
        maker.add(path, 'field', { ...place, offset: start, endOffset: start + path.length }, sink);
}

;// CONCATENATED MODULE: ./src/core/parse/data-text.ts




/** Every fenced or indented block of code in a tree, in document order. */
function codeBlocks(node, found = []) {
    if (node.type === 'code')
        found.push(node);
    else if ('children' in node)
        for (const child of node.children)
            codeBlocks(child, found);
    return found;
}
function codeBlocksOrNone(text) {
    try {
        return codeBlocks(parseMarkdownText(text));
    }
    catch {
        return [];
    }
}
/**
 * The text of a data format's field (Task Master's `details`), at `offset` in the file, read as the
 * Markdown its writers give it: its blocks of code are read as a Markdown ticket's are (readCodeBlock),
 * and the rest by `words`. `text` keeps the widths of the file's characters (offsets into it plus `offset`
 * are the file's), its line breaks where the reader sees them.
 */
function readFieldText(maker, text, offset, sink, words) {
    // Most fields hold no code: no parse for them. One the parser cannot read, or not in time (MarkdownTooTangled,
    // a hostile block of nested lists), is read word by word, as a field with no code is.
    const blocks = /^[ \t]*(?:```|~~~)|^ {4}/m.test(text) ? codeBlocksOrNone(text) : [];
    let prose = text;
    for (const block of blocks) {
        const [start, end] = [block.position?.start.offset, block.position?.end.offset];
        if (start === undefined || end === undefined)
            continue;
        prose = prose.slice(0, start) + prose.slice(start, end).replace(/[^\n]/g, ' ') + prose.slice(end);
        readCodeBlock(block, text, {
            commands: (lines) => addCommandLines(maker, lines, sink, offset),
            prose: (proseStart, proseEnd, written) => maker.addProseWords(text.slice(proseStart, proseEnd), offset + proseStart, sink, written),
        });
    }
    words(withoutImportSpecifiers(prose), offset);
}
/**
 * A line written as an import statement (`import Signup from '../src/pages/Signup';`) is code without
 * its fence: its module specifier is the language's to resolve, from the importing file, not a path
 * from the root. Blanked, widths kept.
 */
function withoutImportSpecifiers(text) {
    if (!text.includes('import'))
        return text;
    return text
        .split('\n')
        .map((line) => {
        const trimmed = line.trimStart();
        if (!trimmed.startsWith('import ') && !trimmed.startsWith('import\t'))
            return line;
        const statement = trimEnd(trimEnd(line, ' \t'), ';');
        const quote = statement.at(-1);
        if (quote !== "'" && quote !== '"')
            return line;
        const open = statement.lastIndexOf(quote, statement.length - 2);
        return open === -1 ? line : line.slice(0, open) + ' '.repeat(statement.length - open) + line.slice(statement.length);
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/core/parse/ticket-ids.ts
/** An id that is unique in its file only (a plan's task `2.1`): its key holds the file. */
function fileScopedKey(file, id) {
    return `${file}#${id}`;
}
/** A dependency whose id means what it says across the repository. */
function dependency(id, line) {
    return { id, key: id, line };
}
/** The words to look for in other files' text to find the tickets a key may name: its id part. */
function searchWordOf(key) {
    return key.slice(key.lastIndexOf('#') + 1);
}

;// CONCATENATED MODULE: ./src/core/parse/relations.ts




/** "Depends on: Ticket 1, Ticket 3" in a ticket, bold or not. */
const DEPENDS_ON_LINE = /^depends on[ \t]*:(.*)$/i;
const NO_DEPENDENCY = /^(?:none|nothing|n\/a|-|—)$/i;
/** The ids a ticket without frontmatter waits for: its "Depends on:" lines. */
function dependsOnLines(nodes) {
    const found = [];
    for (const block of nodes) {
        if (block.type !== 'paragraph')
            continue;
        const match = DEPENDS_ON_LINE.exec((0,lib/* toString */.d)(block).split('\n')[0]?.trim() ?? '');
        if (!match?.[1])
            continue;
        for (const item of match[1].split(/,|;|\band\b/)) {
            const word = item.trim().replace(/^(?:ticket|task)\s+/i, '').replace(/^#/, '').split(/\s/)[0];
            const id = trimEnd(word ?? '', '.)');
            if (id && !NO_DEPENDENCY.test(id))
                found.push(dependency(id, markdown_document_startLine(block)));
        }
    }
    return found;
}
/** depends_on (each item at its line), parallel and parent, when they have the right type; the frontmatter rule reports the rest. */
function frontmatterRelations(frontmatter) {
    const { values, keyLines, itemLines } = frontmatter;
    const list = values['depends_on'];
    const keyLine = keyLines.get('depends_on') ?? frontmatter.line;
    const dependsOn = Array.isArray(list)
        ? list.flatMap((item, index) => {
            const id = scalarText(item);
            return id === undefined ? [] : [dependency(id, itemLines.get('depends_on')?.[index] ?? keyLine)];
        })
        : [];
    const parent = scalarText(values['parent']);
    return {
        dependsOn,
        parallel: values['parallel'] === true,
        ...(parent !== undefined && typeof values['parent'] === 'string' ? { parent: { path: parent, line: keyLines.get('parent') ?? frontmatter.line } } : {}),
    };
}
/** A frontmatter value as an id or title: trimmed text, or a finite number written as text. */
function scalarText(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/fields.ts

/** A frontmatter key holding a list of paths (`modified_files`), as declared items at their lines and columns. */
function frontmatterPaths(document, frontmatter, keys, field = {}) {
    if (!frontmatter)
        return [];
    const items = [];
    for (const key of keys) {
        const value = frontmatter.values[key];
        const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        const lines = frontmatter.itemLines.get(key) ?? [];
        values.forEach((entry, index) => {
            if (typeof entry !== 'string' || entry.trim() === '')
                return;
            const line = lines[index] ?? frontmatter.keyLines.get(key) ?? frontmatter.line;
            // A block scalar (`- >-` and the path on the next line) is written below its item's line.
            const last = Math.max(line, (lines[index + 1] ?? frontmatter.endLine + 1) - 1);
            items.push({ raw: entry.trim(), ...(writtenAt(document, entry.trim(), line, last) ?? { line, column: 1 }), ...field });
        });
    }
    return items;
}
/**
 * Paths in the entries of a nested frontmatter list (`must_haves.artifacts: [{path: x}]`, or plain
 * strings), as declared items at the line and column where each is written.
 */
function nestedFrontmatterPaths(document, frontmatter, key, lists, fields, field = {}) {
    const outer = frontmatter?.values[key];
    if (!frontmatter || typeof outer !== 'object' || outer === null || Array.isArray(outer))
        return [];
    const items = [];
    for (const list of lists) {
        const entries = outer[list];
        if (!Array.isArray(entries))
            continue;
        const lines = frontmatter.itemLines.get(`${key}.${list}`) ?? [];
        entries.forEach((entry, index) => {
            const values = typeof entry === 'string' ? [entry] : typeof entry === 'object' && entry !== null ? fields.map((name) => entry[name]) : [];
            for (const value of values) {
                if (typeof value !== 'string' || value.trim() === '')
                    continue;
                const at = writtenAt(document, value.trim(), lines[index] ?? frontmatter.line, frontmatter.endLine);
                if (at)
                    items.push({ raw: value.trim(), ...at, ...field });
            }
        });
    }
    return items;
}
/** The first line from `from` to `to` that holds `value`, and its column there. */
function writtenAt(document, value, from, to) {
    for (let line = from; line <= to; line += 1) {
        const start = document.source.lineStarts[line - 1] ?? 0;
        const end = document.source.lineStarts[line] ?? document.source.text.length;
        const column = document.source.text.slice(start, end).indexOf(value);
        if (column !== -1)
            return { line, column: column + 1 };
    }
    return undefined;
}
/** The frontmatter's `status` as the format's status mark. */
function frontmatterStatus(frontmatter) {
    const value = frontmatter?.values['status'];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    return { word: value, line: frontmatter?.keyLines.get('status') ?? frontmatter?.line ?? 1 };
}
/** `Status: Done`, `**Status:** ✅ Complete` in the lines before the ticket's first section. */
const STATUS_LINE = /^[ \t]*[*_]{0,2}Status[*_]{0,2}[ \t]*:[*_]{0,2}(.*)$/im;
/** The status a ticket writes in its preamble, before its first section heading of level two or deeper. */
function preambleStatus(document) {
    const firstSection = document.headings.find((heading) => heading.depth >= 2);
    const end = firstSection === undefined ? document.source.text.length : (document.source.lineStarts[firstSection.line - 1] ?? 0);
    const preamble = document.source.text.slice(0, end);
    const match = STATUS_LINE.exec(preamble);
    const word = trimEnd((match?.[1] ?? '').trim(), '*_ ');
    if (!match || word === '')
        return undefined;
    return { word, line: preamble.slice(0, match.index).split('\n').length };
}

;// CONCATENATED MODULE: ./src/core/parse/list-openings.ts


/**
 * `- Label: value, value`: a short label and a comma-separated run of words after it (bold or not); the
 * run is the declared value. `[1]` is everything before the value.
 */
const LABELLED_PATHS = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?[A-Z][\w ./-]{0,40}?:(?:\*\*|__)?\s+)((?:[^\s,]+,\s*)*[^\s,]+)/u;
/** A label that says its value is a file: `File:`, `Tests:`, `Modify:`, `Implementation:`, `_Leverage:_`. */
const FILE_LABEL = /\b(?:files?|paths?|tests?|sources?|references?|locations?|modules?|implementation|leverage|create|modify|update|read|see)\b/iu;
/** A label that is a file field's name alone (`**File:**`, `Files:`, `Modify:`), not a phrase holding one (`Original plan file:`). */
function isFileFieldName(label) {
    const name = trimEnd(label.replace(/[*_]/g, '').trim(), ':');
    return !/\s/.test(name) && FILE_LABEL.test(name);
}
/**
 * `- [ ] src/a.ts — …`: a plain word first that ends the line or is followed by a separator; `- Main/index files` is prose.
 * The word is read as Markdown reads it: emphasis marks stand at its edges, so an underscore inside it is
 * its own (`index_single_file/scopes.ts`), and a backslash escapes the next character (`extractors/\\*.ts`).
 */
const PATH_FIRST = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?)((?:\\\S|[^\s`[*_\\])(?:\\\S|[^\s`[*_\\]|_+(?=[^\s`[*_]))*)(?=(?:\*\*|__)?(?:\s*$|\s+[—–:(-]|:\s))/u;
const FIRST_WORD = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?)((?:\\\S|[^\s`[*_\\])(?:\\\S|[^\s`[*_\\]|_+(?=[^\s`[*_]))*)/u;
const list_openings_CHECKBOX = /^\[([ xX])\][ \t]*/;
/**
 * A list item's checkbox as written (`- [ ] …`, `1. [x] …`), with the item's first line after it;
 * undefined without one. The parser is CommonMark's, without GFM's task lists, so the text says.
 */
function checkboxOf(item, text) {
    const start = item.position?.start.offset;
    const end = item.position?.end.offset;
    if (start === undefined || end === undefined)
        return undefined;
    const lineEnd = text.indexOf('\n', start);
    const written = text.slice(start, lineEnd === -1 ? end : Math.min(lineEnd, end)).replace(/^[-*+][ \t]+|^\d+[.)][ \t]+/, '');
    const box = list_openings_CHECKBOX.exec(written);
    return box ? { checked: box[1] !== ' ', firstLine: written.slice(box[0].length) } : undefined;
}
/** A word that may name a file: a folder or a file ending in it, without the code-span quotes and `@`. */
function looksLikeFileWord(value) {
    const first = trimEnd((value.split(',')[0] ?? '').replace(/^[`*_@]+/, ''), '`*_');
    return first.includes('/') || /\.[A-Za-z]{1,10}(?::\d+(?:-\d+)?)?$/.test(first);
}
/**
 * How the first line of a list item names files, if it does: a labelled value (`- Test: path:303`,
 * `- **Files:** a, b`), whose offset and length in the line are the declared value; or a path first
 * (`- src/a.ts — what changes`), with its offset. In the context section a file's name first is enough
 * (`- src/e.ts checked item`); elsewhere, and for a folder, a separator must follow it.
 */
function listItemOpening(line, inContext) {
    const labelled = LABELLED_PATHS.exec(line);
    if (labelled?.[1] !== undefined && labelled[2] !== undefined && FILE_LABEL.test(labelled[1]) && looksLikeFileWord(labelled[2])) {
        return { kind: 'labelled', offset: labelled[1].length, length: labelled[2].length };
    }
    const first = FIRST_WORD.exec(line);
    const opening = PATH_FIRST.exec(line) ?? (inContext && first?.[2] !== undefined && endsLikeFile(first[2]) ? first : null);
    if (opening?.[1] === undefined || opening[2] === undefined)
        return undefined;
    return { kind: 'path', offset: opening[1].length, word: opening[2] };
}

;// CONCATENATED MODULE: ./src/core/parse/formats/plan-items.ts


/**
 * The checkbox items of the document's top-level lists whose first line, after the checkbox, `isTask`
 * accepts: the tasks of a plan, each with its phase heading.
 */
function planItems(document, isTask) {
    const items = [];
    let heading;
    document.blocks.forEach((block, index) => {
        if (block.type === 'heading')
            heading = document.headings.find((candidate) => candidate.index === index);
        if (block.type !== 'list')
            return;
        for (const item of block.children) {
            const start = item.position?.start.offset;
            const end = item.position?.end.offset;
            if (start === undefined || end === undefined)
                continue;
            const text = document.source.text;
            const box = checkboxOf(item, text);
            if (!box || !isTask(box.firstLine))
                continue;
            const { firstLine, checked } = box;
            const firstLineOffset = start + text.slice(start).indexOf(firstLine);
            items.push({ item, firstLine, firstLineOffset, checked, heading, line: markdown_document_startLine(item), endLine: endLine(item), start, end });
        }
    });
    return items;
}
/** True when the file lies under one of these folders, at any depth: `.kiro/specs/x/tasks.md` is under `.kiro/specs`. */
function isUnder(path, folders) {
    return folders.some((folder) => path === folder || path.startsWith(`${folder}/`) || path.includes(`/${folder}/`));
}
function fileNameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/core/parse/formats/backlog-md.ts




const TASK_FOLDERS = ['backlog/tasks', 'backlog/completed', 'backlog/archive', 'backlog/drafts', '.backlog/tasks', '.backlog/completed', '.backlog/archive', '.backlog/drafts'];
/** Backlog.md ids are a prefix and a number (`task-24.1`, `BACK-208`); the prefix is configurable, the number is the id. */
const ID_BODY = /^[A-Za-z]+-(?=\d)/;
/** Backlog.md names a task's file `<id> - <title>.md`. */
const TASK_FILE_NAME = /^([A-Za-z]+-\d+(?:\.\d+)*) - /;
/**
 * What a Backlog.md id matches: its number, whatever the prefix and case (`task-208` is `BACK-208`).
 * Drafts are numbered on their own (`draft-4`); an archived task is out of the backlog, and its id
 * may be given again, so it matches nothing but itself.
 */
function backlogKey(id, path) {
    const body = id.replace(ID_BODY, '').toLowerCase();
    if (path !== undefined && isUnder(path, ['backlog/archive', '.backlog/archive']))
        return `backlog-archive#${body}`;
    if (/^draft-/i.test(id) || (path !== undefined && isUnder(path, ['backlog/drafts', '.backlog/drafts'])))
        return `backlog-draft#${body}`;
    return `backlog#${body}`;
}
/**
 * Backlog.md: `backlog/tasks/*.md` (and completed/, archive/, drafts/), one task a file, frontmatter
 * `id, title, status, dependencies, parent_task_id, references, modified_files`; sections Description,
 * Acceptance Criteria (`- [ ] #1 …`), Definition of Done, Implementation Plan and Notes. The files a
 * task is about are its `references` and `modified_files`; there is no context section.
 */
const backlogMdFormat = {
    kind: 'markdown',
    name: 'backlog-md',
    places: TASK_FOLDERS.map((folder) => `${folder}/**/*.md`),
    sections: ['goal', 'acceptance'],
    unit: 'session',
    mayMarkParallel: () => false,
    claim(document) {
        if (!isUnder(document.path, TASK_FOLDERS))
            return undefined;
        const values = document.frontmatter?.values;
        if (values && 'id' in values && 'status' in values)
            return 'a Backlog.md task: frontmatter id and status in a backlog folder';
        // A task whose frontmatter cannot be read is still a task of the folder; the frontmatter rule says why.
        if (document.problems.some((problem) => problem.about === 'frontmatter'))
            return 'a Backlog.md task in a backlog folder, its frontmatter broken';
        return TASK_FILE_NAME.test(fileNameOf(document.path)) ? 'a Backlog.md task file (<id> - <title>.md), written before tasks had frontmatter' : undefined;
    },
    split(document) {
        const { frontmatter, headings, blocks } = document;
        const id = scalarText(frontmatter?.values['id']) ?? TASK_FILE_NAME.exec(fileNameOf(document.path))?.[1];
        const title = scalarText(frontmatter?.values['title']) ?? headings[0]?.text;
        // references and documentation are read; modified_files are what the task changes, some perhaps still to be written.
        const context = [...frontmatterPaths(document, frontmatter, ['references', 'documentation']), ...frontmatterPaths(document, frontmatter, ['modified_files'], { planned: true })];
        return [
            {
                nodes: blocks,
                line: 1,
                endLine: lineCount(document.source),
                anchorLine: frontmatter?.keyLines.get('title') ?? 1,
                ...(id !== undefined ? { id, idKey: backlogKey(id, document.path), idLine: frontmatter?.keyLines.get('id') ?? 1 } : {}),
                ...(title ? { title } : {}),
                ...(frontmatter ? { frontmatter } : {}),
                ownsFrontmatter: true,
                dependsOn: dependenciesOf(document),
                parallel: false,
                ...(frontmatterStatus(frontmatter) ? { status: frontmatterStatus(frontmatter) } : {}),
                declaredItems: context,
                ...(context.length > 0 && frontmatter
                    ? { sections: [{ kind: 'context', heading: 'references', line: context[0]?.line ?? frontmatter.line, endLine: context.at(-1)?.line ?? frontmatter.line, isEmpty: false }] }
                    : {}),
            },
        ];
    },
};
function dependenciesOf({ frontmatter }) {
    const list = frontmatter?.values['dependencies'];
    if (!frontmatter || !Array.isArray(list))
        return [];
    const lines = frontmatter.itemLines.get('dependencies') ?? [];
    return list.flatMap((item, index) => {
        const id = scalarText(item);
        if (id === undefined)
            return [];
        const key = backlogKey(id);
        const body = key.slice(key.indexOf('#') + 1);
        const line = lines[index] ?? frontmatter.keyLines.get('dependencies') ?? frontmatter.line;
        // An archived task keeps its id; a draft is numbered on its own, so only `draft-N` names one.
        return [{ id, key, ...(key.startsWith('backlog#') ? { otherKeys: [`backlog-archive#${body}`] } : {}), line }];
    });
}

;// CONCATENATED MODULE: ./src/core/parse/ticket-heading.ts
/** `Ticket` or `Task` as a word at the start of a heading. */
const TICKET_WORD = /^(?:ticket|task)(?![\p{L}\p{N}_])[ \t]*/iu;
/** An id: letters and digits, dots, dashes or underscores between them, and a digit somewhere (`2`, `T-12`, `2.1`). */
const ID = /^#?([A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*)/;
/** What separates the id from the title: `:`, `.`, a dash of any length, or spaces. */
const SEPARATOR = /^[ \t]*(?:[:.—–-]+[ \t]*|[ \t]+|$)/;
/**
 * The id and title a ticket heading gives its ticket (`Ticket 2: Wire up DB queries`, `Task T-12 —
 * Route tests`, `Ticket 1. Title`, `Ticket: Untitled`), or undefined for a heading that is no ticket
 * heading (`Tasks`, `Task list`).
 */
function ticketHeadingParts(text) {
    const word = TICKET_WORD.exec(text);
    if (!word)
        return undefined;
    let rest = text.slice(word[0].length);
    const id = ID.exec(rest);
    if (id?.[1] && /\d/.test(id[1])) {
        const after = rest.slice(id[0].length);
        const separator = SEPARATOR.exec(after);
        if (separator) {
            const title = after.slice(separator[0].length).trim();
            return { id: id[1], ...(title ? { title } : {}) };
        }
    }
    if (!rest.startsWith(':'))
        return undefined;
    rest = rest.slice(1).trim();
    return rest ? { title: rest } : {};
}
function isTicketHeading(heading) {
    return ticketHeadingParts(heading.text) !== undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/single.ts








const PARALLEL_KEY = /^parallel:[ \t]*true\b/m;
/** `## Blocked by` / `## Depends on` / `## Dependencies`: a section that lists what the ticket waits for. */
const BLOCKED_BY = /^(?:blocked by|depends on|dependencies)$/;
/** An id in a "Blocked by" item: `#12`, `TICKET-3`, `ENG-120`, the first word of a link to another ticket. */
const ITEM_ID = /^#?([A-Za-z]*-?\d[\w.-]*)/;
/**
 * One file, one ticket: the whole file, its frontmatter (`id`, `title`, `status`, `depends_on`,
 * `parallel`, `parent`) its own, or a `Status:` line before its first section. The id may come from a
 * lone ticket heading (`# Ticket 7: …`), the title from the first heading; it waits for the tickets
 * of its "Depends on:" lines or its "Blocked by" section. This is the format of per-ticket folders
 * (`tickets/`, `roadmap/`), and it reads any file the config's globs match that no other format claims;
 * in a place another format owns, only one with a goal and an acceptance section.
 */
const singleFormat = {
    kind: 'markdown',
    name: 'single',
    places: ['roadmap/**/*.md', '**/tickets/**/*.md', '.scratch/*/issues/**/*.md'],
    sections: ['goal', 'context', 'acceptance'],
    unit: 'session',
    fallback: true,
    mayMarkParallel: (text) => PARALLEL_KEY.test(text),
    claim: () => 'one file, one ticket',
    split(document) {
        const { headings, frontmatter, blocks } = document;
        const ticketHeading = headings.find(isTicketHeading);
        const titleHeading = ticketHeading ?? headings[0];
        const fromHeading = ticketHeading ? ticketHeadingParts(ticketHeading.text) : undefined;
        const frontmatterId = scalarText(frontmatter?.values['id']);
        const id = frontmatterId ?? fromHeading?.id;
        const title = scalarText(frontmatter?.values['title']) ?? fromHeading?.title ?? titleHeading?.text;
        const relations = frontmatter ? frontmatterRelations(frontmatter) : { dependsOn: dependsOnLines(blocks), parallel: false };
        const status = frontmatterStatus(frontmatter) ?? preambleStatus(document);
        return [
            {
                nodes: blocks,
                line: 1,
                endLine: lineCount(document.source),
                anchorLine: titleHeading?.line ?? 1,
                ...(id !== undefined ? { id, idLine: frontmatterId !== undefined ? frontmatter?.keyLines.get('id') : ticketHeading?.line } : {}),
                ...(title ? { title } : {}),
                ...(frontmatter ? { frontmatter } : {}),
                ownsFrontmatter: true,
                ...relations,
                dependsOn: [...relations.dependsOn, ...blockedBy(document)],
                ...(status ? { status } : {}),
            },
        ];
    },
};
/** The ids listed under a "Blocked by" heading, each at its item's line. */
function blockedBy(document) {
    const found = [];
    for (const heading of document.headings) {
        if (!BLOCKED_BY.test(normalizeHeading(heading.text)))
            continue;
        const next = document.headings.find((other) => other.index > heading.index && other.depth <= heading.depth);
        for (const block of document.blocks.slice(heading.index + 1, next?.index ?? document.blocks.length)) {
            if (block.type !== 'list')
                continue;
            for (const item of block.children) {
                const id = ITEM_ID.exec((0,lib/* toString */.d)(item).trim())?.[1];
                if (id && /\d/.test(id))
                    found.push(dependency(id, markdown_document_startLine(item)));
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/bug-report.ts


/** The headings of the bug-report shape: evidence of the problem and a suggested fix. */
const EVIDENCE = new Set(['evidence']);
const SUGGESTION = new Set(['suggestion', 'suggested fix', 'proposed fix', 'impact']);
const TITLE = new Set(['title']);
/**
 * A bug report as a ticket (`Title / Evidence / Impact / Suggestion`), one a file in a tickets folder:
 * its goal is its Title or Suggestion, its context the Evidence (files as `path:line`, but also data
 * and logs the report observed: its paths are mentions, not declarations); a Tests
 * section, where there is one, is its acceptance. The shape has no acceptance section of its own.
 */
const bugReportFormat = {
    ...singleFormat,
    name: 'bug-report',
    places: [],
    sections: ['goal', 'context'],
    headings: { goal: ['Title', 'Suggestion', 'Suggested fix'], context: ['Evidence'] },
    contextIsEvidence: true,
    fallback: false,
    claim(document) {
        const names = document.headings.map((heading) => normalizeHeading(heading.text));
        if (!names.some((name) => EVIDENCE.has(name)))
            return undefined;
        if (names.some((name) => SUGGESTION.has(name)))
            return 'a bug report (Evidence, Suggestion)';
        return names.some((name) => TITLE.has(name)) ? 'a bug report (Title, Evidence)' : undefined;
    },
};

;// CONCATENATED MODULE: ./src/core/parse/formats/xml-tags.ts
/**
 * Every `<name …>…</name>` of the given names in the text, outermost first. Written by hand rather than
 * as one pattern: a lazy match up to a back-reference is quadratic on an unclosed tag.
 */
function tagElements(text, names) {
    const found = [];
    const wanted = new Set(names);
    let from = 0;
    for (;;) {
        const open = text.indexOf('<', from);
        if (open === -1)
            return found;
        from = open + 1;
        let nameEnd = open + 1;
        while (nameEnd < text.length && /[a-z_]/.test(text.charAt(nameEnd)))
            nameEnd += 1;
        const name = text.slice(open + 1, nameEnd);
        if (!wanted.has(name) || !/[\s>]/.test(text.charAt(nameEnd)) || !opensElement(text, open))
            continue;
        const openEnd = text.indexOf('>', nameEnd);
        if (openEnd === -1)
            return found;
        const close = text.indexOf(`</${name}>`, openEnd);
        if (close === -1)
            continue;
        found.push({ name, start: openEnd + 1, end: close, content: text.slice(openEnd + 1, close) });
    }
}
/**
 * A plan's tags stand at the start of a line, or right after another tag (`<verify><automated>`): a
 * tag in a sentence ("the files listed under <files>.") names an element, it opens none.
 */
function opensElement(text, open) {
    const before = text.slice(text.lastIndexOf('\n', open - 1) + 1, open).trim();
    return before === '' || before.endsWith('>');
}

;// CONCATENATED MODULE: ./src/core/parse/formats/gsd.ts





const PLAN_NAME = /^(.+)-PLAN\.md$/;
/** What each element of a plan is: the objective is its goal; files and what to read first its context; checks its acceptance. */
const SECTION_OF = {
    objective: 'goal',
    context: 'context',
    files: 'context',
    read_first: 'context',
    verify: 'acceptance',
    done: 'acceptance',
    acceptance_criteria: 'acceptance',
    success_criteria: 'acceptance',
    verification: 'acceptance',
};
/** Elements whose content is a list of files. */
const FILE_ELEMENTS = new Set(['files', 'read_first']);
/**
 * GSD (get-shit-done) plans: `.planning/phases/<phase>/<NN-MM>-PLAN.md`, one plan a session,
 * frontmatter `phase, plan, wave, depends_on, files_modified, must_haves` (its `artifacts` and `key_links` name files), then `<objective>`, `<context>` and
 * `<task>` elements with `<files>`, `<action>`, `<verify>` and `<done>`. Plans of the same wave of a
 * phase run side by side. A plan is done once its `-SUMMARY.md` (or the summary its `<output>` says it
 * writes) is written: archiving a milestone (`.planning/milestones/<v>-phases/`) moves its phases, and
 * runs no plan, so an archived plan is done when its summary is beside it, or was written where the
 * phase stood when the plan ran (`.planning/phases/<phase>/`).
 */
const gsdFormat = {
    kind: 'markdown',
    name: 'gsd',
    places: ['.planning/**/*-PLAN.md'],
    sections: ['goal', 'acceptance'],
    unit: 'session',
    inlinesContext: true,
    elementsAreText: true,
    mayMarkParallel: (text) => /^wave:/m.test(text),
    claim(document) {
        return isUnder(document.path, ['.planning']) && PLAN_NAME.test(fileNameOf(document.path)) ? 'a GSD plan (.planning/…-PLAN.md)' : undefined;
    },
    split(document, context) {
        const { frontmatter, source, path } = document;
        const values = frontmatter?.values ?? {};
        const planId = scalarText(values['plan_id']) ?? PLAN_NAME.exec(fileNameOf(path))?.[1];
        // GSD names a plan's files `<phase>-<plan>-…` (`03.6-01`), both read as written.
        const phase = scalarText(values['phase']);
        const plan = scalarText(values['plan']);
        const phasePlan = phase !== undefined && plan !== undefined ? `${phase}-${plan}` : undefined;
        const elements = tagElements(source.text, [...Object.keys(SECTION_OF), 'automated', 'output', 'execution_context']);
        // `<files>` are what a task writes, a list ("path/to/file.ext, another/file.ext"); `<read_first>` what it reads, which must be there.
        const declared = elements
            .filter((element) => FILE_ELEMENTS.has(element.name))
            .map(({ name, start, end }) => (name === 'files' ? { start, end, planned: true, list: true } : { start, end }));
        declared.push(...elements.filter((element) => element.name === 'context' || element.name === 'execution_context').flatMap(contextFiles));
        declared.push(...filesFields(source.text));
        const wave = scalarText(values['wave']);
        // GSD writes `<plan id>-SUMMARY.md` beside the plan once it is executed (the plan file's own name, or its id's).
        const folder = path.slice(0, path.lastIndexOf('/') + 1);
        // An archived phase (`.planning/milestones/v2.0-phases/01-core/`) was `.planning/phases/01-core/` when its plans ran and wrote their summaries.
        const ranIn = [folder, ...preArchiveFolder(folder)];
        const outputs = elements.filter((element) => element.name === 'output').flatMap((element) => outputSummary(element, folder, ranIn));
        // The summary is what the plan creates last ("After completion, create `…-SUMMARY.md`").
        declared.push(...outputs.map(({ start, end }) => ({ start, end, isNew: true })));
        // Or the summary its <output> says it writes ("After completion, create `…/03.6-SUMMARY.md`"), in its folder.
        const planName = fileNameOf(path).replace(/-PLAN\.md$/, '');
        const summaries = [
            ...ranIn.flatMap((place) => [planName, planId, phasePlan].flatMap((id) => (id === undefined ? [] : [`${place}${id}-SUMMARY.md`]))),
            ...outputs.map(({ file }) => file),
        ];
        const status = frontmatterStatus(frontmatter);
        return [
            {
                nodes: document.blocks,
                line: 1,
                endLine: lineCount(source),
                anchorLine: frontmatter?.line ?? 1,
                sectionDepth: null,
                ...(planId !== undefined ? { id: planId, idLine: frontmatter?.keyLines.get('plan_id') ?? frontmatter?.keyLines.get('plan') ?? 1 } : {}),
                ...(scalarText(values['title']) ? { title: scalarText(values['title']) } : document.headings[0] ? { title: document.headings[0].text } : {}),
                ...(frontmatter ? { frontmatter } : {}),
                ownsFrontmatter: true,
                dependsOn: gsd_dependenciesOf(document, context),
                parallel: wave !== undefined,
                parallelScope: `${path.slice(0, path.lastIndexOf('/'))}#wave ${wave ?? ''}`,
                // GSD records a plan's execution by writing its summary and keeps no status of its own: a `status:`
                // an author once wrote (`pending`) does not outlive the summary (round 45: an archived plan still `pending`).
                ...(summaries.some((summary) => context.hasFile(summary)) ? { status: { checked: true } } : status ? { status } : {}),
                declared,
                // The files the plan writes, and its must-haves (GSD's template: "artifacts: files that must exist
                // with real implementation", "key_links: critical connections between artifacts").
                // `<verify><automated>command</automated>`: the command that proves a task done ("MISSING — …" when there is none yet).
                commands: elements.filter((element) => element.name === 'automated' && !/^\s*MISSING\b/.test(element.content)).map(({ start, end }) => ({ start, end })),
                // `<execution_context>`: the GSD workflows and templates the executor loads from its install
                // (`@$HOME/.claude/get-shit-done/workflows/execute-plan.md`), on the author's machine; one installed
                // into the repository (`@.agent/get-shit-done/…`) is written from its root and checked as its files are.
                othersFiles: elements.filter((element) => element.name === 'execution_context').map(({ start, end }) => ({ start, end })),
                declaredItems: [
                    ...frontmatterPaths(document, frontmatter, ['files_modified'], { planned: true }),
                    ...nestedFrontmatterPaths(document, frontmatter, 'must_haves', ['artifacts', 'key_links'], ['path', 'from', 'to'], { planned: true }),
                ],
                sections: sectionsOf(elements, source),
                criteria: gsd_criteriaOf(elements, tagElements(source.text, ['task']), source),
            },
        ];
    },
};
/** A task's files written as a Markdown field (`**Files:** \`a\`, \`b\``), the label and its line. */
const FILES_FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)Files:?(?:\*\*|__):?[ \t]*\S[^\n]*/gim;
/** A task's `**Files:**` line, in a plan written in Markdown rather than elements: the same field as `<files>`, the files the task writes. */
function filesFields(text) {
    return [...text.matchAll(FILES_FIELD)].map((match) => ({ start: match.index, end: match.index + match[0].length, planned: true, list: true }));
}
const SUMMARY = 'SUMMARY.md';
/** `.planning/milestones/v2.0-phases/01-core/`: a phase archived with its milestone. */
const ARCHIVED_PHASE = /^(.*)\.planning\/milestones\/[^/]+-phases\/([^/]+\/)$/;
/** Where an archived phase's plans ran: `.planning/phases/<phase>/`, before the milestone was archived. */
function preArchiveFolder(folder) {
    const match = ARCHIVED_PHASE.exec(folder);
    return match ? [`${match[1] ?? ''}.planning/phases/${match[2] ?? ''}`] : [];
}
/** The first summary a plan's `<output>` names, where it is written, when it lies in the plan's folder (written from the root, or by its name alone). */
function outputSummary(element, folder, ranIn) {
    const at = element.content.indexOf(SUMMARY);
    if (at === -1)
        return [];
    // The word holding it: back to a space, a quote or a bracket.
    let from = at;
    while (from > 0 && !/[\s`'"*()[\]]/.test(element.content.charAt(from - 1)))
        from -= 1;
    const named = element.content.slice(from, at + SUMMARY.length);
    if (/[{}*?]/.test(named))
        return [];
    const file = named.includes('/') ? named.replace(/^\.\//, '') : `${folder}${named}`;
    const start = element.start + from;
    return ranIn.includes(file.slice(0, file.lastIndexOf('/') + 1)) ? [{ file, start, end: start + named.length }] : [];
}
/**
 * GSD's `<context>` names the files to load as `@path` lines ("@src/path/to/relevant.ts"), read before
 * the first task: one path a line, which on Windows may hold spaces (`@C:\Users\Sam\My Projects\app\lib\a.dart`).
 * A remark may follow it, in parentheses or after a dash (`@.planning/research/PITFALLS.md (P5: hardcoded en0)`).
 */
const CONTEXT_FILE = /^[ \t]*@(?=[^\s$])([A-Za-z]:\\[^\n]*|[^\s]+)(?:[ \t]+(?:\(|[—–]|-[ \t])[^\n]*)?[ \t]*$/gm;
/** The `@path` lines of a `<context>` element: declared, and read before any task writes, so they must be there. */
function contextFiles(element) {
    return [...element.content.matchAll(CONTEXT_FILE)].map((match) => {
        const start = element.start + (match.index ?? 0) + match[0].indexOf('@') + 1;
        return { start, end: start + (match[1] ?? '').length, read: true, wholePath: true };
    });
}
/**
 * `depends_on`: plan ids. GSD records executed work as `<id>-…SUMMARY.md` in the phase folder, also
 * for work that had no plan of its own (`04-04-FOLLOWUP-SUMMARY.md`): a dependency on such work is met.
 */
function gsd_dependenciesOf({ frontmatter, path }, context) {
    const list = frontmatter?.values['depends_on'];
    if (!frontmatter || !Array.isArray(list))
        return [];
    const lines = frontmatter.itemLines.get('depends_on') ?? [];
    const folder = path.slice(0, path.lastIndexOf('/'));
    const summaries = (context.filesUnder?.(folder) ?? []).filter((file) => file.endsWith('SUMMARY.md'));
    return list.flatMap((item, index) => {
        // `04-04 (followup)`: the id is the first word, the rest a note. A plan's file is `<id>-PLAN.md`, so
        // `01-PLAN` (or `01-PLAN.md`) names the plan of id `01`.
        const id = scalarText(item)?.split(/\s/)[0];
        if (id === undefined)
            return [];
        const key = id.replace(/-PLAN(?:\.md)?$/, '');
        const met = summaries.some((file) => file.startsWith(`${folder}/${key}-`));
        return [{ id, key, line: lines[index] ?? frontmatter.keyLines.get('depends_on') ?? frontmatter.line, ...(met ? { met: true } : {}) }];
    });
}
/** A section per kind, named by every element of that kind the plan has (`<verify>/<done>`): a plan's criteria come from all of them. */
function sectionsOf(elements, source) {
    const sections = [];
    for (const element of elements) {
        const kind = SECTION_OF[element.name];
        if (kind === undefined || sections.some((section) => section.kind === kind))
            continue;
        const names = [...new Set(elements.filter((other) => SECTION_OF[other.name] === kind).map((other) => `<${other.name}>`))];
        sections.push({
            kind,
            heading: names.join('/'),
            line: positionAt(source, element.start).line,
            endLine: positionAt(source, element.end).line,
            isEmpty: element.content.trim() === '',
        });
    }
    return sections;
}
/**
 * A criterion per task: GSD checks a task by its `<verify>` and `<done>` (or its `<acceptance_criteria>`),
 * which are the checks of that one task, not criteria of their own; an acceptance element of the plan
 * outside every task (`<verification>`, `<success_criteria>`) is one criterion more.
 */
function gsd_criteriaOf(elements, tasks, source) {
    const counted = new Set();
    const criteria = [];
    for (const element of elements) {
        if (SECTION_OF[element.name] !== 'acceptance' || element.content.trim() === '')
            continue;
        const task = tasks.find((candidate) => element.start >= candidate.start && element.end <= candidate.end);
        if (task !== undefined && counted.has(task))
            continue;
        if (task !== undefined)
            counted.add(task);
        const first = element.content.split('\n').find((text) => text.trim() !== '') ?? '';
        criteria.push({ text: first.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, ''), line: positionAt(source, element.start + element.content.indexOf(first)).line });
    }
    return criteria;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/kiro.ts



/** `1.`, `2.1`, `3.2.1` after the checkbox (an optional task is `- [ ]*`), then `(P)` and the title in any order. */
const TASK_LINE = /^\*?[ \t]*(\d+(?:\.\d+)*)\.?[ \t]+(.*)/;
const PARALLEL_MARK = /\(P\)/;
const DEPENDS_FIELD = /_Depends(?: on)?:([^_\n]*)_/gi;
const TASK_NUMBER = /\d+(?:\.\d+)*/g;
function isTask(firstLine) {
    return TASK_LINE.test(firstLine);
}
/**
 * Kiro and cc-sdd: `.kiro/specs/<feature>/tasks.md`, numbered checkbox tasks `- [ ] 2.1 Create the
 * data models` with detail bullets, `_Requirements: 1.1_`, `_Depends: 1.1_`; `(P)` marks a task
 * that may run beside the other `(P)` tasks of its major task; `- [ ]*` an optional one. A task's
 * text names what it works on; a checked task is done. Ids are the plan's own.
 */
const kiroFormat = {
    kind: 'markdown',
    name: 'kiro',
    places: ['.kiro/specs/*/tasks.md'],
    writesTickets: 'numbered checkbox tasks (`- [ ] 1.1 …`)',
    sections: [],
    unit: 'step',
    mayMarkParallel: (text) => text.includes('(P)'),
    claim(document) {
        if (fileNameOf(document.path) !== 'tasks.md' || !isUnder(document.path, ['.kiro/specs']))
            return undefined;
        const tasks = planItems(document, isTask).length;
        return tasks > 0 ? `a Kiro tasks.md of ${tasks} numbered tasks (- [ ] 1.1 …)` : undefined;
    },
    split(document) {
        return planItems(document, isTask).map((task) => {
            const [, id = '', rest = ''] = TASK_LINE.exec(task.firstLine) ?? [];
            const title = rest.replace(PARALLEL_MARK, '').trim();
            const text = document.source.text.slice(task.start, task.end);
            return {
                nodes: task.item.children,
                line: task.line,
                endLine: task.endLine,
                anchorLine: task.line,
                sectionDepth: null,
                id,
                idKey: fileScopedKey(document.path, id),
                idLine: task.line,
                ...(title ? { title } : {}),
                ownsFrontmatter: false,
                dependsOn: dependenciesIn(text, document, task.start),
                parallel: PARALLEL_MARK.test(rest),
                parallelScope: `${document.path}#${id.split('.')[0] ?? ''}`,
                status: { checked: task.checked },
                declared: [{ start: task.firstLineOffset, end: task.end, sentence: true }],
            };
        });
    },
};
function dependenciesIn(text, document, start) {
    const found = [];
    for (const match of text.matchAll(DEPENDS_FIELD)) {
        const offset = start + (match.index ?? 0);
        const { line } = positionAt(document.source, offset);
        for (const id of (match[1] ?? '').match(TASK_NUMBER) ?? [])
            found.push({ id, key: fileScopedKey(document.path, id), line });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/heading-tickets.ts


/** The tickets of a file marked out by ticket headings (`## Ticket 2: …`, `### Task 3: …`). */
function headingTickets(document, ticketHeadings) {
    const { headings, blocks } = document;
    return ticketHeadings.map((heading) => {
        // `#### Task 10a` under `### Task 10` is a ticket of its own, not a part of Task 10.
        const end = headings.find((other) => other.index > heading.index && (other.depth <= heading.depth || ticketHeadings.includes(other)));
        const endIndex = end?.index ?? blocks.length;
        return { heading, endIndex, line: heading.line, endLine: lastContentLine(blocks, heading.index, endIndex), ...ticketHeadingParts(heading.text) };
    });
}

;// CONCATENATED MODULE: ./src/core/parse/formats/roadmap.ts



/**
 * A roadmap: a file of ticket headings (`## Ticket 2: …`, `### Task T-12 — …`), each a ticket running
 * to the next heading of its level or higher, its sections the headings one level below, its id
 * from the heading, what it waits for in a "Depends on:" line. The tickets of a roadmap may run side
 * by side unless one depends on another. A lone ticket heading at the top of a file is a single
 * ticket's title, not a roadmap.
 */
const roadmapFormat = {
    kind: 'markdown',
    name: 'roadmap',
    places: [],
    sections: ['goal', 'context', 'acceptance'],
    unit: 'session',
    siblingsInParallel: true,
    mayMarkParallel: () => false,
    claim(document) {
        const ticketHeadings = document.headings.filter(isTicketHeading);
        return isRoadmap(document.headings, ticketHeadings) ? `${ticketHeadings.length} ticket headings (${ticketHeadings[0]?.text ?? ''} …)` : undefined;
    },
    split(document) {
        return headingTickets(document, document.headings.filter(isTicketHeading)).map((ticket) => {
            const nodes = document.blocks.slice(ticket.heading.index, ticket.endIndex);
            return {
                nodes,
                line: ticket.line,
                endLine: ticket.endLine,
                anchorLine: ticket.line,
                sectionDepth: ticket.heading.depth + 1,
                ...(ticket.id !== undefined ? { id: ticket.id, idLine: ticket.line } : {}),
                ...(ticket.title ? { title: ticket.title } : {}),
                ownsFrontmatter: false,
                dependsOn: dependsOnLines(nodes),
                parallel: false,
            };
        });
    },
};
function isRoadmap(headings, ticketHeadings) {
    const [first] = ticketHeadings;
    if (first === undefined)
        return false;
    if (ticketHeadings.length > 1)
        return true;
    return headings.some((heading) => heading.index < first.index && heading.depth <= first.depth);
}

;// CONCATENATED MODULE: ./src/core/parse/formats/spec-kit.ts


/**
 * `T012 [P] [US1] Create the model in src/models/user.py`: the id (bold, or in brackets as the markers
 * after it are: `[T012] [P2] [US3]`), then markers in brackets, then the task.
 */
const spec_kit_TASK_LINE = /^(?:\[(?=T\d+[A-Za-z]?\])|\**)(T\d+[A-Za-z]?)(?:\]|\**)(.*)/;
const DEPENDS_ON = /\bdepends on:?[ \t]*((?:T\d+[A-Za-z]?(?:[ \t]*(?:,|and|&)[ \t]*)?)+)/gi;
/** `T064`, and `T064a` for a task slotted in after it. */
const TASK_ID = /T\d+[A-Za-z]?/g;
function spec_kit_isTask(firstLine) {
    return spec_kit_TASK_LINE.test(firstLine);
}
/**
 * GitHub's spec-kit: `specs/<feature>/tasks.md`, a checklist of tasks `- [ ] T012 [P] [US1] Create
 * the model in src/models/user.py` under `## Phase N` headings. Each task is one step of the
 * implementation: its description names its files ("include exact file paths in descriptions"),
 * `[P]` marks the tasks of a phase that touch different files and may run side by side, "(depends
 * on T012)" says what comes first, and a checked task is done. Ids are the plan's own.
 */
const specKitFormat = {
    kind: 'markdown',
    name: 'spec-kit',
    places: ['**/specs/*/tasks.md', '.specify/**/tasks.md'],
    writesTickets: 'checkbox tasks with ids (`- [ ] T001 …`)',
    sections: [],
    unit: 'step',
    mayMarkParallel: (text) => text.includes('[P]'),
    claim(document) {
        if (fileNameOf(document.path) !== 'tasks.md')
            return undefined;
        const tasks = planItems(document, spec_kit_isTask).length;
        return tasks > 0 ? `a tasks.md of ${tasks} spec-kit tasks (- [ ] T001 …)` : undefined;
    },
    split(document) {
        return planItems(document, spec_kit_isTask).map((task) => {
            const [, id = '', rest = ''] = spec_kit_TASK_LINE.exec(task.firstLine) ?? [];
            const { markers, title } = splitMarkers(rest);
            const text = document.source.text.slice(task.start, task.end);
            return {
                nodes: task.item.children,
                line: task.line,
                endLine: task.endLine,
                anchorLine: task.line,
                sectionDepth: null,
                id,
                idKey: fileScopedKey(document.path, id),
                idLine: task.line,
                ...(title.trim() ? { title: title.trim() } : {}),
                ownsFrontmatter: false,
                dependsOn: spec_kit_dependenciesIn(text, document.path, task.line),
                parallel: markers.includes('P'),
                parallelScope: `${document.path}#${task.heading?.text ?? ''}`,
                status: { checked: task.checked },
                declared: [{ start: task.firstLineOffset, end: task.end, sentence: true }],
            };
        });
    },
};
function spec_kit_dependenciesIn(text, file, line) {
    const found = [];
    for (const match of text.matchAll(DEPENDS_ON)) {
        for (const id of (match[1] ?? '').match(TASK_ID) ?? [])
            found.push({ id, key: fileScopedKey(file, id), line });
    }
    return found;
}
/** The bracketed markers at the start of a task's text (`[P] [US1]`) and the text after them. */
function splitMarkers(text) {
    const markers = [];
    let rest = text.trim();
    while (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close === -1)
            break;
        markers.push(rest.slice(1, close).trim());
        rest = rest.slice(close + 1).trim();
    }
    return { markers, title: rest };
}

;// CONCATENATED MODULE: ./src/core/parse/formats/spec-workflow.ts




const spec_workflow_TASK_LINE = /^(\d+(?:\.\d+)*)\.?[ \t]+(.*)/;
/** The fields a task's bullets declare: `- File: path`, `- _Leverage: a, b_`, `- _Prompt: … | Success: …_`. */
const FIELD = /^[ \t]*(?:[-*+][ \t]+)?_?(File|Files|Leverage|Prompt)[ \t]*:[ \t]*/i;
function spec_workflow_isTask(firstLine) {
    return spec_workflow_TASK_LINE.test(firstLine);
}
/**
 * spec-workflow: `.spec-workflow/specs/<feature>/tasks.md`, numbered checkbox tasks `- [ ] 3. Title`
 * whose bullets are fields: `- File: path` and `- _Leverage: path, path_` name its files (plain text
 * or not), `- _Requirements: 1.2_` what it serves, `- _Prompt: Role: … | Task: … | Success: …_` the
 * prompt of its session, whose Success part is its acceptance. A checked task is done.
 */
const specWorkflowFormat = {
    kind: 'markdown',
    name: 'spec-workflow',
    places: ['.spec-workflow/specs/*/tasks.md'],
    writesTickets: 'numbered checkbox tasks (`- [ ] 1. …`)',
    sections: [],
    unit: 'step',
    mayMarkParallel: () => false,
    claim(document) {
        if (fileNameOf(document.path) !== 'tasks.md' || !isUnder(document.path, ['.spec-workflow/specs']))
            return undefined;
        const tasks = planItems(document, spec_workflow_isTask).length;
        return tasks > 0 ? `a spec-workflow tasks.md of ${tasks} numbered tasks (- [ ] 1. …)` : undefined;
    },
    split(document) {
        return planItems(document, spec_workflow_isTask).map((task) => {
            const [, id = '', title = ''] = spec_workflow_TASK_LINE.exec(task.firstLine) ?? [];
            const { declared, criteria, sections } = fieldsOf(task, document);
            return {
                nodes: task.item.children,
                line: task.line,
                endLine: task.endLine,
                anchorLine: task.line,
                sectionDepth: null,
                id,
                idKey: fileScopedKey(document.path, id),
                idLine: task.line,
                ...(title.trim() ? { title: title.trim() } : {}),
                ownsFrontmatter: false,
                dependsOn: [],
                parallel: false,
                status: { checked: task.checked },
                declared,
                criteria,
                sections,
            };
        });
    },
};
/** The task's File and Leverage fields as declared ranges; the Success part of its prompt as its criterion. */
function fieldsOf(task, document) {
    const declared = [];
    const criteria = [];
    const sections = [];
    const visit = (node) => {
        if (node.type === 'listItem' && node.position) {
            const start = node.position.start.offset ?? 0;
            const lineEnd = document.source.text.indexOf('\n', start);
            const firstLine = document.source.text.slice(start, lineEnd === -1 ? node.position.end.offset : lineEnd);
            const field = FIELD.exec(firstLine);
            const kind = field?.[1]?.toLowerCase();
            if (field && (kind === 'file' || kind === 'files' || kind === 'leverage')) {
                // `File:` names what the task writes; `_Leverage:_` what it builds on, which must be there.
                declared.push({ start: start + field[0].length, end: start + firstLine.length, planned: kind !== 'leverage' });
                if (!sections.some((section) => section.kind === 'context')) {
                    sections.push({ kind: 'context', heading: field[1] ?? 'File', line: markdown_document_startLine(node), endLine: endLine(node), isEmpty: false });
                }
            }
            const success = kind === 'prompt' ? successOf(firstLine) : undefined;
            if (success)
                criteria.push({ text: success, line: markdown_document_startLine(node) });
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    for (const child of task.item.children)
        visit(child);
    return { declared, criteria, sections };
}
/** The Success part of a prompt field: what follows `Success:`, up to the next `|` or the field's end. */
function successOf(prompt) {
    const start = prompt.toLowerCase().indexOf('success:');
    if (start === -1)
        return undefined;
    const rest = prompt.slice(start + 'success:'.length);
    const bar = rest.indexOf('|');
    return trimEnd((bar === -1 ? rest : rest.slice(0, bar)).trim(), '_ ').trim() || undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/spec.ts

/** A master spec (`type: spec` in its frontmatter) whose tickets live in other files: no tickets here. */
const specFormat = {
    kind: 'markdown',
    name: 'spec',
    places: [],
    sections: [],
    unit: 'session',
    mayMarkParallel: () => false,
    claim: (document) => document.frontmatter?.values['type'] === 'spec' && !document.headings.some(isTicketHeading) ? 'a master spec (type: spec), whose tickets are other files' : undefined,
    split: () => [],
};

;// CONCATENATED MODULE: ./src/core/parse/formats/superpowers.ts





const PLAN_FOLDERS = ['docs/plans', 'docs/superpowers/plans'];
/** `- Create: \`path\``, `- Create (temp only): \`path\``: a file the task will make. */
const CREATE_ITEM = /^[ \t]*(?:[-*+][ \t]+)?[*_]*Create(?:[ \t]*\([^)\n]*\))?[*_]*[ \t]*:/i;
/** `- Test: \`tests/path/test.py\``: the test file the task writes, which may be new (a test file: its path says so). */
const TEST_ITEM = /^[ \t]*(?:[-*+][ \t]+)?[*_]*Tests?[*_]*[ \t]*:.*(?:tests?|spec)/i;
/**
 * superpowers plans (`docs/plans/*.md`, `docs/superpowers/plans/*.md`): `### Task N: Title` headings,
 * each a task a fresh agent session carries out, its files in a `**Files:**` list: `- Create: \`path\``
 * (a file it makes), `- Modify: \`path:123-145\``, `- Test: \`path\``. Tasks run in order; ids are the
 * plan's own.
 */
const superpowersFormat = {
    kind: 'markdown',
    name: 'superpowers',
    places: PLAN_FOLDERS.map((folder) => `${folder}/**/*.md`),
    sections: [],
    unit: 'session',
    inlinesContext: true,
    mayMarkParallel: () => false,
    claim(document) {
        if (!isUnder(document.path, PLAN_FOLDERS))
            return undefined;
        const tasks = document.headings.filter(isTicketHeading).length;
        return tasks > 0 ? `a superpowers plan of ${tasks} task headings (### Task 1: …)` : undefined;
    },
    split(document) {
        return headingTickets(document, document.headings.filter(isTicketHeading)).map((ticket) => {
            const nodes = document.blocks.slice(ticket.heading.index, ticket.endIndex);
            const declared = filesField(nodes);
            return {
                nodes,
                line: ticket.line,
                endLine: ticket.endLine,
                anchorLine: ticket.line,
                sectionDepth: ticket.heading.depth + 1,
                ...(ticket.id !== undefined ? { id: ticket.id, idKey: fileScopedKey(document.path, ticket.id), idLine: ticket.line } : {}),
                ...(ticket.title ? { title: ticket.title } : {}),
                ownsFrontmatter: false,
                dependsOn: [],
                parallel: false,
                declared,
            };
        });
    },
};
/** The items of the list after a `**Files:**` paragraph, each a declared range; `Create:` items are new files, `Test:` items may be. */
function filesField(nodes) {
    const declared = [];
    nodes.forEach((node, index) => {
        if (node.type !== 'paragraph' || !/^files\s*:?$/i.test((0,lib/* toString */.d)(node).trim()))
            return;
        const list = nodes[index + 1];
        if (list?.type !== 'list')
            return;
        for (const item of list.children) {
            const start = item.position?.start.offset;
            const end = item.position?.end.offset;
            const text = (0,lib/* toString */.d)(item);
            // A step (`- [ ] **Step 1: …**`) that Markdown joins to the list is no file field.
            if (start === undefined || end === undefined || /^\[[ xX]\]\s/.test(text))
                continue;
            // The format's fields: Create makes a file, Test writes a test file that may be new, Modify changes one
            // that is there; any other field (Reference, Rewrite, Delete), or a Test: of a file that is no test
            // (the file tested), names a file that is there, or says so itself.
            declared.push({ start, end, isNew: CREATE_ITEM.test(text), planned: TEST_ITEM.test(text) });
        }
    });
    return declared;
}

;// CONCATENATED MODULE: ./src/core/parse/formats/task-master-text.ts



/** `task_003.txt` for a task of the master tag, `task_003_<tag>.txt` for one of another tag (as Task Master names them). */
const TASK_FILE = /^task_\d+(?:_([^/]+))?\.txt$/;
/** `# Task ID: 3`, `# Status: done`: a field is a top-level heading, its value after the colon. */
const task_master_text_FIELD = /^([A-Za-z][A-Za-z ]*):(.*)/;
const task_master_text_SECTION_OF = { description: 'goal', details: 'context', 'test strategy': 'acceptance' };
function task_master_text_fieldsOf(document) {
    const fields = new Map();
    for (const heading of document.headings) {
        if (heading.depth !== 1)
            continue;
        const match = task_master_text_FIELD.exec(heading.text);
        if (match?.[1] && !fields.has(match[1].toLowerCase()))
            fields.set(match[1].toLowerCase(), { value: (match[2] ?? '').trim(), heading });
    }
    return fields;
}
/**
 * The key of a Task Master id: ids are unique within one tag's list (each tag numbers its tasks from
 * 1), so the folder's task list and the tag make the key. The id stays after the `#`, the word searched for.
 */
function taskMasterKey(folder, tag, id) {
    return `${folder}/tasks.json@${tag}#${id}`;
}
/** The tag a task file's tasks belong to, by its name: `task_003_<tag>.txt`, or the master tag. */
function tagOfFile(path) {
    return TASK_FILE.exec(fileNameOf(path))?.[1] ?? MASTER_TAG;
}
/** The tag Task Master's untagged lists (`{"tasks": [...]}`) and untagged task files belong to. */
const MASTER_TAG = 'master';
/**
 * Task Master's task files (`.taskmaster/tasks/task_003.txt`, `task_003_<tag>.txt` for a tag other
 * than master): `# Task ID:`, `# Title:`, `# Status:`,
 * `# Dependencies:`, `# Description:` (the goal), `# Details:` (the context, naming files in plain
 * text), `# Test Strategy:` (the acceptance), then subtasks. Task Master writes them from tasks.json:
 * where that file is there, it is linted instead and these are skipped.
 */
const taskMasterTextFormat = {
    kind: 'markdown',
    name: 'task-master-txt',
    places: ['.taskmaster/tasks/task_*.txt'],
    writesTickets: 'a task\'s fields as headings (`# Task ID: 3`, `# Title: …`)',
    sections: ['goal', 'context', 'acceptance'],
    unit: 'session',
    mayMarkParallel: () => false,
    claim(document, context) {
        if (!TASK_FILE.test(fileNameOf(document.path)) || !task_master_text_fieldsOf(document).has('task id'))
            return undefined;
        const folder = document.path.slice(0, document.path.lastIndexOf('/') + 1);
        if (context.hasFile(`${folder}tasks.json`))
            return { skip: `generated from ${folder}tasks.json, which is linted instead` };
        return 'a Task Master task file (# Task ID: …)';
    },
    split(document) {
        const fields = task_master_text_fieldsOf(document);
        const folder = document.path.slice(0, Math.max(0, document.path.lastIndexOf('/')));
        const id = fields.get('task id');
        const tag = tagOfFile(document.path);
        const status = fields.get('status');
        const dependencies = fields.get('dependencies');
        const { sections, declared, criteria } = task_master_text_sectionsOf(document, fields);
        // The task's own lines: its subtasks are tasks of their own for the session that takes them.
        const subtasks = fields.get('subtasks');
        return [
            {
                nodes: subtasks ? document.blocks.slice(0, subtasks.heading.index) : document.blocks,
                line: 1,
                endLine: subtasks ? Math.max(1, subtasks.heading.line - 1) : lineCount(document.source),
                anchorLine: id?.heading.line ?? 1,
                sectionDepth: null,
                ...(id?.value ? { id: id.value, idKey: taskMasterKey(folder, tag, id.value), idLine: id.heading.line } : {}),
                ...(fields.get('title')?.value ? { title: fields.get('title')?.value } : {}),
                ownsFrontmatter: false,
                dependsOn: dependencies ? idsIn(dependencies.value, folder, tag, dependencies.heading.line) : [],
                parallel: false,
                ...(status?.value ? { status: { word: status.value, line: status.heading.line } } : {}),
                sections,
                declared,
                criteria,
            },
        ];
    },
};
/** Task Master's dependencies: ids of the same tag separated by commas, or "None". */
function idsIn(text, folder, tag, line) {
    return text
        .split(',')
        .map((id) => id.trim())
        .filter((id) => /^\d+(?:\.\d+)*$/.test(id))
        .map((id) => ({ id, key: taskMasterKey(folder, tag, id), line }));
}
function task_master_text_sectionsOf(document, fields) {
    const sections = [];
    const declared = [];
    const criteria = [];
    for (const [name, { value, heading }] of fields) {
        const kind = task_master_text_SECTION_OF[name];
        if (kind === undefined)
            continue;
        const next = document.headings.find((other) => other.index > heading.index && other.depth === 1);
        const body = document.blocks.slice(heading.index + 1, next?.index ?? document.blocks.length);
        const last = body.at(-1);
        const isEmpty = value === '' && body.length === 0;
        sections.push({ kind, heading: name, line: heading.line, endLine: last ? endLine(last) : heading.line, isEmpty });
        const start = body[0]?.position?.start.offset;
        const end = last?.position?.end.offset;
        if (kind === 'context' && start !== undefined && end !== undefined)
            declared.push({ start, end });
        if (kind === 'acceptance' && !isEmpty)
            criteria.push({ text: value || 'test strategy', line: heading.line });
    }
    return { sections, declared, criteria };
}

;// CONCATENATED MODULE: ./src/core/parse/formats/task-master-json.ts





/** The fields of a task and what each is: the description its goal, the details its context, the test strategy its acceptance. */
const SECTION_FIELDS = [
    ['description', 'goal'],
    ['details', 'context'],
    ['testStrategy', 'acceptance'],
];
/** A JSON string's escapes, blanked to the same width so that words keep their offsets in the file. */
const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|.)/g;
/**
 * A JSON string's text as its reader sees it, at the same offsets: each escape blanked, but `\n`, which
 * ends a line there, ends one here (a space and a line break), so that no code span runs on past it.
 */
function stringText(source, range) {
    return source.text.slice(range[0], range[1]).replace(ESCAPE, (escape) => (escape === '\\n' ? ' \n' : ' '.repeat(escape.length)));
}
/**
 * Task Master's task list, `.taskmaster/tasks/tasks.json`: `{"master": {"tasks": [{id, title,
 * description, status, dependencies, details, testStrategy, subtasks}]}}` (a key per tag; older
 * lists are `{"tasks": [...]}`, the master tag's). Each task of each tag is a ticket at the lines of
 * its object; each tag numbers its own tasks, and a task's dependencies are tasks of its tag.
 */
const taskMasterJsonFormat = {
    kind: 'data',
    name: 'task-master',
    places: ['.taskmaster/tasks/tasks.json'],
    sections: ['goal', 'context', 'acceptance'],
    unit: 'session',
    mayMarkParallel: () => false,
    claim: (path) => (fileNameOf(path) === 'tasks.json' && path.includes('.taskmaster/') ? 'a Task Master task list (.taskmaster/tasks/tasks.json)' : undefined),
    read(path, source, context) {
        const lineCounter = new dist/* LineCounter */.HN();
        const document = (0,dist/* parseDocument */.Tp)(source.text, { lineCounter, uniqueKeys: false });
        const firstError = document.errors[0];
        if (firstError) {
            const line = lineCounter.linePos(firstError.pos[0]).line;
            return { tickets: [], problems: [{ about: 'file', line, message: `The task list is not valid JSON: ${firstError.message.split('\n')[0] ?? ''}` }] };
        }
        const lists = taskLists(document.contents);
        if (lists.length === 0) {
            return { tickets: [], problems: [{ about: 'file', line: 1, message: 'The task list has no tasks; expected {"<tag>": {"tasks": [...]}} or {"tasks": [...]}' }] };
        }
        const folder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
        const tickets = [];
        const problems = [];
        for (const { tasks, jsonPath, tag } of lists) {
            tasks.items.forEach((task, index) => {
                if ((0,dist/* isMap */.jh)(task)) {
                    tickets.push(taskTicket(task, { path, source, context, folder, tag }));
                    return;
                }
                const range = task?.range;
                const line = range ? positionAt(source, range[0]).line : 1;
                problems.push({ about: 'file', line, message: `${jsonPath}[${index}] is not a task; expected an object with id, title and description` });
            });
        }
        return { tickets, problems };
    },
};
function taskLists(contents) {
    if (!(0,dist/* isMap */.jh)(contents))
        return [];
    const direct = contents.get('tasks', true);
    if ((0,dist/* isSeq */.oP)(direct))
        return [{ tasks: direct, jsonPath: '$.tasks', tag: MASTER_TAG }];
    const lists = [];
    for (const pair of contents.items) {
        const tag = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const tasks = (0,dist/* isMap */.jh)(pair.value) ? pair.value.get('tasks', true) : undefined;
        if ((0,dist/* isSeq */.oP)(tasks))
            lists.push({ tasks, jsonPath: `$.${tag}.tasks`, tag });
    }
    return lists;
}
function taskTicket(task, { path, source, context, folder, tag }) {
    const [start = 0, , end = start] = task.range ?? [];
    const line = positionAt(source, start).line;
    const endLine = positionAt(source, Math.max(start, end - 1)).line;
    const text = (key) => {
        const value = task.get(key);
        return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    };
    const lineOf = (key) => {
        const node = task.get(key, true);
        return node?.range ? positionAt(source, node.range[0]).line : line;
    };
    const id = text('id');
    const sections = [];
    const criteria = [];
    for (const [key, kind] of SECTION_FIELDS) {
        const value = text(key);
        if (value === undefined)
            continue;
        sections.push({ kind, heading: key, line: lineOf(key), endLine: lineOf(key), isEmpty: value.trim() === '' });
        if (kind === 'acceptance' && value.trim() !== '')
            criteria.push({ text: value.trim(), line: lineOf(key) });
    }
    const subtasks = task.get('subtasks', true);
    // The files of a task are named in its details, and in the details of the subtasks it is expanded
    // into that are still to do (`task-master expand` writes the implementation notes there).
    const owners = [task, ...((0,dist/* isSeq */.oP)(subtasks) ? subtasks.items.filter((subtask) => (0,dist/* isMap */.jh)(subtask) && !isDone(subtask, path, context)) : [])];
    // Their description and test strategy are prose: the paths in them are mentions.
    const pointers = owners.flatMap((owner) => [...detailsPointers(owner, source, context), ...proseMentions(owner, source, context)]);
    const dependencies = task.get('dependencies');
    const status = text('status');
    const title = text('title');
    // The task's own text: its subtasks are tasks of their own for the session that takes them.
    const subtasksKey = task.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'subtasks')?.key;
    const ownEnd = subtasks?.range && subtasksKey?.range ? subtasksKey.range[0] : end;
    return {
        file: path,
        line,
        endLine,
        anchorLine: line,
        ...(id !== undefined ? { id, idKey: taskMasterKey(folder, tag, id), idLine: lineOf('id') } : {}),
        ...(title ? { title } : {}),
        text: source.text.slice(start, ownEnd),
        ownsFrontmatter: false,
        format: taskMasterJsonFormat.name,
        requiredSections: taskMasterJsonFormat.sections,
        unit: taskMasterJsonFormat.unit,
        lifecycle: lifecycleOf(path, status ? { word: status, line: lineOf('status') } : undefined, context.status),
        sections,
        criteria,
        pointers,
        prose: new Uint32Array(0),
        dependsOn: (0,dist/* isSeq */.oP)(dependencies) ? idsIn(dependencies.items.map((item) => ((0,dist/* isScalar */.jn)(item) ? String(item.value) : '')).join(','), folder, tag, lineOf('dependencies')) : [],
        parallel: false,
        parallelScope: '',
        siblingsInParallel: false,
    };
}
/** The pointers of a task's or subtask's `details`, at their places in the file. */
function detailsPointers(owner, source, context) {
    const details = owner.get('details', true);
    return details?.range ? context.pointersIn(stringText(source, details.range), details.range[0]) : [];
}
/** The mentions of paths in a task's or subtask's `description` and `testStrategy`, at their places in the file. */
function proseMentions(owner, source, context) {
    return ['description', 'testStrategy'].flatMap((key) => {
        const node = owner.get(key, true);
        return node?.range ? context.mentionsIn(stringText(source, node.range), node.range[0]) : [];
    });
}
function isDone(subtask, path, context) {
    const status = subtask.get('status');
    return typeof status === 'string' && lifecycleOf(path, { word: status, line: 1 }, context.status).state === 'done';
}

;// CONCATENATED MODULE: ./src/core/parse/formats/index.ts













/**
 * Every ticket format, in the order they are asked to claim a file: the formats of a tool's own
 * files first, then a roadmap of ticket headings, then a single ticket (the fallback).
 */
const FORMATS = [
    taskMasterJsonFormat,
    taskMasterTextFormat,
    specKitFormat,
    kiroFormat,
    specWorkflowFormat,
    backlogMdFormat,
    gsdFormat,
    superpowersFormat,
    specFormat,
    roadmapFormat,
    bugReportFormat,
    singleFormat,
];
const FORMAT_NAMES = FORMATS.map((format) => format.name);
function formatNamed(name) {
    return FORMATS.find((format) => format.name === name);
}
/** Every place a format says its files live: the globs the default `tickets` setting is made of. */
const FORMAT_PLACES = [...new Set(FORMATS.flatMap((format) => format.places))];
const OWNED_PLACES = FORMATS.filter((format) => format.kind === 'data' || !format.fallback).flatMap((format) => format.places);
const isOwnedPlace = picomatch_default()([...OWNED_PLACES], { dot: true });
/** True when the path lies where a tool keeps its own files (a spec kit's `specs/`, GSD's `.planning/`): the fallback does not read it. */
function inOwnedPlace(path) {
    return isOwnedPlace(path);
}
/** A place that names its files (`tasks.md`, `*-PLAN.md`), not any Markdown file of a folder (`**\/*.md`). */
const NAMES_ITS_FILES = (place) => !/(?:^|\/)\*\.md$/.test(place);
/** Literal characters of a glob: the more, the narrower the place. */
const literalLength = (place) => place.replace(/\*/g, '').length;
const TICKET_FILE_PLACES = FORMATS.filter((format) => format.kind === 'markdown')
    .flatMap((format) => {
    const { writesTickets } = format;
    return writesTickets === undefined ? [] : format.places.filter(NAMES_ITS_FILES).map((place) => ({ format, place, writesTickets, matches: picomatch_default()(place, { dot: true }) }));
})
    .sort((a, b) => literalLength(b.place) - literalLength(a.place));
/**
 * A file a format's place names as one of its ticket files (Kiro's `.kiro/specs/<feature>/tasks.md`)
 * that the format reads no ticket from is not linted at all: said, not skipped in silence. The narrowest
 * place wins (`.kiro/specs/*\/tasks.md` over `**\/specs/*\/tasks.md`).
 */
function notWrittenAsItsPlaceSays(path) {
    const found = TICKET_FILE_PLACES.find((entry) => entry.matches(path));
    if (found === undefined)
        return undefined;
    const { format, place, writesTickets } = found;
    return {
        about: 'file',
        line: 1,
        severity: 'warning',
        message: `No ticket read: the file lies where ${format.name} keeps its ticket files (${place}), but none of it is written as ${format.name} writes a ticket: ${writesTickets}; nothing in it was checked`,
    };
}

;// CONCATENATED MODULE: ./src/core/parse/index-files.ts
/** Files that describe tickets rather than being one: a readme, a template, a spec. */
const NEVER_TICKETS = /^(?:readme|template|spec|.*[-_.](?:template|spec)|template[-_.].*)$/i;
/** `task-12 - Add-a-report-template`: an id, then a title in its own words, as Backlog.md names a task's file. */
const ID_THEN_TITLE = /^[A-Za-z]+-\d+(?:\.\d+)* - /;
/** Files whose name says they list tickets: they are read as tickets only when a format finds tickets in them. */
const INDEX_NAMES = /^(?:index|tickets|roadmap|backlog|todo|tasks|changelog)$/i;
const MARKDOWN_FILE = /\.(?:md|markdown|txt)$/i;
function stemOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(0, dot) : name;
}
/**
 * Why a file is never a ticket, whatever it holds: it is a readme or a template. A ticket's id before
 * its title says the name is a ticket's, whatever words the title holds ("… document template").
 */
function neverTicketReason(path) {
    const stem = stemOf(path);
    return NEVER_TICKETS.test(stem) && !ID_THEN_TITLE.test(stem) ? `'${stem}' names a readme, a template or a spec, not a ticket` : undefined;
}
/**
 * Why a file that no ticket format claims is an index of tickets rather than a ticket: its name
 * (INDEX, TICKETS, ROADMAP), or its content: list items or table rows that each link to another
 * Markdown file, and nothing else of note.
 */
function indexFileReason(document) {
    const stem = stemOf(document.path);
    if (INDEX_NAMES.test(stem))
        return `'${stem}' names an index of tickets`;
    let entries = 0;
    let linking = 0;
    const visit = (node) => {
        if (node.type === 'listItem' || node.type === 'tableRow') {
            entries += 1;
            if (linksToMarkdown(node))
                linking += 1;
            return;
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    for (const block of document.blocks)
        visit(block);
    return entries >= 3 && linking >= entries * 0.8 ? `it lists other ticket files (${linking} of its ${entries} entries link to one)` : undefined;
}
function linksToMarkdown(node) {
    if ((node.type === 'link' || node.type === 'definition') && MARKDOWN_FILE.test(node.url.split('#')[0] ?? ''))
        return true;
    return 'children' in node && node.children.some((child) => linksToMarkdown(child));
}

;// CONCATENATED MODULE: ./src/core/parse/element-text.ts




const fragment = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).freeze();
/**
 * A tag of the plan's structure (`<task type="auto">`, `</action>`), or the marks of a comment: not
 * text. The comment's own words are: the plan's agent reads them as the author wrote them (`<!-- New
 * core/types.rs after W3 step 1 -->` captions the code that follows).
 */
const TAG = /<!--|-->|<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?\/?>/g;
/** Elements whose content is code or preformatted text, not prose. */
const CODE_ELEMENT = /^\s*<(?:script|style|pre|textarea)\b/i;
/**
 * The text of an HTML block of a format whose XML-like elements are its structure (a GSD plan's
 * `<action>`, `<done>`, `<verification>`: "XML structure for Claude parsing"), read as the Markdown it
 * is: the tags blanked, each line's indentation set aside (an element's content is indented as the
 * element is, which Markdown would take for code), then parsed, every position put back where its
 * text stands in the file.
 */
function elementText(node, text) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || CODE_ELEMENT.test(node.value))
        return [];
    const blanked = text.slice(start, end).replace(TAG, (tag) => tag.replace(/[^\n]/g, ' '));
    // Each line's indentation moved to its end: line starts stay where they are.
    const indents = [];
    const lineStarts = [];
    let at = 0;
    const dedented = blanked
        .split('\n')
        .map((line) => {
        const indent = line.length - line.trimStart().length;
        indents.push(indent);
        lineStarts.push(at);
        at += line.length + 1;
        return line.slice(indent) + ' '.repeat(indent);
    })
        .join('\n');
    if (dedented.trim() === '')
        return [];
    const restore = (point) => {
        const offset = point.offset ?? 0;
        const line = positionAt({ text: dedented, lineStarts }, offset).line - 1;
        const lineEnd = lineStarts[line + 1] === undefined ? dedented.length : (lineStarts[line + 1] ?? 0) - 1;
        const indent = indents[line] ?? 0;
        point.offset = start + Math.min(offset + indent, lineEnd);
        point.column += Math.min(indent, lineEnd - offset);
        point.line += (node.position?.start.line ?? 1) - 1;
    };
    let tree;
    try {
        // The same bound as the file's own parse (F40): an element is one HTML block, as long as the author made it.
        tree = parseInParts(dedented, (part) => fragment.parse(part));
    }
    catch (error) {
        if (error instanceof MarkdownTooTangled)
            return [];
        throw error;
    }
    const shift = (child) => {
        if (child.position) {
            restore(child.position.start);
            restore(child.position.end);
        }
        if ('children' in child)
            for (const grandchild of child.children)
                shift(grandchild);
    };
    for (const child of tree.children)
        shift(child);
    return tree.children;
}

;// CONCATENATED MODULE: ./src/core/parse/tree-drawing.ts
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
function markOf(note) {
    const words = note.replace(/^[\s#/←<>=—–-]+/u, '').toLowerCase();
    if (CREATE.test(words))
        return 'create';
    if (MODIFY.test(words))
        return 'modify';
    if (KEEP.test(words))
        return 'keep';
    return undefined;
}
/** True when a block's text draws a tree: two or more lines with a connector. */
function isTreeDrawing(text) {
    let connectors = 0;
    for (const line of text.split('\n'))
        if (CONNECTOR.test(line) && ++connectors >= 2)
            return true;
    return false;
}
/**
 * The entries of a tree drawing, with offsets in the file. A line with no connector at the drawing's
 * left edge is a root (`backend/`); `rootName`, the repository's own folder, drawn as the root, is left
 * out of the paths (`superpowers/` over `lib/x.js` means `lib/x.js`), and so is a root drawn as `/` or `.`.
 */
function treeEntries(lines, rootName) {
    const drawn = [];
    const stack = [];
    for (const { line, offset: lineStart } of lines) {
        if (SPACER.test(line))
            continue;
        const connector = CONNECTOR.exec(line);
        const column = connector === null ? line.length - line.trimStart().length : connector[0].length;
        // A line of prose in the block, not drawn as an entry and not at a root's edge, ends nothing.
        if (connector === null && column > 0)
            continue;
        const rest = line.slice(column);
        const noteAt = rest.search(NOTE);
        const name = (noteAt === -1 ? rest : rest.slice(0, noteAt)).trim();
        if (name === '')
            continue;
        while (stack.length > 0 && (drawn[stack[stack.length - 1] ?? 0]?.column ?? 0) >= column)
            stack.pop();
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
function marked(drawn, rootName) {
    const marks = drawn.map((entry) => markOf(entry.note));
    // Parents come before their children: a new folder's entries are new with it.
    drawn.forEach((entry, index) => {
        if (marks[index] === 'create')
            for (const child of entry.children)
                marks[child] ??= 'create';
    });
    // Children come after their parents: walked backwards, a folder whose entries are all new is new.
    for (let index = drawn.length - 1; index >= 0; index--) {
        const children = drawn[index]?.children ?? [];
        if (marks[index] === undefined && children.length > 0 && children.every((child) => marks[child] === 'create'))
            marks[index] = 'create';
    }
    const rootPrefix = repositoryRootPrefix(drawn[0]?.path, rootName);
    return drawn.map((entry, index) => {
        const isFolder = entry.children.length > 0 && !entry.path.endsWith('/');
        let path = isFolder ? `${entry.path}/` : entry.path;
        if (rootPrefix !== undefined && path.startsWith(rootPrefix))
            path = path.slice(rootPrefix.length);
        return { path, start: entry.start, end: entry.end, mark: marks[index], hasEntries: entry.children.length > 0 };
    }).filter((entry) => entry.path !== '');
}
/**
 * What the entries' paths start with when the drawing's first root is the repository itself: `/`, `.`
 * or `./`, or the repository's own folder written as a folder (`superpowers/`).
 */
function repositoryRootPrefix(firstRoot, rootName) {
    if (firstRoot === '/')
        return '/';
    if (firstRoot === '.' || firstRoot === './')
        return './';
    return rootName !== undefined && firstRoot === `${rootName}/` ? firstRoot : undefined;
}
/**
 * The entries a drawing declares as paths: all of them when its author marks some entries new (the
 * others then stand as they are), and otherwise only those marked as changed or kept; a drawing of
 * what a plan will make, marked nowhere, declares nothing that must be there. A folder drawn with its
 * entries is declared by them: it is their place, not a pointer at all its files.
 */
function declaredTreeEntries(lines, rootName) {
    const entries = treeEntries(lines, rootName);
    const marksNew = entries.some((entry) => entry.mark === 'create');
    return entries.filter((entry) => !entry.hasEntries && (marksNew || entry.mark === 'modify' || entry.mark === 'keep'));
}

;// CONCATENATED MODULE: ./src/core/parse/node-offsets.ts
/** Where a code span's value starts in the file. */
function inlineCodeOffset(text, node) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const written = text.slice(start, end);
    const value = 'value' in node ? node.value : '';
    const index = value === '' ? -1 : written.indexOf(value);
    return start + (index === -1 ? 0 : index);
}
/** Where a link's destination starts: after `](` or `]:`, and after an opening `<`. */
function destinationOffset(text, node) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const written = text.slice(start, end);
    const opener = node.type === 'definition' ? written.indexOf(']:') : written.lastIndexOf('](');
    if (opener === -1)
        return start;
    let offset = opener + 2;
    while (offset < written.length && /[\s<]/.test(written[offset] ?? ''))
        offset += 1;
    return start + offset;
}

;// CONCATENATED MODULE: ./src/core/parse/pointer-collector.ts






/**
 * Finds a ticket's pointers (code spans, link targets, a context list item's first word, the words of
 * the fields its format declares for paths, words of prose written as paths with a folder) and its
 * prose, with the line and column of each in the file. Commands (code spans with spaces, shell blocks) give their arguments as mentions; other fenced
 * code and HTML are not read, but for declared fields.
 */
class PointerCollector {
    source;
    maker;
    elementsAreText;
    /** `elementsAreText`: the format's XML-like elements are its structure, and the text in them Markdown (MarkdownFormat.elementsAreText). */
    constructor(source, maker, elementsAreText = false) {
        this.source = source;
        this.maker = maker;
        this.elementsAreText = elementsAreText;
    }
    /** What the repository has, by which its paths are told from others (PathHints). */
    get hints() {
        return this.maker.hints;
    }
    /**
     * `context`: the context section's blocks; `acceptance`: the acceptance section's; `newFiles`: the
     * blocks of "Files to create" sections; `declared`: where the format declares paths, read word by
     * word; `items`: declared paths outside the Markdown, such as frontmatter lists.
     */
    collect(blocks, { context, acceptance, newFiles = [], declared = [], items = [], commands = [] } = {}) {
        const fields = declared.flatMap((range) => (range.list || range.wholePath ? [range] : withoutRemarks(this.source.text, range)));
        const state = { isNewByHeading: false, inContext: false, inAcceptance: false, inOpenCriterion: false, pointers: [], prose: [], droppedPointers: 0, declared: fields, remarks: [], inLink: false, openings: new Set(), commands };
        const within = (index, range) => index > range.start && index < range.end;
        for (const item of items)
            this.maker.addItem(item.raw, item.line, item.column, item, state);
        // Each block's place marked once: asking every range for every block was quadratic in headings.
        const inNewFiles = new Uint8Array(blocks.length);
        for (const range of newFiles)
            for (let index = range.start + 1; index < Math.min(range.end, blocks.length); index++)
                inNewFiles[index] = 1;
        blocks.forEach((block, index) => {
            if (block.type === 'yaml')
                return;
            state.isNewByHeading = inNewFiles[index] === 1;
            state.inContext = context !== undefined && within(index, context);
            state.inAcceptance = acceptance !== undefined && within(index, acceptance);
            this.walk(block, state);
        });
        for (const range of state.declared)
            this.maker.addWords(this.source.text.slice(range.start, range.end), range.start, range, state);
        for (const range of commands)
            addCommandLines(this.maker, commandLines(this.source.text, range), state);
        return { pointers: state.pointers, droppedPointers: state.droppedPointers, prose: Uint32Array.from(state.prose) };
    }
    walk(node, state) {
        switch (node.type) {
            case 'code':
                if (addTreeEntries(this.maker, node, this.source.text, state))
                    return;
                readCodeBlock(node, this.source.text, { commands: (lines) => addCommandLines(this.maker, lines, state), prose: (start, end, written) => this.addTextWords(start, end, state, written) });
                return;
            case 'html':
                if (this.elementsAreText)
                    for (const block of elementText(node, this.source.text))
                        this.walk(block, state);
                return;
            case 'yaml':
                return;
            case 'inlineCode':
                // A code span of a declared field is read with the field's words, one of a format's command with its command.
                if (startsIn(node, state.declared) || startsIn(node, state.commands))
                    return;
                if (isCommandSpan(node.value, this.maker.hints))
                    this.maker.addCommand(node.value, inlineCodeOffset(this.source.text, node), state, '', 'span');
                else
                    this.addPointer(node.value, 'code', node, state, inlineCodeOffset(this.source.text, node));
                return;
            case 'link':
            case 'image':
            case 'definition':
                this.addPointer(node.url, 'link', node, state, destinationOffset(this.source.text, node));
                state.inLink = true;
                for (const child of 'children' in node ? node.children : [])
                    this.walk(child, state);
                state.inLink = false;
                return;
            case 'text':
                addProse(node, state.prose);
                if (!state.inLink)
                    this.addTextWords(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, state);
                return;
            case 'paragraph':
                if (!startsIn(node, state.declared))
                    this.readListItemOpening(node, state);
                break;
            case 'listItem': {
                if (!startsIn(node, state.declared))
                    this.readListItemOpening(node, state);
                if (state.inContext)
                    this.markRemark(node, state);
                const { inOpenCriterion, documentFolder } = state;
                if (state.inAcceptance && checkboxOf(node, this.source.text)?.checked === false)
                    state.inOpenCriterion = true;
                state.documentFolder = openingDocumentFolder(node) ?? documentFolder;
                for (const child of node.children)
                    this.walk(child, state);
                Object.assign(state, { inOpenCriterion, documentFolder });
                return;
            }
            default:
                break;
        }
        if ('children' in node)
            for (const child of node.children)
                this.walk(child, state);
    }
    addPointer(raw, source, node, state, offset) {
        const end = node.position?.end.offset ?? offset + raw.length;
        // The ticket's context section is where its author declares the files that matter.
        const inRemark = state.remarks.some((range) => offset > range.start && offset < range.end);
        const place = { offset, clauseOffset: node.position?.start.offset ?? offset, endOffset: end, isNew: state.isNewByHeading, declared: state.inContext && !inRemark, inProse: true, promised: state.inOpenCriterion, ...(source === 'link' && state.documentFolder !== undefined ? { documentFolder: state.documentFolder } : {}) };
        this.maker.add(raw, source, place, state);
    }
    /**
     * A list item (or a paragraph) that opens by naming files: a value whose label says it is a file (`- Test: path:303`,
     * `- **Files:** a, b`, `**File:** path`) declares them wherever it stands; a plain path first (`- src/a.ts — what changes`) is declared in the
     * context section and mentioned elsewhere. Code spans and links in it are read by the walk.
     */
    readListItemOpening(item, state) {
        if (item.type !== 'listItem' && item.type !== 'paragraph')
            return;
        const paragraph = item.type === 'listItem' ? item.children[0] : item;
        const start = paragraph?.type === 'paragraph' ? paragraph.position?.start.offset : undefined;
        if (start === undefined)
            return;
        const lineEnd = this.source.text.indexOf('\n', start);
        const line = this.source.text.slice(start, lineEnd === -1 ? undefined : lineEnd);
        const opening = listItemOpening(line, state.inContext);
        // A paragraph of its own declares files by a field's name only (`**File:** \`path\``), not a phrase (`Original plan file:`).
        if (opening === undefined || (item.type === 'paragraph' && !(opening.kind === 'labelled' && isFileFieldName(line.slice(0, opening.offset)))))
            return;
        if (opening.kind === 'labelled') {
            const valueStart = start + opening.offset;
            if (!state.declared.some((range) => valueStart >= range.start && valueStart < range.end))
                state.declared.push({ start: valueStart, end: valueStart + opening.length });
            return;
        }
        const offset = start + opening.offset;
        state.openings.add(offset);
        this.maker.add(opening.word, 'list', { offset, endOffset: offset + opening.word.length, isNew: state.isNewByHeading, declared: state.inContext }, state);
    }
    /** A context list item that opens with paths declares those; the words after its separator are a remark. */
    markRemark(item, state) {
        if (item.type !== 'listItem')
            return;
        const paragraph = item.children[0];
        const start = paragraph?.type === 'paragraph' ? paragraph.position?.start.offset : undefined;
        const end = paragraph?.position?.end.offset;
        if (start === undefined || end === undefined)
            return;
        const remark = remarkOffset(this.source.text.slice(start, end));
        if (remark !== undefined)
            state.remarks.push({ start: start + remark - 1, end });
    }
    /**
     * The words of prose written as paths (`See docs/guide.md`, `In screens/a.py, …`), as Markdown
     * renders them; a word of a declared field or command, or the first word of a list item, is read there.
     */
    addTextWords(start, end, state, written = false) {
        for (const match of this.source.text.slice(start, end).matchAll(PROSE_WORD)) {
            const offset = start + (match.index ?? 0);
            const within = (range) => offset >= range.start && offset < range.end;
            if (!match[0].includes('/') || state.openings.has(offset) || state.declared.some(within) || state.commands.some(within))
                continue;
            const declared = state.inContext && !state.remarks.some((range) => offset > range.start && offset < range.end);
            this.maker.add(match[0], 'text', { offset, endOffset: offset + match[0].length, isNew: state.isNewByHeading, declared, inProse: true, promised: state.inOpenCriterion, planned: written }, state);
        }
    }
}
/** A Markdown document's path in a code span: `notes/agent-workflow.md`. */
const DOCUMENT_PATH = /^[^\s`<>]+\.(?:md|mdx|markdown)$/iu;
/**
 * The folder of the Markdown document a list item opens with, in a code span (`- \`notes/a.md\` — …`):
 * the item describes that document, and a link in its text is one the document holds.
 */
function openingDocumentFolder(item) {
    const paragraph = item.children[0];
    const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    if (first?.type !== 'inlineCode' || !DOCUMENT_PATH.test(first.value) || /^(?:[/~]|[A-Za-z]:)/.test(first.value))
        return undefined;
    const folder = first.value.includes('/') ? first.value.slice(0, first.value.lastIndexOf('/')) : '';
    if (folder === '..' || folder.startsWith('../'))
        return undefined;
    return folder === '.' ? '' : folder.replace(/^\.\//, '');
}
/** True when the node starts in one of the ranges (a declared field, a format's command). */
function startsIn(node, ranges) {
    const offset = node.position?.start.offset ?? 0;
    return ranges.some((range) => offset >= range.start && offset < range.end);
}
/** A text node's place in the file, as prose. */
function addProse(node, prose) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined)
        prose.push(start, end);
}
const OPENING_MARKS = /^(?:\[[ xX]\]\s+)?(?:\*\*|__)?/u;
/** The paths an item opens with: code spans, links or plain words (read as in list-openings.ts), joined by commas or "and". */
const OPENING_PATHS = /^(?:`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)|(?:\\\S|[^\s`[*_,\\])(?:\\\S|[^\s`[*_,\\]|_+(?=[^\s`[*_,]))*)(?:(?:\*\*|__)?(?:,\s*|\s+and\s+)(?:`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)|(?:\\\S|[^\s`[*_,\\])(?:\\\S|[^\s`[*_,\\]|_+(?=[^\s`[*_,]))*))*/u;
/** What ends the paths and starts the remark: a dash, a colon or an opening parenthesis. */
const REMARK_SEPARATOR = /^(?:\*\*|__)?(?::\d[\d,-]*)?(?:\s+[—–-]\s|:\s|\s+\()/u;
/** Where the remark of a list item's text starts, when the item opens with paths and a separator follows them. */
function remarkOffset(text) {
    const marks = OPENING_MARKS.exec(text)?.[0].length ?? 0;
    const paths = OPENING_PATHS.exec(text.slice(marks));
    if (paths === null)
        return undefined;
    const afterPaths = marks + paths[0].length;
    const separator = REMARK_SEPARATOR.exec(text.slice(afterPaths));
    if (separator === null)
        return undefined;
    // A plain first word is a path only when it is written as one (`- Parser: …` is a label).
    const first = paths[0];
    if (!first.startsWith('`') && !first.startsWith('[') && !/[/.]/.test(first.split(/[\s,]/)[0] ?? ''))
        return undefined;
    return afterPaths + separator[0].length;
}
/** `- Modify: `, `- [ ] `, `1. `, `Create (temp only): `: what stands before a field line's paths. */
const FIELD_LINE_OPENING = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?(?:[*_]{0,2}[A-Z][\w ()/.-]{0,40}?[*_]{0,2}:[*_]{0,2}[ \t]+)?/u;
/**
 * A format's field, line by line, without the remark each line makes after the paths it opens with
 * (`- Modify: \`.gitignore\` — add \`evals/.env\``): as in the context section, the remark is prose.
 */
function withoutRemarks(text, range) {
    const pieces = [];
    let lineStart = range.start;
    while (lineStart < range.end) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 || newline > range.end ? range.end : newline;
        const line = text.slice(lineStart, lineEnd);
        const opening = FIELD_LINE_OPENING.exec(line)?.[0].length ?? 0;
        const remark = remarkOffset(line.slice(opening));
        const end = remark === undefined ? lineEnd : lineStart + opening + remark - 1;
        if (end > lineStart)
            pieces.push({ ...range, start: lineStart, end });
        lineStart = lineEnd + 1;
    }
    return pieces;
}
/** A tree drawing's entries, which it declares by its marks (tree-drawing.ts); false when the block draws no tree. */
function addTreeEntries(maker, node, text, sink) {
    if (!isTreeDrawing(node.value))
        return false;
    for (const entry of declaredTreeEntries(codeLines(node, text), maker.hints.rootName)) {
        const intent = entry.mark === 'create' ? 'create' : entry.mark === 'modify' ? 'modify' : 'none';
        maker.add(entry.path, 'code', { offset: entry.start, endOffset: entry.end, isNew: entry.mark === 'create', declared: true, intent }, sink);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/parse/parse-ticket-file.ts













const DEFAULT_VOCABULARY = new StatusVocabulary(DEFAULT_STATUS_WORDS);
const NO_FILES = { hasFile: () => false };
/**
 * Turns a ticket file into its tickets: the format the config names for it, else the first format
 * that claims it, splits it, and each span becomes a ticket (docs/ticket-format.md). A file no format
 * claims, or an index of other tickets, has no tickets and says why. Never throws: a part that cannot
 * be read becomes a problem for the rule that owns it, and the rest of the file is still parsed.
 */
function parseTicketFile(path, raw, options, claims = NO_FILES) {
    const status = options.status ?? DEFAULT_VOCABULARY;
    const named = options.formatFor?.(path);
    const chosen = named === undefined ? undefined : formatNamed(named);
    const dataFormat = (chosen ? [chosen] : FORMATS).find((format) => format.kind === 'data' && (chosen !== undefined || format.claim(path, raw) !== undefined));
    if (dataFormat?.kind === 'data') {
        const source = toSourceText(raw);
        const maker = new PointerMaker(source, options.hints, options.maxPointers, ESCAPED_LINE_BREAKS);
        const read = dataFormat.read(path, source, {
            status,
            pointersIn: (text, offset) => {
                const sink = { pointers: [], droppedPointers: 0 };
                readFieldText(maker, text, offset, sink, (prose, at) => maker.addWords(prose, at, { mayWrite: true, inProse: true }, sink));
                return sink.pointers;
            },
            mentionsIn: (text, offset) => {
                const sink = { pointers: [], droppedPointers: 0 };
                readFieldText(maker, text, offset, sink, (prose, at) => maker.addProseWords(prose, at, sink));
                return sink.pointers;
            },
        });
        // The tasks of a list are one file's tickets: what one creates is still to be made wherever the file
        // names it. Their details are prose, which may name a file the work writes, not a field of such files.
        markPlannedThroughout(read.tickets, [], { fieldsOfWrittenFiles: false });
        expectThere(read.tickets);
        return { path, source, format: dataFormat.name, reason: chosen ? `the config names '${dataFormat.name}'` : (dataFormat.claim(path, raw) ?? ''), ...read };
    }
    const read = readMarkdown(path, raw);
    if (!('document' in read))
        return { path, source: read.source, tickets: [], problems: [read.problem] };
    const { document } = read;
    const documentParts = {
        ...(document.frontmatter ? { frontmatter: document.frontmatter } : {}),
        ...(document.disableComments.length > 0 ? { disableComments: document.disableComments } : {}),
    };
    const claimed = chosen?.kind === 'markdown' ? { format: chosen, reason: `the config names '${chosen.name}'` } : claimFor(document, claims, named, SectionNames.of(options.sections));
    if ('skip' in claimed) {
        const problems = claimed.problem === undefined ? document.problems : [...document.problems, claimed.problem];
        return { path, source: document.source, ...documentParts, reason: claimed.skip, tickets: [], problems };
    }
    const spans = claimed.format.split(document, claims);
    const maker = new PointerMaker(document.source, { ...options.hints, declaredPaths: declaredWords(document.source.text, spans, options.hints) }, options.maxPointers);
    const context = {
        path,
        source: document.source,
        format: claimed.format,
        names: SectionNames.of(options.sections, claimed.format),
        collector: new PointerCollector(document.source, maker, claimed.format.elementsAreText === true),
        status,
    };
    const tickets = spans.map((span) => buildTicket(span, context));
    const sharedPointers = pointersOutside(spans, document, context.collector);
    markPlannedThroughout(tickets, sharedPointers);
    expectThere(tickets);
    markDeclaredInFile([...tickets.flatMap((ticket) => ticket.pointers), ...sharedPointers]);
    markOtherCheckouts([...tickets.flatMap((ticket) => ticket.pointers), ...sharedPointers], maker.otherCheckouts);
    return {
        path,
        source: document.source,
        format: claimed.format.name,
        reason: claimed.reason,
        ...documentParts,
        tickets,
        ...(sharedPointers.length > 0 ? { sharedPointers } : {}),
        problems: document.problems,
    };
}
/** The pointers of the blocks no ticket holds, in a file with tickets. */
function pointersOutside(spans, document, collector) {
    if (spans.length === 0)
        return [];
    // A block that shares a line with a ticket (a list holding tasks) is the tickets' own.
    const held = (block) => {
        const first = block.position?.start.line ?? 0;
        const last = block.position?.end.line ?? first;
        return spans.some((span) => first <= span.endLine && last >= span.line);
    };
    const outside = document.blocks.filter((block) => block.type !== 'yaml' && !held(block));
    return outside.length === 0 ? [] : collector.collect(outside).pointers;
}
/**
 * A file an open ticket creates or writes is still to be written wherever its file names it, from the
 * root or from a subfolder: a plan's third step runs the script its first step creates. A file it
 * deletes may be gone.
 */
function markPlannedThroughout(tickets, shared = [], { fieldsOfWrittenFiles = true } = {}) {
    const open = tickets.filter((ticket) => ticket.lifecycle.state === 'open');
    // Every tail of a path too, for a later mention written from a subfolder (`types/Cargo.toml`).
    const pathsOf = (keep) => new Set(open.flatMap((ticket) => ticket.pointers.filter(keep).flatMap((pointer) => tailsOf(pointer.path))));
    // What the open tickets create, and what the file creates outside them while one is open (a plan's
    // File Map above its tasks: \`| Create | \`tests/test_x.py\` |\`).
    const creations = [...open.flatMap((ticket) => ticket.pointers), ...(open.length > 0 ? shared : [])].filter((pointer) => pointer.isNew);
    // Each tail of a created path with that path: a mention of the tail names it from a subfolder.
    const createdPaths = new Map();
    for (const pointer of creations)
        for (const tail of tailsOf(pointer.path))
            if (!createdPaths.has(tail))
                createdPaths.set(tail, pointer.path);
    const created = new Set(createdPaths.keys());
    // The name of a file the plan creates names it too (`node server.js` after `- Create: \`scripts/server.js\``).
    for (const pointer of creations)
        if (!pointer.path.endsWith('/'))
            created.add(pointer.path.slice(pointer.path.lastIndexOf('/') + 1));
    // Each tail of a path the work writes, with the path and the first open ticket writing it: a mention of
    // the tail is written from a subfolder of it.
    const written = new Map();
    // What the words say the work writes into ("Implement `x`") counts wherever it stands.
    const writes = (pointer) => pointer.intent === 'write' || (fieldsOfWrittenFiles && pointer.planned === true);
    open.forEach((ticket, by) => {
        for (const pointer of ticket.pointers)
            if (writes(pointer))
                for (const tail of tailsOf(pointer.path))
                    if (!written.has(tail))
                        written.set(tail, { path: pointer.path, by, line: pointer.line, said: pointer.intent === 'write' });
    });
    // A folder the plan creates (`- Create: \`evals/\``) holds files it writes.
    const createdFolders = new Set(creations.map((pointer) => trimEnd(pointer.path, '/')));
    // A file the plan deletes may be gone wherever the plan names it (`git add -u x` after `- Delete: x`).
    const deleted = new Set(open.flatMap((ticket) => ticket.pointers.filter((pointer) => pointer.intent === 'delete').map((pointer) => pointer.path)));
    // A file the plan says is not there ("`x` does not exist") is known to be missing wherever it names it.
    const absent = pathsOf((pointer) => pointer.absent === true);
    if (created.size === 0 && written.size === 0 && deleted.size === 0 && absent.size === 0)
        return;
    for (const [at, pointers] of [...open.map((ticket) => ticket.pointers), shared].entries()) {
        for (const pointer of pointers) {
            // A file read before the work starts is there before anything the work makes.
            if (pointer.isNew || pointer.intent === 'read')
                continue;
            // `./scripts/x.sh` is `scripts/x.sh`, as a command runs it from the root.
            const named = pointer.path.replace(/^(?:\.\/)+/, '');
            if (pointer.intent === undefined && deleted.has(named))
                pointer.intent = 'delete';
            // A file an earlier step creates is changed by a later one, and so is one an earlier step writes where
            // it is not yet ("Define the models in `x`", then "Extend the models in `x`"), or an earlier line of the
            // same ticket says it writes into ("Implement `x`", then a subtask's "In `x`, implement …"; not a field of
            // files written, which is no step); a step may take from what another writes.
            const writer = written.get(named);
            if (created.has(named)) {
                Object.assign(pointer, { planned: true, createdInFile: true });
                const full = createdPaths.get(named);
                if (full !== undefined && full !== named)
                    pointer.tailOf = full;
            }
            else if (writer !== undefined && (pointer.intent === undefined || pointer.intent === 'use' || (pointer.intent === 'modify' && (writer.by < at || (writer.by === at && writer.said && writer.line < pointer.line))))) {
                pointer.planned = true;
                if (writer.path !== named)
                    pointer.tailOf = writer.path;
            }
            if (absent.has(named)) {
                pointer.planned = true;
                pointer.conditional = true;
            }
            // It comes with its folder, content and all, if the folder is new: created, whatever the ticket then does to it.
            const folder = foldersOf(named).find((candidate) => createdFolders.has(candidate));
            if (folder !== undefined)
                pointer.createdFolder = folder;
        }
    }
}
/**
 * A file the roadmap says is there should be there, wherever an open ticket names it: one a done ticket
 * of the file created (`- [x] T007 Create backend/src/main.py`, then `- [ ] T087 Register the routers in
 * backend/src/main.py`), and one the ticket reads before its work starts (a GSD plan's `<context>` file
 * is the one its `files_modified` and `<files>` name, not one to come). Its absence is news, not work
 * still to come.
 */
function expectThere(tickets) {
    const made = new Set(tickets.filter((ticket) => ticket.lifecycle.state === 'done').flatMap((ticket) => ticket.pointers.filter((pointer) => pointer.isNew).map((pointer) => pointer.path)));
    for (const ticket of tickets) {
        if (ticket.lifecycle.state !== 'open')
            continue;
        const read = new Set(ticket.pointers.filter((pointer) => pointer.intent === 'read').map((pointer) => pointer.path));
        if (made.size === 0 && read.size === 0)
            continue;
        for (const pointer of ticket.pointers) {
            const there = made.has(pointer.path) || read.has(pointer.path);
            if (there && !pointer.isNew && !pointer.createdInFile && !pointer.conditional && pointer.intent !== 'delete')
                pointer.planned = false;
        }
    }
}
/** A declared field's words: its code spans and plain words. */
const FIELD_WORDS = /`([^`\n]+)`|[^\s,;|`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;
/** The paths with a folder that the format's fields of the file declare (DeclaredRange, DeclaredItem), read as the fields are. */
function declaredWords(text, spans, hints) {
    const words = new Set();
    const add = (raw, source, sentence = false) => {
        const pointer = toPointer({ raw, source, line: 0, column: 0, isNew: false, declared: true, sentence }, hints);
        if (pointer?.path.includes('/'))
            words.add(pointer.path);
    };
    for (const span of spans) {
        for (const range of span.declared ?? []) {
            for (const match of text.slice(range.start, range.end).matchAll(FIELD_WORDS))
                add(match[1] ?? match[0].replace(/^[(["'*_@]+/, ''), match[1] === undefined ? 'field' : 'code', range.sentence === true);
        }
        for (const item of span.declaredItems ?? [])
            add(item.raw, 'frontmatter');
    }
    return words;
}
/**
 * A path into the repository that the file declares is meant for this repository wherever the file
 * names it: a mention of it (`git add lib/x.js` after `- Modify: \`lib/x.js\``) is checked as the declaration is.
 */
function markDeclaredInFile(pointers) {
    // A machine path declared as a file of the work is a mistake there; named elsewhere, it is talk about a machine.
    // Its tails name it too, written from a subfolder (`parser/src/lib.rs` for `experiments/poc-retrieval/parser/src/lib.rs`),
    // and come with the folder it comes with.
    const declared = new Map();
    for (const pointer of pointers) {
        if (!pointer.declared || isOffCheckout(pointer.path))
            continue;
        for (const tail of tailsOf(pointer.path))
            if (!declared.has(tail))
                declared.set(tail, pointer);
        // A bare name of a list, read in the folder of the path before it, names it as written too.
        if (pointer.shorthandOf !== undefined && !declared.has(pointer.shorthandOf))
            declared.set(pointer.shorthandOf, pointer);
    }
    for (const pointer of pointers) {
        const declaration = pointer.declared ? undefined : declared.get(pointer.path);
        if (declaration === undefined)
            continue;
        pointer.declaredInFile = true;
        if (pointer.createdFolder === undefined && declaration.createdFolder !== undefined)
            pointer.createdFolder = declaration.createdFolder;
    }
}
/**
 * A folder the file `cd`s into from the root though the repository does not have it is another
 * checkout (`cd evals`, a separate repository cloned inside): wherever the file names a path under it,
 * that is the checkout's file, not this repository's.
 */
function markOtherCheckouts(pointers, checkouts) {
    if (checkouts.size === 0)
        return;
    for (const pointer of pointers) {
        if (pointer.base !== 'root')
            continue;
        const checkout = foldersOf(pointer.path).find((folder) => checkouts.has(folder)) ?? (checkouts.has(trimEnd(pointer.path, '/')) ? trimEnd(pointer.path, '/') : undefined);
        if (checkout !== undefined)
            pointer.inOtherCheckout = checkout;
    }
}
/** `a`, `a/b` for `a/b/c.ts`: the folders a path lies in, from the top. */
function foldersOf(path) {
    const folders = [];
    for (let slash = path.indexOf('/'); slash > 0 && slash < path.length - 1; slash = path.indexOf('/', slash + 1))
        folders.push(path.slice(0, slash));
    return folders;
}
/** `a/b/c.ts`, `b/c.ts`: the path and its tails that still have a folder in them. */
function tailsOf(path) {
    const tails = [path];
    for (let slash = path.indexOf('/'); slash !== -1 && path.indexOf('/', slash + 1) !== -1; slash = path.indexOf('/', slash + 1))
        tails.push(path.slice(slash + 1));
    return tails;
}
/**
 * The first Markdown format that claims the document, with why. A readme or a template is no ticket;
 * an index of other tickets is not read as one by the format that takes any file (the fallback).
 */
function claimFor(document, context, named, names) {
    if (named !== undefined)
        return { skip: `the config names the format '${named}', which ticket-lint does not know` };
    const never = neverTicketReason(document.path);
    if (never !== undefined)
        return { skip: never };
    for (const format of FORMATS) {
        if (format.kind !== 'markdown')
            continue;
        if (format.fallback) {
            // A goal and its acceptance criteria make a ticket wherever it lies; a tool's other files there are its notes.
            if (inOwnedPlace(document.path) && !statesGoalAndAcceptance(document, names))
                return { skip: 'it lies where a ticket tool keeps its files, but is not one of its ticket files', problem: notWrittenAsItsPlaceSays(document.path) };
            const index = indexFileReason(document);
            if (index !== undefined)
                return { skip: index };
        }
        const claim = format.claim(document, context);
        if (typeof claim === 'string')
            return { format, reason: claim };
        if (claim !== undefined)
            return claim;
    }
    return { skip: 'no ticket format claims it' };
}
/** True when the document has a goal section and an acceptance section (the configured headings). */
function statesGoalAndAcceptance(document, names) {
    const kinds = new Set(document.headings.flatMap((heading) => names.kindsOf(heading.text)));
    return kinds.has('goal') && kinds.has('acceptance');
}
function isMarkdownFormat(format) {
    return format.kind === 'markdown';
}

;// CONCATENATED MODULE: ./src/core/text/nesting.ts
/**
 * How deep a Markdown text nests, found in one pass: per line, the block containers it opens (`>`, list
 * markers, and two columns of indentation before them for each level) and the brackets it leaves open. The parser's time grows
 * faster than linearly with depth, and its tree is walked by recursion; no ticket nests 100 levels, so
 * deeper text is refused before it is parsed.
 */
const MAX_NESTING = 100;
/** The deepest line of `text` (1-based), stopping at the first line deeper than `limit`. */
function deepestNesting(text, limit = MAX_NESTING) {
    let deepest = { depth: 0, line: 1 };
    let line = 1;
    let index = 0;
    while (index <= text.length) {
        let end = text.indexOf('\n', index);
        if (end === -1)
            end = text.length;
        const depth = lineDepth(text, index, end);
        if (depth > deepest.depth)
            deepest = { depth, line };
        if (depth > limit)
            return deepest;
        index = end + 1;
        line += 1;
    }
    return deepest;
}
function lineDepth(text, start, end) {
    let containers = 0;
    let columns = 0;
    let index = start;
    while (index < end) {
        const character = text.charCodeAt(index);
        // Indentation nests only before the line's first marker; the spaces after a marker separate.
        if (character === 0x20)
            columns += containers === 0 ? 1 : 0;
        else if (character === 0x09)
            columns += containers === 0 ? 4 : 0;
        else if (character === 0x3e /* > */)
            containers += 1;
        else if (isListMarker(text, index, end)) {
            containers += 1;
            while (index + 1 < end && text.charCodeAt(index + 1) >= 0x30 && text.charCodeAt(index + 1) <= 0x39)
                index += 1;
            if (text.charCodeAt(index + 1) === 0x2e || text.charCodeAt(index + 1) === 0x29)
                index += 1;
        }
        else
            break;
        index += 1;
    }
    let brackets = 0;
    let open = 0;
    for (; index < end; index++) {
        const character = text.charCodeAt(index);
        if (character === 0x5b /* [ */)
            brackets = Math.max(brackets, ++open);
        else if (character === 0x5d /* ] */ && open > 0)
            open -= 1;
    }
    return containers + Math.floor(columns / 2) + brackets;
}
/** `-`, `*`, `+` or a number with `.` or `)`, followed by a space, a tab or the line's end. */
function isListMarker(text, index, end) {
    const character = text.charCodeAt(index);
    let after = index + 1;
    if (character >= 0x30 && character <= 0x39) {
        while (after < end && text.charCodeAt(after) >= 0x30 && text.charCodeAt(after) <= 0x39)
            after += 1;
        if (after >= end || (text.charCodeAt(after) !== 0x2e && text.charCodeAt(after) !== 0x29))
            return false;
        after += 1;
    }
    else if (character !== 0x2d && character !== 0x2a && character !== 0x2b)
        return false;
    return after >= end || text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09;
}

;// CONCATENATED MODULE: ./src/core/parse/read-ticket-file.ts






/** The ticket texts read in a run (one repository view, one config): read again to lint a file found while selecting, or to find the tickets related to it. */
const readTexts = new WeakMap();
/**
 * A ticket file's text, or why it is not linted: a name that is not UTF-8, unreadable or outside the
 * root, over 'max-file-bytes', not UTF-8 text. Read once a run and kept as text, not bytes: the parsed
 * file keeps that text, and 10,000 tickets' bytes were 40 MB more at the peak.
 */
function readTicketText(path, repository, config) {
    // A pull request's base lint finds a thousand unchanged tickets as the head's lint read them.
    const same = repository.sameFileIn(path);
    if (same !== undefined)
        return readTicketText(path, same, config);
    const known = inRun(readTexts, repository, config);
    let read = known.get(path);
    if (read === undefined) {
        read = readTicketTextOnce(path, repository, config);
        known.set(path, read);
    }
    return read;
}
function readTicketTextOnce(path, repository, config) {
    if (repository.nameIsNotUtf8(path)) {
        return { ok: false, reason: 'The file name is not UTF-8 (its odd bytes are shown escaped); ticket-lint cannot read it: rename it in UTF-8' };
    }
    const bytes = repository.readBytes(path, { keep: false });
    if (bytes === undefined)
        return { ok: false, reason: 'The file could not be read, or it resolves outside the repository' };
    if (bytes.length > config.maxFileBytes) {
        // Rounded alike ("1 MiB, over the 1 MiB limit"), the sizes are given in bytes.
        const [size, limit] = formatBytes(bytes.length) === formatBytes(config.maxFileBytes) ? [`${formatCount(bytes.length)} bytes`, `${formatCount(config.maxFileBytes)}-byte`] : [formatBytes(bytes.length), formatBytes(config.maxFileBytes)];
        return { ok: false, reason: `The file is ${size}, over the ${limit} limit ('max-file-bytes'); it was not parsed` };
    }
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok)
        return { ok: false, reason: `The file was not linted: ${decoded.reason}` };
    const nesting = deepestNesting(decoded.text);
    if (nesting.depth > MAX_NESTING) {
        return { ok: false, line: nesting.line, text: decoded.text, reason: `The file nests Markdown more than ${MAX_NESTING} levels deep (quotes, lists or brackets); it was not parsed` };
    }
    return decoded;
}
/** The files parsed in a run (one repository view, one config), so that none is parsed twice: finding the tickets a pull request left broken, then linting them. */
const parsedFiles = new WeakMap();
function parsedIn(repository, config) {
    return inRun(parsedFiles, repository, config);
}
/** What a run (one repository view, one config) keeps by path in `store`. */
function inRun(store, repository, config) {
    let byConfig = store.get(repository);
    if (!byConfig) {
        byConfig = new WeakMap();
        store.set(repository, byConfig);
    }
    let byPath = byConfig.get(config);
    if (!byPath) {
        byPath = new Map();
        byConfig.set(config, byPath);
    }
    return byPath;
}
/**
 * Parses a ticket file's text with the configured sections and pointer cap, the repository giving the
 * hints; the same text of the same file in the same run is parsed once.
 */
function parseTicketText(path, text, repository, config) {
    const known = parsedBefore(path, text, repository, config);
    if (known)
        return known;
    const file = parseTicketTextOnce(path, text, repository, config);
    parsedIn(repository, config).set(path, { text, file });
    return file;
}
/** The file this run already parsed from the same text, if any. */
function parsedBefore(path, text, repository, config) {
    const known = parsedIn(repository, config).get(path);
    return known?.text === text ? known.file : undefined;
}
/** Parses text the run will not parse again (a file as it was at the base), keeping nothing. */
function parseTicketTextOnce(path, text, repository, config) {
    return parseTicketFile(path, text, {
        sections: config.sections,
        hints: {
            topLevelEntries: repository.topLevelEntries,
            endsATrackedPath: (word) => repository.pathsEndingWith(word).length > 0,
            isTrackedFile: (file) => repository.hasFile(file),
            isTrackedFolder: (folder) => repository.hasFolder(folder),
            ...(repository.rootName === undefined ? {} : { rootName: repository.rootName }),
        },
        maxPointers: config.maxPointers,
        status: statusVocabulary(config),
        formatFor: (file) => formatFor(config, file),
    }, { hasFile: (file) => repository.hasFile(file), filesUnder: (folder) => repository.filesUnder(folder) });
}
/** Keeps a file another thread parsed (its text, this run's repository and config) as if parsed here. */
function rememberParsed(path, text, file, repository, config) {
    parsedIn(repository, config).set(path, { text, file });
}
/** A ticket file as lint sees it; one that cannot be read carries a ticket-file problem and no tickets. */
function readTicketFile(path, repository, config) {
    return ticketFileOf(path, readTicketText(path, repository, config), repository, config);
}
/** The ticket file of a text already read. */
function ticketFileOf(path, read, repository, config) {
    if (read.ok)
        return parseTicketText(path, read.text, repository, config);
    return { path, source: toSourceText(read.text ?? ''), tickets: [], problems: [{ about: 'file', line: read.line ?? 1, message: read.reason }] };
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
const vocabularies = new WeakMap();
/** The config's status words, read once per config. */
function statusVocabulary(config) {
    let vocabulary = vocabularies.get(config);
    if (!vocabulary) {
        vocabulary = new StatusVocabulary(config.status);
        vocabularies.set(config, vocabulary);
    }
    return vocabulary;
}
const formatMatchers = new WeakMap();
/** The format the config's `formats` names for a file: the first glob that matches it. */
function formatFor(config, path) {
    let matchers = formatMatchers.get(config);
    if (!matchers) {
        matchers = config.formats.map(({ glob, format }) => ({ isMatch: picomatch_default()(glob, { dot: true }), format }));
        formatMatchers.set(config, matchers);
    }
    return matchers.find(({ isMatch }) => isMatch(path))?.format;
}

;// CONCATENATED MODULE: ./src/core/collect/diff-hunks.ts
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * The lines of the new file that a unified diff (`git diff -U0`, or a pull request file's `patch`)
 * changes, from its hunk headers. A hunk that only deletes touches the lines on either side of the gap.
 */
function changedLinesOf(patch) {
    const ranges = [];
    for (const line of patch.split('\n')) {
        const match = HUNK_HEADER.exec(line);
        if (!match)
            continue;
        const start = Number(match[1]);
        const count = match[2] === undefined ? 1 : Number(match[2]);
        ranges.push(count === 0 ? { start: Math.max(start, 1), end: start + 1 } : { start, end: start + count - 1 });
    }
    return ranges;
}
/** True when any range has a line from `start` to `end`. */
function touches(ranges, start, end) {
    return ranges.some((range) => range.start <= end && range.end >= start);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/engine/fingerprint.ts

/**
 * What makes a problem the same problem across commits (docs/report.md): the rule that found it, the
 * ticket it is in, and the text of the line it is on (as `lineDigest` gives it). Line numbers and
 * messages are left out on purpose: a line inserted above must not make an old problem new, nor must a
 * count or a did-you-mean in the message that changes with the rest of the repository. Editing the
 * line itself does make it new.
 */
function problemFingerprint(rule, ticket, lineDigestText) {
    return digest(`${rule}\u0000${ticket ?? ''}\u0000${lineDigestText}`);
}
/** A line's text, trimmed and with runs of white space as one, hashed: a line may be megabytes, and hold many problems. */
function lineDigest(line) {
    return digest(line.trim().replace(/\s+/g, ' '));
}
function digest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** One key for "the same problem in the same file": what the base comparison and the baseline both match by. */
function problemKey(file, rule, fingerprint) {
    return `${file}\u0000${rule}\u0000${fingerprint}`;
}

;// CONCATENATED MODULE: ./src/core/engine/report.ts
/** The ticket of the report a diagnostic belongs to. */
function ticketOf(report, diagnostic) {
    return diagnostic.ticketIndex === undefined ? undefined : report.tickets[diagnostic.ticketIndex];
}
/** The errors and the warnings among `diagnostics`: what a report's counts say. */
function countBySeverity(diagnostics) {
    let errors = 0;
    for (const diagnostic of diagnostics)
        if (diagnostic.severity === 'error')
            errors += 1;
    return { errors, warnings: diagnostics.length - errors };
}
/** The report with its errors only (`--quiet`): warnings are left out of the problems, new, existing and fixed, and out of the counts. */
function errorsOnly(report) {
    const errors = (diagnostics) => diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const diagnostics = errors(report.diagnostics);
    return {
        ...report,
        diagnostics,
        counts: { ...report.counts, ...countBySeverity(diagnostics) },
        ...(report.base ? { base: { ...report.base, existing: errors(report.base.existing), fixed: errors(report.base.fixed) } } : {}),
    };
}
function compareDiagnostics(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule));
}

;// CONCATENATED MODULE: ./src/core/engine/focus-report.ts



/**
 * The report cut down to the tickets a change is about (docs/pull-requests.md): in a file of `focus`,
 * the tickets holding one of its lines, and the file's own problems (those of no ticket); every other
 * file whole. `alsoKeep` keeps the tickets of some diagnostics besides (problems the change caused).
 * A base comparison's existing and fixed problems stay, whatever their ticket.
 */
function focusReport(report, focus, alsoKeep = []) {
    if (focus.size === 0)
        return report;
    const kept = new Set();
    report.tickets.forEach((ticket, index) => {
        const lines = focus.get(ticket.file);
        if (lines === undefined || touches(lines, ticket.line, ticket.endLine))
            kept.add(index);
    });
    for (const diagnostic of alsoKeep)
        if (diagnostic.ticketIndex !== undefined)
            kept.add(diagnostic.ticketIndex);
    return keepTickets(report, kept);
}
/** True when the diagnostic stays in a report cut down to `kept` tickets. */
function keptWith(diagnostic, kept) {
    return diagnostic.ticketIndex === undefined || kept.has(diagnostic.ticketIndex);
}
/** The report with only the tickets of `kept` (indexes), their diagnostics re-indexed, its counts recounted. */
function keepTickets(report, kept) {
    const newIndex = new Map();
    const tickets = report.tickets.filter((_, index) => {
        if (!kept.has(index))
            return false;
        newIndex.set(index, newIndex.size);
        return true;
    });
    const reindex = (diagnostic) => {
        if (diagnostic.ticketIndex === undefined)
            return diagnostic;
        const index = newIndex.get(diagnostic.ticketIndex);
        return index === undefined ? withoutTicketIndex(diagnostic) : { ...diagnostic, ticketIndex: index };
    };
    const diagnostics = report.diagnostics.filter((diagnostic) => keptWith(diagnostic, kept)).map(reindex);
    return {
        ...report,
        tickets,
        diagnostics,
        // What the base had is listed whole: a sibling's old problem is shown as existing, by its ticket's name.
        ...(report.base ? { base: { ...report.base, existing: report.base.existing.map(reindex) } } : {}),
        counts: { ...report.counts, tickets: tickets.length, ...countBySeverity(diagnostics) },
    };
}
/**
 * Head's problems split by what the base commit already had (docs/pull-requests.md): a problem is
 * existing when the base has one of the same rule and fingerprint in the same file (`renamedTo` maps
 * base paths to head paths), counted, so a second copy of an old problem is new. Base problems left
 * unmatched are fixed. `diagnostics` keeps the new ones only.
 */
function compareWithBase(head, base, commit, renamedTo) {
    const onBase = new Map();
    for (const diagnostic of base.diagnostics) {
        const file = renamedTo.get(diagnostic.file) ?? diagnostic.file;
        const key = problemKey(file, diagnostic.rule, diagnostic.fingerprint);
        const same = onBase.get(key) ?? { problems: [], matched: 0 };
        same.problems.push({ ...diagnostic, file });
        onBase.set(key, same);
    }
    const fresh = [];
    const existing = [];
    for (const diagnostic of head.diagnostics) {
        // A count, not a shift() off the list: 200,000 problems of one fingerprint made that quadratic.
        const same = onBase.get(problemKey(diagnostic.file, diagnostic.rule, diagnostic.fingerprint));
        if (same !== undefined && same.matched < same.problems.length) {
            same.matched += 1;
            existing.push(diagnostic);
        }
        else
            fresh.push(diagnostic);
    }
    // A fixed problem's ticket index was the base report's: it names its ticket by `ticket` only.
    const fixed = [...onBase.values()].flatMap(({ problems, matched }) => problems.slice(matched)).map(withoutTicketIndex).sort(compareDiagnostics);
    return { ...head, diagnostics: fresh, base: { commit, existing, fixed }, counts: { ...head.counts, ...countBySeverity(fresh) } };
}
function withoutTicketIndex(diagnostic) {
    const copy = { ...diagnostic };
    delete copy.ticketIndex;
    return copy;
}

;// CONCATENATED MODULE: ./src/core/text/word-index.ts
/** Letters, digits, `-` and `_`: what an id is made of (`T-12`, `task_3`, `2.1` is two words). */
const ID_CHARACTERS = { one: /^[\p{L}\p{N}_-]$/u, runs: /(?:(?=[\0-\uFFFF])[\p{L}\p{N}_-])+/gu };
/** Letters and digits: what a file name is made of between its dots, dashes and underscores. */
const NAME_CHARACTERS = { one: /^[\p{L}\p{N}]$/u, runs: /(?:(?=[\0-\uFFFF])[\p{L}\p{N}])+/gu };
/**
 * How many strings are looked for by scanning every text before the index is built: a pull request's
 * few ids are found by the engine's own `indexOf` sooner than every word of a thousand tickets is
 * indexed; past this many, the index makes each further lookup cheap, and the total stays linear.
 */
const SCANS_BEFORE_INDEX = 32;
class WordIndex {
    texts;
    characters;
    scansBeforeIndex;
    /** For each word, where it stands: text index and offset, one pair after the other; built on the first lookup past SCANS_BEFORE_INDEX. */
    places;
    scans = 0;
    constructor(texts, characters, scansBeforeIndex = SCANS_BEFORE_INDEX) {
        this.texts = texts;
        this.characters = characters;
        this.scansBeforeIndex = scansBeforeIndex;
    }
    index() {
        if (this.places)
            return this.places;
        const places = new Map();
        this.texts.forEach((text, textIndex) => {
            for (const match of text.matchAll(this.characters.runs)) {
                const list = places.get(match[0]);
                if (list)
                    list.push(textIndex, match.index);
                else
                    places.set(match[0], [textIndex, match.index]);
            }
        });
        this.places = places;
        return places;
    }
    /** The indexes of the texts that mention `wanted` (see the class), in order. */
    textsMentioning(wanted) {
        if (this.places === undefined && this.scans < this.scansBeforeIndex) {
            this.scans += 1;
            return this.texts.flatMap((text, index) => (mentions(text, wanted, this.characters) ? [index] : []));
        }
        const placesOf = this.index();
        const words = [...wanted.matchAll(this.characters.runs)];
        if (words.length === 0)
            return this.texts.flatMap((text, index) => (mentions(text, wanted, this.characters) ? [index] : []));
        const only = words[0];
        if (words.length === 1 && only !== undefined && only[0] === wanted)
            return distinctTexts(placesOf.get(wanted) ?? []);
        // Where `wanted` stands, each of its words stands whole: look where its rarest word is.
        let rarest = { word: '', offset: 0, places: [] };
        words.forEach((match, index) => {
            const places = placesOf.get(match[0]) ?? [];
            if (index === 0 || places.length < rarest.places.length)
                rarest = { word: match[0], offset: match.index, places };
        });
        const found = [];
        for (let pair = 0; pair < rarest.places.length; pair += 2) {
            const textIndex = rarest.places[pair] ?? 0;
            const start = (rarest.places[pair + 1] ?? 0) - rarest.offset;
            if (found.at(-1) !== textIndex && start >= 0 && standsAt(this.texts[textIndex] ?? '', wanted, start, this.characters))
                found.push(textIndex);
        }
        return found;
    }
}
/** `wanted` in `text` with no word character right before or after it (the index's test, by scanning). */
function mentions(text, wanted, characters) {
    for (let index = text.indexOf(wanted); index !== -1; index = text.indexOf(wanted, index + 1)) {
        if (standsAt(text, wanted, index, characters))
            return true;
    }
    return false;
}
function standsAt(text, wanted, start, characters) {
    return text.startsWith(wanted, start) && !characters.one.test(text.charAt(start - 1)) && !characters.one.test(text.charAt(start + wanted.length));
}
/** The text indexes of a places list, once each (they come in order). */
function distinctTexts(places) {
    const found = [];
    for (let pair = 0; pair < places.length; pair += 2) {
        const textIndex = places[pair] ?? 0;
        if (found.at(-1) !== textIndex)
            found.push(textIndex);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/graph/related-tickets.ts




/**
 * The tickets of other files that the rules comparing tickets can need: those naming an id the linted
 * tickets have or wait for (followed through their own dependencies), and every ticket marked to
 * run in parallel. A file is parsed only when its text holds such an id or its format says it may
 * mark a ticket parallel: on a pull request of one ticket in a roadmap of a thousand, a handful of
 * files instead of all of them.
 */
function relatedTickets(linted, candidates, repository, config) {
    const paths = [];
    const texts = [];
    for (const path of candidates) {
        const read = readTicketText(path, repository, config);
        if (read.ok) {
            paths.push(path);
            texts.push(read.text);
        }
    }
    // Each text is read into words once; an id is then looked up, not searched for in every text.
    const words = new WordIndex(texts, ID_CHARACTERS);
    const wanted = new Set();
    const addIdsOf = (ticket) => {
        if (ticket.id !== undefined)
            wanted.add(ticket.id);
        if (ticket.idKey !== undefined)
            wanted.add(searchWordOf(ticket.idKey));
        for (const dependency of ticket.dependsOn) {
            wanted.add(dependency.id);
            wanted.add(searchWordOf(dependency.key));
        }
    };
    linted.forEach(addIdsOf);
    const found = [];
    const parsed = new Set();
    const searched = new Set();
    const parse = (index) => {
        parsed.add(index);
        const tickets = parseTicketText(paths[index] ?? '', texts[index] ?? '', repository, config).tickets;
        tickets.forEach(addIdsOf);
        found.push(...tickets);
    };
    // First every file that mentions a linted ticket's id or may mark a ticket parallel, in order; then,
    // round by round, the files that mention an id the files found so far brought.
    const firstIds = takeNew(wanted, searched);
    const mentioning = textsMentioningAny(words, firstIds);
    texts.forEach((text, index) => {
        if (mentioning.has(index) || FORMATS.some((format) => format.mayMarkParallel(text)))
            parse(index);
    });
    for (let newIds = takeNew(wanted, searched); newIds.length > 0; newIds = takeNew(wanted, searched)) {
        const next = [...textsMentioningAny(words, newIds)].filter((index) => !parsed.has(index)).sort((a, b) => a - b);
        next.forEach(parse);
    }
    return found;
}
/** The ids of `wanted` not searched for yet, now marked searched. */
function takeNew(wanted, searched) {
    const fresh = [...wanted].filter((id) => !searched.has(id));
    fresh.forEach((id) => searched.add(id));
    return fresh;
}
function textsMentioningAny(words, ids) {
    const found = new Set();
    for (const id of ids)
        for (const index of words.textsMentioning(id))
            found.add(index);
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/ticket-names.ts
/** How a graph, a cycle or `parallelWith` refers to a ticket: its id, else where it starts. */
function ticketReference(ticket) {
    return ticket.id ?? `${ticket.file}:${ticket.line}`;
}
/** A ticket's name in a line of text: its id, else its title. */
function ticketShortName(ticket) {
    return ticket.id ?? ticket.title ?? '(untitled)';
}
/** A ticket's name where there is room: its id and its title; `fallback` for a ticket with neither. */
function ticketFullName(ticket, fallback = '(untitled)') {
    const parts = [ticket.id, ticket.title].filter((part) => typeof part === 'string' && part !== '');
    return parts.length > 0 ? parts.join(' ') : fallback;
}

;// CONCATENATED MODULE: ./src/core/graph/cycles.ts

/** Tarjan's strongly connected components, iterative, so a long chain of dependencies cannot overflow the call stack. */
function findComponents(tickets, dependencies) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const list = [];
    const of = new Map();
    for (const root of tickets) {
        if (index.has(root))
            continue;
        const work = [];
        const open = (ticket) => {
            index.set(ticket, index.size);
            low.set(ticket, index.size - 1);
            stack.push(ticket);
            onStack.add(ticket);
            work.push({ ticket, next: 0, edges: dependencies(ticket) });
        };
        open(root);
        for (let frame = work.at(-1); frame; frame = work.at(-1)) {
            const edge = frame.edges[frame.next];
            if (edge) {
                frame.next += 1;
                if (!index.has(edge))
                    open(edge);
                else if (onStack.has(edge))
                    low.set(frame.ticket, Math.min(low.get(frame.ticket) ?? 0, index.get(edge) ?? 0));
                continue;
            }
            work.pop();
            const parent = work.at(-1);
            if (parent)
                low.set(parent.ticket, Math.min(low.get(parent.ticket) ?? 0, low.get(frame.ticket) ?? 0));
            if (low.get(frame.ticket) !== index.get(frame.ticket))
                continue;
            const component = [];
            for (let member = stack.pop(); member; member = member === frame.ticket ? undefined : stack.pop()) {
                onStack.delete(member);
                of.set(member, list.length);
                component.push(member);
            }
            list.push(component);
        }
    }
    return { list, of };
}
/**
 * Every ticket of a group that waits for itself (a component of two or more tickets, or a ticket that
 * names itself), with one cycle of its group: the shortest through the group's first ticket in
 * roadmap order, found with one breadth-first search a group. Each ticket of that cycle reads it from
 * its own place; the others of the group are told which group they are in. The work is linear in
 * tickets and dependencies, however long the cycle.
 */
function findCycles(tickets, components, dependencies) {
    const order = new Map(tickets.map((ticket, position) => [ticket, position]));
    const cycles = new Map();
    components.list.forEach((component, id) => {
        const inGroup = (ticket) => components.of.get(ticket) === id;
        const first = component.reduce((best, ticket) => ((order.get(ticket) ?? 0) < (order.get(best) ?? 0) ? ticket : best));
        if (component.length < 2 && !dependencies(first).includes(first))
            return;
        const cycle = shortestCycle(first, inGroup, dependencies);
        const ids = [...cycle, first].map(ticketReference);
        const at = new Map(cycle.map((ticket, position) => [ticket, position]));
        for (const ticket of component) {
            const position = at.get(ticket);
            const next = position === undefined ? dependencies(ticket).find(inGroup) : cycle[(position + 1) % cycle.length];
            cycles.set(ticket, { ids, at: position, group: component.length, next: next ?? first });
        }
    });
    return cycles;
}
/** The tickets of the shortest cycle through `start` within its group, in order, starting with it. */
function shortestCycle(start, inGroup, dependencies) {
    const previous = new Map();
    const queue = [start];
    // An index, not shift(): a queue of a 4,000-ticket cycle would be copied at every step.
    for (let head = 0; head < queue.length; head += 1) {
        const current = queue[head];
        if (!current)
            break;
        for (const next of dependencies(current)) {
            if (!inGroup(next))
                continue;
            if (next === start) {
                const back = [];
                for (let step = current; step && step !== start; step = previous.get(step))
                    back.push(step);
                return [start, ...back.reverse()];
            }
            if (!previous.has(next)) {
                previous.set(next, current);
                queue.push(next);
            }
        }
    }
    return [start];
}

;// CONCATENATED MODULE: ./src/core/repository/folder-index.ts
/**
 * The folders of a repository's sorted file list. In a monorepo of 100,000 files the set of every
 * folder costs more than a small run needs: `has` finds a folder by halving the files, and the set is
 * built only when a missing path asks what folders there are (did-you-mean, a path's tail).
 */
class FolderIndex {
    sortedFiles;
    submodules;
    folderSet;
    topLevel;
    byName;
    constructor(sortedFiles, submodules) {
        this.sortedFiles = sortedFiles;
        this.submodules = submodules;
    }
    /** Every folder that holds a file or a submodule, at any depth, and every submodule. */
    get folders() {
        if (!this.folderSet) {
            const folders = folder_index_foldersOf([...this.sortedFiles, ...this.submodules]);
            for (const submodule of this.submodules)
                folders.add(submodule);
            this.folderSet = folders;
        }
        return this.folderSet;
    }
    /** The first part of every path. */
    get topLevelEntries() {
        if (!this.topLevel) {
            const topLevel = new Set();
            // The files of a top-level folder are one run of the sorted list, stepped over by halving.
            for (let index = 0; index < this.sortedFiles.length;) {
                const path = this.sortedFiles[index] ?? '';
                const firstSlash = path.indexOf('/');
                if (firstSlash === -1) {
                    topLevel.add(path);
                    index += 1;
                }
                else {
                    topLevel.add(path.slice(0, firstSlash));
                    index = firstNotBefore(this.sortedFiles, `${path.slice(0, firstSlash)}0`);
                }
            }
            for (const submodule of this.submodules)
                topLevel.add(submodule.split('/')[0] ?? submodule);
            this.topLevel = topLevel;
        }
        return this.topLevel;
    }
    has(path) {
        if (path === '' || this.submodules.has(path) || this.folderSet?.has(path) === true)
            return true;
        if (this.folderSet || path.endsWith('/'))
            return false;
        const inside = `${path}/`;
        return this.sortedFiles[firstNotBefore(this.sortedFiles, inside)]?.startsWith(inside) === true || [...this.submodules].some((submodule) => submodule.startsWith(inside));
    }
    /** The folders with this name, anywhere. */
    named(name) {
        if (!this.byName) {
            this.byName = new Map();
            for (const folder of this.folders) {
                const name = folder.slice(folder.lastIndexOf('/') + 1);
                const named = this.byName.get(name);
                if (named)
                    named.push(folder);
                else
                    this.byName.set(name, [folder]);
            }
        }
        return this.byName.get(name) ?? [];
    }
}
/** Every folder on the way to the paths. */
function folder_index_foldersOf(paths) {
    const folders = new Set();
    for (const file of paths) {
        for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
            const folder = file.slice(0, slash);
            if (folders.has(folder))
                break;
            folders.add(folder);
        }
    }
    return folders;
}
/** Where `prefix` is, or would be, in `sorted` (code-unit order): the first path not before it, found by halving. */
function firstNotBefore(sorted, prefix) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((sorted[middle] ?? '') < prefix)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/core/repository/file-listing.ts



const GLOB_OPTIONS = { dot: true };
/**
 * Which files a repository has and what is derived from that alone (folders, names, glob matches):
 * built once from a host's list, and shared by a second view that lists the same files (a pull
 * request's base commit whose files the work tree still has, every one).
 */
class FileListing {
    files;
    namesNotUtf8;
    /** Folders whose files another repository tracks: a path in one is there, but its files are not read. */
    submodules;
    folderIndex;
    globCache = new Map();
    byName;
    byExtension;
    constructor(host) {
        this.submodules = new Set(host.listSubmodules?.() ?? []);
        const listed = host.listFiles();
        const files = this.submodules.size === 0 ? listed : listed.filter((file) => !this.submodules.has(file));
        // git lists files sorted already; a hundred thousand of them are not sorted again.
        this.files = isSorted(files) ? files : [...files].sort(compareCodeUnits);
        this.namesNotUtf8 = new Set(host.listNamesNotUtf8?.() ?? []);
        this.folderIndex = new FolderIndex(this.files, this.submodules);
    }
    /** True when the repository has this file: found by halving, as a set of a hundred thousand paths costs more than a run's lookups. */
    hasFile(path) {
        return sortedIncludes(this.files, path);
    }
    /** Files under a folder, in order; every file for the root (''). */
    filesUnder(folder) {
        return folder === '' ? [...this.files] : startingWith(this.files, `${folder}/`);
    }
    /** Files matching a glob, cached per pattern. */
    globMatches(pattern) {
        let matches = this.globCache.get(pattern);
        if (!matches) {
            const isMatch = picomatch_default()(pattern, GLOB_OPTIONS);
            const files = this.files.filter((file) => isMatch(file));
            this.globCache.set(pattern, (matches = files.length > 0 ? files : this.filesOfMatchingFolders(isMatch)));
        }
        return matches;
    }
    /** Files by their name, anywhere. */
    nameIndex() {
        if (!this.byName) {
            this.byName = new Map();
            for (const file of this.files)
                pushTo(this.byName, file.slice(file.lastIndexOf('/') + 1), file);
        }
        return this.byName;
    }
    /** True when the path's name ends as a tracked file's name does, after its last dot, in any case (`typ` for `docs/a.typ`). */
    endsAsTrackedFiles(path) {
        this.byExtension ??= new Set([...this.nameIndex().keys()].flatMap((name) => (name.lastIndexOf('.') > 0 ? [extensionOf(name)] : [])));
        const name = path.slice(path.lastIndexOf('/') + 1);
        return name.lastIndexOf('.') > 0 && this.byExtension.has(extensionOf(name));
    }
    /**
     * A glob matches a folder's entries, folders too, as the shell expands it: one that matches only
     * folders (`pkg/shared/*` over pkg/shared/spread/) brings their files.
     */
    filesOfMatchingFolders(isMatch) {
        return [...this.folderIndex.folders]
            .filter((folder) => !this.submodules.has(folder) && isMatch(folder))
            .sort(compareCodeUnits)
            .flatMap((folder) => this.filesUnder(folder));
    }
}
/** What follows a name's last dot, lower-cased. */
function extensionOf(name) {
    return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

;// CONCATENATED MODULE: ./src/core/repository/name-index.ts
/** A file name split as typos go: its stem and its extension, both in lower case. */
function splitName(name) {
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? { stem: name.toLowerCase(), extension: '' } : { stem: name.slice(0, dot).toLowerCase(), extension: name.slice(dot + 1).toLowerCase() };
}
/** The edits a stem of this length may be away from the wanted one and still be close (see `nameDistance`). */
function allowedEdits(stemLength) {
    return stemLength >= 8 ? 2 : 1;
}
/**
 * Names indexed for did-you-mean, so that a missing name is compared with the few names that can be
 * close to it instead of every name. `nameDistance` finds two names close only when they share the
 * stem (another case, a related extension), or share the extension and their stems are at most k
 * edits apart (k = `allowedEdits`, a swap of neighbours counting as one): a name of the same stem is
 * found by the stem, the others by the pigeonhole principle (Li et al., Pass-Join, VLDB 2011): cut a
 * stem into k + 1 pieces, and k edits leave one piece whole, moved by no more edits than there are
 * pieces before it. Each stem is kept cut in two (for k = 1) and in three (for k = 2, and for a swap,
 * which changes two neighbours).
 */
class NameIndex {
    names;
    byStem = new Map();
    byPiece = new Map();
    constructor(names) {
        this.names = names;
        names.forEach((name, index) => {
            const { stem, extension } = splitName(name);
            push(this.byStem, stem, index);
            for (const parts of [2, 3])
                for (const key of pieceKeys(extension, stem.length, parts, (start, length) => [stem.slice(start, start + length)]))
                    push(this.byPiece, key, index);
        });
    }
    /** Every name `nameDistance` may find close to `wanted`, in the order the index was given them (so the first of equally close ones stays first). */
    candidates(wanted) {
        const { stem, extension } = splitName(wanted);
        const edits = allowedEdits(stem.length);
        const found = new Set(this.byStem.get(stem));
        const add = (key) => this.byPiece.get(key)?.forEach((index) => found.add(index));
        for (let length = Math.max(0, stem.length - edits); length <= stem.length + edits; length += 1) {
            pieceKeys(extension, length, edits + 1, (start, pieceLength, part) => {
                // Where the piece can stand in the wanted stem (Pass-Join's multi-match-aware window): the
                // edits before it shift it by at most `part`, those after it make up the rest of the length difference.
                const difference = stem.length - length;
                const from = Math.max(0, start - part, start + difference - (edits - part));
                const to = Math.min(stem.length - pieceLength, start + part, start + difference + (edits - part));
                const texts = [];
                for (let at = from; at <= to; at += 1)
                    texts.push(stem.slice(at, at + pieceLength));
                return texts;
            }).forEach(add);
        }
        // A swap of neighbours changes two of three pieces at most, and moves none.
        if (edits === 1)
            pieceKeys(extension, stem.length, 3, (start, length) => [stem.slice(start, start + length)]).forEach(add);
        return [...found].sort((a, b) => a - b).map((index) => this.names[index] ?? '');
    }
}
/**
 * The keys of a stem of `length` characters cut into `parts` pieces, `textsOf` giving the texts to
 * key each piece by (its own text when indexing, the wanted stem's texts near its place when
 * searching). A stem too short to cut has one key for its length.
 */
function pieceKeys(extension, length, parts, textsOf) {
    if (length < parts)
        return [`${extension}\0${length}\0${parts}`];
    const keys = [];
    const short = Math.floor(length / parts);
    const longFrom = parts - (length % parts);
    for (let part = 0, start = 0; part < parts; part += 1) {
        const pieceLength = part < longFrom ? short : short + 1;
        for (const text of textsOf(start, pieceLength, part))
            keys.push(`${extension}\0${length}\0${parts}\0${part}\0${text}`);
        start += pieceLength;
    }
    return keys;
}
function push(map, key, index) {
    const list = map.get(key);
    if (list)
        list.push(index);
    else
        map.set(key, [index]);
}

;// CONCATENATED MODULE: ./src/core/repository/path-suggester.ts





/**
 * How many files of a missing path's name, in other folders, its path is compared with: the nearest in
 * path order on each side of it, which share the longest beginnings with it. A name held by more files
 * (an `index.ts` in each of 50,000 packages) would otherwise cost an edit distance for each of them, for
 * every missing path of that name.
 */
const SAME_NAME_COMPARED = 128;
/** Did-you-mean for repository paths: the tracked path a missing one most likely meant. */
class PathSuggester {
    repository;
    byLowerCase;
    allNames;
    childrenByFolder = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    /**
     * The tracked path a missing path most likely meant, or undefined when nothing is close: the same
     * path in another case; a tracked path that ends with it (written from a subfolder); a file of the
     * same name in a nearby folder; a file whose name extends it (`task-299` → `task-299 - Title.md`);
     * a close name in the same folder (for a bare name, anywhere).
     */
    suggest(missing) {
        // Many tickets name the same missing path; each is looked for once a run.
        if (!this.suggestions.has(missing))
            this.suggestions.set(missing, this.search(missing));
        return this.suggestions.get(missing);
    }
    suggestions = new Map();
    search(missing) {
        const wanted = trimEnd(missing, '/');
        if (wanted === '')
            return undefined;
        const surely = this.surelyMeant(wanted);
        if (surely !== undefined)
            return surely;
        const name = wanted.slice(wanted.lastIndexOf('/') + 1);
        const folder = parentOf(wanted);
        const sameName = this.nearestNamed(name, wanted);
        if (sameName.length > 0 && folder !== '') {
            const near = closest(sameName, (candidate, best) => pathDistance(wanted, candidate, best), Math.max(2, Math.floor(wanted.length / 3)) + 1);
            if (near)
                return near;
        }
        if (folder === '') {
            const similar = this.similarNames(name);
            return similar === undefined ? undefined : shortestPath(this.repository.filesNamed(similar));
        }
        if (!this.repository.hasFolder(folder))
            return undefined;
        const children = this.childrenOf(folder);
        if (!name.includes('.')) {
            const prefix = `${folder}/${name}`;
            const extended = startingWith(children.sorted, prefix).filter((child) => /^[ ._-]/.test(child.slice(prefix.length)));
            if (extended.length > 0)
                return shortestPath(extended);
        }
        const near = closest(children.names.candidates(name), (child) => nameDistance(name, child));
        return near === undefined ? undefined : `${folder}/${near}`;
    }
    /**
     * The tracked path a missing one can only mean: the same path in another case, or a tracked path
     * that ends with it (written from a subfolder). A file to be created may share a name with a file
     * elsewhere, but not a whole path.
     */
    surelyMeant(missing) {
        const wanted = trimEnd(missing, '/');
        if (wanted === '')
            return undefined;
        const sameLetters = this.lowerCaseIndex().get(wanted.toLowerCase());
        if (sameLetters?.[0] !== undefined)
            return sameLetters[0];
        const name = wanted.slice(wanted.lastIndexOf('/') + 1);
        return shortestPath(this.repository.filesNamed(name).filter((file) => file.endsWith(`/${wanted}`)));
    }
    /**
     * The only tracked file with the missing path's name, in another folder: where a file the ticket
     * declares has most likely moved. A guess for a path the ticket declares, too loose for a mention.
     */
    movedTo(missing) {
        const wanted = trimEnd(missing, '/');
        if (!wanted.includes('/'))
            return undefined;
        const named = this.repository.filesNamed(wanted.slice(wanted.lastIndexOf('/') + 1));
        return named.length === 1 ? named[0] : undefined;
    }
    /** Tracked files of this name, in this case or another (`README.md` for `readme.md`). */
    namedInAnyCase(name) {
        if (!this.namesByLowerCase) {
            this.namesByLowerCase = new Map();
            for (const fileName of this.repository.fileNames())
                pushTo(this.namesByLowerCase, fileName.toLowerCase(), fileName);
        }
        return (this.namesByLowerCase.get(name.toLowerCase()) ?? []).flatMap((fileName) => this.repository.filesNamed(fileName));
    }
    namesByLowerCase;
    sortedByName = new Map();
    /** The files named `name` in any case, or of more than twice SAME_NAME_COMPARED, those nearest `wanted` in path order. */
    nearestNamed(name, wanted) {
        const named = this.namedInAnyCase(name);
        if (named.length <= 2 * SAME_NAME_COMPARED)
            return named;
        const key = name.toLowerCase();
        let sorted = this.sortedByName.get(key);
        if (!sorted) {
            sorted = [...named].sort(compareCodeUnits);
            this.sortedByName.set(key, sorted);
        }
        const place = firstNotBefore(sorted, wanted);
        return sorted.slice(Math.max(0, place - SAME_NAME_COMPARED), place + SAME_NAME_COMPARED);
    }
    /** The tracked file name closest to `name`, by nameDistance, anywhere in the repository. */
    similarNames(name) {
        this.allNames ??= new NameIndex([...this.repository.fileNames()]);
        return closest(this.allNames.candidates(name), (candidate) => Math.abs(candidate.length - name.length) > 3 ? Number.POSITIVE_INFINITY : nameDistance(name, candidate));
    }
    childrenOf(folder) {
        let children = this.childrenByFolder.get(folder);
        if (!children) {
            const paths = [...this.repository.filesUnder(folder).filter((file) => parentOf(file) === folder), ...this.childFolders(folder)];
            children = { names: new NameIndex(paths.map((child) => child.slice(folder.length + 1))), sorted: [...paths].sort(compareCodeUnits) };
            this.childrenByFolder.set(folder, children);
        }
        return children;
    }
    childFolders(folder) {
        const children = new Set();
        const prefixLength = folder === '' ? 0 : folder.length + 1;
        for (const file of this.repository.filesUnder(folder)) {
            const slash = file.indexOf('/', prefixLength);
            if (slash !== -1)
                children.add(file.slice(0, slash));
        }
        return [...children];
    }
    lowerCaseIndex() {
        if (!this.byLowerCase) {
            this.byLowerCase = new Map();
            for (const file of this.repository.files)
                pushTo(this.byLowerCase, file.toLowerCase(), file);
            for (const folder of this.repository.folders)
                pushTo(this.byLowerCase, folder.toLowerCase(), folder);
        }
        return this.byLowerCase;
    }
}
/** Extensions a writer may swap by mistake: `login.js` for `login.ts`, `config.yaml` for `config.yml`. */
const RELATED_EXTENSIONS = [
    ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'cts'],
    ['yml', 'yaml'],
    ['md', 'mdx', 'markdown'],
    ['py', 'pyi'],
    ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh'],
    ['htm', 'html'],
    ['jpg', 'jpeg'],
];
/**
 * How far apart two file names are as typos go: case-only differences and a swap between related
 * extensions are close; otherwise the extensions must match and the stems differ by one swap of
 * neighbours or at most one edit (two for stems of eight characters or more). Infinity when they are not close.
 */
function nameDistance(wanted, candidate) {
    if (wanted.toLowerCase() === candidate.toLowerCase())
        return 0;
    const a = splitName(wanted);
    const b = splitName(candidate);
    if (a.stem === b.stem) {
        return RELATED_EXTENSIONS.some((group) => group.includes(a.extension) && group.includes(b.extension)) ? 1 : Number.POSITIVE_INFINITY;
    }
    if (a.extension !== b.extension)
        return Number.POSITIVE_INFINITY;
    if (isOneSwap(a.stem, b.stem))
        return 1;
    const allowed = allowedEdits(a.stem.length);
    const stemDistance = Math.abs(a.stem.length - b.stem.length) > allowed ? allowed + 1 : (0,mod/* distance */.Io)(a.stem, b.stem);
    return stemDistance <= allowed ? stemDistance : Number.POSITIVE_INFINITY;
}
/** `clinet` for `client`: the same letters but two neighbours swapped, one slip of the fingers. */
function isOneSwap(a, b) {
    if (a.length !== b.length)
        return false;
    let first = 0;
    while (first < a.length && a[first] === b[first])
        first += 1;
    return first < a.length - 1 && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}
/** Edit distance of two paths; a length difference of `best` or more is already too far to compute. */
function pathDistance(wanted, candidate, best) {
    const lengthDifference = Math.abs(candidate.length - wanted.length);
    return lengthDifference >= best ? lengthDifference : (0,mod/* distance */.Io)(wanted, candidate);
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/core/repository/repository-view.ts





/**
 * The repository as the linter sees it, built once per run: which paths exist (case-sensitive, folders
 * derived from file paths), glob matches, line counts. Each file is read at most once.
 * `rootName`: the name of the folder it is checked out in; a copy on an author's machine is most often a
 * folder of that name.
 */
class RepositoryView {
    host;
    rootName;
    listing;
    bytesByPath = new Map();
    lineCounts = new Map();
    outsideCache = new Map();
    linkCache = new Map();
    suggester;
    constructor(host, rootName) {
        this.host = host;
        this.rootName = rootName;
        this.listing = host.sameListingAs?.()?.listing ?? new FileListing(host);
    }
    /** Every listed file, sorted in code-unit order. */
    get files() {
        return this.listing.files;
    }
    /** Folders whose files another repository tracks: a path in one is there, but its files are not read. */
    get submodules() {
        return this.listing.submodules;
    }
    /** Every folder that holds a tracked file or a submodule, at any depth, and every submodule. */
    get folders() {
        return this.listing.folderIndex.folders;
    }
    /** The first part of every path: what a path written from the root starts with. */
    get topLevelEntries() {
        return this.listing.folderIndex.topLevelEntries;
    }
    hasFile(path) {
        return this.listing.hasFile(path);
    }
    hasFolder(path) {
        return this.listing.folderIndex.has(path);
    }
    /** True for a listed file whose name is not UTF-8 (see RepositoryHost): it is there, but cannot be read. */
    nameIsNotUtf8(path) {
        return this.listing.namesNotUtf8.has(path);
    }
    /** The submodule a path is in (or is), if any. */
    submoduleOf(path) {
        const { submodules } = this.listing;
        if (submodules.size === 0)
            return undefined;
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            if (submodules.has(path.slice(0, slash)))
                return path.slice(0, slash);
        }
        return submodules.has(path) ? path : undefined;
    }
    /** Tracked files under a folder, in order; every file for the root (''). */
    filesUnder(folder) {
        return this.listing.filesUnder(folder);
    }
    /** Tracked files matching a glob, cached per pattern. */
    globMatches(pattern) {
        return this.listing.globMatches(pattern);
    }
    /** Tracked files with this exact name, anywhere. */
    filesNamed(name) {
        return this.listing.nameIndex().get(name) ?? [];
    }
    /** The view this one reads an unchanged copy of the file from, if any (RepositoryHost.sameFileIn). */
    sameFileIn(path) {
        return this.host.sameFileIn?.(path);
    }
    /** A listed file's bytes, kept for the next call unless `keep` is false (a ticket file, kept as its text instead). */
    readBytes(path, { keep = true } = {}) {
        if (!this.hasFile(path))
            return undefined;
        if (!keep && !this.bytesByPath.has(path))
            return this.host.readFile(path);
        if (!this.bytesByPath.has(path))
            this.bytesByPath.set(path, this.host.readFile(path));
        return this.bytesByPath.get(path);
    }
    /** The first `limit` bytes and the size of a listed file, unread past them where the host can; a file that fits is kept whole (not read again). */
    readHead(path, limit) {
        if (!this.hasFile(path))
            return undefined;
        const read = this.bytesByPath.has(path) || !this.host.readHead ? headOf(this.readBytes(path), limit) : this.host.readHead(path, limit);
        if (read !== undefined && read.head.length === read.size)
            this.bytesByPath.set(path, read.head);
        return read;
    }
    /** Lines of a text file as an editor counts them; undefined for a binary or unreadable file. */
    lineCount(path) {
        if (this.lineCounts.has(path))
            return this.lineCounts.get(path);
        const bytes = this.readBytes(path);
        let lines;
        if (bytes !== undefined && !isBinary(bytes)) {
            let newlines = 0;
            for (const byte of bytes)
                if (byte === 0x0a)
                    newlines += 1;
            lines = bytes.length === 0 ? 0 : bytes[bytes.length - 1] === 0x0a ? newlines : newlines + 1;
        }
        this.lineCounts.set(path, lines);
        return lines;
    }
    /** True when the path, or a folder on the way to it, is a symlink that leads out of the root. */
    leadsOutside(path) {
        if (!this.host.leadsOutside)
            return false;
        if (!this.outsideCache.has(path))
            this.outsideCache.set(path, this.host.leadsOutside(path));
        return this.outsideCache.get(path) === true;
    }
    /** Where a path through tracked symlinks leads inside the root (see RepositoryHost.throughLinks). */
    throughLinks(path) {
        if (!this.host.throughLinks)
            return undefined;
        if (!this.linkCache.has(path))
            this.linkCache.set(path, this.host.throughLinks(path));
        return this.linkCache.get(path);
    }
    /** What a missing path most likely meant: did-you-mean, the path it can only mean, where it moved (see PathSuggester). */
    get suggestions() {
        this.suggester ??= new PathSuggester(this);
        return this.suggester;
    }
    /**
     * Tracked files and folders whose path ends with `suffix` after a `/`: where a path written from a
     * subfolder may lie (`model/loader.ts` in `app/web/src/model/loader.ts`).
     */
    pathsEndingWith(suffix) {
        const trimmed = suffix.endsWith('/') ? suffix.slice(0, -1) : suffix;
        const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
        const tail = `/${trimmed}`;
        return [...(suffix.endsWith('/') ? [] : this.filesNamed(name)), ...this.listing.folderIndex.named(name)].filter((candidate) => candidate.endsWith(tail));
    }
    /** True when the path's name ends as a tracked file's does (`docs/guide.typ` where `.typ` files are tracked), known or not. */
    endsAsTrackedFiles(path) {
        return this.listing.endsAsTrackedFiles(path);
    }
    /** Every tracked file name, once. */
    fileNames() {
        return this.listing.nameIndex().keys();
    }
}
/** True when the paths are in code-unit order (compareCodeUnits). */
function isSorted(paths) {
    for (let index = 1; index < paths.length; index += 1)
        if ((paths[index - 1] ?? '') > (paths[index] ?? ''))
            return false;
    return true;
}
/** Of several tracked paths one pointer could mean, the one an agent would open: the shortest, then the first. */
function shortestPath(paths) {
    return [...paths].sort(compareShortestFirst)[0];
}
/** Shorter paths first, then in code-unit order: the order in which several candidates are offered. */
function compareShortestFirst(a, b) {
    return a.length - b.length || compareCodeUnits(a, b);
}
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function headOf(bytes, limit) {
    return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}
/** The paths of `sorted` (in code-unit order) that start with `prefix`: one contiguous run, found by halving. */
function startingWith(sorted, prefix) {
    const low = firstNotBefore(sorted, prefix);
    const found = [];
    for (let index = low; index < sorted.length && (sorted[index] ?? '').startsWith(prefix); index += 1)
        found.push(sorted[index] ?? '');
    return found;
}
/** True when `sorted` (in code-unit order) holds `path`. */
function sortedIncludes(sorted, path) {
    return sorted[firstNotBefore(sorted, path)] === path;
}
/** Plain code-unit order, as git sorts paths, so a folder's files are one contiguous run. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A host over files held in memory, for tests and for tools that already have the text. */
function inMemoryHost(files) {
    const encoder = new TextEncoder();
    return {
        listFiles: () => Object.keys(files),
        readFile: (path) => {
            const content = files[path];
            return typeof content === 'string' ? encoder.encode(content) : content;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/graph/parallel-work.ts

/**
 * How many tickets before and after a ticket, in roadmap order, it is compared with in each group it
 * is part of (the tickets marked parallel in its scope, the siblings of its file, the tickets that
 * point at one file). Every ticket of a smaller group is compared with every other; a roadmap of
 * 30,000 siblings would otherwise make 900 million comparisons.
 */
const NEAREST_COMPARED = 1_000;
/** Which tickets may run side by side, and which of those touch the same files. */
class ParallelWork {
    roadmap;
    byScope = new Map();
    constructor(roadmap) {
        this.roadmap = roadmap;
        for (const ticket of roadmap.flaggedParallel) {
            const scope = this.byScope.get(ticket.parallelScope) ?? [];
            scope.push(ticket);
            this.byScope.set(ticket.parallelScope, scope);
        }
    }
    /**
     * Open tickets meant to run beside this one with no dependency path between them, in roadmap order:
     * both marked to run in parallel in the same scope, or two tickets of a file whose format runs them
     * side by side. At most `limit` of them, and whether there are more: a roadmap of N siblings has N²
     * such pairs, which no report should list.
     */
    parallelWith(ticket, limit) {
        if (ticket.lifecycle.state === 'done')
            return { tickets: [], more: false };
        const marked = ticket.parallel ? this.nearest(this.byScope.get(ticket.parallelScope) ?? [], ticket).tickets : [];
        const siblings = ticket.siblingsInParallel ? this.nearest(this.roadmap.byFile.get(ticket.file) ?? [], ticket).tickets : [];
        const candidates = marked.length === 0 ? siblings : siblings.length === 0 ? marked : this.inOrder([...new Set([...marked, ...siblings])]);
        const found = [];
        for (const other of candidates) {
            if (other === ticket || !this.mayRunBeside(ticket, other))
                continue;
            if (found.length === limit)
                return { tickets: found, more: true };
            found.push(other);
        }
        return { tickets: found, more: false };
    }
    /**
     * Parallel tickets that point at the same files as this one, in roadmap order. Found through the
     * tickets of each file this one touches, the NEAREST_COMPARED before and after it, so the work is
     * linear in tickets and the files they share.
     */
    conflicts(ticket) {
        const mine = this.filesOf(ticket);
        if (mine.size === 0 || ticket.lifecycle.state === 'done')
            return { conflicts: [], cut: false };
        const shared = new Map();
        const apart = new Set();
        let cut = false;
        for (const file of [...mine].sort()) {
            const nearest = this.nearest(this.touching().get(file) ?? [], ticket);
            cut ||= nearest.cut;
            for (const other of nearest.tickets) {
                if (other === ticket || apart.has(other))
                    continue;
                const files = shared.get(other);
                if (files)
                    files.push(file);
                else if (this.mayRunBeside(ticket, other))
                    shared.set(other, [file]);
                else
                    apart.add(other);
            }
        }
        const conflicts = this.inOrder([...shared.keys()]).map((other) => ({ other, files: shared.get(other) ?? [] }));
        return { conflicts, cut };
    }
    /** Both open, meant to run side by side (marked in one scope, or siblings of a parallel plan), and neither waits for the other. */
    mayRunBeside(ticket, other) {
        if (other.lifecycle.state === 'done')
            return false;
        const marked = ticket.parallel && other.parallel && other.parallelScope === ticket.parallelScope;
        const siblings = ticket.siblingsInParallel && other.file === ticket.file;
        return (marked || siblings) && !this.roadmap.dependsOn(ticket, other) && !this.roadmap.dependsOn(other, ticket);
    }
    /** The tickets of a group in roadmap order nearest `ticket`: NEAREST_COMPARED each side of where it is or would be. */
    nearest(group, ticket) {
        if (group.length <= 2 * NEAREST_COMPARED + 1)
            return { tickets: group, cut: false };
        const place = this.position(ticket);
        let low = 0;
        let high = group.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.position(group[middle]) < place)
                low = middle + 1;
            else
                high = middle;
        }
        return { tickets: group.slice(Math.max(0, low - NEAREST_COMPARED), low + NEAREST_COMPARED + 1), cut: true };
    }
    position(ticket) {
        return ticket ? (this.roadmap.order.get(ticket) ?? 0) : 0;
    }
    inOrder(tickets) {
        return tickets.sort((a, b) => this.position(a) - this.position(b));
    }
    touchingByFile;
    /** The open tickets that touch each file, in roadmap order. */
    touching() {
        if (!this.touchingByFile) {
            this.touchingByFile = new Map();
            for (const ticket of this.roadmap.tickets) {
                if (ticket.lifecycle.state === 'done' || (!ticket.parallel && !ticket.siblingsInParallel))
                    continue;
                for (const file of this.filesOf(ticket)) {
                    const list = this.touchingByFile.get(file) ?? [];
                    list.push(ticket);
                    this.touchingByFile.set(file, list);
                }
            }
        }
        return this.touchingByFile;
    }
    files = new Map();
    /** The files a ticket would touch: files it points at, and new files it will create. */
    filesOf(ticket) {
        let files = this.files.get(ticket);
        if (!files) {
            files = new Set();
            for (const pointer of ticket.pointers) {
                const resolution = this.roadmap.resolve(pointer, ticket);
                if (resolution.kind === 'file')
                    files.add(resolution.path);
                else if (resolution.kind === 'name')
                    files.add(shortestPath(resolution.files) ?? resolution.path);
                else if (resolution.kind === 'missing' && pointer.isNew)
                    files.add(resolution.path);
            }
            this.files.set(ticket, files);
        }
        return files;
    }
}

;// CONCATENATED MODULE: ./src/core/graph/reachability.ts
/** Search steps a run may spend on the pairs the labels cannot settle, per component and dependency, before it stops searching. */
const SEARCH_STEPS_PER_NODE = 64;
/**
 * Whether one ticket waits for another, directly or not, answered for the pairs asked and nothing
 * more: no ticket keeps the set of tickets it reaches (a 3,000-ticket cycle made 9 million entries).
 *
 * Components (tickets that wait for each other) are numbered in the order Tarjan's algorithm closes
 * them, which is a post-order of the dependencies: a component reaches only components numbered
 * lower. Two labels, each a pass over the dependencies, settle most pairs at once:
 * - the longest chain of dependencies below a component (`level`): a component reaches only
 *   components of a lower level;
 * - the lowest number it reaches (`low`): it reaches only numbers from `low` up to its own, and exactly
 *   those when its dependencies' ranges tile that span (a chain, a tree of tickets that each wait for
 *   one other).
 * Other pairs are settled by a search that the labels prune. The searches of a run share a budget of
 * steps linear in the graph; past it a pair is taken as dependent, which can only hide a
 * parallel-conflict warning, never make one up.
 */
class Reachability {
    components;
    edges;
    low;
    level;
    exact;
    waitsForItself;
    visited;
    search = 0;
    budget;
    constructor(components, dependencies) {
        this.components = components;
        const count = components.list.length;
        this.edges = components.list.map(() => []);
        this.waitsForItself = components.list.map((members) => members.length > 1);
        let edgeCount = 0;
        components.list.forEach((members, id) => {
            const targets = new Set();
            for (const member of members)
                for (const dependency of dependencies(member))
                    targets.add(this.componentOf(dependency));
            if (targets.delete(id))
                this.waitsForItself[id] = true;
            this.edges[id] = [...targets].sort((a, b) => b - a);
            edgeCount += targets.size;
        });
        this.low = new Array(count);
        this.level = new Array(count);
        this.exact = new Array(count);
        for (let id = 0; id < count; id += 1) {
            const targets = this.edges[id] ?? [];
            let low = id;
            let level = 0;
            // Exact when the targets' ranges, highest first, run down from id - 1 without a gap or an overlap.
            let expected = id - 1;
            let exact = true;
            for (const target of targets) {
                low = Math.min(low, this.low[target] ?? target);
                level = Math.max(level, (this.level[target] ?? 0) + 1);
                exact &&= target === expected && (this.exact[target] ?? false);
                expected = (this.low[target] ?? target) - 1;
            }
            this.low[id] = low;
            this.level[id] = level;
            this.exact[id] = exact && expected === low - 1;
        }
        this.visited = new Array(count).fill(-1);
        this.budget = SEARCH_STEPS_PER_NODE * (count + edgeCount);
    }
    /** True when `from` waits, directly or not, for `to` (a ticket on a cycle waits for itself). */
    dependsOn(from, to) {
        const source = this.componentOf(from);
        const target = this.componentOf(to);
        if (source === target)
            return from !== to || (this.waitsForItself[source] ?? false);
        const settled = this.settle(source, target);
        if (settled !== undefined)
            return settled;
        return this.searchFrom(source, target);
    }
    /** The answer the labels give for two different components, if they give one. */
    settle(source, target) {
        if ((this.level[source] ?? 0) <= (this.level[target] ?? 0))
            return false;
        const inRange = (this.low[source] ?? source) <= target && target < source;
        if (!inRange)
            return false;
        return this.exact[source] ? true : undefined;
    }
    searchFrom(source, target) {
        this.search += 1;
        const stack = [source];
        this.visited[source] = this.search;
        for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
            for (const edge of this.edges[next] ?? []) {
                if (edge === target)
                    return true;
                if (this.visited[edge] === this.search)
                    continue;
                this.visited[edge] = this.search;
                const settled = this.settle(edge, target);
                if (settled === true)
                    return true;
                if (settled === false)
                    continue;
                this.budget -= 1;
                if (this.budget < 0)
                    return true;
                stack.push(edge);
            }
        }
        return false;
    }
    componentOf(ticket) {
        return this.components.of.get(ticket) ?? -1;
    }
}

;// CONCATENATED MODULE: ./src/core/graph/ticket-graph.ts




/**
 * The roadmap as a graph over every ticket of the repository: ids, `depends_on` edges, cycles, and
 * which tickets may run in parallel (both `parallel: true`, or siblings of one roadmap file) with no
 * dependency path between them. Built once per run.
 */
class TicketGraph {
    tickets;
    resolve;
    byId = new Map();
    byFile = new Map();
    flaggedParallel = [];
    order = new Map();
    reachability;
    cycles;
    parallelWork;
    constructor(tickets, resolve) {
        this.tickets = tickets;
        this.resolve = resolve;
        for (const ticket of tickets) {
            this.order.set(ticket, this.order.size);
            const siblings = this.byFile.get(ticket.file) ?? [];
            siblings.push(ticket);
            this.byFile.set(ticket.file, siblings);
            if (ticket.parallel)
                this.flaggedParallel.push(ticket);
            const key = keyOf(ticket);
            if (key === undefined)
                continue;
            const list = this.byId.get(key) ?? [];
            list.push(ticket);
            this.byId.set(key, list);
        }
        const dependencies = (ticket) => this.dependencies(ticket);
        const components = findComponents(tickets, dependencies);
        this.cycles = findCycles(tickets, components, dependencies);
        this.reachability = new Reachability(components, dependencies);
        this.parallelWork = new ParallelWork({ tickets, order: this.order, byFile: this.byFile, flaggedParallel: this.flaggedParallel, resolve, dependsOn: (from, to) => this.dependsOn(from, to) });
    }
    /** Every ticket with this id key (see Ticket.idKey). */
    withKey(key) {
        return this.byId.get(key) ?? [];
    }
    /** The tickets a dependency names (more than one only when ids are duplicated, which ticket-id reports). */
    dependencies(ticket) {
        let found = this.dependenciesOf.get(ticket);
        if (!found) {
            found = ticket.dependsOn.flatMap((dependency) => this.named(dependency) ?? []);
            this.dependenciesOf.set(ticket, found);
        }
        return found;
    }
    /** Each ticket's dependencies, looked up once: cycles and reachability ask for them again and again. */
    dependenciesOf = new Map();
    unknownDependencies(ticket) {
        return ticket.dependsOn.filter((dependency) => !dependency.met && this.named(dependency) === undefined);
    }
    /** The tickets of the first key of the dependency that some ticket has. */
    named(dependency) {
        for (const key of [dependency.key, ...(dependency.otherKeys ?? [])]) {
            const found = this.byId.get(key);
            if (found)
                return found;
        }
        return undefined;
    }
    /** The dependency cycle this ticket is on, or the group of tickets waiting for each other it is in (see findCycles). */
    cycleThrough(ticket) {
        return this.cycles.get(ticket);
    }
    /** True when `from` waits, directly or not, for `to`. */
    dependsOn(from, to) {
        return this.reachability.dependsOn(from, to);
    }
    /**
     * The ticket this one waits for, directly or not, that writes a file at `path` (or at a path that
     * ends with it, written from a subfolder): the file is that ticket's to make (see writtenPaths).
     */
    writerBefore(ticket, path) {
        // Only the few tickets that write the path are asked about, each pair settled as dependsOn settles
        // it: no set of every ticket each one waits for (F10).
        return this.writersOf(path).find(
        // The steps of one plan are one session's work: what an earlier step writes is the plan's own.
        (writer) => writer !== ticket && !(writer.unit === 'step' && writer.file === ticket.file) && this.dependsOn(ticket, writer));
    }
    /** The tickets that write a file at `path` (see writtenPaths), in roadmap order, indexed once a run. */
    writersOf(path) {
        if (!this.writers) {
            this.writers = new Map();
            for (const ticket of this.tickets) {
                for (const written of writtenPaths(ticket)) {
                    const writers = this.writers.get(written);
                    if (writers)
                        writers.push(ticket);
                    else
                        this.writers.set(written, [ticket]);
                }
            }
        }
        return this.writers.get(path) ?? [];
    }
    writers;
    /** Open tickets meant to run beside this one (see ParallelWork.parallelWith). */
    parallelWith(ticket, limit) {
        return this.parallelWork.parallelWith(ticket, limit);
    }
    /** True when `ticket` comes before `other` in the roadmap's order (files in order, tickets in file order). */
    comesBefore(ticket, other) {
        return (this.order.get(ticket) ?? 0) < (this.order.get(other) ?? 0);
    }
    /** Parallel tickets that point at the same files as this one (see ParallelWork.conflicts). */
    conflicts(ticket) {
        return this.parallelWork.conflicts(ticket);
    }
}
const writtenByTicket = new WeakMap();
/** The paths a ticket's work writes (Pointer.writes), with each tail that still has a folder. */
function writtenPaths(ticket) {
    let paths = writtenByTicket.get(ticket);
    if (!paths) {
        paths = new Set();
        for (const pointer of ticket.pointers) {
            if (pointer.writes !== true)
                continue;
            const path = trimEnd(pointer.path, '/');
            paths.add(path);
            for (let slash = path.indexOf('/'); slash !== -1 && path.indexOf('/', slash + 1) !== -1; slash = path.indexOf('/', slash + 1))
                paths.add(path.slice(slash + 1));
        }
        writtenByTicket.set(ticket, paths);
    }
    return paths;
}
/** The key a ticket's id is known by (see Ticket.idKey). */
function keyOf(ticket) {
    return ticket.idKey ?? ticket.id;
}

;// CONCATENATED MODULE: ./src/core/resolve/relative-paths.ts




const SHOWN_CANDIDATES = 3;
/**
 * The tracked paths a path missing from the root may mean, written from somewhere else: paths that end
 * with it (from a subfolder), or from a folder the ticket names. A bare name is not here: it names a
 * file anywhere, and is resolved as such; nor is a path from the ticket's own folder, which is there
 * (resolvePointer), as a link's is.
 */
function relativeCandidates(missing, namedFolders, repository) {
    if (!missing.includes('/'))
        return [];
    const found = new Set();
    const exists = (candidate) => repository.hasFile(candidate) || (candidate !== '' && repository.hasFolder(candidate));
    const bare = trimEnd(missing, '/');
    for (const { joined } of fromNamedFolders(bare, namedFolders))
        if (exists(joined))
            found.add(joined);
    // Where the ticket says its paths are written from, the path there is the one meant, over any other project's with that tail.
    if (found.size === 0)
        for (const tracked of repository.pathsEndingWith(missing))
            found.add(tracked);
    return [...found].sort(compareShortestFirst).slice(0, SHOWN_CANDIDATES + 1);
}

/**
 * The path read from each folder the ticket names (`from`, and the path from the root); one that starts
 * with the folder's own name (`backend/app/x.py`, the folder `w2/app/backend/`) is read from the folder
 * above it too, as it is written from there.
 */
function fromNamedFolders(written, namedFolders) {
    const slash = written.indexOf('/');
    const first = slash === -1 ? written : written.slice(0, slash);
    return namedFolders.flatMap((base) => {
        const bases = external_node_path_default().posix.basename(base) === first ? [base, external_node_path_default().posix.dirname(base)] : [base];
        return bases.map((from) => ({ from, joined: external_node_path_default().posix.normalize(external_node_path_default().posix.join(from, written)) })).filter(({ joined }) => !joined.startsWith('../') && joined !== written);
    });
}
/**
 * A path written as a file or a folder: a file name's ending, a closing `/`, or the tail of tracked
 * files. A mention meant for the repository is written so; a slash between two words (`mm/pixel`) is not.
 */
function writtenAsFileOrFolder(written, wantsFolder, repository) {
    return wantsFolder || endsLikeFile(written) || repository.endsAsTrackedFiles(written);
}
/**
 * A file the ticket creates is to come, unless it is written from a subfolder: under a top-level folder
 * the repository does not have, the path of the one tracked file that ends with it (a monorepo's
 * `apps/web/src/services/auth.ts` for "Create `src/services/auth.ts`"): that file is there already.
 */
function createdResolution(repositoryPath, first, namedFolders, repository) {
    if (repositoryPath.includes('/') && !repository.topLevelEntries.has(first)) {
        const placed = placedByNamedFolders(repositoryPath, first, namedFolders, repository);
        if (placed !== undefined)
            return placed;
        const tracked = repository.pathsEndingWith(repositoryPath).filter((candidate) => repository.hasFile(candidate));
        if (tracked.length === 1)
            return { kind: 'relative', path: repositoryPath, candidates: tracked };
    }
    return { kind: 'missing', path: repositoryPath };
}
/** Where the ticket says its paths are written from (a folder it names), a file the work writes is there, or still to come there. */
function placedByNamedFolders(repositoryPath, first, namedFolders, repository) {
    const placed = fromNamedFolders(repositoryPath, namedFolders).filter(({ from }) => repository.hasFolder(external_node_path_default().posix.join(from, first)));
    const there = placed.map(({ joined }) => joined).filter((candidate) => repository.hasFile(candidate));
    if (there.length > 0)
        return { kind: 'relative', path: repositoryPath, candidates: there.slice(0, SHOWN_CANDIDATES + 1) };
    return placed.length > 0 ? { kind: 'missing', path: repositoryPath, planned: true } : undefined;
}

;// CONCATENATED MODULE: ./src/core/resolve/elided-paths.ts

/**
 * Paths written with folders left out (`test/.../RunnerTest.kt`, `.planning/phases/03.6-…/x.md`):
 * which tracked paths they may stand for. Matched segment by segment, not by a pattern built from the
 * ticket's text: a built pattern backtracks without bound on a hostile name.
 */
/** True when `file` ends with what `written` names: `...` alone for one or more folders, within a name for the rest of it. */
function matchesElided(file, written) {
    const wanted = written.split('/');
    const segments = file.split('/');
    const known = new Map();
    // Whether wanted[0..i) can end right before segments[j], starting anywhere (a path written from a subfolder).
    const endsAt = (i, j) => {
        if (i === 0)
            return true;
        if (j === 0)
            return false;
        const key = `${i},${j}`;
        let found = known.get(key);
        if (found === undefined) {
            const segment = wanted[i - 1] ?? '';
            if (isEllipsis(segment)) {
                found = false;
                for (let start = j - 1; start >= 0 && !found; start -= 1)
                    found = endsAt(i - 1, start);
            }
            else
                found = segmentMatches(segments[j - 1] ?? '', segment) && endsAt(i - 1, j - 1);
            known.set(key, found);
        }
        return found;
    };
    return endsAt(wanted.length, segments.length);
}
/** `03.6-...` against `03.6-candle`: the written pieces in order, the first at the start and the last at the end. */
function segmentMatches(name, written) {
    const pieces = written.split(ELLIPSIS);
    if (pieces.length === 1)
        return name === written;
    const first = pieces[0] ?? '';
    const last = pieces[pieces.length - 1] ?? '';
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
        return false;
    let at = first.length;
    const end = name.length - last.length;
    for (const piece of pieces.slice(1, -1)) {
        const found = name.indexOf(piece, at);
        if (found === -1 || found + piece.length > end)
            return false;
        at = found + piece.length;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/resolve/linked-paths.ts


/** git tracks a symlink as a file, so a path through one has the link itself, or a prefix, tracked as a file. */
function crossesTrackedSymlink(repositoryPath, repository) {
    if (repository.hasFile(repositoryPath))
        return true;
    for (let slash = repositoryPath.indexOf('/'); slash !== -1; slash = repositoryPath.indexOf('/', slash + 1)) {
        if (repository.hasFile(repositoryPath.slice(0, slash)))
            return true;
    }
    return false;
}
/**
 * What a path through tracked symlinks that stay inside the root leads to (`skills/active/x/SKILL.md`,
 * `skills/active/x` a link to `../real/x`): the file or folder there, as the checkout's file system
 * has it. git lists only the link, so its listing alone would call the path missing.
 */
function throughLinks(repositoryPath, wantsFolder, repository) {
    const real = repository.throughLinks(repositoryPath);
    if (real === undefined || real === repositoryPath)
        return undefined;
    if (!wantsFolder && repository.hasFile(real))
        return { kind: 'file', path: real };
    return repository.hasFolder(real) ? { kind: 'dir', path: real } : undefined;
}
/**
 * The files a glob matches through tracked symlinks to folders (`skills/active/*\/SKILL.md`, each
 * `skills/active/<name>` a link): the rest of the glob matched in each link's folder.
 */
function globThroughLinks(glob, repository) {
    const segments = glob.split('/');
    for (let count = 1; count < segments.length; count += 1) {
        const prefix = segments.slice(0, count).join('/');
        const links = isGlobPattern(prefix) ? repository.globMatches(prefix) : repository.hasFile(prefix) ? [prefix] : [];
        const rest = segments.slice(count).join('/');
        const found = links.flatMap((link) => {
            const folder = repository.throughLinks(link);
            if (folder === undefined || folder === link || isGlobPattern(folder) || !repository.hasFolder(folder))
                return [];
            const inFolder = `${folder}/${rest}`;
            return globTooComplex(inFolder) === undefined ? repository.globMatches(inFolder) : [];
        });
        if (found.length > 0)
            return found;
    }
    return [];
}

;// CONCATENATED MODULE: ./src/core/resolve/resolution.ts
const NO_CHANGES = { removed: new Set(), renamedTo: new Map(), where: '' };

;// CONCATENATED MODULE: ./src/core/resolve/resolve-pointer.ts











/** `settings.local.json`, `.env.local`: untracked by convention. */
const LOCAL_ONLY = /(?:^|\.)local(?:\.|$)/;
/** What programs write as they run, which git does not track: databases and backups (`poc.db`, `x.sqlite`, `a.bak`). */
const RUN_TIME_DATA = /\.(?:db|sqlite3?|bak)$/i;
/** `D:/projects/app`: a Windows machine's path. */
const DRIVE_PATH = /^[A-Za-z]:\//;
/**
 * Where a pointer points, before asking whether anything is there: code spans and list items from the
 * repository root, link targets from the ticket's folder, a leading `/` from the root.
 */
function pointerTarget(pointer, ticketFile) {
    const written = pointer.path;
    if (pointer.base === 'machine')
        return { kind: 'outside', reason: 'absolute' };
    if (written === '~' || written.startsWith('~/'))
        return { kind: 'outside', reason: 'home' };
    if ((isMachinePath(written) || DRIVE_PATH.test(written)) && pointer.source !== 'link')
        return { kind: 'outside', reason: 'absolute' };
    // A leading slash means the repository root, as GitHub renders links and as `/src/x.ts` is meant.
    const joined = written.startsWith('/')
        ? written.slice(1)
        : pointer.base === 'ticket'
            ? external_node_path_default().posix.join(external_node_path_default().posix.dirname(ticketFile), written)
            : written;
    const normalized = trimEnd(external_node_path_default().posix.normalize(joined), '/');
    if (normalized === '..' || normalized.startsWith('../'))
        return { kind: 'outside', reason: 'parent' };
    return { kind: 'inside', path: normalized === '.' ? '' : normalized.replace(/^\.\//, ''), wantsFolder: joined.endsWith('/') };
}
/**
 * Resolves a pointer (docs/pointers.md) from the repository view alone, so nothing outside the root is
 * touched. A pointer the ticket declares (its context, its format's path fields, a link) that leads
 * nowhere is always a problem; a path merely mentioned in prose only when it is clearly meant for this
 * repository. `changes` names files the pull request removed or renamed.
 */
function resolvePointer(pointer, context, repository, changes = NO_CHANGES) {
    const { ticketFile, namedFolders } = typeof context === 'string' ? { ticketFile: context, namedFolders: () => [] } : context;
    // A bare name of a list, not beside the path before it, may be as written (`README.md` at the root); if not, it is missing there.
    if (pointer.shorthandOf !== undefined && !pointer.planned && !repository.hasFile(pointer.path)) {
        const asWritten = resolvePointer({ ...pointer, path: pointer.shorthandOf, shorthandOf: undefined }, context, repository, changes);
        if (asWritten.kind !== 'missing')
            return asWritten;
    }
    if (pointer.linkAsWritten !== undefined) {
        const asWritten = resolvePointer({ ...pointer, path: pointer.linkAsWritten, base: 'ticket', linkAsWritten: undefined }, context, repository, changes);
        if (asWritten.kind === 'file' || asWritten.kind === 'dir')
            return asWritten;
    }
    const declared = pointer.declared || pointer.declaredInFile === true || pointer.source === 'link';
    const target = pointerTarget(pointer, ticketFile);
    if (target.kind === 'outside')
        return outside(pointer, target.reason, declared, repository);
    const { path: repositoryPath, wantsFolder } = target;
    // Another checkout's file, as the ticket's own `cd` into a folder the repository does not have says.
    if (pointer.inOtherCheckout !== undefined && !repository.hasFile(repositoryPath) && !repository.hasFolder(repositoryPath))
        return { kind: 'foreign', path: repositoryPath };
    if (crossesTrackedSymlink(repositoryPath, repository)) {
        if (repository.leadsOutside(repositoryPath))
            return { kind: 'outside', path: pointer.path, reason: 'symlink' };
        const linked = pointer.isGlob ? undefined : throughLinks(repositoryPath, wantsFolder, repository);
        if (linked !== undefined)
            return linked;
    }
    if (pointer.isGlob)
        return globResolution(repositoryPath, pointer, declared, repository);
    if (pointer.elided)
        return elidedResolution(repositoryPath, pointer, declared, repository);
    const submodule = repository.submoduleOf(repositoryPath);
    if (submodule !== undefined)
        return { kind: 'submodule', path: repositoryPath, submodule };
    if (!wantsFolder && repository.hasFile(repositoryPath))
        return { kind: 'file', path: repositoryPath };
    if (repository.hasFolder(repositoryPath))
        return { kind: 'dir', path: repositoryPath };
    // Written from the ticket's own folder, as a link is read (spec-kit's `contracts/api.md`, or `contracts/`, beside its tasks.md): there.
    if (pointer.base === 'root' && (repositoryPath.includes('/') || wantsFolder)) {
        const besideTicket = external_node_path_default().posix.join(external_node_path_default().posix.dirname(ticketFile), repositoryPath);
        if (!wantsFolder && repository.hasFile(besideTicket))
            return { kind: 'file', path: besideTicket };
        if (repository.hasFolder(besideTicket))
            return { kind: 'dir', path: besideTicket };
    }
    // `<name>/tests/`, with `<name>` the repository's own folder: written from the folder above the root.
    const [first, ...rest] = repositoryPath.split('/');
    if (first === repository.rootName && !repository.topLevelEntries.has(first ?? '') && pointer.base === 'root') {
        const inside = rest.join('/');
        if (inside === '')
            return { kind: 'dir', path: '' };
        if (repository.hasFile(inside) || repository.hasFolder(inside))
            return { kind: 'relative', path: repositoryPath, candidates: [inside], throughRoot: true };
    }
    // Mentioned from `/` but under no top-level entry of the repository: a route (`/swagger/index.html`)
    // or another machine's path, not this repository's root.
    if (!declared && pointer.path.startsWith('/') && !repository.topLevelEntries.has(first ?? ''))
        return { kind: 'foreign', path: repositoryPath };
    if (pointer.base === 'root' && !pointer.path.includes('/')) {
        const named = repository.filesNamed(repositoryPath);
        if (named.length > 0)
            return { kind: 'name', path: repositoryPath, files: named };
    }
    if (pointer.isNew)
        return createdResolution(repositoryPath, first ?? '', namedFolders(), repository);
    if (changes.removed.has(repositoryPath))
        return { kind: 'missing', path: repositoryPath, change: { removed: true, where: changes.where } };
    const renamedTo = changes.renamedTo.get(repositoryPath);
    if (renamedTo !== undefined)
        return { kind: 'missing', path: repositoryPath, change: { renamedTo, where: changes.where } };
    // A file the ticket deletes may be gone; one still there under a longer path is written from a subfolder all the same.
    if (pointer.intent === 'delete') {
        const candidates = relativeCandidates(repositoryPath + (wantsFolder ? '/' : ''), namedFolders(), repository);
        return candidates.length > 0 ? { kind: 'relative', path: repositoryPath, candidates } : { kind: 'missing', path: repositoryPath, gone: true };
    }
    const name = repositoryPath.slice(repositoryPath.lastIndexOf('/') + 1);
    // Local-only files and what programs write as they run are not tracked: nothing to check.
    if (pointer.isExample || LOCAL_ONLY.test(name) || RUN_TIME_DATA.test(name))
        return { kind: 'foreign', path: repositoryPath };
    // A file in a folder the work creates, and the folder is new: it comes with the folder.
    if (pointer.createdFolder !== undefined && !repository.hasFolder(pointer.createdFolder))
        return { kind: 'missing', path: repositoryPath, planned: true };
    // A file the ticket's file creates is new wherever the file names it, as where it is created; a tail of it
    // once the file is tracked names it from a subfolder, as any mention of a tracked file's tail does.
    if (pointer.createdInFile && pointer.tailOf !== undefined && repository.hasFile(pointer.tailOf))
        return { kind: 'relative', path: repositoryPath, candidates: [pointer.tailOf] };
    if (pointer.createdInFile && !pointer.lines)
        return { kind: 'missing', path: repositoryPath, planned: true };
    // A file the work to come may write is missing only when a line range says it should have content,
    // or a tracked path that can only be the one meant says it was meant.
    if (pointer.planned && !pointer.lines) {
        // The tail of a tracked file the work changes is that file, written from a subfolder: not one to come.
        if (pointer.tailOf !== undefined && repository.hasFile(pointer.tailOf))
            return { kind: 'relative', path: repositoryPath, candidates: [pointer.tailOf] };
        const placed = repository.topLevelEntries.has(first ?? '') ? undefined : placedByNamedFolders(repositoryPath, first ?? '', namedFolders(), repository);
        if (placed !== undefined)
            return placed;
        const meant = repository.suggestions.surelyMeant(repositoryPath);
        if (meant === undefined)
            return { kind: 'missing', path: repositoryPath, planned: true };
        // A tracked path ending with it is the file, written from a subfolder, unless the ticket says it is not there; another case is a slip.
        if (!pointer.conditional && meant.endsWith(`/${repositoryPath}`))
            return { kind: 'relative', path: repositoryPath, candidates: [meant] };
        return { kind: 'missing', path: repositoryPath, suggestion: meant };
    }
    const candidates = relativeCandidates(repositoryPath + (wantsFolder ? '/' : ''), namedFolders(), repository);
    if (candidates.length > 0)
        return { kind: 'relative', path: repositoryPath, candidates };
    // A folder mentioned in prose that is nowhere is most often one the work will make (`internal/proxy/`).
    if (!declared && wantsFolder)
        return { kind: 'foreign', path: repositoryPath };
    const suggestion = repository.suggestions.suggest(repositoryPath) ?? (declared ? repository.suggestions.movedTo(repositoryPath) : undefined);
    if (declared || suggestion !== undefined)
        return { kind: 'missing', path: repositoryPath, ...(suggestion === undefined ? {} : { suggestion }) };
    // Folders left out with no mark (a summary table's `ui/components/dialog.tsx`): the one tracked file of
    // that name whose folders hold the written ones in order is the one meant, as a tail of one is.
    if (!wantsFolder && repositoryPath.includes('/')) {
        const abbreviated = abbreviatedCandidates(repositoryPath, repository);
        if (abbreviated.length === 1)
            return { kind: 'relative', path: repositoryPath, candidates: abbreviated, abbreviated: true };
    }
    return isMeantHere(repositoryPath, pointer, wantsFolder, repository) ? { kind: 'missing', path: repositoryPath } : { kind: 'foreign', path: repositoryPath };
}
/**
 * A path mentioned in prose that is not there is meant for this repository when it is written as a
 * file or a folder (a file name's ending, or a closing `/`) in a folder the repository has, under one
 * of its top-level folders: the same test for files and folders. A route (`/favicon.png`) is not.
 * The file a command runs is meant where the command runs, wherever that is.
 */
function isMeantHere(repositoryPath, pointer, wantsFolder, repository) {
    if (pointer.runs)
        return true;
    const slash = repositoryPath.indexOf('/');
    if (slash === -1)
        return false;
    const parent = repositoryPath.slice(0, repositoryPath.lastIndexOf('/'));
    const writtenAsPath = writtenAsFileOrFolder(repositoryPath, wantsFolder, repository);
    const second = repositoryPath.indexOf('/', slash + 1);
    const anchored = repository.hasFolder(parent) || (second !== -1 && second < parent.length && repository.hasFolder(repositoryPath.slice(0, second)));
    return writtenAsPath && repository.topLevelEntries.has(repositoryPath.slice(0, slash)) && anchored;
}
/**
 * A machine path, a home path or `..` past the root is a problem when the ticket declares it; in prose
 * it is talk about a machine, unless it is a copy of this repository on a laptop: it ends in a tracked
 * path, or in a folder named as the repository's (`cd /Users/ana/code/<name>`; tail '').
 */
function outside(pointer, reason, declared, repository) {
    const copy = reason === 'absolute' ? (pointer.copyOf !== undefined ? { tail: pointer.copyOf } : laptopCopyTail(pointer.path, declared, repository)) : undefined;
    // What the work writes on its machine (`<files>~/.local/share/x.colors</files>`), or a place the ticket
    // says may not be there ("/tmp/x.cfg if present"), is the machine's where the work runs: no checkout has it.
    // A path climbing out of the root (`../outside/notes.md`) is no machine's place: it is a mistake wherever it is.
    if (copy === undefined && (!declared || (reason !== 'parent' && (pointer.writes === true || pointer.conditional === true))))
        return { kind: 'foreign', path: pointer.path };
    // What the ticket creates in a copy of the repository is to come in it; a link, followed, not written, to a file it has leads nowhere.
    const created = (pointer.isNew || pointer.createdInFile === true || pointer.intent === 'create') && !(pointer.source === 'link' && repository.hasFile(copy?.tail ?? ''));
    if (copy !== undefined && copy.tail !== '' && created)
        return { kind: 'missing', path: copy.tail, planned: true };
    return { kind: 'outside', path: pointer.path, reason, ...copy };
}
/**
 * What a machine path names in a copy of this repository. The copy starts at a folder named as the
 * repository's: what follows it, when tracked or nothing (`/home/ana/src/<name>` is the copy itself,
 * though `src/<name>` is also a tracked folder). Through no such folder, its longest tracked tail
 * (mentioned, not a name alone: `/Users/ana/other/CLAUDE.md` may be any project's file).
 */
function laptopCopyTail(absolute, declared, repository) {
    const named = copyTail(absolute, repository);
    if (named !== undefined && named.tailMissing !== true)
        return named;
    const tracked = trackedTail(absolute, repository);
    return tracked !== undefined && (declared || tracked.includes('/')) ? { tail: tracked } : named;
}
/**
 * A path with folders left out (`test/.../RunnerTest.kt`) does not lead to a file as written: the
 * tracked files it may stand for, `...` taking one or more folders, or the rest of one name
 * (`03.6-.../`), written from the root or from a subfolder. Declared, it is a problem whatever it
 * matches; mentioned, only when it stands for tracked files, as a path written from a subfolder is.
 * A file the work writes may come later.
 */
function elidedResolution(repositoryPath, pointer, declared, repository) {
    if (pointer.isNew || pointer.planned)
        return { kind: 'missing', path: repositoryPath, planned: true };
    if (pointer.isExample)
        return { kind: 'foreign', path: repositoryPath };
    const name = repositoryPath.slice(repositoryPath.lastIndexOf('/') + 1);
    const candidates = repository.filesNamed(name).filter((file) => matchesElided(file, repositoryPath));
    if (candidates.length > 0)
        return { kind: 'relative', path: repositoryPath, candidates: [...candidates].sort(compareShortestFirst).slice(0, SHOWN_CANDIDATES + 1), elided: true };
    return declared ? { kind: 'missing', path: repositoryPath, elided: true } : { kind: 'foreign', path: repositoryPath };
}
function globResolution(repositoryPath, pointer, declared, repository) {
    const tooComplex = globTooComplex(repositoryPath);
    if (tooComplex !== undefined)
        return { kind: 'glob', path: repositoryPath, files: [], tooComplex };
    // A pattern with no folder in it (`*.tsx`) matches a name at any depth, as git reads one (gitignore, pathspecs).
    const matched = repository.globMatches(repositoryPath);
    const anyDepth = matched.length === 0 && !repositoryPath.includes('/') ? repository.globMatches(`**/${repositoryPath}`) : matched;
    const files = anyDepth.length > 0 ? anyDepth : globThroughLinks(repositoryPath, repository);
    const submodule = files.length === 0 ? repository.submoduleOf(staticBase(repositoryPath)) : undefined;
    if (submodule !== undefined)
        return { kind: 'submodule', path: repositoryPath, submodule };
    if (files.length > 0)
        return { kind: 'glob', path: repositoryPath, files };
    // Files in a folder the work creates come with the folder (`plugins/alerts/{slack,email}.go` after "Scaffold `plugins/alerts/`").
    if (pointer.createdFolder !== undefined && !repository.hasFolder(pointer.createdFolder))
        return { kind: 'missing', path: repositoryPath, planned: true };
    // A glob written from a subfolder, as a path may be: its folder is the tail of tracked folders where it
    // matches. Mentioned, its folder must be two folders of this repository in a row (`app/api/**`): one
    // (`templates/*.md`) may be any project's.
    const mayBeRelative = !pointer.isExample && (declared || staticBase(repositoryPath).includes('/'));
    const candidates = mayBeRelative ? relativeGlobs(repositoryPath, repository) : [];
    if (candidates.length > 0)
        return { kind: 'relative', path: repositoryPath, candidates };
    // Files the work to come writes need not be there yet, matched by a glob as named one by one.
    if (pointer.planned && !pointer.conditional)
        return { kind: 'missing', path: repositoryPath, planned: true };
    if (declared && !pointer.isExample)
        return { kind: 'glob', path: repositoryPath, files };
    const slash = repositoryPath.indexOf('/');
    const anchored = slash !== -1 && repository.topLevelEntries.has(repositoryPath.slice(0, slash));
    return !pointer.isExample && anchored && repository.hasFolder(staticBase(repositoryPath)) ? { kind: 'glob', path: repositoryPath, files } : { kind: 'foreign', path: repositoryPath };
}
/** `screens/*.py` for `app/textual/screens/*.py`: the globs from the root that a glob written from a subfolder may mean, where they match. */
function relativeGlobs(glob, repository) {
    const base = staticBase(glob);
    if (base === '')
        return [];
    const rest = glob.slice(base.length);
    return repository
        .pathsEndingWith(`${base}/`)
        .map((folder) => folder + rest)
        .filter((candidate) => globTooComplex(candidate) === undefined && repository.globMatches(candidate).length > 0)
        .sort(compareShortestFirst)
        .slice(0, SHOWN_CANDIDATES + 1);
}
/** The folder part of a glob before its first wildcard segment: `src/routes` for `src/routes/**\/*.ts`. */
function staticBase(glob) {
    const segments = glob.split('/');
    const firstWild = segments.findIndex((segment) => /[*?{[]/.test(segment));
    return segments.slice(0, firstWild === -1 ? segments.length - 1 : firstWild).join('/');
}
/**
 * For a machine path through a folder named as the repository's: what follows that folder, when it is
 * nothing (the copy itself, ''), a tracked path (`D:/projects/<name>/server`, the copy's `server/`) or a
 * glob matching tracked files; or, `tailMissing`, a path on into one of the repository's top-level
 * folders that is not tracked (`/mnt/c/Users/ana/<name>/src/http/Auth.java`). An install place of a tool
 * named as the repository (`/opt/homebrew/Cellar/<name>/14.0/bin/x`) goes on into no folder of it.
 */
function copyTail(absolute, repository) {
    const inside = copyPath(trimEnd(absolute, '/'), repository.rootName);
    if (inside === undefined)
        return undefined;
    const tracked = inside === '' || repository.hasFile(inside) || repository.hasFolder(inside);
    if (tracked || (isGlobPattern(inside) && globTooComplex(inside) === undefined && repository.globMatches(inside).length > 0))
        return { tail: inside };
    return inside.includes('/') && repository.hasFolder(inside.slice(0, inside.indexOf('/'))) ? { tail: inside, tailMissing: true } : undefined;
}
/** For an absolute path pasted from a laptop: the longest tail of it that is a tracked path. */
function trackedTail(absolute, repository) {
    const segments = absolute.split('/').filter((segment) => segment !== '');
    for (let start = 1; start < segments.length; start += 1) {
        const tail = segments.slice(start).join('/');
        if (repository.hasFile(tail) || (start < segments.length - 1 && repository.hasFolder(tail)))
            return tail;
    }
    return undefined;
}
/** The tracked files of the path's name whose folders hold the path's folders, in order, with others between. */
function abbreviatedCandidates(repositoryPath, repository) {
    const wanted = repositoryPath.split('/');
    const name = wanted[wanted.length - 1] ?? '';
    const folders = wanted.slice(0, -1);
    return repository.filesNamed(name).filter((file) => {
        const segments = file.split('/').slice(0, -1);
        let at = 0;
        for (const segment of segments)
            if (at < folders.length && segment === folders[at])
                at += 1;
        return at === folders.length;
    });
}

;// CONCATENATED MODULE: ./src/core/resolve/pointer-resolver.ts


/** Resolves each pointer of a run once, knowing its ticket (for the folders the ticket names). */
class PointerResolver {
    repository;
    changes;
    resolutions = new Map();
    tickets = new Map();
    /** Pointers of a file's text outside its tickets, with their file. */
    sharedFiles = new Map();
    folders = new Map();
    /** The folders a ticket file names outside its tickets (spec-kit's Path Conventions), by file. */
    fileFolders = new Map();
    constructor(repository, changes = NO_CHANGES) {
        this.repository = repository;
        this.changes = changes;
    }
    /** Makes the ticket's pointers known, so that each is resolved with its ticket. */
    register(ticket) {
        for (const pointer of ticket.pointers)
            this.tickets.set(pointer, ticket);
    }
    /** Makes the pointers of a file's text outside its tickets known, with their file. */
    registerShared(file) {
        for (const pointer of file.sharedPointers ?? [])
            this.sharedFiles.set(pointer, file.path);
        this.fileFolders.set(file.path, this.foldersOf(file.sharedPointers ?? [], file.path));
    }
    resolve(pointer, ticket = this.tickets.get(pointer)) {
        let resolution = this.resolutions.get(pointer);
        if (!resolution) {
            const ticketFile = ticket?.file ?? this.sharedFiles.get(pointer) ?? '';
            resolution = resolvePointer(pointer, { ticketFile, namedFolders: () => (ticket ? this.namedFolders(ticket) : (this.fileFolders.get(ticketFile) ?? [])) }, this.repository, this.changes);
            this.resolutions.set(pointer, resolution);
        }
        return resolution;
    }
    /** Every resolution so far, with its pointer. */
    entries() {
        return this.resolutions.entries();
    }
    /**
     * The tracked folders a ticket points at, and those its file names outside its tickets: a task list
     * that says where its paths are written from ("Web app: `./w2/app/backend/`") says it for every task.
     */
    namedFolders(ticket) {
        let folders = this.folders.get(ticket);
        if (!folders) {
            folders = [...this.foldersOf(ticket.pointers, ticket.file), ...(this.fileFolders.get(ticket.file) ?? [])];
            this.folders.set(ticket, folders);
        }
        return folders;
    }
    foldersOf(pointers, ticketFile) {
        const folders = [];
        for (const pointer of pointers) {
            const target = pointerTarget(pointer, ticketFile);
            if (target.kind === 'inside' && target.path !== '' && this.repository.hasFolder(target.path))
                folders.push(target.path);
        }
        return folders;
    }
}

;// CONCATENATED MODULE: ./src/core/resolve/history.ts
/**
 * Asks git once for every path the run will report missing, and writes what it says into those
 * resolutions: what the history remembers (the rules then say what happened to the path) and whether
 * its ignore rules match the path. Only pointers that are checked (open tickets, or all with
 * `lintDone`, and the text outside tickets) are looked up.
 */
async function attachWhatGitSays(files, lintDone, resolve, { history, ignored }) {
    // Each missing path, and how git is asked about it: a folder as one (`logs/`), as an ignore rule written
    // for folders only matches a path that says it is one.
    const missing = new Map();
    const checked = files.flatMap((file) => [
        ...file.tickets.filter((ticket) => lintDone || ticket.lifecycle.state !== 'done').flatMap((ticket) => ticket.pointers),
        ...(file.tickets.some((ticket) => lintDone || ticket.lifecycle.state !== 'done') ? (file.sharedPointers ?? []) : []),
    ]);
    for (const pointer of checked) {
        if (pointer.isNew)
            continue;
        const resolution = resolve(pointer);
        if (resolution.kind !== 'missing' || resolution.planned || resolution.gone || resolution.change)
            continue;
        missing.set(resolution, pointer.path.endsWith('/') && resolution.path !== '' ? `${resolution.path}/` : resolution.path);
    }
    if (missing.size === 0)
        return;
    const paths = [...new Set([...missing.keys()].map((resolution) => resolution.path))];
    const asked = [...new Set(missing.values())];
    const [remembered, ignoredPaths] = await Promise.all([history?.(paths) ?? new Map(), ignored?.(asked) ?? new Set()]);
    for (const [resolution, askedAs] of missing) {
        const found = remembered.get(resolution.path);
        if (found)
            resolution.history = found;
        if (ignoredPaths.has(askedAs))
            resolution.ignored = true;
    }
}

;// CONCATENATED MODULE: ./src/core/sizing/count-queue.ts
/** Characters sent to the counter at a time: a message to another thread has a cost of its own. */
const BATCH_CHARACTERS = 64 * 1024;
/**
 * Batches on their way at once: a copy of each waits in the other thread's queue, and 10,000 tickets
 * planned in one go sent 27 MB of copies at the run's memory peak. The caller waits for the oldest.
 */
const BATCHES_UNDER_WAY = 4;
/**
 * Texts waiting to be counted, by key, each counted once per run: whole, or line by line where line
 * ranges of it are wanted. They go to the counter in batches while the caller goes on parsing, so
 * counting (on another thread when the counter is a worker) overlaps it; the counter is loaded only
 * when the first text is sent.
 */
class CountQueue {
    loadCounter;
    counts = new Map();
    /** Per text counted by line: the tokens of its lines before each line (`lineSums[n]`: lines 1..n); empty until counted. */
    lineSums = new Map();
    pending = new Map();
    pendingByLine = new Map();
    batches = [];
    /** The batches not yet counted, oldest first. */
    underWay = [];
    pendingCharacters = 0;
    counter;
    failure;
    constructor(loadCounter) {
        this.loadCounter = loadCounter;
    }
    /** Queues the text under `key` unless it is counted or queued already; `text` is asked for only then. */
    request(key, text) {
        if (this.counts.has(key) || this.pending.has(key))
            return;
        this.counts.set(key, Number.NaN);
        const queued = text();
        this.pending.set(key, queued);
        this.pendingCharacters += queued.length;
    }
    /** Queues the text under `key` to be counted line by line, for `countedLines`; once per key, as `request`. */
    requestLines(key, text) {
        if (this.lineSums.has(key))
            return;
        this.lineSums.set(key, new Float64Array(0));
        const queued = text();
        this.pendingByLine.set(key, queued);
        this.pendingCharacters += queued.length;
    }
    /** True when the text under `key` is counted, or queued to be counted, line by line. */
    byLine(key) {
        return this.lineSums.has(key);
    }
    /** A count known without the counter (an estimate for a file too large to read through it). */
    set(key, count) {
        this.counts.set(key, count);
    }
    /**
     * Hands the queued texts to the counter once they are worth a message (BATCH_CHARACTERS), or
     * always when `everything`. The first texts go at once, so that the counter loads its rank table
     * while the caller parses the next files. True when a batch went.
     */
    async flush({ everything = false } = {}) {
        if (this.pending.size === 0 && this.pendingByLine.size === 0)
            return false;
        if (!everything && this.counter && this.pendingCharacters < BATCH_CHARACTERS)
            return false;
        const whole = [...this.pending];
        const byLine = [...this.pendingByLine];
        this.pending.clear();
        this.pendingByLine.clear();
        this.pendingCharacters = 0;
        this.counter ??= this.loadCounter();
        const counter = await this.counter;
        const counted = Promise.all([
            whole.length === 0 ? undefined : counter.countAll(whole.map(([, text]) => text)).then((counts) => {
                whole.forEach(([key], index) => this.counts.set(key, counts[index] ?? 0));
            }),
            byLine.length === 0 ? undefined : counter.countLinesAll(byLine.map(([, text]) => text)).then((counts) => {
                byLine.forEach(([key], index) => this.lineSums.set(key, runningSums(counts[index] ?? [])));
            }),
        ]);
        // settled() throws the first failure; it is caught here meanwhile, or a counter that fails while
        // files are still being parsed would be an unhandled rejection, which ends the process.
        const batch = counted.then(() => undefined, (error) => {
            this.failure ??= { error };
        });
        this.batches.push(batch);
        this.underWay.push(batch);
        if (this.underWay.length > BATCHES_UNDER_WAY)
            await this.underWay.shift();
        return true;
    }
    /** Resolves when every text queued so far is counted; rejects with the first failure to count. */
    async settled() {
        await this.flush({ everything: true });
        await Promise.all(this.batches);
        if (this.failure)
            throw this.failure.error;
    }
    counted(key) {
        const count = this.counts.get(key);
        if (count === undefined || Number.isNaN(count))
            throw new Error(`no token count for ${key.replace(/\0/g, ' ')}; measure() before settled()`);
        return count;
    }
    /** The tokens of lines `start` to `end` (from 1, both included, cut to the text's lines) of a text counted by line. */
    countedLines(key, start, end) {
        const sums = this.lineSums.get(key);
        if (sums === undefined || sums.length === 0)
            throw new Error(`no line counts for ${key.replace(/\0/g, ' ')}; measure() before settled()`);
        const last = sums.length - 1;
        const from = Math.min(Math.max(start - 1, 0), last);
        const to = Math.min(Math.max(end, from), last);
        return (sums[to] ?? 0) - (sums[from] ?? 0);
    }
}
/** `sums[n]`: the sum of the first n counts. */
function runningSums(counts) {
    const sums = new Float64Array(counts.length + 1);
    counts.forEach((count, index) => {
        sums[index + 1] = (sums[index] ?? 0) + count;
    });
    return sums;
}

;// CONCATENATED MODULE: ./src/core/sizing/file-counts.ts

const BYTES_PER_TOKEN_ESTIMATE = 4;
/**
 * The token counts of pointed-at files and line ranges of them. Each file is asked of the queue once
 * per run: whole, or line by line when line ranges of it are wanted, so that any number of ranges
 * cost one count of the file and a subtraction each (docs/sizing.md). A binary or unreadable file
 * counts 0, one over `maxFileBytes` is estimated from its size unread.
 */
class FileCounts {
    repository;
    maxFileBytes;
    queue;
    fileKinds = new Map();
    fileTexts = new Map();
    constructor(repository, maxFileBytes, queue) {
        this.repository = repository;
        this.maxFileBytes = maxFileBytes;
        this.queue = queue;
    }
    /** Drops the decoded texts kept for a second request of the same file (they are on their way to the counter). */
    forgetTexts() {
        this.fileTexts.clear();
    }
    /** Asks for the file's count; `byLine` when line ranges of it are wanted (the lines then give the whole too). */
    requestFile(path, byLine) {
        const kind = this.kindOf(path);
        if (kind !== 'text')
            return;
        if (byLine)
            this.queue.requestLines(linesKey(path), () => this.textOf(path));
        else if (!this.queue.byLine(linesKey(path)))
            this.queue.request(fileKey(path), () => this.textOf(path));
    }
    fileTokens(path) {
        const kind = this.fileKinds.get(path);
        if (kind === 'binary')
            return 0;
        return kind === 'text' && this.queue.byLine(linesKey(path)) ? this.queue.countedLines(linesKey(path), 1, Number.POSITIVE_INFINITY) : this.queue.counted(fileKey(path));
    }
    rangeTokens(path, [start, end]) {
        const kind = this.fileKinds.get(path);
        if (kind !== 'text')
            return kind === 'estimated' ? this.fileTokens(path) : 0;
        return this.queue.countedLines(linesKey(path), start, end);
    }
    kindOf(path) {
        let kind = this.fileKinds.get(path);
        if (kind !== undefined)
            return kind;
        // Read up to the cap: a file within it is read once, whole; a file of gigabytes is never read whole.
        const probe = this.repository.readHead(path, this.maxFileBytes);
        if (probe === undefined || isBinary(probe.head)) {
            kind = 'binary';
        }
        else if (probe.size > this.maxFileBytes) {
            kind = 'estimated';
            this.queue.set(fileKey(path), Math.ceil(probe.size / BYTES_PER_TOKEN_ESTIMATE));
        }
        else {
            kind = 'text';
        }
        this.fileKinds.set(path, kind);
        return kind;
    }
    textOf(path) {
        let text = this.fileTexts.get(path);
        if (text === undefined) {
            text = new TextDecoder('utf-8').decode(this.repository.readBytes(path) ?? new Uint8Array());
            this.fileTexts.set(path, text);
        }
        return text;
    }
}
const fileKey = (path) => `file\0${path}`;
const linesKey = (path) => `lines\0${path}`;

;// CONCATENATED MODULE: ./src/core/sizing/measure.ts



/**
 * Counts tokens for tickets and the files they point at (docs/sizing.md). First every ticket is planned:
 * which texts need counting, each distinct file once per run (by line where line ranges of it are
 * named); the texts go to the counter in batches as tickets are planned, so counting overlaps
 * parsing; measure() then adds up.
 */
class SessionMeasurer {
    repository;
    config;
    queue;
    counts;
    plans = new Map();
    measures = new Map();
    constructor(repository, config, loadCounter) {
        this.repository = repository;
        this.config = config;
        this.queue = new CountQueue(loadCounter);
        this.counts = new FileCounts(repository, config.maxFileBytes, this.queue);
    }
    get budget() {
        return Math.floor(this.config.contextWindow * this.config.smartZone);
    }
    /**
     * Works out what the ticket's session holds and queues the texts still to count; `withFiles` false
     * counts the ticket's own text only (a done ticket, whose session is over).
     */
    plan(ticket, resolve, withFiles = true) {
        const ticketKey = `ticket\0${ticket.file}\0${ticket.line}`;
        this.queue.request(ticketKey, () => ticket.text);
        const plan = { ticketKey, files: new Map(), pointerParts: new Map() };
        const pointers = (withFiles ? ticket.pointers : []).map((pointer) => ({ pointer, files: this.filesOf(resolve(pointer), pointer) }));
        // A file the ticket names with line ranges brings those lines, even where it is also named bare.
        const ranged = new Set(pointers.filter(({ pointer, files }) => pointer.lines && files.length === 1).flatMap(({ files }) => files));
        for (const { pointer, files } of pointers) {
            const parts = [];
            for (const path of files) {
                const entry = plan.files.get(path) ?? { whole: false, ranges: [] };
                if (pointer.lines && files.length === 1) {
                    const range = [pointer.lines.start, pointer.lines.end];
                    entry.ranges.push(range);
                    parts.push({ path, range });
                }
                else if (files.length === 1 && ranged.has(path)) {
                    parts.push({ path, ranges: true });
                }
                else {
                    entry.whole = true;
                    parts.push({ path });
                }
                plan.files.set(path, entry);
            }
            plan.pointerParts.set(pointer, parts);
        }
        for (const [path, entry] of plan.files)
            this.counts.requestFile(path, entry.ranges.length > 0);
        this.plans.set(ticket, plan);
    }
    /** Sends the queued texts to the counter when they are worth a message (see CountQueue). */
    async flush() {
        // The texts are on their way; a later ticket asking for the same file by line decodes it again.
        if (await this.queue.flush())
            this.counts.forgetTexts();
    }
    /** Resolves when every text planned so far is counted; rejects with the first failure to count. */
    settled() {
        this.counts.forgetTexts();
        return this.queue.settled();
    }
    /**
     * The ticket's sizes, added up once: its plan is then dropped (10,000 tickets kept 30 MB of plans
     * through the checks and the report).
     */
    measure(ticket) {
        let measured = this.measures.get(ticket);
        if (!measured) {
            measured = this.addUp(ticket);
            this.measures.set(ticket, measured);
            this.plans.delete(ticket);
        }
        return measured;
    }
    addUp(ticket) {
        const plan = this.plans.get(ticket);
        if (!plan)
            throw new Error(`ticket at ${ticket.file}:${ticket.line} was not planned`);
        let pointerTokens = 0;
        for (const [path, entry] of plan.files) {
            pointerTokens += entry.whole ? this.counts.fileTokens(path) : mergeRanges(entry.ranges).reduce((sum, range) => sum + this.counts.rangeTokens(path, range), 0);
        }
        const byPointer = new Map();
        const partTokens = (part) => {
            if (part.range)
                return this.counts.rangeTokens(part.path, part.range);
            if (part.ranges)
                return mergeRanges(plan.files.get(part.path)?.ranges ?? []).reduce((sum, range) => sum + this.counts.rangeTokens(part.path, range), 0);
            return this.counts.fileTokens(part.path);
        };
        // Counts are o200k's (or cl100k's), exact; a model of another tokenizer sees about `tokenFactor` times as many.
        const factor = this.config.tokenFactor;
        const inModel = (count) => (factor === 1 ? count : Math.round(count * factor));
        for (const [pointer, parts] of plan.pointerParts)
            byPointer.set(pointer, inModel(parts.reduce((sum, part) => sum + partTokens(part), 0)));
        const tokens = inModel(this.queue.counted(plan.ticketKey));
        const files = inModel(pointerTokens);
        return { tokens, pointerTokens: files, sessionTokens: this.config.overheadTokens + tokens + files, budget: this.budget, byPointer, estimated: factor !== 1 };
    }
    /** The tracked files a pointer brings into the session: its file, every file of its folder or glob. */
    filesOf(resolution, pointer) {
        if (pointer.isNew)
            return [];
        switch (resolution.kind) {
            case 'file':
                return [resolution.path];
            case 'dir':
                return this.repository.filesUnder(resolution.path);
            case 'glob':
                return resolution.files;
            case 'name': {
                const meant = shortestPath(resolution.files);
                return meant === undefined ? [] : [meant];
            }
            case 'relative': {
                // Written from a subfolder: the one file it can only mean is what the agent will open.
                const [only] = resolution.candidates;
                return resolution.candidates.length === 1 && only !== undefined && this.repository.hasFile(only) ? [only] : [];
            }
            default:
                return [];
        }
    }
}
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of sorted) {
        const last = merged.at(-1);
        if (last && range[0] <= last[1] + 1)
            last[1] = Math.max(last[1], range[1]);
        else
            merged.push([...range]);
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/core/engine/build-report.ts


/** The report (docs/report.md): a row per linted ticket, every diagnostic with the index of its ticket, the counts. */
function buildReport({ files, found, measure, resolve, graph }) {
    const tickets = files.flatMap((file) => file.tickets);
    const indexOf = new Map(tickets.map((ticket, index) => [ticket, index]));
    const diagnostics = found.map(({ diagnostic, ticket }) => {
        const ticketIndex = ticket === undefined ? undefined : indexOf.get(ticket);
        return ticketIndex === undefined ? diagnostic : { ...diagnostic, ticketIndex };
    });
    diagnostics.sort(compareDiagnostics);
    const ticketReports = tickets.map((ticket) => {
        const measured = measure(ticket);
        return {
            file: ticket.file,
            line: ticket.line,
            endLine: ticket.endLine,
            id: ticket.id ?? null,
            title: ticket.title ?? null,
            format: ticket.format,
            state: ticket.lifecycle.state,
            tokens: measured.tokens,
            pointerTokens: measured.pointerTokens,
            sessionTokens: measured.sessionTokens,
            budget: measured.budget,
            ...(measured.estimated ? { estimated: true } : {}),
            pointers: ticket.pointers
                .map((pointer) => ({ pointer, resolution: resolve(pointer, ticket) }))
                .filter(({ resolution }) => resolution.kind !== 'foreign')
                .map(({ pointer, resolution }) => pointerReport(pointer, resolution, measured.byPointer.get(pointer) ?? 0)),
            dependsOn: ticket.dependsOn.map((dependency) => dependency.id),
            ...parallelReport(graph().parallelWith(ticket, PARALLEL_LISTED)),
        };
    });
    return {
        version: 1,
        tickets: ticketReports,
        diagnostics,
        counts: { tickets: tickets.length, files: files.length, ...countBySeverity(diagnostics) },
    };
}
/** The most tickets a report lists beside one ticket. */
const PARALLEL_LISTED = 20;
function parallelReport({ tickets, more }) {
    return { parallelWith: tickets.map(ticketReference), ...(more ? { parallelWithMore: true } : {}) };
}
/** A pointer into a submodule is a glob, a folder (the submodule, or a path written with a closing `/`) or a file as it is written. */
function submoduleKind(pointer, resolution) {
    if (pointer.isGlob)
        return 'glob';
    return resolution.path === resolution.submodule || pointer.path.endsWith('/') ? 'dir' : 'file';
}
function pointerReport(pointer, resolution, tokens) {
    const exists = resolution.kind === 'file' ||
        resolution.kind === 'dir' ||
        resolution.kind === 'name' ||
        resolution.kind === 'submodule' ||
        (resolution.kind === 'glob' && resolution.files.length > 0);
    const kind = pointer.isNew || (resolution.kind === 'missing' && resolution.planned) ? 'new' : resolution.kind === 'submodule' ? submoduleKind(pointer, resolution) : resolution.kind === 'glob' ? 'glob' : resolution.kind === 'dir' ? 'dir' : 'file';
    return { path: resolution.path, line: pointer.line, exists, kind, tokens };
}

;// CONCATENATED MODULE: ./src/core/engine/parse-files.ts

/**
 * How many files this thread parses between letting the other threads' results in: unreceived, each
 * waits as a copy (about 12 KB a ticket) beside the tickets already built from it.
 */
const RECEIVE_EVERY = 16;
/**
 * Reads and parses the ticket files, in their order. With a parser, the texts not parsed before in
 * this run are shared with its threads, this thread parsing alongside them; whatever they do not give
 * back is parsed here, so a failed thread costs time, never a result.
 */
async function parseFiles(files, repository, config, parser, onProgress) {
    const reads = files.map((path) => readTicketText(path, repository, config));
    const parsed = new Array(files.length);
    const toShare = [];
    const slots = [];
    reads.forEach((read, slot) => {
        const path = files[slot];
        if (read.ok && parsedBefore(path, read.text, repository, config) === undefined) {
            toShare.push({ path, text: read.text });
            slots.push(slot);
        }
    });
    const shared = toShare.length > 0 ? parser?.(toShare) : undefined;
    if (shared) {
        for (let index = shared.take(), taken = 1; index !== undefined; index = shared.take(), taken += 1) {
            const { path, text } = toShare[index];
            parsed[slots[index]] = parseTicketText(path, text, repository, config);
            onProgress?.(shared.parsed(), files.length);
            if (taken % RECEIVE_EVERY === 0)
                await shared.pause();
        }
        for (const [index, file] of await shared.results()) {
            const { path, text } = toShare[index];
            rememberParsed(path, text, file, repository, config);
            parsed[slots[index]] = file;
        }
    }
    return files.map((path, slot) => {
        const file = parsed[slot] ?? ticketFileOf(path, reads[slot], repository, config);
        if (!shared)
            onProgress?.(slot + 1, files.length);
        return file;
    });
}

;// CONCATENATED MODULE: ./src/core/engine/rule-contract.ts

/** A rule broke the engine's contract (a line outside the file, a second rule of one id): a bug in ticket-lint, never the user's problem. */
class RuleContractError extends Error {
    name = 'RuleContractError';
}
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Every rule of a run has its own id, in kebab-case, as config keys and docs pages name it. */
function checkRuleIds(rules) {
    const seen = new Set();
    for (const { meta } of rules) {
        if (!RULE_ID.test(meta.id))
            throw new RuleContractError(`Rule id '${meta.id}' is not a kebab-case id`);
        if (seen.has(meta.id))
            throw new RuleContractError(`Two rules have the id '${meta.id}'`);
        seen.add(meta.id);
    }
}
/**
 * What a rule reports must point into the file: whole lines from 1 to the last, an end line not
 * before the start, a column within its line, a message, and no severity but the milder 'warning'.
 */
function checkFinding(finding, rule, path, source) {
    const broken = (what) => {
        throw new RuleContractError(`Rule '${rule.meta.id}' reported ${what} in ${path}`);
    };
    const lastLine = lineCount(source);
    const endLine = finding.endLine ?? finding.line;
    const isLine = (line) => Number.isInteger(line) && line >= 1 && line <= lastLine;
    if (!isLine(finding.line) || !isLine(endLine) || endLine < finding.line) {
        broken(`lines ${finding.line}-${endLine}, which has ${lastLine} lines`);
    }
    const { column } = finding;
    if (column !== undefined && (!Number.isInteger(column) || column < 1 || column > lineText(source, finding.line).length + 1)) {
        broken(`column ${column} of line ${finding.line}`);
    }
    if (typeof finding.message !== 'string' || finding.message.trim() === '')
        broken(`an empty message at line ${finding.line}`);
    if (finding.severity !== undefined && finding.severity !== 'warning')
        broken(`severity '${String(finding.severity)}' at line ${finding.line}`);
}

;// CONCATENATED MODULE: ./src/core/engine/disable-directives.ts




/** The rule whose id the warnings about directives carry (src/rules/disable-directive.ts); it cannot be disabled by one. */
const DISABLE_DIRECTIVE_RULE = 'disable-directive';
/** The frontmatter key whose `disable` list turns rules off for the whole file. */
const FRONTMATTER_KEY = 'ticket-lint';
/**
 * Reads a file's frontmatter `ticket-lint: { disable: [...] }` and its `<!-- ticket-lint-… -->`
 * comments, in markdownlint's manner: a disable holds from its line to the line before the matching
 * enable (or the end of the file), disable-line holds on its own lines, disable-next-line on the line
 * after the comment ends. No rule ids means every rule; `ruleIds` are the rules a directive may name.
 */
function readDisableDirectives(file, ruleIds) {
    const reader = new DirectiveReader(ruleIds, lineCount(file.source));
    reader.readFrontmatter(file.frontmatter);
    for (const comment of file.disableComments ?? [])
        reader.readComment(comment);
    return reader.finish();
}
class DirectiveReader {
    ruleIds;
    lastLine;
    suppressions = new Map();
    holders = [];
    problems = [];
    /** The disables no enable has ended yet, by rule. */
    open = new Map();
    constructor(ruleIds, lastLine) {
        this.ruleIds = ruleIds;
        this.lastLine = lastLine;
    }
    readFrontmatter(frontmatter) {
        const entries = frontmatterEntries(frontmatter);
        if (entries.problem)
            this.problems.push(entries.problem);
        for (const { ruleId, line } of entries.ruleIds) {
            for (const [id, holder] of this.holdersOf([ruleId], { line, endLine: line }, `'${FRONTMATTER_KEY}: disable' entry of the frontmatter`, 'in this file')) {
                this.suppress(id, 1, this.lastLine, holder);
            }
        }
    }
    readComment(comment) {
        if (comment.kind === 'enable') {
            this.enable(comment);
            return;
        }
        const [from, to, where] = linesHeld(comment, this.lastLine);
        for (const [id, holder] of this.holdersOf(comment.ruleIds, comment, `ticket-lint-${comment.kind} directive`, where)) {
            if (comment.kind !== 'disable')
                this.suppress(id, from, to, holder);
            else if (!this.open.has(id))
                this.open.set(id, { from, holder });
        }
    }
    finish() {
        for (const [ruleId, { from, holder }] of this.open)
            this.suppress(ruleId, from, this.lastLine, holder);
        const { suppressions, holders, problems } = this;
        return {
            suppresses(rule, line) {
                const holding = (suppressions.get(rule) ?? []).filter(({ from, to }) => from <= line && line <= to);
                for (const { holder } of holding)
                    holder.used = true;
                return holding.length > 0;
            },
            problems,
            unused: (reportsAt) => holders.filter((holder) => !holder.used && reportsAt(holder.line)).map(({ line, endLine, unusedMessage }) => ({ line, endLine, message: unusedMessage })),
        };
    }
    /** Ends the open disables an enable names (all of them when it names none); a rule it names that is not disabled is a problem. */
    enable(comment) {
        const at = { line: comment.line, endLine: comment.endLine };
        const directive = 'ticket-lint-enable directive';
        if (comment.ruleIds.length === 0 && this.open.size === 0) {
            this.problems.push({ ...at, message: `Unused ${directive} (no ticket-lint-disable is in effect here)` });
        }
        for (const ruleId of comment.ruleIds.length === 0 ? [...this.open.keys()] : new Set(comment.ruleIds)) {
            const disabled = this.open.get(ruleId);
            const problem = unknownRuleProblem(ruleId, this.ruleIds, directive) ?? (disabled === undefined ? `Unused ${directive} (no ticket-lint-disable of '${ruleId}' is in effect here)` : undefined);
            if (problem !== undefined)
                this.problems.push({ ...at, message: problem });
            if (disabled === undefined)
                continue;
            this.suppress(ruleId, disabled.from, comment.line - 1, disabled.holder);
            this.open.delete(ruleId);
        }
    }
    suppress(ruleId, from, to, holder) {
        const list = this.suppressions.get(ruleId) ?? [];
        list.push({ from, to, holder });
        this.suppressions.set(ruleId, list);
    }
    /**
     * Each rule a directive names with the holder its unused warning is reported by: one for each rule
     * named, one for all when it names none. An unknown rule id is a problem instead.
     */
    holdersOf(named, at, directive, where) {
        const newHolder = (ruleId) => {
            const rules = ruleId === undefined ? '' : `from '${ruleId}' `;
            const holder = { line: at.line, endLine: at.endLine, used: false, unusedMessage: `Unused ${directive} (no problems ${rules}were reported ${where})` };
            this.holders.push(holder);
            return holder;
        };
        if (named.length === 0) {
            const holder = newHolder();
            return this.ruleIds.filter((id) => id !== DISABLE_DIRECTIVE_RULE).map((id) => [id, holder]);
        }
        return [...new Set(named)].flatMap((ruleId) => {
            const problem = unknownRuleProblem(ruleId, this.ruleIds, directive);
            if (problem === undefined)
                return [[ruleId, newHolder(ruleId)]];
            this.problems.push({ line: at.line, endLine: at.endLine, message: problem });
            return [];
        });
    }
}
/** The lines a disable comment holds from and to (a disable: from its line on), and how an unused warning says where. */
function linesHeld(comment, lastLine) {
    if (comment.kind === 'disable-line')
        return [comment.line, comment.endLine, 'on its line'];
    if (comment.kind === 'disable-next-line')
        return [comment.endLine + 1, comment.endLine + 1, 'on the next line'];
    return [comment.line, lastLine, 'here'];
}
function unknownRuleProblem(ruleId, ruleIds, directive) {
    if (ruleId === DISABLE_DIRECTIVE_RULE)
        return `'${DISABLE_DIRECTIVE_RULE}' cannot be named in a ${directive}; turn it off in the config instead`;
    if (ruleIds.includes(ruleId))
        return undefined;
    const near = closestWord(ruleId, ruleIds);
    return `Unknown rule '${ruleId}' in a ${directive}${near === undefined ? '' : `; did you mean '${near}'?`}`;
}
/** The rule ids of the frontmatter's `ticket-lint: { disable: [...] }`, each with its line; any other value is a problem. */
function frontmatterEntries(frontmatter) {
    if (frontmatter === undefined || !Object.hasOwn(frontmatter.values, FRONTMATTER_KEY))
        return { ruleIds: [] };
    const value = frontmatter.values[FRONTMATTER_KEY];
    const keyLine = frontmatter.keyLines.get(FRONTMATTER_KEY) ?? frontmatter.line;
    const list = isPlainMapping(value) && Object.keys(value).length === 1 ? value['disable'] : undefined;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
        const message = `Frontmatter key '${FRONTMATTER_KEY}' must be a mapping { disable: [rule ids] }; got ${describeValue(value, 40)}`;
        return { ruleIds: [], problem: { line: keyLine, message } };
    }
    const lines = frontmatter.itemLines.get(`${FRONTMATTER_KEY}.disable`) ?? [];
    return { ruleIds: list.map((ruleId, index) => ({ ruleId: ruleId.trim(), line: lines[index] ?? keyLine })) };
}

;// CONCATENATED MODULE: ./src/core/engine/run-rules.ts







function rulesOfRun(rules, config) {
    checkRuleIds(rules);
    const enabled = rules.flatMap((rule) => {
        const setting = config.rules[rule.meta.id];
        const severity = setting?.severity ?? rule.meta.severity;
        return severity === 'off' ? [] : [{ rule, severity, options: optionsWith(rule.meta, setting?.options) }];
    });
    return { enabled, ids: rules.map((rule) => rule.meta.id) };
}
/**
 * Runs every enabled rule on a file and its tickets; each finding is checked and stamped with rule,
 * severity, file and ticket. The file's disable directives then remove what they suppress, and
 * what is wrong with them is reported as the disable-directive rule's (when it is on).
 */
function checkTicketFile(file, rules, shared) {
    const found = [];
    const resolve = shared.resolveIn(file.path);
    const checksDone = (rule) => rule.meta.checksDone === true || shared.config.lintDone;
    // A file whose tickets are all done is checked for what the graph needs only, like its tickets.
    const allDone = file.tickets.length > 0 ? file.tickets.every((ticket) => ticket.lifecycle.state === 'done') : inDoneFolder(file.path);
    for (const enabled of rules.enabled) {
        const { rule, options } = enabled;
        // Written out, not spread: a spread context is a slow-mode object of ~600 bytes, 250,000 of them
        // for 10,000 tickets (148 MB the collector had to sweep).
        const context = {
            config: shared.config,
            repository: shared.repository,
            tickets: shared.tickets,
            isLinted: shared.isLinted,
            graph: shared.graph,
            measure: shared.measure,
            options,
            file,
            resolve,
        };
        if (rule.checkFile && (!allDone || checksDone(rule)))
            stamp(found, rule.checkFile(file, context), enabled, file, undefined);
        if (!rule.check)
            continue;
        for (const ticket of file.tickets) {
            if (ticket.lifecycle.state === 'done' && !checksDone(rule))
                continue;
            stamp(found, rule.check(ticket, context), enabled, file, ticket);
        }
    }
    const directives = readDisableDirectives(file, rules.ids);
    const kept = found.filter(({ diagnostic }) => !directives.suppresses(diagnostic.rule, diagnostic.line));
    const directiveRule = rules.enabled.find(({ rule }) => rule.meta.id === DISABLE_DIRECTIVE_RULE);
    if (directiveRule === undefined)
        return kept;
    // Most rules skip done tickets, so a directive in one suppressing nothing says nothing about it.
    const rulesRanAt = (line) => {
        const ticket = ticketHolding(file, line);
        return shared.config.lintDone || (ticket === undefined ? !allDone : ticket.lifecycle.state !== 'done');
    };
    stamp(kept, [...directives.problems, ...directives.unused(rulesRanAt)], directiveRule, file, undefined);
    return kept;
}
/** Checks each finding against the engine's contract and adds it to `found` as a diagnostic of its rule, file and ticket. */
function stamp(found, findings, { rule, severity }, file, ticket) {
    for (const finding of findings) {
        checkFinding(finding, rule, file.path, file.source);
        const holder = ticket ?? ticketHolding(file, finding.line);
        const fingerprint = problemFingerprint(rule.meta.id, holder && ticketShortName(holder), lineDigestOf(file, finding.line));
        found.push({ diagnostic: toDiagnostic(finding, rule, severity, file.path, ticket, fingerprint), ticket: holder });
    }
}
// A line may be megabytes and hold thousands of problems: each line of a file is hashed once.
const lineDigests = new WeakMap();
function lineDigestOf(file, line) {
    let digests = lineDigests.get(file);
    if (digests === undefined) {
        digests = new Map();
        lineDigests.set(file, digests);
    }
    let known = digests.get(line);
    if (known === undefined) {
        known = lineDigest(lineText(file.source, line));
        digests.set(line, known);
    }
    return known;
}
/** A problem with the file as a whole belongs to the ticket whose lines hold it (a single ticket's frontmatter), if any. */
function ticketHolding(file, line) {
    return file.tickets.find((ticket) => line >= ticket.line && line <= ticket.endLine);
}
function toDiagnostic(finding, rule, severity, path, ticket, fingerprint) {
    const ticketName = ticket === undefined || (ticket.id === undefined && ticket.title === undefined) ? undefined : ticketShortName(ticket);
    return {
        file: path,
        line: finding.line,
        endLine: finding.endLine ?? finding.line,
        ...(finding.column !== undefined ? { column: finding.column } : {}),
        rule: rule.meta.id,
        severity: finding.severity ?? severity,
        message: finding.message,
        ...(ticketName !== undefined ? { ticket: ticketName } : {}),
        ...(rule.meta.url !== undefined ? { url: rule.meta.url } : {}),
        fingerprint,
    };
}

;// CONCATENATED MODULE: ./src/core/engine/lint.ts









/** collect → parse → resolve → measure → check → report, for the given ticket files (docs/architecture.md). */
async function lint({ repository, config, rules, files, tokenCounter, changes, history, ignored, contextFiles = [], onProgress, parser }) {
    const ofRun = rulesOfRun(rules, config);
    const resolver = new PointerResolver(repository, changes);
    const resolveIn = () => (pointer) => resolver.resolve(pointer);
    // Parse (on several threads when the parser shares), then resolve and plan file by file; the measurer
    // counts each file's tokens (on another thread when the counter is a worker) while the next ones are
    // planned, loading the tokenizer only once a ticket turns up.
    const measurer = new SessionMeasurer(repository, config, () => tokenCounter(config.encoding));
    const ticketFiles = await parseFiles(files, repository, config, parser, onProgress);
    for (const file of ticketFiles) {
        resolver.registerShared(file);
        for (const ticket of file.tickets) {
            resolver.register(ticket);
            measurer.plan(ticket, resolveIn(), config.lintDone || ticket.lifecycle.state !== 'done');
        }
        await measurer.flush();
    }
    onProgress?.(files.length, files.length);
    // git searches the history while the worker finishes counting.
    const whatGitSays = history || ignored ? attachWhatGitSays(ticketFiles, config.lintDone, (pointer) => resolver.resolve(pointer), { history, ignored }) : undefined;
    await Promise.all([whatGitSays, measurer.settled()]);
    const tickets = ticketFiles.flatMap((file) => file.tickets);
    const linted = new Set(files);
    const everyTicket = [...tickets, ...relatedTickets(tickets, contextFiles.filter((path) => !linted.has(path)), repository, config)];
    for (const ticket of everyTicket)
        resolver.register(ticket);
    let roadmap;
    const graph = () => (roadmap ??= new TicketGraph(everyTicket, (pointer, ticket) => resolver.resolve(pointer, ticket)));
    const measure = (ticket) => measurer.measure(ticket);
    const lintedTickets = new Set(tickets);
    const shared = { config, repository, tickets: everyTicket, isLinted: (ticket) => lintedTickets.has(ticket), graph, measure, resolveIn };
    const found = ticketFiles.flatMap((file) => checkTicketFile(file, ofRun, shared));
    return buildReport({ files: ticketFiles, found, measure, resolve: (pointer, ticket) => resolver.resolve(pointer, ticket), graph });
}

;// CONCATENATED MODULE: ./src/host/file-names.ts
const strict = new TextDecoder('utf-8', { fatal: true });
function decodeName(bytes) {
    try {
        return { name: strict.decode(bytes), utf8: true };
    }
    catch {
        return { name: escapeStrayBytes(bytes), utf8: false };
    }
}
/**
 * The NUL-separated records of git's `-z` output, each decoded as `decodeName` does. Output that is
 * UTF-8 throughout (nearly always) is decoded at once and split as text, a NUL byte being a NUL
 * character in UTF-8 and inside no other sequence: a record at a time, a 100,000-file index took
 * 50 ms more.
 */
function splitRecords(output) {
    const text = utf8Text(output);
    if (text === undefined)
        return splitByteRecords(output);
    const records = [];
    for (const name of text.split('\0'))
        if (name !== '')
            records.push({ name, utf8: true });
    return records;
}
/** The output as text when it is UTF-8 throughout, as git's output nearly always is. */
function utf8Text(output) {
    try {
        return strict.decode(output);
    }
    catch {
        return undefined;
    }
}
function splitByteRecords(output) {
    const records = [];
    let start = 0;
    for (let end = output.indexOf(0); end !== -1; start = end + 1, end = output.indexOf(0, start)) {
        if (end > start)
            records.push(decodeName(output.subarray(start, end)));
    }
    if (start < output.length)
        records.push(decodeName(output.subarray(start)));
    return records;
}
/** The well-formed UTF-8 sequences as text, every other byte as `\ooo`. */
function escapeStrayBytes(bytes) {
    let text = '';
    for (let index = 0; index < bytes.length;) {
        const length = sequenceLength(bytes[index] ?? 0);
        const sequence = bytes.subarray(index, index + length);
        let decoded;
        try {
            decoded = length > 0 && sequence.length === length ? strict.decode(sequence) : undefined;
        }
        catch {
            decoded = undefined;
        }
        if (decoded === undefined) {
            text += `\\${(bytes[index] ?? 0).toString(8).padStart(3, '0')}`;
            index += 1;
        }
        else {
            text += decoded;
            index += length;
        }
    }
    return text;
}
/** How many bytes a UTF-8 sequence starting with `lead` has; 0 for a byte no sequence starts with. */
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

;// CONCATENATED MODULE: ./src/host/git-records.ts

/** True when the work tree lacks a file of the index or has one the index does not: its file list is not the index's. */
function addsOrRemovesFiles(status) {
    return status.deleted.size > 0 || status.untracked.length > 0;
}
/** A path's mode in the index: a plain file's unless it is special. */
function modeIn(index, path) {
    return index.specialModes.get(path) ?? PLAIN_MODE;
}
/** The paths of the index with a special mode (GITLINK_MODE: the submodules; SYMLINK_MODE: the links), in its order. */
function pathsWithMode(index, mode) {
    return [...index.specialModes].filter(([, special]) => special === mode).map(([path]) => path);
}
/** A work tree that changes nothing of the index: no file changed, deleted or untracked (a clean checkout's). */
const UNCHANGED_WORK_TREE = { changed: new Set(), deleted: new Set(), untracked: [] };
/** git's mode for a gitlink (a commit of another repository, a submodule), and for a symbolic link. */
const GITLINK_MODE = '160000';
const SYMLINK_MODE = '120000';
const PLAIN_MODE = '100644';
/** A plain file's modes, executable or not: every other mode is special (GitIndex.specialModes). */
const isPlainMode = (text, start = 0) => text.startsWith(PLAIN_MODE, start) || text.startsWith('100755', start);
/** Fields before the path of a `git status --porcelain=v2` record of each kind (`1` changed, `u` unmerged). */
const FIELDS_BEFORE_PATH = { '1': 8, u: 10 };
const STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
/** The files a `git diff -z --name-status` lists, renames with the path before; undefined when git could not tell. */
function git_records_recordsOfDiff(output) {
    if (output === undefined)
        return undefined;
    const fields = splitRecords(output).map(({ name }) => name);
    const changes = [];
    for (let index = 0; index < fields.length;) {
        const code = fields[index] ?? '';
        const status = STATUS[code[0] ?? ''] ?? 'changed';
        if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[index + 1] ?? '';
            changes.push({ path: fields[index + 2] ?? '', status, ...(status === 'renamed' ? { previousPath } : {}) });
            index += 3;
        }
        else {
            changes.push({ path: fields[index + 1] ?? '', status });
            index += 2;
        }
    }
    return changes;
}
function parseIndex(output) {
    const text = utf8Text(output);
    const index = { paths: [], specialModes: new Map(), namesNotUtf8: new Set() };
    if (text === undefined)
        parseIndexRecords(output, index);
    else
        parseIndexText(text, index);
    return index;
}
/**
 * `<mode> [<object> ]<stage>\t<path>`, NUL-terminated; a file in a merge conflict is listed once a stage,
 * one after the other. Read in place: a 100,000-file index cut into records, then each record into
 * fields, made half a million strings for the collector.
 */
function parseIndexText(text, { paths, specialModes }) {
    let previous;
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\0', start);
        if (end === -1)
            end = text.length;
        const tab = text.indexOf('\t', start);
        if (tab !== -1 && tab < end) {
            const path = text.slice(tab + 1, end);
            if (path !== previous) {
                paths.push(path);
                if (!isPlainMode(text, start))
                    specialModes.set(path, text.slice(start, text.indexOf(' ', start)));
            }
            previous = path;
        }
        start = end + 1;
    }
}
function parseIndexRecords(output, { paths, specialModes, namesNotUtf8 }) {
    let previous;
    for (const { name: record, utf8 } of splitRecords(output)) {
        const tab = record.indexOf('\t');
        if (tab === -1)
            continue;
        const path = record.slice(tab + 1);
        if (path !== previous) {
            paths.push(path);
            const mode = record.slice(0, record.indexOf(' '));
            if (!isPlainMode(mode))
                specialModes.set(path, mode);
            if (!utf8)
                namesNotUtf8.add(path);
        }
        previous = path;
    }
}
function parseStatus(output, folder) {
    const changed = new Set();
    const deleted = new Set();
    const untracked = [];
    const fromRoot = (path) => (path.startsWith(folder) ? path.slice(folder.length) : undefined);
    for (const { name: record, utf8 } of splitRecords(output)) {
        const kind = record[0] ?? '';
        if (kind === '?') {
            const path = fromRoot(record.slice(2));
            if (path !== undefined)
                untracked.push({ name: path, utf8 });
            continue;
        }
        const fields = FIELDS_BEFORE_PATH[kind];
        if (fields === undefined)
            continue;
        let start = 0;
        for (let field = 0; field < fields && start !== -1; field += 1)
            start = record.indexOf(' ', start) + 1 || -1;
        const path = start === -1 ? undefined : fromRoot(record.slice(start));
        // `XY`: the index against HEAD, then the work tree against the index; unmerged files differ.
        const workTree = kind === 'u' ? 'U' : (record[3] ?? '.');
        if (path === undefined || workTree === '.')
            continue;
        changed.add(path);
        if (workTree === 'D')
            deleted.add(path);
    }
    return { changed, deleted, untracked };
}

// EXTERNAL MODULE: ./src/host/early-git.ts
var early_git = __webpack_require__(4780);
// EXTERNAL MODULE: ./src/host/run-git.ts + 1 modules
var run_git = __webpack_require__(4012);
;// CONCATENATED MODULE: ./src/host/work-tree.ts





/**
 * The work tree of a repository as one run sees it. In a repository of 100,000 files every git command
 * that compares the work tree with something stats every file, a tenth of a second each; the file list,
 * the changes since a ref and the base commit's view asked three such commands, and now share this one.
 */
class GitWorkTree {
    root;
    cleanCheckout;
    status;
    gitIndex;
    folder;
    indexReading;
    /** git's output by its arguments: the diffs against a revision that load() reads ahead, files at a commit. */
    outputs = new Map();
    /** The diffs load() is reading, by their arguments, until they are in `outputs`. */
    reading = new Map();
    /** The commands this run reads the repository with: a clean checkout's compare commits (early-git.ts). */
    queries;
    /**
     * `cleanCheckout`: the work tree is the commit git checked out, as in CI: it holds exactly the index's
     * files, so `git status` (which stats every file and walks every folder) is not run and the work tree
     * is taken to change nothing (docs/pull-requests.md, "What a run in CI checks").
     */
    constructor(root, cleanCheckout = false) {
        this.root = root;
        this.cleanCheckout = cleanCheckout;
        if (cleanCheckout)
            this.status = UNCHANGED_WORK_TREE;
        this.queries = (0,early_git/* gitQueries */.lo)(cleanCheckout);
    }
    /**
     * A file's bytes at a commit (`git cat-file`), read once a run: a pull request's changed ticket is
     * read at the base to see what ids it lost, then again for the base lint.
     */
    blobAt(commit, path) {
        return this.gitBytes(blobArguments(commit, path));
    }
    /** The lines of `file` in the work tree that differ from `revision` (`git diff -U0`); undefined when git cannot tell. */
    changedLines(revision, file) {
        const patch = this.gitBytes(this.queries.changedLines(revision, file));
        return patch === undefined ? undefined : changedLinesOf(new TextDecoder().decode(patch));
    }
    /**
     * Asks git now, side by side, what the run will ask of these changed files: their lines that differ
     * from `revision` and their text there (a process each; run one after the other on the main thread
     * later, each waited a few tens of milliseconds).
     */
    async readAhead(revision, files) {
        await Promise.all(files.flatMap((file) => [this.queries.changedLines(revision, file), blobArguments(revision, file)]).map(async (args) => {
            const key = args.join('\0');
            if (this.outputs.has(key))
                return;
            const output = await (0,run_git/* runGitBytesConcurrently */.Pw)(this.root, args);
            if (!this.outputs.has(key))
                this.outputs.set(key, output);
        }));
    }
    /** A file's text at a commit (see blobAt). */
    textAt(commit, path) {
        const bytes = this.blobAt(commit, path);
        return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    }
    /**
     * Reads the work tree's status and the index at once, two git processes side by side (in a
     * 100,000-file repository the status stats every file for a quarter of a second, and the index is
     * parsed meanwhile); with the revision a run compares with, also the index's differences from it
     * (changesSince, the base commit's listing), which then wait for nothing. Without it, `read`,
     * `index` and the diffs ask git when first called.
     */
    async load(revision) {
        // Asked beside the rest (and started early by the CLI), not before it: git's answer is 3 ms of waiting.
        const prefix = this.folder === undefined ? (0,run_git/* runGitBytesConcurrently */.Pw)(this.root, early_git/* PREFIX_ARGUMENTS */.u3) : undefined;
        const ahead = revision === undefined ? [] : [this.queries.changes(revision), this.queries.baseListing(revision)];
        this.indexReading = firstOutputOf(this.root, this.queries.listing).then(parsedLater).then((index) => {
            this.gitIndex ??= index;
        });
        const [status, prefixOutput] = await Promise.all([
            this.cleanCheckout ? undefined : (0,run_git/* runGitBytesConcurrently */.Pw)(this.root, early_git/* STATUS_ARGUMENTS */.sF),
            prefix,
            this.indexReading,
            ...ahead.map(async (args) => {
                const key = args.join('\0');
                const reading = (0,run_git/* runGitBytesConcurrently */.Pw)(this.root, args);
                this.reading.set(key, reading);
                const output = await reading;
                if (!this.outputs.has(key))
                    this.outputs.set(key, output);
                this.reading.delete(key);
            }),
        ]);
        if (prefixOutput !== undefined)
            this.folder ??= new TextDecoder().decode(prefixOutput).trim();
        this.status ??= (status && parseStatus(status, this.repositoryFolder())) ?? null;
    }
    /** The index's files as soon as git lists them, while load() still waits for the status (Workspace.indexRepository). */
    async indexRead() {
        await this.indexReading;
        return this.index();
    }
    /** git's output for `args`, read once a run (or ahead, by load()). */
    gitBytes(args) {
        const key = args.join('\0');
        if (!this.outputs.has(key))
            this.outputs.set(key, (0,run_git/* runGitBytes */.jR)(this.root, args));
        return this.outputs.get(key);
    }
    /** The work tree's state, or undefined outside git. */
    read() {
        if (this.status === undefined) {
            const output = (0,run_git/* runGitBytes */.jR)(this.root, early_git/* STATUS_ARGUMENTS */.sF);
            this.status = (output && parseStatus(output, this.repositoryFolder())) ?? null;
        }
        return this.status ?? undefined;
    }
    /** The index's files under the root (the work tree's list and the base commit's view both start from it), or undefined outside git. */
    index() {
        if (this.gitIndex === undefined) {
            const output = this.queries.listing.reduce((found, args) => found ?? (0,run_git/* runGitBytes */.jR)(this.root, args), undefined);
            this.gitIndex = (output && parseIndex(output)) ?? null;
        }
        return this.gitIndex ?? undefined;
    }
    /** Where the root is in its repository: `git status` names files from the top level. */
    repositoryFolder() {
        return (this.folder ??= repositoryFolder(this.root));
    }
    /**
     * What the index changed since `revision` (commits and staged files: `git diff --cached`), as soon as
     * git says, without waiting for the work tree's status that load() reads beside it. Undefined when git
     * cannot tell.
     */
    async indexChangesSince(revision) {
        const args = this.queries.changes(revision);
        const reading = this.reading.get(args.join('\0'));
        return git_records_recordsOfDiff(reading ? await reading : this.gitBytes(args));
    }
    /**
     * What changed between `revision` and the work tree, untracked files as added: `git diff --cached`
     * (the index against the revision, renames detected; no file is stat'ed), then what the work tree
     * changed beyond the index. Undefined when git cannot tell (a revision it does not know).
     */
    changesSince(revision) {
        const status = this.read();
        const staged = git_records_recordsOfDiff(this.gitBytes(this.queries.changes(revision)));
        return status === undefined || staged === undefined ? undefined : withWorkTreeChanges(staged, status);
    }
}
/**
 * The listing parsed in a later turn of the event loop: what waits on the diffs (the token counter's
 * start, a tenth of a second of rank tables on the second thread) then starts before, not after, the
 * parse of a monorepo's listing (80 ms).
 */
async function parsedLater(output) {
    await new Promise((resolve) => setImmediate(resolve));
    return (output && parseIndex(output)) ?? null;
}
/** The first output git gives of `commands` (see GitQueries.listing), each started when the one before failed. */
async function firstOutputOf(root, commands) {
    for (const args of commands) {
        const output = await (0,run_git/* runGitBytesConcurrently */.Pw)(root, args);
        if (output !== undefined)
            return output;
    }
    return undefined;
}
/** The index's changes since a revision, and then what the work tree changed beyond the index. */
function withWorkTreeChanges(staged, status) {
    const changes = new Map();
    for (const change of staged)
        changes.set(change.path, change);
    for (const path of status.changed) {
        const known = changes.get(path);
        if (status.deleted.has(path)) {
            if (known?.status === 'added')
                changes.delete(path);
            else if (known?.status === 'renamed' && known.previousPath !== undefined)
                changes.set(path, { path: known.previousPath, status: 'removed' });
            else
                changes.set(path, { path, status: 'removed' });
        }
        else if (known === undefined) {
            changes.set(path, { path, status: 'modified' });
        }
    }
    for (const { name } of status.untracked)
        if (!changes.has(name))
            changes.set(name, { path: name, status: 'added' });
    return [...changes.values()];
}
/**
 * Where `root` is in its repository, as the paths GitHub shows (annotations, blob links, a pull request's
 * files) start: `packages/app/` for a folder of a monorepo, '' at the top level or outside git.
 */
function repositoryFolder(root) {
    return (0,run_git/* runGit */.EO)(root, early_git/* PREFIX_ARGUMENTS */.u3)?.trim() ?? '';
}
function blobArguments(commit, path) {
    return ['cat-file', 'blob', `${commit}:./${path}`];
}
/** The files a `git diff -z --name-status` lists, renames with the path before. */
function work_tree_diffRecords(root, args) {
    return recordsOfDiff(runGitBytes(root, args));
}

;// CONCATENATED MODULE: ./src/host/commit-host.ts



/**
 * The repository at a commit, as git stores it, without a checkout (docs/pull-requests.md). Its file
 * list is the index's with what `git diff --cached --raw <commit>` says the index changed since the
 * commit undone (on a clean checkout the head's listing and `git diff-tree --raw <commit> HEAD`, see GitQueries): in a monorepo a one-ticket pull request then reads a few records rather than listing
 * a hundred thousand files a second time, and when those records only change files' content and the
 * work tree adds and removes no file, the work tree's view is the listing (sameListingAs). Each file's
 * bytes come from the work tree when git says the file is the same there (that diff and the work tree's
 * status), else from the commit's blob. Links are not followed: at a commit a link is only its target's
 * name. Submodules and names that are not UTF-8 are as in createGitHost. Undefined when git cannot read
 * the commit.
 */
function createCommitHost(root, commit, workTree, gitWorkTree = new GitWorkTree(root)) {
    const status = gitWorkTree.read();
    const changes = changesSinceCommit(commit, gitWorkTree);
    const index = gitWorkTree.index();
    if (changes === undefined || status === undefined || index === undefined)
        return undefined;
    // Content changes only, in the index and the work tree alike: the commit has the work tree's very files.
    const workTreeView = changes.keepFiles && !addsOrRemovesFiles(status) ? workTree.sameListingAs?.() : undefined;
    const listing = workTreeView ? listingOfView(workTreeView, index) : listingAtCommit(index, changes);
    const { files, links } = listing;
    const changed = new Set([...changes.atCommit.keys(), ...status.changed]);
    const known = workTreeView ? (path) => workTreeView.hasFile(path) : (path) => sortedIncludes(files(), path);
    const unchanged = (path) => !changed.has(path) && !links().has(path) && known(path);
    const blob = (path) => (known(path) && !links().has(path) ? gitWorkTree.blobAt(commit, path) : undefined);
    return {
        listFiles: files,
        listSubmodules: listing.submodules,
        listNamesNotUtf8: listing.namesNotUtf8,
        sameListingAs: () => workTreeView,
        sameFileIn: (path) => (unchanged(path) ? workTree.sameFileIn?.(path) : undefined),
        readFile: (path) => (unchanged(path) ? workTree.readFile(path) : blob(path)),
        readHead: (path, limit) => {
            if (!unchanged(path))
                return wholeAsHead(blob(path), limit);
            return workTree.readHead?.(path, limit) ?? wholeAsHead(workTree.readFile(path), limit);
        },
        leadsOutside: (path) => !changed.has(path) && workTree.leadsOutside?.(path) === true,
    };
}
/**
 * `git diff --cached --raw` gives each path the index changed since the commit with its mode there
 * (`000000` where the commit did not have it), a file in a merge conflict included; every other path
 * of the index is as the commit has it.
 */
function changesSinceCommit(commit, workTree) {
    const difference = workTree.gitBytes(workTree.queries.baseListing(commit));
    if (difference === undefined)
        return undefined;
    const atCommit = new Map();
    let keepFiles = true;
    const records = splitRecords(difference);
    // `:<mode at the commit> <mode in the index> <object> <object> <status>`, then the path.
    for (let record = 0; record + 1 < records.length; record += 2) {
        const [modeThen = '', modeNow = ''] = (records[record]?.name ?? '').slice(1).split(' ');
        const { name: path, utf8 } = records[record + 1] ?? { name: '', utf8: true };
        const absent = /^0+$/.test(modeThen);
        if (absent || modeThen !== modeNow)
            keepFiles = false;
        atCommit.set(path, absent ? undefined : { mode: modeThen, utf8 });
    }
    return { atCommit, keepFiles };
}
/** The listing of a commit that has the work tree's files, taken from the work tree's view; its links are found only when a file is read. */
function listingOfView(view, index) {
    let links;
    return {
        files: () => view.files,
        submodules: () => [...view.submodules],
        namesNotUtf8: () => view.files.filter((file) => view.nameIsNotUtf8(file)),
        links: () => (links ??= new Set(pathsWithMode(index, SYMLINK_MODE))),
    };
}
/** The index's files, each as the commit has it; the paths the index no longer has put back. */
function listingAtCommit(index, { atCommit }) {
    const files = [];
    const submodules = [];
    const namesNotUtf8 = [];
    const links = new Set();
    const add = (path, { mode, utf8 }) => {
        // A submodule is a commit of another repository: a folder whose files are not this one's.
        if (mode === GITLINK_MODE)
            return void submodules.push(path);
        files.push(path);
        if (!utf8)
            namesNotUtf8.push(path);
        if (mode === SYMLINK_MODE)
            links.add(path);
    };
    // In the index's order, each path as the commit has it; sorted again only for paths the index no longer has.
    const placed = new Set();
    for (const path of index.paths) {
        if (!atCommit.has(path))
            add(path, { mode: modeIn(index, path), utf8: !index.namesNotUtf8.has(path) });
        else {
            placed.add(path);
            const before = atCommit.get(path);
            if (before !== undefined)
                add(path, before);
        }
    }
    let unplaced = false;
    for (const [path, entry] of atCommit) {
        if (placed.has(path) || entry === undefined)
            continue;
        add(path, entry);
        unplaced = true;
    }
    // git sorts by bytes, a JavaScript string by UTF-16 units: they differ only past U+E000.
    if (unplaced || !isSorted(files)) {
        files.sort();
        submodules.sort();
    }
    return { files: () => files, submodules: () => submodules, namesNotUtf8: () => namesNotUtf8, links: () => links };
}
function wholeAsHead(bytes, limit) {
    return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/host/parse-workers.ts



/**
 * Below this much ticket text the main thread parses alone. V8's compiler and collector already keep
 * a second processor half busy while a run warms up (the main thread alone, `--single-threaded`,
 * takes 3.2 s where it takes 2.2 s with them), so a parsing thread must outlast that to pay: on two
 * processors 3,000 tickets of 1.5 KB (4.5 MB) gained nothing, 5,000 about 10%, 10,000 25%.
 */
const PARALLEL_PARSE_MIN_CHARACTERS = 4 * 1024 * 1024;
/**
 * At most this many parsing threads besides the main one: each holds its own file list and parser, and
 * the main thread alone receives their results. Measured only on two processors (one thread).
 */
const MAX_PARSE_THREADS = 3;
/** The processors this run may use besides the main thread's, for parsing. */
function spareThreads() {
    return Math.min(MAX_PARSE_THREADS, (0,external_node_os_.availableParallelism)() - 1);
}
/**
 * Parses ticket texts on worker threads (`entry`: the bundled src/parse-worker.ts) that see the same
 * files, submodules and config as this thread, so each file parses as it would here.
 */
function workerTicketParser(entry, repository, config, { threads = spareThreads(), minCharacters = PARALLEL_PARSE_MIN_CHARACTERS } = {}) {
    return (texts) => {
        if (threads < 1 || texts.reduce((sum, { text }) => sum + text.length, 0) < minCharacters)
            return undefined;
        const counters = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
        const data = {
            files: [...repository.files],
            submodules: [...repository.submodules],
            ...(repository.rootName === undefined ? {} : { rootName: repository.rootName }),
            config,
            texts,
            counters,
        };
        return share(entry, data, Math.min(threads, texts.length));
    };
}
function share(entry, data, threads) {
    const counts = new Int32Array(data.counters);
    const parsed = new Map();
    const finished = Array.from({ length: threads }, () => {
        // A parsing thread keeps nothing but the file it is on: small heaps keep its garbage from adding
        // to the main thread's at the peak (10,000 tickets: 606 MiB, 663 without). A file that needs more
        // stops the thread, and the main thread parses what it had taken.
        const worker = new external_node_worker_threads_.Worker(entry, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 } });
        return new Promise((resolve) => {
            worker.on('message', ({ index, file, detached }) => parsed.set(index, detached ? attachText(file, data.texts[index].text) : file));
            // A thread that fails is only slower: what it took and did not give back is parsed by the caller.
            worker.on('error', () => undefined);
            worker.on('exit', () => resolve());
        });
    });
    return {
        take: () => {
            const index = Atomics.add(counts, 0, 1);
            return index < data.texts.length ? index : undefined;
        },
        parsed: () => Atomics.add(counts, 1, 1) + 1,
        pause: () => new Promise((resolve) => setImmediate(resolve)),
        results: async () => {
            await Promise.all(finished);
            return parsed;
        },
    };
}

;// CONCATENATED MODULE: ./src/host/token-worker.ts

/**
 * Token counters that run on a second thread, one per encoding, started on first use: building the
 * rank table and counting overlap parsing on the main thread. `entry` is the bundled
 * src/token-worker.ts. Close when the lint is done.
 */
class WorkerTokenCounters {
    entry;
    counters = new Map();
    constructor(entry) {
        this.entry = entry;
    }
    get = async (encoding) => {
        let started = this.counters.get(encoding);
        if (!started) {
            started = this.start(encoding);
            this.counters.set(encoding, started);
        }
        return started.counter;
    };
    /** Starts the counter for an encoding now, so its tables load while the main thread does other work. */
    warm(encoding) {
        this.get(encoding).catch(() => undefined);
    }
    async close() {
        await Promise.all([...this.counters.values()].map(({ worker }) => worker.terminate()));
        this.counters.clear();
    }
    start(encoding) {
        // A small young generation keeps the worker's garbage (loading the rank data, counting) from
        // adding to the main thread's parsing garbage at the peak (npm run bench: 188 MiB, 197 without).
        const worker = new external_node_worker_threads_.Worker(this.entry, { workerData: { encoding }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
        worker.unref();
        const waiting = new Map();
        let nextId = 0;
        let stopped;
        const failAll = (error) => {
            stopped ??= error;
            for (const { reject } of waiting.values())
                reject(stopped);
            waiting.clear();
        };
        worker.on('message', ({ id, counts, error }) => {
            const request = waiting.get(id);
            waiting.delete(id);
            if (error !== undefined || !counts)
                request?.reject(new Error(`token counting failed: ${error ?? 'no counts'}`));
            else
                request?.resolve(counts);
        });
        worker.on('error', (error) => failAll(error));
        worker.on('exit', (code) => failAll(new Error(`the token-counting thread stopped (exit code ${code})`)));
        const ask = (texts, byLine) => new Promise((resolve, reject) => {
            if (stopped) {
                reject(stopped);
                return;
            }
            const id = nextId++;
            waiting.set(id, { resolve: (counts) => resolve(counts), reject });
            worker.postMessage({ id, texts: [...texts], byLine });
        });
        const counter = {
            encoding,
            countAll: (texts) => ask(texts, false),
            countLinesAll: (texts) => ask(texts, true),
        };
        return { worker, counter };
    }
}

;// CONCATENATED MODULE: ./src/rules/acceptance-criteria.ts

const acceptanceCriteria = {
    meta: {
        id: 'acceptance-criteria',
        severity: 'error',
        description: "Acceptance criteria are list items (or commands), between 'min-criteria' and 'max-criteria' of them.",
        options: {
            min: { default: 1, expect: integerAtLeast(0), description: "the fewest criteria a ticket has (flat key 'min-criteria')" },
            max: { default: 12, expect: integerAtLeast(1), description: "the most criteria a ticket has before it should be split (flat key 'max-criteria')" },
        },
        checkOptions: ({ min, max }, nameOf) => (min > max ? { option: 'min', expected: `at most '${nameOf('max')}' (${max})` } : undefined),
    },
    check(ticket, { options }) {
        const section = ticket.sections.find((candidate) => candidate.kind === 'acceptance');
        // A missing or empty section is required-sections' to report; a format without an acceptance
        // section of its own (a bug report's Tests, in prose) is not held to a list.
        if (!section || section.isEmpty || !ticket.requiredSections.includes('acceptance'))
            return [];
        const count = ticket.criteria.length;
        const where = { line: section.line, endLine: section.endLine };
        if (count === 0) {
            return [
                {
                    ...where,
                    message: `The '${section.heading}' section has no list items; expected one list item (or command in a code block) per criterion`,
                },
            ];
        }
        const counted = `${count} ${count === 1 ? 'criterion' : 'criteria'}`;
        if (count < options.min) {
            return [{ ...where, message: `The '${section.heading}' section has ${counted}; expected at least ${options.min} ('min-criteria')` }];
        }
        if (count > options.max) {
            return [
                {
                    ...where,
                    message: `The '${section.heading}' section has ${counted}; expected at most ${options.max} ('max-criteria'): split the ticket`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/context-pointers.ts

const contextPointers = {
    meta: {
        id: 'context-pointers',
        severity: 'error',
        description: "A ticket points at least at one repository path, so the agent does not have to search for where to start; a warning past 'max-pointers'.",
    },
    check(ticket, { resolve, config }) {
        if (ticket.droppedPointers !== undefined) {
            const total = ticket.pointers.length + ticket.droppedPointers;
            return [
                {
                    line: ticket.anchorLine,
                    severity: 'warning',
                    message: `The ticket has ${formatCount(total)} pointers; only the first ${formatCount(config.maxPointers)} were checked ('max-pointers'): split the ticket`,
                },
            ];
        }
        // A step of a plan works in its session's context (the plan, its spec); a whole session needs its own,
        // where its format gives tickets a place for it (Backlog.md's tasks have none but optional references).
        if (ticket.unit === 'step' || !ticket.requiredSections.includes('context'))
            return [];
        if (ticket.pointers.some((pointer) => resolve(pointer).kind !== 'foreign'))
            return [];
        return [
            {
                line: ticket.anchorLine,
                message: 'The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/depends-on.ts



const dependsOn = {
    meta: {
        id: 'depends-on',
        severity: 'error',
        checksDone: true,
        description: "Every dependency (depends_on, a 'Depends on:' line, a format's own field) names a ticket, dependencies do not go round in a cycle, and a ticket's parent spec exists.",
    },
    check(ticket, { graph, repository }) {
        const findings = [];
        const roadmap = graph();
        for (const dependency of roadmap.unknownDependencies(ticket)) {
            findings.push({ line: dependency.line, message: `Dependency '${dependency.id}' is no ticket's id; expected the id of an existing ticket` });
        }
        const cycle = roadmap.cycleThrough(ticket);
        if (cycle) {
            const next = ticketReference(cycle.next);
            const line = ticket.dependsOn.find((dependency) => dependency.id === next)?.line ?? ticket.dependsOn[0]?.line ?? ticket.anchorLine;
            const message = cycle.at === undefined
                ? `Dependencies go round in a cycle: this ticket waits for '${next}', one of ${formatCount(cycle.group)} tickets that wait for each other, as in ${cycleText(cycle.ids, 0)}`
                : `Dependencies go round in a cycle: ${cycleText(cycle.ids, cycle.at)}`;
            findings.push({ line, message: `${message}; expected an order in which each ticket can start` });
        }
        if (ticket.parent) {
            const written = ticket.parent.path.replace(/^\/+/, '');
            const fromTicket = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(ticket.file), ticket.parent.path));
            if (!repository.hasFile(written) && !repository.hasFile(fromTicket)) {
                findings.push({
                    line: ticket.parent.line,
                    message: `parent '${ticket.parent.path}' does not exist; expected the path of the master spec, from the repository root or from this ticket's folder`,
                });
            }
        }
        return findings;
    },
};
/** The most ids a cycle is written with; a longer one is cut in its middle, with its length (every ticket on it has the message). */
const CYCLE_IDS_SHOWN = 8;
/** A cycle (ids in order, the first again at the end) read from its `from`th id round to the same id again. */
function cycleText(ids, from) {
    const tickets = ids.length - 1;
    const idAt = (step) => ids[(from + step) % tickets] ?? '';
    if (tickets + 1 <= CYCLE_IDS_SHOWN)
        return Array.from({ length: tickets + 1 }, (_, step) => idAt(step)).join(' → ');
    const head = Array.from({ length: CYCLE_IDS_SHOWN - 2 }, (_, step) => idAt(step));
    return `${[...head, '…', idAt(tickets - 1), idAt(tickets)].join(' → ')} (${formatCount(tickets)} tickets)`;
}

;// CONCATENATED MODULE: ./src/rules/disable-directive.ts

/**
 * The engine applies the directives to every rule's problems, its own parse problems included, so it
 * reports what is wrong with them too; this registers the id, severity and page those reports carry.
 */
const disableDirective = {
    meta: {
        id: DISABLE_DIRECTIVE_RULE,
        severity: 'warning',
        description: "Inline disable directives (`<!-- ticket-lint-disable-next-line rule -->`, frontmatter `ticket-lint: { disable: [rule] }`) name known rules and suppress something.",
    },
};

;// CONCATENATED MODULE: ./src/rules/frontmatter.ts


const isText = (value) => typeof value === 'string' && value.trim() !== '';
const isId = (value) => isText(value) || Number.isInteger(value);
/** Each known key and what its value must be; undefined when it fits, else what was expected. */
const KNOWN_KEYS = {
    id: (value) => (isId(value) ? undefined : 'a string'),
    title: (value) => (isText(value) ? undefined : 'a string'),
    status: (value) => (isText(value) ? undefined : 'a status word'),
    parent: (value) => (isText(value) ? undefined : 'a path to the parent spec'),
    depends_on: (value) => (Array.isArray(value) && value.every(isId) ? undefined : 'a list of ticket ids'),
    parallel: (value) => (typeof value === 'boolean' ? undefined : 'true or false'),
    estimate: (value) => (isText(value) || typeof value === 'number' ? undefined : 'free text'),
};
const frontmatter = {
    meta: {
        id: 'frontmatter',
        severity: 'error',
        description: 'Frontmatter is valid YAML, known keys have the right type, and required keys are present.',
        options: {
            required: {
                default: [],
                expect: describedAs(stringList, 'frontmatter keys'),
                description: "keys every ticket's frontmatter must have (flat key 'frontmatter.required')",
            },
        },
    },
    checkFile(file) {
        const findings = file.problems
            .filter((problem) => problem.about === 'frontmatter')
            .map((problem) => ({ line: problem.line, message: problem.message }));
        if (file.frontmatter)
            findings.push(...wrongTypes(file.frontmatter));
        return findings;
    },
    check(ticket, { options, file }) {
        // Roadmap tickets take their id and title from their heading and have no frontmatter of their own.
        if (!ticket.ownsFrontmatter || options.required.length === 0)
            return [];
        if (file.problems.some((problem) => problem.about === 'frontmatter'))
            return [];
        const present = ticket.frontmatter?.values ?? {};
        const missing = options.required.filter((key) => !Object.hasOwn(present, key) || present[key] === undefined || present[key] === null);
        if (missing.length === 0)
            return [];
        const keys = missing.map((key) => `'${key}'`).join(', ');
        return [
            ticket.frontmatter
                ? { line: ticket.frontmatter.line, message: `Frontmatter lacks required ${missing.length === 1 ? 'key' : 'keys'} ${keys}` }
                : { line: 1, message: `Missing frontmatter; expected a '---' block with ${keys}` },
        ];
    },
};
function wrongTypes(block) {
    const findings = [];
    for (const [key, expect] of Object.entries(KNOWN_KEYS)) {
        if (!Object.hasOwn(block.values, key))
            continue;
        const value = block.values[key];
        const expected = expect(value);
        if (expected !== undefined) {
            findings.push({
                line: block.keyLines.get(key) ?? block.line,
                message: `Frontmatter key '${key}' must be ${expected}; got ${describeValue(value, 40)}`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/rules/line-range.ts

const line_range_lineRange = {
    meta: {
        id: 'line-range',
        severity: 'error',
        description: 'A pointer\'s line or range (`path:12-30`, `path#L12-L30`) lies within the file.',
    },
    check(ticket, { repository, resolve }) {
        const findings = [];
        for (const pointer of ticket.pointers) {
            if (!pointer.lines || pointer.isNew)
                continue;
            const resolution = resolve(pointer);
            if (resolution.kind !== 'file')
                continue;
            const { start, end } = pointer.lines;
            const at = { line: pointer.line, column: pointer.column };
            const range = start === end ? `Line ${start}` : `Lines ${start}-${end}`;
            if (start < 1 || end < start) {
                findings.push({ ...at, message: `${range} of '${resolution.path}' is not a valid range; expected lines counted from 1, first ≤ last` });
                continue;
            }
            const lines = repository.lineCount(resolution.path);
            if (lines === undefined) {
                const verb = start === end ? 'points' : 'point';
                findings.push({ ...at, message: `${range} ${verb} into '${resolution.path}', which is not a text file` });
            }
            else if (end > lines) {
                const verb = start === end ? 'is' : 'run';
                findings.push({
                    ...at,
                    message: `${range} ${verb} past the end of '${resolution.path}' (${plural(lines, 'line')})`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/new-file.ts

const newFile = {
    meta: {
        id: 'new-file',
        severity: 'warning',
        description: 'A file marked `(new)` does not exist yet, and its folder does (or is marked new too).',
    },
    check(ticket, { repository, resolve }) {
        const findings = [];
        const newPaths = new Set(ticket.pointers.filter((pointer) => pointer.isNew).map((pointer) => resolve(pointer).path));
        for (const pointer of ticket.pointers) {
            if (!pointer.isNew || pointer.isGlob)
                continue;
            const resolution = resolve(pointer);
            const at = { line: pointer.line, column: pointer.column };
            if (resolution.kind === 'file' || resolution.kind === 'dir') {
                findings.push({ ...at, message: `'${resolution.path}' is marked new but already exists; drop the (new) mark or name the file to create` });
                continue;
            }
            if (resolution.kind !== 'missing')
                continue;
            const folder = external_node_path_default().posix.dirname(resolution.path);
            if (folder === '.' || repository.hasFolder(folder) || [...newPaths].some((created) => folder === created || folder.startsWith(`${created}/`))) {
                continue;
            }
            const suggestion = repository.suggestions.suggest(folder);
            const fix = suggestion === undefined ? 'mark the folder (new) too if the ticket creates it' : `did you mean '${suggestion}'?`;
            findings.push({ ...at, message: `The folder '${folder}' of new file '${resolution.path}' does not exist; ${fix}` });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/parallel-conflict.ts


const FILES_SHOWN = 3;
const TICKETS_SHOWN = 3;
/** The items shown and how many more there are, of `total`: at least so many when not every ticket was compared. */
const listed = (items, total, cut = false) => items.join(', ') + (total > items.length ? ` and ${cut ? 'at least ' : ''}${formatCount(total - items.length)} more` : '');
const parallelConflict = {
    meta: {
        id: 'parallel-conflict',
        severity: 'warning',
        description: 'Tickets meant to run in parallel (parallel: true, or siblings of one roadmap file with no dependency between them) do not point at the same file.',
    },
    // One warning a ticket, however many tickets it conflicts with: a roadmap of N siblings on one file
    // would otherwise give N² lines. A pair is reported once, on its later ticket, or on the earlier one
    // when the later is not linted (a pull request that touched only the earlier ticket). In a group of
    // more than 2,001 tickets on one file, a ticket is compared with the 1,000 nearest on each side.
    check(ticket, { graph, isLinted }) {
        const roadmap = graph();
        const found = roadmap.conflicts(ticket);
        const conflicts = found.conflicts.filter(({ other }) => roadmap.comesBefore(other, ticket) || !isLinted(other));
        if (conflicts.length === 0)
            return [];
        const tickets = conflicts.slice(0, TICKETS_SHOWN).map(({ other }) => `'${ticketShortName(other)}' (${other.file}:${other.anchorLine})`);
        const files = new Set();
        for (const { files: shared } of conflicts)
            for (const file of shared)
                files.add(file);
        const shownFiles = [...files].sort().slice(0, FILES_SHOWN).map((file) => `'${file}'`);
        const who = conflicts.length === 1 ? `Ticket ${tickets[0] ?? ''} may` : `Tickets ${listed(tickets, conflicts.length, found.cut)} may`;
        const finding = {
            line: ticket.anchorLine,
            message: `${who} run in parallel with this one and also ${conflicts.length === 1 ? 'points' : 'point'} at ${listed(shownFiles, files.size)}; make one depend on the other, or split the work by file`,
        };
        return [finding];
    },
};

;// CONCATENATED MODULE: ./src/rules/path-exists.ts



const path_exists_SHOWN_CANDIDATES = 3;
/** A path as the pointer wrote it: link targets relative to the ticket, the rest from the root. */
function path_exists_asWritten(target, pointer, ticketFile) {
    if (pointer.source !== 'link' || pointer.base !== 'ticket')
        return target;
    return external_node_path_default().posix.relative(external_node_path_default().posix.dirname(ticketFile), target) || '.';
}
function quoted(paths) {
    const shown = paths.slice(0, path_exists_SHOWN_CANDIDATES).map((candidate) => `'${candidate}'`);
    const more = paths.length > path_exists_SHOWN_CANDIDATES ? ' or another' : '';
    return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}${more}` : (shown[0] ?? '');
}
/** A path with folders left out sends the agent searching: the tracked files it may stand for, to write in full. */
function elidedMessage(written, candidates) {
    const [only] = candidates;
    return candidates.length === 1 && only !== undefined
        ? `Path '${written}' leaves part of the path out ('...'); in full it is '${only}'`
        : `Path '${written}' leaves part of the path out ('...'); it may be ${quoted(candidates)}: write the one meant in full`;
}
/** A path that is not there as written but stands for tracked paths: how it was written, and the path from the root. */
function relativeMessage(resolution, pointer, ticketFile) {
    const [only] = resolution.candidates;
    if (resolution.elided)
        return elidedMessage(pointer.path, resolution.candidates);
    if (only !== undefined && resolution.abbreviated)
        return `Path '${pointer.path}' leaves folders out; in full it is '${only}'`;
    if (only !== undefined && resolution.throughRoot)
        return `Path '${pointer.path}' starts with the repository's own folder; from the repository root it is '${only}'`;
    if (only !== undefined && resolution.candidates.length === 1)
        return `Path '${pointer.path}' is written from a subfolder; from the repository root it is '${path_exists_asWritten(only, pointer, ticketFile)}'`;
    return `Path '${pointer.path}' is not there from the repository root; it may be ${quoted(resolution.candidates)}: write the one meant from the root`;
}
/** "was deleted in abc1234 (2026-05-03, 'Remove the scripts')". */
function historyText(history) {
    const when = `in ${history.commit} (${history.date}, '${history.subject}')`;
    return history.kind === 'renamed' ? `was renamed to '${history.renamedTo ?? ''}' ${when}` : `was deleted ${when}`;
}
/** What to say of a missing path: what happened to it and what to do, as much as is known. */
function missingMessage(resolution, pointer, ticketFile, folderExists) {
    const written = `Path '${pointer.path}' does not exist`;
    if (resolution.elided)
        return `Path '${pointer.path}' leaves part of the path out ('...'), and no tracked file matches it`;
    if (resolution.change) {
        const what = 'removed' in resolution.change ? 'removed' : `renamed to '${path_exists_asWritten(resolution.change.renamedTo, pointer, ticketFile)}'`;
        return `${written}: it was ${what} ${resolution.change.where}`;
    }
    if (resolution.ignored)
        return `${written}: the repository's .gitignore keeps it out of every checkout; point at a tracked file`;
    if (resolution.history?.kind === 'renamed')
        return `${written}: it ${historyText(resolution.history)}; point at the new path`;
    if (resolution.history?.kind === 'deleted')
        return `${written}: it ${historyText(resolution.history)}; drop it, or name the file that replaced it`;
    if (resolution.suggestion !== undefined)
        return `${written}; did you mean '${path_exists_asWritten(resolution.suggestion, pointer, ticketFile)}'?`;
    // A mention is reported because its command runs it; a declared path needs no reason.
    if (pointer.runs && !pointer.declared && pointer.declaredInFile !== true)
        return `${written}, and the command on this line runs it`;
    return folderExists ? `${written}; if the ticket creates it, mark it (new)` : written;
}
/**
 * A command that runs after a `cd` reads its paths from there; one written from the repository root
 * instead (`cd ai-extension && grep -q x ai-extension/src/a.ts`) fails where the command runs.
 */
function writtenFromRootMessage(pointer, repository) {
    if (pointer.ranIn === undefined)
        return undefined;
    const { folder, written } = pointer.ranIn;
    const fromRoot = written.replace(/^\.\//, '').replace(/\/$/, '');
    if (!repository.hasFile(fromRoot) && !repository.hasFolder(fromRoot))
        return undefined;
    return `Path '${written}' is read in '${folder}/', where its command runs after a cd, and is not there; from there it is '${external_node_path_default().posix.relative(folder, fromRoot)}'`;
}
/**
 * A link written from the repository root (`[x](pac-dashboard/src/a.js)` in `backlog/tasks/`), as an
 * agent working at the root writes one: GitHub follows it from the ticket's folder, where nothing is.
 */
function linkFromRootMessage(pointer, ticketFile, repository) {
    const folder = external_node_path_default().posix.dirname(ticketFile);
    if (pointer.source !== 'link' || pointer.base !== 'ticket' || /^\.\.?(?:\/|$)/.test(pointer.path) || folder === '.')
        return undefined;
    const fromRoot = pointer.path.replace(/\/$/, '');
    if (!repository.hasFile(fromRoot) && !repository.hasFolder(fromRoot))
        return undefined;
    return `Link '${pointer.path}' is written from the repository root, but links are read from the ticket's folder, where it is not; write '${external_node_path_default().posix.relative(folder, fromRoot)}' or '/${fromRoot}'`;
}
/** What a ticket waits for another to write is a file or a folder written as one (writtenAsFileOrFolder), as a mention meant for the repository is. */
function writtenAsPath(pointer, repository) {
    return pointer.source === 'link' || writtenAsFileOrFolder(pointer.path, pointer.path.endsWith('/'), repository);
}
/**
 * "does not exist yet: '04.5-03-W1', which this ticket waits for, writes it": a file the work to come
 * writes is no excuse for a ticket that waits for the ticket writing it; until that one is done it is
 * missing (a warning), and once it is done it should be there.
 */
function writtenBeforeFinding(pointer, writer) {
    const name = `'${ticketShortName(writer)}'`;
    return writer.lifecycle.state === 'open'
        ? { line: pointer.line, column: pointer.column, severity: 'warning', message: `Path '${pointer.path}' does not exist yet: ${name}, which this ticket waits for, writes it and is not done` }
        : { line: pointer.line, column: pointer.column, message: `Path '${pointer.path}' does not exist, though ${name}, which this ticket waits for, was to write it and is done` };
}
/**
 * A file the repository's .gitignore keeps out is made where the work runs: missing, it is a problem
 * only when the ticket declares it where it stands (a context item, a path field, a link) and its work
 * does not write it (`- Modify: \`.env\``, "Update `web/.env` with your credentials" make it on the spot).
 */
function givenToRead(pointer) {
    const writesIt = pointer.writes === true || pointer.intent === 'create' || pointer.intent === 'modify';
    return (pointer.declared || pointer.source === 'link') && !writesIt;
}
function missingFindings(pointers, ticketFile, repository, resolve, writerBefore = () => undefined) {
    const findings = [];
    // A file the ticket creates itself is its own to make, whatever a ticket it waits for says of it.
    const createdHere = new Set(pointers.filter((pointer) => pointer.isNew || pointer.intent === 'create').map((pointer) => pointer.path));
    for (const pointer of pointers) {
        const resolution = resolve(pointer);
        // A file the ticket creates is to come, unless a tracked file's path says it is written from a subfolder.
        if (pointer.isNew && resolution.kind !== 'relative')
            continue;
        const at = { line: pointer.line, column: pointer.column };
        if (resolution.kind === 'glob' && resolution.tooComplex !== undefined) {
            findings.push({ ...at, message: `Glob '${pointer.path}' is not matched: ${resolution.tooComplex}; name the files, or write a simpler glob` });
        }
        else if (resolution.kind === 'glob' && resolution.files.length === 0) {
            findings.push({ ...at, message: `Glob '${pointer.path}' matches no tracked file` });
        }
        else if (resolution.kind === 'relative') {
            findings.push({ ...at, severity: 'warning', message: relativeMessage(resolution, pointer, ticketFile) });
        }
        else if (resolution.kind === 'missing' && !resolution.gone && !pointer.conditional && !(resolution.ignored && !givenToRead(pointer))) {
            const writer = createdHere.has(resolution.path) || !writtenAsPath(pointer, repository) ? undefined : writerBefore(resolution.path);
            if (writer !== undefined)
                findings.push(writtenBeforeFinding(pointer, writer));
            else if (!resolution.planned) {
                const linkFromRoot = linkFromRootMessage(pointer, ticketFile, repository);
                const folderExists = repository.hasFolder(external_node_path_default().posix.dirname(resolution.path).replace(/^\.$/, ''));
                if (linkFromRoot !== undefined)
                    findings.push({ ...at, severity: 'warning', message: linkFromRoot });
                else
                    findings.push({ ...at, message: writtenFromRootMessage(pointer, repository) ?? missingMessage(resolution, pointer, ticketFile, folderExists) });
            }
        }
    }
    return findings;
}
const pathExists = {
    meta: {
        id: 'path-exists',
        severity: 'error',
        description: 'Every path a ticket file declares exists in the repository (a glob matches a tracked file), and so does every path it mentions that is clearly meant for it; a path written from a subfolder is a warning.',
    },
    check(ticket, { repository, resolve, graph }) {
        return missingFindings(ticket.pointers, ticket.file, repository, resolve, (missing) => graph().writerBefore(ticket, missing));
    },
    checkFile(file, { repository, resolve }) {
        return missingFindings(file.sharedPointers ?? [], file.path, repository, resolve);
    },
};

;// CONCATENATED MODULE: ./src/rules/path-outside-repo.ts
const WHY = {
    absolute: 'is an absolute path outside the repository',
    home: 'is in a home folder, outside the repository',
    parent: 'leads out of the repository',
    symlink: 'goes through a symlink that leads out of the repository; it was not read',
};
function outsideFindings(pointers, resolve) {
    const findings = [];
    for (const pointer of pointers) {
        const resolution = resolve(pointer);
        if (resolution.kind !== 'outside')
            continue;
        // A laptop path to a copy of this repository ends in a tracked path, or is the copy itself.
        const fix = resolution.tail === undefined
            ? 'expected a path inside the repository'
            : resolution.tail === ''
                ? "it is a copy of this repository on the author's machine: write paths from the repository root"
                : resolution.tailMissing
                    ? `it is in a copy of this repository on the author's machine, where from the root it is '${resolution.tail}', which is not in the repository`
                    : `did you mean '${resolution.tail}'?`;
        findings.push({ line: pointer.line, column: pointer.column, message: `Path '${pointer.shownAs ?? pointer.path}' ${WHY[resolution.reason]}; ${fix}` });
    }
    return findings;
}
const pathOutsideRepo = {
    meta: {
        id: 'path-outside-repo',
        severity: 'error',
        description: 'No pointer a ticket file declares escapes the repository (absolute or home paths, `..` past the root, symlinks leading out), and no mention of a path on a machine is a copy of this repository.',
    },
    check(ticket, { resolve }) {
        return outsideFindings(ticket.pointers, resolve);
    },
    checkFile(file, { resolve }) {
        return outsideFindings(file.sharedPointers ?? [], resolve);
    },
};

;// CONCATENATED MODULE: ./src/rules/required-sections.ts

const WHAT_GOES_IN = {
    goal: 'what the session must achieve, in a sentence or two',
    context: 'the files the agent should read first',
    acceptance: 'the checks that prove the work is done',
};
function headingChoices(headings) {
    const quoted = headings.slice(0, 3).map((heading) => `'${heading}'`);
    return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}
const requiredSections = {
    meta: {
        id: 'required-sections',
        severity: 'error',
        description: 'A ticket has a goal, a context and an acceptance section, none of them empty.',
    },
    check(ticket, { config }) {
        const findings = [];
        // The format says which sections its tickets have (docs/ticket-format.md): a plan's step has none of its own.
        for (const kind of SECTION_KINDS.filter((candidate) => ticket.requiredSections.includes(candidate))) {
            const section = ticket.sections.find((candidate) => candidate.kind === kind);
            if (!section) {
                findings.push({
                    line: ticket.anchorLine,
                    message: `Missing the ${kind} section; expected a heading such as ${headingChoices(config.sections[kind])} with ${WHAT_GOES_IN[kind]}`,
                });
            }
            else if (section.isEmpty) {
                findings.push({
                    line: section.line,
                    message: `The '${section.heading}' section is empty; expected ${WHAT_GOES_IN[kind]}`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/session-budget.ts


const HEAVIEST_SHOWN = 3;
const sessionBudget = {
    meta: {
        id: 'session-budget',
        severity: 'error',
        description: "The session a ticket starts (overhead + ticket + the files it points at) fits the smart-zone budget; a warning when the work is too small for a session.",
        options: {
            min: {
                default: 1_500,
                expect: tokenCount(0),
                description: "tokens of ticket and files under which the work is too small for a session (flat key 'min-work-tokens')",
            },
        },
    },
    check(ticket, { config, options, measure, resolve }) {
        const measured = measure(ticket);
        const at = { line: ticket.anchorLine };
        if (measured.sessionTokens > measured.budget) {
            // A folder or glob that alone passes what a session has left brings more than any session can hold.
            const room = measured.budget - config.overheadTokens;
            const flood = [...measured.byPointer].find(([pointer, tokens]) => tokens > room && ['dir', 'glob'].includes(resolve(pointer).kind));
            // A path named twice brings its file once: it is shown once.
            const heaviest = [
                ...new Set([...measured.byPointer]
                    .filter(([, tokens]) => tokens > 0)
                    .sort((a, b) => b[1] - a[1])
                    .map(([pointer, tokens]) => `'${pointer.raw}' (${formatCount(tokens)})`)),
            ].slice(0, HEAVIEST_SHOWN);
            const weight = heaviest.length > 0 ? `; the heaviest pointers are ${heaviest.join(', ')}` : '';
            const advice = flood
                ? `'${flood[0].raw}' alone brings ${formatCount(flood[1])} tokens, more than the ${formatCount(room)} a session has after its overhead: name the files of it the session needs`
                : 'split the ticket or point at line ranges';
            return [
                {
                    ...at,
                    message: `The session is estimated at ${measured.estimated ? '≈' : ''}${formatCount(measured.sessionTokens)} tokens, over the ${formatCount(measured.budget)} budget ` +
                        `(${formatCount(config.contextWindow)} × ${config.smartZone})${weight}; ${advice}`,
                },
            ];
        }
        const work = measured.tokens + measured.pointerTokens;
        if (work < options.min && ticket.criteria.length <= 1 && ticket.unit === 'session') {
            return [
                {
                    ...at,
                    severity: 'warning',
                    message: `The work is small for a session: ${formatCount(work)} tokens of ticket and files, under 'min-work-tokens' (${formatCount(options.min)}), ` +
                        `with ${ticket.criteria.length === 0 ? 'no acceptance criterion' : 'one acceptance criterion'}; merge it with a sibling ticket`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/ticket-file.ts
const ticketFile = {
    meta: {
        id: 'ticket-file',
        severity: 'error',
        description: 'A ticket file can be read as Markdown text: not binary, valid UTF-8, within the size limit; a tool\'s task list holds tasks written its way.',
    },
    checkFile(file) {
        return file.problems
            .filter((problem) => problem.about === 'file')
            .map((problem) => ({ line: problem.line, message: problem.message, ...(problem.severity ? { severity: problem.severity } : {}) }));
    },
};

;// CONCATENATED MODULE: ./src/rules/ticket-id.ts

const SHOWN_DUPLICATES = 3;
const ticketId = {
    meta: {
        id: 'ticket-id',
        severity: 'error',
        checksDone: true,
        description: 'No two tickets share an id.',
    },
    check(ticket, { graph }) {
        const key = keyOf(ticket);
        if (ticket.id === undefined || key === undefined)
            return [];
        const others = graph().withKey(key).filter((other) => other !== ticket);
        // Ids tell tickets apart for the work to come: two done tickets of one id confuse nobody.
        if (others.length === 0 || (ticket.lifecycle.state === 'done' && others.every((other) => other.lifecycle.state === 'done')))
            return [];
        const places = others.slice(0, SHOWN_DUPLICATES).map((other) => `${other.file}:${other.idLine ?? other.anchorLine}`);
        const more = others.length > SHOWN_DUPLICATES ? ` and ${others.length - SHOWN_DUPLICATES} more` : '';
        return [
            {
                line: ticket.idLine ?? ticket.anchorLine,
                message: `Ticket id '${ticket.id}' is also used by ${places.join(', ')}${more}; expected each ticket to have its own id`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/ticket-size.ts


const ticketSize = {
    meta: {
        id: 'ticket-size',
        severity: 'error',
        description: "A ticket's own text fits between 'min-ticket-tokens' (a warning) and 'max-ticket-tokens' (an error).",
        options: {
            max: { default: 2_500, expect: tokenCount(1), description: "tokens of the ticket's own text over which it is an error (flat key 'max-ticket-tokens')" },
            min: { default: 40, expect: tokenCount(0), description: "tokens under which it is a warning (flat key 'min-ticket-tokens')" },
        },
        checkOptions: ({ min, max }, nameOf) => (min >= max ? { option: 'min', expected: `less than '${nameOf('max')}' (${max})` } : undefined),
    },
    check(ticket, { options, measure }) {
        const { tokens, estimated } = measure(ticket);
        const about = estimated ? '≈' : '';
        const at = { line: ticket.anchorLine };
        // A plan that inlines its code and commands is its context: session-budget sizes it.
        if (tokens > options.max && !ticket.inlinesContext) {
            return [
                {
                    ...at,
                    message: `The ticket is ${about}${formatCount(tokens)} tokens, over 'max-ticket-tokens' (${formatCount(options.max)}); move detail into the files it points at, or split it`,
                },
            ];
        }
        // A step of a plan is small by design; only a ticket meant as a whole session has a floor.
        if (tokens < options.min && ticket.unit === 'session') {
            return [
                {
                    ...at,
                    severity: 'warning',
                    message: `The ticket is ${about}${tokens} tokens, under 'min-ticket-tokens' (${options.min}); say what the goal is and how to check it`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/ticket-status.ts
const SHOWN_WORDS = 8;
const ticketStatus = {
    meta: {
        id: 'ticket-status',
        severity: 'warning',
        description: "A ticket's status is a word ticket-lint knows as open or done (the config's `status` adds words), so done tickets are told apart.",
    },
    check(ticket, { config }) {
        const { status } = ticket.lifecycle;
        if (!status || status.known)
            return [];
        const shown = (words) => words.slice(0, SHOWN_WORDS).map((word) => `'${word}'`).join(', ') + (words.length > SHOWN_WORDS ? ', …' : '');
        return [
            {
                line: status.line,
                message: `Status '${status.word}' is neither an open nor a done status; expected one of ${shown(config.status.open)} (open) ` +
                    `or ${shown(config.status.done)} (done), or add it to the config's 'status'`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/core/parse/ticket.ts
/** The runs of a ticket's prose, as offsets into its file's text. */
function* proseRuns(ticket) {
    for (let index = 0; index + 1 < ticket.prose.length; index += 2)
        yield { start: ticket.prose[index], end: ticket.prose[index + 1] };
}

;// CONCATENATED MODULE: ./src/rules/vague-language.ts


/**
 * Phrases that hand a decision to the agent without saying which. Whole words only, any case; code,
 * links' targets and HTML comments are not read.
 */
const VAGUE_PHRASES = /(?<![\p{L}\p{N}_])(?:fix the (?:bug|issue|problem)|etc\.?|and so (?:on|forth)|as (?:needed|necessary|appropriate)|where (?:appropriate|needed)|if (?:needed|necessary)|tbd|tba|to be determined|somewhere|somehow|something like|some kind of|figure out)(?![\p{L}\p{N}_])/giu;
const vagueLanguage = {
    meta: {
        id: 'vague-language',
        severity: 'warning',
        description: "Phrases that leave the agent guessing ('fix the bug', 'etc.', 'as needed', 'TBD', 'somewhere').",
    },
    check(ticket, { file }) {
        const findings = [];
        for (const run of proseRuns(ticket)) {
            for (const match of file.source.text.slice(run.start, run.end).matchAll(VAGUE_PHRASES)) {
                const { line, column } = positionAt(file.source, run.start + match.index);
                findings.push({ line, column, message: `Vague phrase '${match[0]}' leaves the agent guessing; say exactly what is meant` });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts

















/** Where docs/rules/<id>.md is published; package.json's repository, a test keeps them in step. */
const RULE_DOCS_BASE_URL = 'https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/';
const withDocs = (rule) => ({ ...rule, meta: { ...rule.meta, url: `${RULE_DOCS_BASE_URL}${rule.meta.id}.md` } });
/** Every rule, in the order their problems are worth reading. */
const RULES = [
    ticketFile,
    frontmatter,
    ticketStatus,
    requiredSections,
    acceptanceCriteria,
    contextPointers,
    pathExists,
    pathOutsideRepo,
    line_range_lineRange,
    newFile,
    ticketSize,
    sessionBudget,
    ticketId,
    dependsOn,
    parallelConflict,
    vagueLanguage,
    disableDirective,
].map((rule) => withDocs(rule));
const RULE_IDS = RULES.map((rule) => rule.meta.id);

;// CONCATENATED MODULE: ./src/app/lint-tickets.ts









/** What every registered rule is (id, default severity, description, documentation page), for the reports that describe them. */
const REGISTERED_RULES = RULES.map((rule) => rule.meta);
/**
 * The ticket files among changed paths, told from what the index or a pull request's file list says
 * before git has read the work tree (a quarter of a second in a 100,000-file repository): when there are
 * some, the run will count tokens, and the counter's rank tables can load meanwhile (a tenth of a second).
 */
function ticketFilesAmong(paths, config) {
    return selectTicketFiles(paths, config.tickets, config.ignore);
}
/** The most changed ticket files parsed ahead: the wait for git is a quarter of a second at most, and the parsing threads take big runs. */
const MAX_FILES_PARSED_AHEAD = 20;
/**
 * Parses changed ticket files while git still reads the work tree (see Workspace.indexRepository), with
 * the repository as the index lists it: when the work tree adds and removes no file that is the run's
 * repository, and the lint finds them parsed. Otherwise the work was done in time the run spent waiting.
 */
async function parseAhead(workspace, files) {
    const repository = await workspace.indexRepository();
    if (repository === undefined)
        return;
    for (const file of files.slice(0, MAX_FILES_PARSED_AHEAD)) {
        const read = readTicketText(file, repository, workspace.config);
        if (read.ok)
            parseTicketText(file, read.text, repository, workspace.config);
    }
}
/**
 * Lints the selected tickets with every registered rule, counting tokens on the bundled worker thread.
 * With a base commit (a pull request's, or --changed-since's ref), the same tickets are linted as they
 * were there, and only problems the base did not have count (docs/pull-requests.md).
 */
async function lintTickets(workspace, selection, workers, { base, onProgress, tokens } = {}) {
    const counters = tokens ?? new WorkerTokenCounters(workers.tokens);
    // The rank tables load on the second thread while the tickets are read and parsed; a run with no
    // ticket to lint (most pull requests) never loads them.
    if (selection.files.length > 0)
        counters.warm(workspace.config.encoding);
    try {
        const head = await lint({
            repository: workspace.repository,
            config: workspace.config,
            rules: RULES,
            files: selection.files,
            contextFiles: selection.everyTicket,
            tokenCounter: counters.get,
            parser: workerTicketParser(workers.parse, workspace.repository, workspace.config),
            history: workspace.history,
            ignored: workspace.ignored,
            ...(selection.changes ? { changes: selection.changes } : {}),
            ...(onProgress ? { onProgress } : {}),
        });
        if (base === undefined)
            return { report: focusReport(head, selection.focus) };
        const host = createCommitHost(workspace.root, base, readThrough(workspace.repository), workspace.workTree);
        if (host === undefined)
            return { report: focusReport(head, selection.focus), baseUnavailable: `git cannot read the commit '${base}'` };
        const renamedTo = selection.changes?.renamedTo ?? new Map();
        const baseView = new RepositoryView(host, workspace.repository.rootName);
        // A base with the head's very files (a pull request that adds and removes none) has the head's tickets.
        const baseTickets = baseView.files === workspace.repository.files ? selection.everyTicket : selectTicketFiles(baseView.files, workspace.config.tickets, workspace.config.ignore);
        const before = await lintAtBase(baseView, workspace.config, basePaths(selection.files, renamedTo), baseTickets, counters.get);
        const compared = compareWithBase(head, before, base, renamedTo);
        return { report: focusReport(compared, selection.focus, compared.diagnostics) };
    }
    finally {
        await counters.close();
    }
}
/**
 * The work tree as the head's lint read it: a file unchanged since the base is not read again for it,
 * nor a ticket's text, and the head's listing serves a base with the same files. What only the base
 * lint reads is kept by the base's view, not added to the head's as well (a ticket's bytes, which the
 * head keeps as its text).
 */
function readThrough(view) {
    return {
        readFile: (path) => view.readBytes(path, { keep: false }),
        readHead: (path, limit) => view.readHead(path, limit),
        leadsOutside: (path) => view.leadsOutside(path),
        sameListingAs: () => view,
        sameFileIn: () => view,
    };
}
/** Where each linted file was on the base: renamed files at their old path. */
function basePaths(files, renamedTo) {
    const renamedFrom = new Map([...renamedTo].map(([from, to]) => [to, from]));
    return files.map((file) => renamedFrom.get(file) ?? file);
}
function lintAtBase(repository, config, files, everyTicket, tokenCounter) {
    return lint({
        repository,
        config,
        rules: RULES,
        files: files.filter((file) => repository.hasFile(file)),
        contextFiles: everyTicket,
        tokenCounter,
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/host/read-head.ts

/**
 * The first `limit` bytes of a regular file and its size, read no further: undefined when the path is
 * not a regular file (a device or a pipe would never end, or never answer). Throws when it cannot be read.
 */
function readHead(file, limit) {
    if (!(0,external_node_fs_.statSync)(file).isFile())
        return undefined;
    const descriptor = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(descriptor);
        // Some files (under /proc) say they are empty and are not.
        const head = Buffer.alloc(size > 0 ? Math.min(limit, size) : limit);
        let length = 0;
        for (let read = -1; read !== 0 && length < head.length; length += read)
            read = (0,external_node_fs_.readSync)(descriptor, head, length, head.length - length, null);
        return { head: head.subarray(0, length), size: Math.max(size, length) };
    }
    finally {
        (0,external_node_fs_.closeSync)(descriptor);
    }
}

;// CONCATENATED MODULE: ./src/host/git-host.ts







const WALK_SKIPS = new Set(['.git', 'node_modules']);
const git = run_git/* runGit */.EO;
/** True when the checkout has this commit (a shallow clone may not have a pull request's base). */
function hasCommit(root, revision) {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]) !== undefined;
}
/** The commit a revision names, as a full hash; undefined when git does not know it. */
function commitOf(root, revision) {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])?.trim() || undefined;
}
/**
 * The files `git diff <revisions>` lists between commits (`base...HEAD` for a pull request), with
 * renames detected as git does. Undefined when git cannot tell, e.g. because a commit is missing. The
 * work tree's changes since a ref are GitWorkTree.changesSince.
 */
function gitChanges(root, revisions) {
    // --relative: paths from the root, as the file list has them, when the root is a folder of the repository.
    return diffRecords(root, ['diff', '-z', '--name-status', '-M', '--relative', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', ...revisions, '--']);
}
/** The best common ancestor of two commits (where a pull request's branch left its base), if git knows it. */
function mergeBase(root, one, other) {
    return git(root, ['merge-base', '--end-of-options', one, other])?.trim() || undefined;
}
/** The top level of the git work tree that holds `folder`, or undefined outside git. */
function gitTopLevel(folder) {
    return git(folder, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}
/**
 * The repository at `root` as git sees it: tracked files plus untracked ones that are not ignored (a
 * ticket written but not yet added is still linted locally), minus files deleted from the work tree.
 * Outside git, every file under `root` except `.git` and `node_modules` folders.
 */
function createGitHost(root, workTree = new GitWorkTree(root), { indexOnly = false } = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    // A lint reads a thousand files from a few folders: each folder is checked for being a link once.
    const realFolders = new Set();
    let listing;
    const list = () => (listing ??= listGitFiles(workTree, indexOnly) ?? walk(root));
    return {
        listFiles: () => list().files,
        listSubmodules: () => list().submodules,
        listNamesNotUtf8: () => list().namesNotUtf8,
        readFile: (relativePath) => readInside(realRoot, relativePath, realFolders),
        readHead: (relativePath, limit) => readHeadInside(realRoot, relativePath, realFolders, limit),
        leadsOutside: (relativePath) => resolveInside(realRoot, relativePath, realFolders).kind === 'outside',
        throughLinks: (relativePath) => {
            const resolved = resolveInside(realRoot, relativePath, realFolders);
            if (resolved.kind !== 'inside' || isInGitFolder(realRoot, resolved.path))
                return undefined;
            return external_node_path_default().relative(realRoot, resolved.path).split((external_node_path_default()).sep).join('/');
        },
    };
}
/** `indexOnly`: the index's files as if the work tree had them all and nothing else (see GitWorkTree.indexRead). */
function listGitFiles(workTree, indexOnly) {
    const index = workTree.index();
    const status = index === undefined ? undefined : indexOnly ? UNCHANGED_WORK_TREE : workTree.read();
    if (index === undefined || status === undefined)
        return undefined;
    const { deleted, untracked } = status;
    const submodules = pathsWithMode(index, GITLINK_MODE);
    // The index's own list when the work tree has every file of it and nothing more (a clean checkout).
    let files = deleted.size === 0 && submodules.length === 0 ? index.paths : index.paths.filter((path) => !deleted.has(path) && modeIn(index, path) !== GITLINK_MODE);
    const namesNotUtf8 = [...index.namesNotUtf8].filter((path) => !deleted.has(path));
    if (untracked.length > 0) {
        // Sorted again only with untracked files to place: a nearly sorted list sorts in one pass.
        files = [...files, ...untracked.map(({ name }) => name)].sort();
        for (const { name, utf8 } of untracked)
            if (!utf8)
                namesNotUtf8.push(name);
    }
    return { files, submodules, namesNotUtf8 };
}
function walk(root) {
    const files = [];
    const namesNotUtf8 = [];
    const visit = (folder, prefix, prefixUtf8) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const { name, utf8 } = decodeName(entry.name);
            if (WALK_SKIPS.has(name))
                continue;
            const relative = prefix === '' ? name : `${prefix}/${name}`;
            // Folder symlinks are not followed: they may lead out of the root or loop.
            if (entry.isDirectory())
                visit(Buffer.concat([folder, Buffer.from((external_node_path_default()).sep), entry.name]), relative, prefixUtf8 && utf8);
            else if (entry.isFile() || entry.isSymbolicLink()) {
                files.push(relative);
                if (!prefixUtf8 || !utf8)
                    namesNotUtf8.push(relative);
            }
        }
    };
    visit(Buffer.from(root), '', true);
    return { files: files.sort(), submodules: [], namesNotUtf8 };
}
const MAX_SYMLINK_HOPS = 40;
const LINK_SEPARATOR = (external_node_path_default()).sep === '\\' ? /[\\/]/ : '/';
/**
 * Reads a repository file only when it really lies inside the root. Symlinks are resolved one path
 * component at a time, by reading the link itself, so a link that leads out is refused before
 * anything outside the root is stat'ed or opened.
 */
function readInside(realRoot, relativePath, realFolders) {
    const last = { isFile: false };
    const resolved = resolveInside(realRoot, relativePath, realFolders, last);
    // git's own folder is not repository content, and its config may hold the checkout's token.
    if (resolved.kind !== 'inside' || !last.isFile || isInGitFolder(realRoot, resolved.path))
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)(resolved.path);
    }
    catch {
        return undefined;
    }
}
/**
 * True for a path in the root's `.git` (a path inside the root, as resolveInside gives). Compared
 * without case: on a case-insensitive file system `.GIT/config` is git's config too.
 */
function isInGitFolder(realRoot, resolvedPath) {
    const gitFolder = (realRoot.endsWith((external_node_path_default()).sep) ? `${realRoot}.git` : `${realRoot}${(external_node_path_default()).sep}.git`).toLowerCase();
    const candidate = resolvedPath.toLowerCase();
    return candidate === gitFolder || candidate.startsWith(`${gitFolder}${(external_node_path_default()).sep}`);
}
/** The first `limit` bytes of a file inside the root (as readInside decides), and its size. */
function readHeadInside(realRoot, relativePath, realFolders, limit) {
    const last = { isFile: false };
    const resolved = resolveInside(realRoot, relativePath, realFolders, last);
    if (resolved.kind !== 'inside' || !last.isFile || isInGitFolder(realRoot, resolved.path))
        return undefined;
    try {
        return readHead(resolved.path, limit);
    }
    catch {
        return undefined;
    }
}
/**
 * `realFolders`: folders already found to be folders, not links, skipped instead of checked again.
 * `last.isFile` is set to whether the path found is a plain file (its own lstat, not taken twice).
 */
function resolveInside(realRoot, relativePath, realFolders = new Set(), last = { isFile: false }) {
    last.isFile = false;
    if (external_node_path_default().isAbsolute(relativePath))
        return { kind: 'outside' };
    // On Windows a name may hold a backslash, which the system reads as a separator: split there too, so `..` is seen.
    const pending = relativePath.split(LINK_SEPARATOR);
    let current = realRoot;
    let hops = 0;
    while (pending.length > 0) {
        const part = pending.shift() ?? '';
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (current === realRoot)
                return { kind: 'outside' };
            current = external_node_path_default().dirname(current);
            last.isFile = false;
            continue;
        }
        // `current` is a real, normalized path and `part` a plain name: joined without path.join's normalizing,
        // which was a tenth of the main thread's time reading a roadmap's thousand tickets.
        const next = current.endsWith((external_node_path_default()).sep) ? `${current}${part}` : `${current}${(external_node_path_default()).sep}${part}`;
        if (realFolders.has(next)) {
            current = next;
            last.isFile = false;
            continue;
        }
        let isLink;
        try {
            const stats = (0,external_node_fs_.lstatSync)(next);
            isLink = stats.isSymbolicLink();
            if (stats.isDirectory())
                realFolders.add(next);
            last.isFile = stats.isFile();
        }
        catch {
            return { kind: 'missing' };
        }
        if (!isLink) {
            current = next;
            continue;
        }
        hops += 1;
        if (hops > MAX_SYMLINK_HOPS)
            return { kind: 'missing' };
        const target = (0,external_node_fs_.readlinkSync)(next);
        if (external_node_path_default().isAbsolute(target)) {
            if (!isInside(realRoot, target))
                return { kind: 'outside' };
            current = realRoot;
            pending.unshift(...external_node_path_default().relative(realRoot, target).split((external_node_path_default()).sep));
        }
        else {
            pending.unshift(...target.split(LINK_SEPARATOR));
        }
    }
    return { kind: 'inside', path: current };
}
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative));
}

;// CONCATENATED MODULE: ./src/host/root-file.ts




/** Why a file the run depends on (the config, the baseline) was not read; the caller names the file. */
class RootFileError extends Error {
}
/** The file as messages name it: repository-relative inside the root, as given outside it. */
function rootFileName(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative.startsWith('..') ? file : relative;
}
const LEADS_OUT = 'it is a link that leads outside the repository';
/**
 * Where `file` really is. One in the root must stay there through its links: a link leading out (into
 * `/proc/self/environ`, say) would put the runner's environment into an error message, or a write into a
 * file outside. A file the user names outside the root is used where it is.
 */
function resolveRootFile(root, file) {
    const relative = external_node_path_default().relative(root, file);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return { kind: 'inside', path: file };
    return resolveInside((0,external_node_fs_.realpathSync)(root), relative.split((external_node_path_default()).sep).join('/'));
}
/** Where a file written to `file` lands: the file, or for a new one its folder, resolved as resolveRootFile does. */
function resolveRootFileToWrite(root, file) {
    const resolved = resolveRootFile(root, file);
    if (resolved.kind !== 'missing')
        return resolved;
    const folder = resolveRootFile(root, external_node_path_default().dirname(file));
    return folder.kind === 'inside' ? { kind: 'inside', path: external_node_path_default().join(folder.path, external_node_path_default().basename(file)) } : folder;
}
/** The text of `file` (resolveRootFile), a regular file of at most `maxBytes`. Throws RootFileError. */
function readRootFile(root, file, maxBytes) {
    const target = resolveRootFile(root, file);
    if (target.kind === 'outside')
        throw new RootFileError(`${LEADS_OUT}; it was not read`);
    if (target.kind === 'missing')
        throw new RootFileError('no such file');
    let read;
    try {
        read = readHead(target.path, maxBytes + 1);
    }
    catch (error) {
        const code = error.code;
        throw new RootFileError(code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable'));
    }
    if (read === undefined)
        throw new RootFileError('it is not a regular file; it was not read');
    if (read.size > maxBytes)
        throw new RootFileError(`it is over ${maxBytes / 1024 / 1024} MiB; it was not read`);
    return Buffer.from(read.head).toString('utf8');
}

;// CONCATENATED MODULE: ./src/host/git-history.ts

/** The newest commits that delete or rename something read, at most: older history is not searched. */
const COMMITS_READ = 5_000;
const RECORD = '\x01';
/**
 * What git's history says of missing paths, for a checkout that has it: the last commit that deleted
 * each (a file, or a file under a folder), or renamed it, and to what. One `git log` of the commits
 * that delete or rename files, newest first, with git's rename detection, read as it streams and
 * stopped once every path is found, or after the newest 5,000 such commits. (A pathspec per path
 * would be slower: git matches every pathspec against every tree entry of every commit.) Nothing for
 * a shallow clone or outside git: history that is not there cannot tell "deleted" from "never existed".
 */
function gitPathHistory(root) {
    let full;
    return async (paths) => {
        full ??= isFullClone(root);
        if (!full || paths.length === 0)
            return new Map();
        return await searchHistory(root, paths);
    };
}
function isFullClone(root) {
    try {
        return (0,run_git/* runGit */.EO)(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'false';
    }
    catch {
        return false;
    }
}
function searchHistory(root, paths) {
    const wanted = new Set(paths);
    const found = new Map();
    const args = ['log', '-z', '--no-merges', '--diff-filter=DR', '-M', '--relative', '--name-status', `--max-count=${COMMITS_READ}`, `--format=${RECORD}%h%x09%as%x09%s`, 'HEAD', '--'];
    return new Promise((resolve) => {
        const child = (0,run_git/* spawnGit */.Iz)(root, args);
        let pending = '';
        let stopped = false;
        const settle = () => resolve(found);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            pending += chunk;
            const last = pending.lastIndexOf(RECORD);
            if (last <= 0)
                return;
            for (const record of pending.slice(0, last).split(RECORD))
                readCommit(record, wanted, found);
            pending = pending.slice(last);
            if (found.size === wanted.size) {
                stopped = true;
                child.kill();
            }
        });
        child.on('error', settle);
        child.on('close', () => {
            // A log that ran to its end has its last record whole; a stopped one may have cut it.
            if (!stopped)
                for (const record of pending.split(RECORD))
                    readCommit(record, wanted, found);
            settle();
        });
    });
}
/**
 * One commit of the log: `abc1234\t2026-05-03\tsubject`, then NUL-separated `D path` and
 * `R100 old new` entries. The first commit met that deletes a wanted path (or a file under it, for a
 * folder) is its last deletion: the log runs newest first.
 */
function readCommit(record, wanted, found) {
    if (record === '')
        return;
    const [header = '', ...fields] = record.split('\0').map((field) => field.replace(/^\n/, ''));
    const [commit = '', date = '', subject = ''] = header.split('\t');
    for (let index = 0; index < fields.length;) {
        const status = fields[index] ?? '';
        if (status === '') {
            index += 1;
            continue;
        }
        const renamed = status.startsWith('R');
        const from = fields[index + 1] ?? '';
        const to = renamed ? (fields[index + 2] ?? '') : undefined;
        index += renamed ? 3 : 2;
        for (const path of wantedAt(from, wanted)) {
            if (found.has(path))
                continue;
            const tail = from.slice(path.length);
            // A folder moved with its files: the new folder is the renamed file's path without the same tail.
            if (to !== undefined && to.endsWith(tail))
                found.set(path, { kind: 'renamed', renamedTo: to.slice(0, to.length - tail.length), commit, date, subject });
            else
                found.set(path, { kind: 'deleted', commit, date, subject });
        }
    }
}
/** The wanted paths a deleted file is, or lies under: the file itself and each of its folders. */
function wantedAt(file, wanted) {
    const matches = wanted.has(file) ? [file] : [];
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
        const folder = file.slice(0, slash);
        if (wanted.has(folder))
            matches.push(folder);
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/host/git-ignored.ts

/**
 * Which of the paths the repository's ignore rules match, by one `git check-ignore`: its `.gitignore`
 * files (and `.git/info/exclude`), not the user's own excludes file, so that every machine agrees.
 * Nothing outside git or when git fails.
 */
function gitIgnoredPaths(root) {
    return async (paths) => {
        // A leading ':' is pathspec magic to check-ignore, which then fails for every path: such a path is not asked about.
        const asked = paths.filter((path) => !path.startsWith(':'));
        if (asked.length === 0)
            return new Set();
        const result = (0,run_git/* runGitWithInput */.e$)(root, ['-c', 'core.excludesFile=/dev/null', 'check-ignore', '-z', '--stdin'], `${asked.join('\0')}\0`);
        // Status 1: none of them is ignored; anything else but 0 is git failing (not a repository).
        if (result === undefined || result.status !== 0)
            return new Set();
        return new Set(result.stdout.split('\0').filter((path) => path !== ''));
    };
}

;// CONCATENATED MODULE: ./src/app/open-workspace.ts











/** What a config is checked against: the registered rules and ticket formats. */
const CONFIG_SCHEMA = { rules: RULES.map((rule) => rule.meta), formats: FORMAT_NAMES };
/** Loads the config (checked against the registered rules) and the repository view. Throws ConfigError. */
function openWorkspace(options) {
    const { root } = options;
    const configFile = options.configFile ?? foundConfigFile(root);
    let config = structuredClone(DEFAULT_CONFIG);
    const configSources = new Map();
    if (configFile !== undefined) {
        const fileName = rootFileName(root, configFile);
        const parsed = parseConfigFile(readConfigText(root, configFile), fileName, CONFIG_SCHEMA);
        config = parsed.config;
        for (const [key, line] of parsed.keyLines)
            configSources.set(key, `${fileName}:${line}`);
    }
    if (options.overrides && Object.keys(options.overrides.values).length > 0) {
        config = applyOverrides(config, options.overrides.values, options.overrides.source, CONFIG_SCHEMA);
        for (const key of Object.keys(options.overrides.values))
            configSources.set(key, options.overrides.source);
    }
    const workTree = new GitWorkTree(root, options.cleanCheckout === true);
    const rootName = external_node_path_default().basename(external_node_path_default().resolve(root));
    let repository;
    let fromIndex;
    return {
        root,
        config,
        configFile,
        configSources,
        workTree,
        get repository() {
            if (repository === undefined) {
                const status = workTree.read();
                const indexIsTheTree = status !== undefined && !addsOrRemovesFiles(status);
                repository = (indexIsTheTree ? fromIndex : undefined) ?? new RepositoryView(createGitHost(root, workTree), rootName);
            }
            return repository;
        },
        async indexRepository() {
            if ((await workTree.indexRead()) === undefined)
                return undefined;
            return (fromIndex ??= new RepositoryView(createGitHost(root, workTree, { indexOnly: true }), rootName));
        },
        history: gitPathHistory(root),
        ignored: gitIgnoredPaths(root),
    };
}
/** The root's config file, if it has one; two (`.ticket-lint.yml` and `.ticket-lint.json`) leave it unclear which is meant. */
function foundConfigFile(root) {
    const found = CONFIG_FILE_NAMES.filter((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, name)));
    if (found.length > 1)
        throw new ConfigError(`Found ${found.map((name) => `'${name}'`).join(' and ')} in the root; keep one config file`);
    return found[0] === undefined ? undefined : external_node_path_default().join(root, found[0]);
}
/** No config is this big; a bigger one is refused, not read (a link to a device would never end). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** The config's text (readRootFile: a link out of the root, a device or an oversized file is refused). */
function readConfigText(root, configFile) {
    try {
        return readRootFile(root, configFile, MAX_CONFIG_BYTES);
    }
    catch (error) {
        if (error instanceof RootFileError)
            throw new ConfigError(`Cannot read the config file '${rootFileName(root, configFile)}': ${error.message}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/core/collect/lost-ids.ts

/** The most changed ticket files read at the base to find ids they lost: a git process each. */
const MAX_FILES_READ_AT_BASE = 200;
/**
 * True when a ticket file the change edits (or renames) no longer has an id one of its tickets had at
 * the base: tickets of other files may wait for that id, and are then left waiting for nothing.
 */
function losesAnId(changes, changed, repository, config, baseText) {
    let read = 0;
    for (const change of changes) {
        if (!changed.has(change.path) || change.status === 'added' || change.status === 'copied')
            continue;
        if (read === MAX_FILES_READ_AT_BASE)
            return false;
        read += 1;
        const before = baseText(change.previousPath ?? change.path);
        if (before === undefined)
            continue;
        const idsBefore = idKeys(parseTicketTextOnce(change.previousPath ?? change.path, before, repository, config).tickets);
        if (idsBefore.size === 0)
            continue;
        const now = readTicketText(change.path, repository, config);
        const idsNow = now.ok ? idKeys(parseTicketText(change.path, now.text, repository, config).tickets) : new Set();
        for (const id of idsBefore)
            if (!idsNow.has(id))
                return true;
    }
    return false;
}
function idKeys(tickets) {
    const keys = new Set();
    for (const ticket of tickets) {
        const key = ticket.idKey ?? ticket.id;
        if (key !== undefined)
            keys.add(key);
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/core/collect/changed-tickets.ts





function pathChanges(changes, where) {
    const removed = new Set();
    const renamedTo = new Map();
    for (const change of changes) {
        if (change.status === 'removed')
            removed.add(change.path);
        else if (change.status === 'renamed' && change.previousPath !== undefined)
            renamedTo.set(change.previousPath, change.path);
    }
    return { removed, renamedTo, where };
}
/**
 * The ticket files a pull request touches (not the ones it removes), plus every ticket file it leaves
 * broken (docs/pull-requests.md): one whose pointers name a file or a folder it removes or renames
 * (only files that mention such a name are parsed to find out), and, when it removes a ticket file or
 * a ticket file it edits loses an id (read at the base with `baseText`), one whose dependencies name an
 * id no remaining ticket has.
 */
function selectPullRequestTickets(changes, ticketFiles, repository, config, baseText) {
    const touched = new Set(changes.filter((change) => change.status !== 'removed').map((change) => change.path));
    const changed = ticketFiles.filter((file) => touched.has(file));
    const changedSet = new Set(changed);
    const { removed, renamedTo } = pathChanges(changes, '');
    const goneFiles = [...removed, ...renamedTo.keys()];
    // A removed ticket, or an id gone from an edited one, may have been what others depend on: their dependencies are checked, all of them.
    const removedTicket = selectTicketFiles(goneFiles, config.tickets, config.ignore).length > 0 || (baseText !== undefined && losesAnId(changes, changedSet, repository, config, baseText));
    if (goneFiles.length === 0 && !removedTicket)
        return { changed, affected: [], affectedLines: new Map() };
    const gone = new Set([...goneFiles, ...goneFolders(goneFiles, repository)]);
    const names = [...new Set([...gone].map((file) => file.slice(file.lastIndexOf('/') + 1)))];
    const candidates = ticketFiles.filter((file) => !changedSet.has(file));
    const readable = [];
    for (const file of candidates) {
        const read = readTicketText(file, repository, config);
        if (read.ok)
            readable.push({ file, text: read.text });
    }
    const parsed = new Map();
    for (const index of removedTicket ? readable.keys() : textsNaming(readable.map(({ text }) => text), names)) {
        const { file, text } = readable[index] ?? { file: '', text: '' };
        parsed.set(file, parseTicketText(file, text, repository, config).tickets);
    }
    const pointsAtGone = (file, ticket) => ticket.pointers
        .filter((pointer) => {
        const target = pointerTarget(pointer, file);
        return target.kind === 'inside' && gone.has(target.path);
    })
        .map((pointer) => ({ start: pointer.line, end: pointer.line }));
    const ids = removedTicket ? knownIds([...parsed.values()].flat(), changed, repository, config) : new Set();
    const dangling = (ticket) => removedTicket
        ? ticket.dependsOn
            .filter((dependency) => ![dependency.key, ...(dependency.otherKeys ?? [])].some((key) => ids.has(key)))
            .map((dependency) => ({ start: dependency.line, end: dependency.line }))
        : [];
    const affectedLines = new Map();
    for (const [file, tickets] of parsed) {
        const lines = tickets.flatMap((ticket) => [...pointsAtGone(file, ticket), ...dangling(ticket)]);
        if (lines.length > 0)
            affectedLines.set(file, lines);
    }
    return { changed, affected: [...affectedLines.keys()], affectedLines };
}
/**
 * The indexes, in order, of the texts that name one of `names` (file and folder names), each text read
 * into words once. A pointer at a path names its last part whole, between characters that are not
 * letters or digits (`src/app.ts:12`, `[x](../app.ts)`, `_app.ts_`), so only those texts can point there.
 */
function textsNaming(texts, names) {
    const words = new WordIndex(texts, NAME_CHARACTERS);
    const found = new Set();
    for (const name of names)
        for (const index of words.textsMentioning(name))
            found.add(index);
    return [...found].sort((a, b) => a - b);
}
/** The folders that held removed files and hold nothing now. */
function goneFolders(goneFiles, repository) {
    const folders = new Set();
    for (const file of goneFiles) {
        for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
            const folder = file.slice(0, slash);
            if (folders.has(folder) || repository.hasFolder(folder))
                break;
            folders.add(folder);
        }
    }
    return [...folders];
}
/** The id keys of every remaining ticket: those parsed here and those of the changed files. */
function knownIds(tickets, changed, repository, config) {
    const ids = new Set();
    const add = (ticket) => {
        const key = ticket.idKey ?? ticket.id;
        if (key !== undefined)
            ids.add(key);
    };
    tickets.forEach(add);
    for (const file of changed) {
        const read = readTicketText(file, repository, config);
        if (read.ok)
            parseTicketText(file, read.text, repository, config).tickets.forEach(add);
    }
    return ids;
}

;// CONCATENATED MODULE: ./src/app/select-tickets.ts


/** The most changed ticket files whose changed lines are asked of `linesOf` in one run. */
const MAX_FILES_DIFFED = 200;
/** The ticket files a request names (docs/pull-requests.md for a change). */
function selectTickets({ repository, config }, request) {
    const everyTicket = selectTicketFiles(repository.files, config.tickets, config.ignore);
    const none = { everyTicket, changed: 0, affected: 0, unmatched: [], focus: new Map() };
    if (request.kind === 'every-ticket')
        return { ...none, files: everyTicket };
    if (request.kind === 'paths') {
        const { files, unmatched } = selectArgumentFiles(repository.files, request.paths, config.ignore);
        return { ...none, files, unmatched };
    }
    const { changed, affected, affectedLines } = selectPullRequestTickets(request.changes, everyTicket, repository, config, request.baseText);
    const focus = new Map(affectedLines);
    const changeOf = new Map(request.changes.map((change) => [change.path, change]));
    let asked = 0;
    for (const file of changed) {
        const change = changeOf.get(file);
        if (change === undefined || change.status === 'added' || change.status === 'copied')
            continue;
        // `linesOf` starts a git process a file: past a few hundred, the API's patch or the whole file will do.
        let fromGit;
        if (request.linesOf !== undefined && asked < MAX_FILES_DIFFED) {
            asked += 1;
            fromGit = request.linesOf(file);
        }
        const lines = fromGit ?? change.changedLines;
        if (lines !== undefined)
            focus.set(file, lines);
    }
    return {
        ...none,
        focus,
        files: [...changed, ...affected].sort(),
        changes: pathChanges(request.changes, request.where),
        changed: changed.length,
        affected: affected.length,
    };
}

;// CONCATENATED MODULE: ./src/core/engine/baseline.ts


const DEFAULT_BASELINE_FILE = '.ticket-lint-baseline.json';
const entryKey = (entry) => problemKey(entry.file, entry.rule, entry.fingerprint);
function compareEntries(a, b) {
    const order = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return order(a.file, b.file) || order(a.rule, b.rule) || order(a.fingerprint, b.fingerprint);
}
/** One entry per file, rule and fingerprint, counting the problems (or adding the counts) of each, in a stable order. */
function baselineEntries(problems) {
    const byKey = new Map();
    for (const problem of problems) {
        const key = entryKey(problem);
        const found = byKey.get(key);
        if (found)
            found.count += problem.count ?? 1;
        else
            byKey.set(key, { file: problem.file, rule: problem.rule, fingerprint: problem.fingerprint, count: problem.count ?? 1 });
    }
    return [...byKey.values()].sort(compareEntries);
}
function inScope(lintedFiles) {
    if (lintedFiles === undefined)
        return () => true;
    const linted = new Set(lintedFiles);
    return (entry) => linted.has(entry.file);
}
/**
 * Each problem takes one of its entry's count; problems beyond the count are reported, the last ones in
 * report order (a copy of a line below the original is the new one). What no problem took is stale.
 */
function matchBaseline(diagnostics, baseline, lintedFiles) {
    const scoped = baseline.entries.filter(inScope(lintedFiles));
    const left = new Map(scoped.map((entry) => [entryKey(entry), entry.count]));
    const reported = [];
    let suppressed = 0;
    for (const diagnostic of diagnostics) {
        const key = entryKey(diagnostic);
        const count = left.get(key) ?? 0;
        if (count > 0) {
            left.set(key, count - 1);
            suppressed += 1;
        }
        else {
            reported.push(diagnostic);
        }
    }
    const stale = scoped.flatMap((entry) => {
        const unused = left.get(entryKey(entry)) ?? 0;
        return unused > 0 ? [{ ...entry, count: unused }] : [];
    });
    return { reported, suppressed, stale };
}
/**
 * The report with the baseline's problems taken out: `diagnostics` and `counts` hold what it did not
 * suppress, `baseline` says how many it did and which entries are stale. `fileName` is how the report names
 * the baseline file.
 */
function applyBaseline(report, baseline, fileName, lintedFiles) {
    const { reported, suppressed, stale } = matchBaseline(report.diagnostics, baseline, lintedFiles);
    return {
        ...report,
        diagnostics: reported,
        counts: { ...report.counts, ...countBySeverity(reported) },
        baseline: { file: fileName, suppressed, stale },
    };
}
/**
 * The baseline to write after a run: every problem of the linted files, and the entries of files the run
 * did not lint kept from the `previous` baseline.
 */
function recordBaseline(report, previous, lintedFiles) {
    const scoped = inScope(lintedFiles);
    const kept = (previous?.entries ?? []).filter((entry) => !scoped(entry));
    return { version: 1, entries: baselineEntries([...kept, ...report.diagnostics]) };
}
/** The baseline without its stale entries (counts lowered to the problems still there); never adds an entry. */
function pruneBaseline(report, baseline, lintedFiles) {
    const { stale } = matchBaseline(report.diagnostics, baseline, lintedFiles);
    const unused = new Map(stale.map((entry) => [entryKey(entry), entry.count]));
    const entries = baseline.entries
        .map((entry) => ({ ...entry, count: entry.count - (unused.get(entryKey(entry)) ?? 0) }))
        .filter((entry) => entry.count > 0);
    return { baseline: { version: 1, entries }, removed: stale };
}
/** The file's text: one entry a line, so that a change to the baseline reads well in a diff. */
function serializeBaseline(baseline) {
    const lines = [...baseline.entries]
        .sort(compareEntries)
        .map(({ file, rule, fingerprint, count }) => `    ${JSON.stringify({ file, rule, fingerprint, count })}`);
    return `{\n  "version": 1,\n  "entries": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
/** How many problems in how many files: what a baseline, or a part of one, holds. */
function baselineSize(entries) {
    return { problems: entries.reduce((sum, entry) => sum + entry.count, 0), files: new Set(entries.map((entry) => entry.file)).size };
}

;// CONCATENATED MODULE: ./src/core/text/json-syntax.ts
/**
 * Where JSON text first goes wrong, and how: for a message that names the place. JSON.parse says it in
 * words that change between Node versions, some without the place and with a piece of the text. Only
 * read after JSON.parse has failed; a loop with its own stack, so that deep nesting cannot overflow.
 */
function jsonSyntaxError(text) {
    const containers = [];
    let at = 0;
    const skipSpace = () => {
        while (at < text.length && ' \t\n\r'.includes(text.charAt(at)))
            at += 1;
    };
    const unexpected = () => ({
        offset: at,
        problem: at === text.length ? 'unexpected end of file'
            : text.charAt(at) === '"' ? 'a string not closed on its line, or with a bad escape'
                : `unexpected ${JSON.stringify(text.charAt(at))}`,
    });
    const take = (pattern) => {
        pattern.lastIndex = at;
        if (!pattern.test(text))
            return false;
        at = pattern.lastIndex;
        return true;
    };
    /** A string: no control character in it, only JSON's escapes. */
    const string = () => {
        if (text.charAt(at) !== '"')
            return false;
        for (let index = at + 1; index < text.length;) {
            const character = text.charAt(index);
            if (character === '"') {
                at = index + 1;
                return true;
            }
            if (character < ' ')
                return false;
            if (character !== '\\')
                index += 1;
            else if (json_syntax_ESCAPE.test(text.slice(index + 1, index + 6)))
                index += text.charAt(index + 1) === 'u' ? 6 : 2;
            else
                return false;
        }
        return false;
    };
    /** A key and its colon, at the start of an object or after a comma in one. */
    const key = () => {
        skipSpace();
        if (!string())
            return false;
        skipSpace();
        return take(COLON);
    };
    let wantValue = true;
    for (;;) {
        skipSpace();
        if (wantValue) {
            if (take(OPEN_OBJECT)) {
                skipSpace();
                if (take(CLOSE_OBJECT))
                    wantValue = false;
                else if (key())
                    containers.push('}');
                else
                    return unexpected();
            }
            else if (take(OPEN_ARRAY)) {
                skipSpace();
                if (take(CLOSE_ARRAY))
                    wantValue = false;
                else
                    containers.push(']');
            }
            else if (string() || take(LITERAL)) {
                wantValue = false;
            }
            else {
                return unexpected();
            }
            continue;
        }
        const closer = containers.at(-1);
        if (closer === undefined)
            return at === text.length ? undefined : unexpected();
        if (text.charAt(at) === closer) {
            containers.pop();
            at += 1;
        }
        else if (take(COMMA)) {
            if (closer === '}' && !key())
                return unexpected();
            wantValue = true;
        }
        else {
            return unexpected();
        }
    }
}
const json_syntax_ESCAPE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const OPEN_OBJECT = /\{/y;
const CLOSE_OBJECT = /\}/y;
const OPEN_ARRAY = /\[/y;
const CLOSE_ARRAY = /\]/y;
const COLON = /:/y;
const COMMA = /,/y;

;// CONCATENATED MODULE: ./src/core/engine/parse-baseline.ts



/** A baseline file that cannot be used: missing, refused or corrupt. Shown as one line naming the file, exit 2. */
class BaselineError extends Error {
}
const FINGERPRINT = /^[0-9a-f]{16}$/;
/**
 * The baseline in `text` (docs/baseline.md), checked whole: a file that is not JSON, of another version, or
 * with an entry of the wrong shape is refused rather than half used. Entries repeated (a merge of two
 * branches) add their counts. Throws BaselineError naming `fileName` and the place.
 */
function parseBaseline(text, fileName) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`${fileName}${notJson(text, error.message)}`);
    }
    const fail = (where, problem) => new BaselineError(`${fileName}: ${where}${problem}`);
    if (!isRecord(data))
        throw fail('', `expected an object with 'version' and 'entries'; got ${describeValue(data)}`);
    if (data['version'] !== 1)
        throw fail('', `'version' must be 1; got ${describeValue(data['version'])}`);
    const entries = data['entries'];
    if (!Array.isArray(entries))
        throw fail('', `'entries' must be a list; got ${describeValue(entries)}`);
    const checked = entries.map((entry, index) => {
        const problem = entryProblem(entry);
        if (problem !== undefined)
            throw fail(`entries[${index}]: `, problem);
        return entry;
    });
    return { version: 1, entries: baselineEntries(checked) };
}
/** `:line:column: not valid JSON: what`, in words of our own: Node's change between versions and quote the file. */
function notJson(text, message) {
    const error = jsonSyntaxError(text);
    if (error === undefined)
        return `: not valid JSON: ${message}`;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `:${line}:${column}: not valid JSON: ${error.problem}`;
}
function entryProblem(entry) {
    if (!isRecord(entry))
        return `expected an object with 'file', 'rule', 'fingerprint' and 'count'; got ${describeValue(entry)}`;
    const unknown = Object.keys(entry).find((key) => !['file', 'rule', 'fingerprint', 'count'].includes(key));
    if (unknown !== undefined)
        return `unknown key ${describeValue(unknown)}`;
    for (const key of ['file', 'rule']) {
        if (typeof entry[key] !== 'string' || entry[key] === '')
            return `'${key}' must be a non-empty string; got ${describeValue(entry[key])}`;
    }
    if (typeof entry['fingerprint'] !== 'string' || !FINGERPRINT.test(entry['fingerprint'])) {
        return `'fingerprint' must be 16 hexadecimal digits; got ${describeValue(entry['fingerprint'])}`;
    }
    const count = entry['count'];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)
        return `'count' must be a whole number of 1 or more; got ${describeValue(count)}`;
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/app/baseline-file.ts






/** A baseline this big is not one a team keeps by hand; a bigger file is refused, not read. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
/** The files a run lints, as the baseline scopes them: undefined when it lints every ticket, so that an entry of any file may be stale. */
function baselineScope(request, selection) {
    return request.kind === 'every-ticket' ? undefined : selection.files;
}
/** The baseline file a run uses: the one named (relative to the root when not absolute), else `<root>/.ticket-lint-baseline.json`. */
function baselineLocation(root, file) {
    const target = external_node_path_default().resolve(root, file ?? DEFAULT_BASELINE_FILE);
    return { path: target, name: rootFileName(root, target) };
}
/**
 * The baseline of `<root>/.ticket-lint-baseline.json`, or of `file` when one is named, which must then
 * exist. Undefined when none is named and the default file is absent. Throws BaselineError: unreadable
 * (a link out of the root, not a regular file, over MAX_BASELINE_BYTES) or corrupt.
 */
function readBaseline(root, file) {
    const { path: target, name } = baselineLocation(root, file);
    if (file === undefined && !(0,external_node_fs_.existsSync)(target))
        return undefined;
    let text;
    try {
        text = readRootFile(root, target, MAX_BASELINE_BYTES);
    }
    catch (error) {
        throw error instanceof RootFileError ? new BaselineError(`Cannot read the baseline file '${name}': ${error.message}`) : error;
    }
    return { baseline: parseBaseline(text, name), path: target, name };
}
/** Writes the baseline to `target`, never through a link out of the root. Throws BaselineError. */
function writeBaseline(root, target, baseline) {
    const name = rootFileName(root, target);
    const cannot = (reason) => new BaselineError(`Cannot write the baseline file '${name}': ${reason}`);
    const resolved = resolveRootFileToWrite(root, target);
    if (resolved.kind === 'outside')
        throw cannot(`${LEADS_OUT}; it was not written`);
    if (resolved.kind === 'missing')
        throw cannot('no such folder');
    if ((0,external_node_fs_.existsSync)(resolved.path) && !(0,external_node_fs_.statSync)(resolved.path).isFile())
        throw cannot('it is not a regular file; it was not written');
    try {
        (0,external_node_fs_.writeFileSync)(resolved.path, serializeBaseline(baseline));
    }
    catch (error) {
        throw cannot(error.code ?? 'unwritable');
    }
}

;// CONCATENATED MODULE: ./src/core/collect/ticket-list.ts

/** What `--list-tickets` shows: each file, as which format it is read and why, or why it is not. */
function listTicketFiles(files, repository, config) {
    return files.map((path) => {
        const file = readTicketFile(path, repository, config);
        const done = file.tickets.filter((ticket) => ticket.lifecycle.state === 'done').length;
        const unreadable = file.problems.find((problem) => problem.about === 'file');
        return {
            file: path,
            format: file.format ?? null,
            tickets: file.tickets.length,
            open: file.tickets.length - done,
            done,
            reason: unreadable?.message ?? file.reason ?? '',
        };
    });
}

;// CONCATENATED MODULE: ./src/output/json-writer.ts
/** How deep a value is written container by container: a report's tickets, a SARIF log's results. */
const WRITTEN_BY_PART = 3;
/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, the same text, in pieces: the containers of
 * the first levels one member at a time, each deeper value whole. A 10,000-ticket report is 18 MB of
 * JSON; built as one string it needs that twice over again at the run's end, its peak.
 */
function writeJson(value, out) {
    writeValue(value, '', WRITTEN_BY_PART, out);
    out('\n');
}
function writeValue(value, indent, levels, out) {
    if (levels === 0 || value === null || typeof value !== 'object' || 'toJSON' in value) {
        out(indented(value, indent));
        return;
    }
    const inner = `${indent}  `;
    const members = Array.isArray(value)
        ? value.map((element) => [undefined, isWritten(element) ? element : null])
        : Object.entries(value).filter(([, member]) => isWritten(member));
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (members.length === 0) {
        out(`${open}${close}`);
        return;
    }
    out(`${open}\n`);
    members.forEach(([key, member], index) => {
        out(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
        writeValue(member, inner, levels - 1, out);
        out(index < members.length - 1 ? ',\n' : '\n');
    });
    out(`${indent}${close}`);
}
/** What JSON writes for an object's member (and as null in an array). */
function isWritten(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
function indented(value, indent) {
    // JSON escapes every newline inside a string, so each one here is the layout's own.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

;// CONCATENATED MODULE: ./src/output/json.ts

/** The report as JSON (docs/report.md), as `--format json` prints it and the action's `report` output holds it; with a baseline, its `baseline` field too (docs/baseline.md). */
const jsonFormat = {
    name: 'json',
    description: 'the report as JSON',
    write: (report, _tool, out) => writeJson(report, out),
};

;// CONCATENATED MODULE: ./src/output/escape.ts
/** Where ticket text lands, it is made inert for that place: a terminal or log line, GitHub Markdown, a URL, a Mermaid label. */

/**
 * Control characters, line breaks, and the characters that change how text around them reads without
 * showing themselves: bidirectional overrides and isolates (a name that displays reversed) and
 * zero-width characters.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/**
 * Text from a ticket, one line, inert: control characters (escape sequences for a terminal) and line
 * breaks (a new line that could start a workflow command in a CI log) are shown as escapes.
 */
function printable(text) {
    return text.replace(INVISIBLE, (character) => character === '\n' ? '\\n' : character === '\r' ? '\\r' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text from a ticket that starts a line of output (a file's path in the stylish layout): printable,
 * and a leading `::` (which the runner would read as a workflow command, whatever spaces come before
 * it) is shown as `\u003a:`.
 */
function printableLineStart(text) {
    return printable(text).replace(/^(\s*):/, '$1\\u003a');
}
/** After `@` and `#`, so that GitHub makes no mention (which notifies) and no reference of ticket text. */
const WORD_JOINER = '\u2060';
/**
 * Text from a ticket, made inert for GitHub Markdown: HTML-significant characters become entities and
 * every other Markdown punctuation mark is backslash-escaped, so a title cannot open a link, close a
 * table cell, start a heading, start math or inject HTML; `@` and `#` mention and reference nobody;
invisible characters are shown as escapes. Line breaks become spaces.
 */
function escapeMarkdown(text) {
    return printable(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
        .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, '\\$&')
        .replace(/[@#]/g, `$&${WORD_JOINER}`)
        .replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}
/**
 * Text from a ticket or a setting shown as code in GitHub Markdown: a code span (in which GitHub makes no
 * mention, link or HTML) when nothing in the text can end it or a table cell, or hide itself; else the
 * escaped text, since inside a code span a backslash escape would show.
 */
function markdownCode(text) {
    return !/[`|]/.test(text) && printable(text) === text ? `\`${text}\`` : escapeMarkdown(text);
}
/** A repository path as a URL path: each segment percent-encoded, parentheses too so a link stays whole. */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
const MERMAID_LABEL_LENGTH = 40;
/**
 * Ticket text for a Mermaid label: everything but letters, digits and plain punctuation as a numeric
 * entity (`#35;`), which Mermaid decodes, so no quote, bracket, backtick or HTML gets through.
 */
function escapeMermaid(text) {
    return shorten(text, MERMAID_LABEL_LENGTH).replace(/[^\p{L}\p{N} _.,:;/+=?!-]/gu, (character) => `#${character.codePointAt(0)};`);
}

;// CONCATENATED MODULE: ./src/output/sarif.ts




/** The OASIS schema the log follows; `__tests__/fixtures/sarif/` holds a copy that the tests validate against. */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Paths are relative to the repository root, the base code scanning and CodeQL call by this name. */
const SOURCE_ROOT = '%SRCROOT%';
/** The `partialFingerprints` key of the report's fingerprint; versioned, as SARIF asks, so that another recipe can take another key. */
const FINGERPRINT_KEY = 'ticketLintFingerprint/v1';
/** The report as SARIF 2.1.0 (docs/sarif.md), as `--format sarif` prints it and the action's `sarif` output holds it. */
const sarifFormat = {
    name: 'sarif',
    description: 'SARIF 2.1.0, for code scanning',
    write: (report, tool, out) => writeJson(sarifLog(report, tool), out),
};
/**
 * One run: the tool with every rule, and a result per problem of the linted files. With a base
 * commit, the new problems are `new` and those the base already had `unchanged`; the fixed ones are
 * left out (docs/sarif.md says why).
 */
function sarifLog(report, tool) {
    const ruleIndex = new Map(tool.rules.map((rule, index) => [rule.id, index]));
    const problems = [
        ...report.diagnostics.map((diagnostic) => ({ diagnostic, state: report.base ? 'new' : undefined })),
        ...(report.base?.existing ?? []).map((diagnostic) => ({ diagnostic, state: 'unchanged' })),
    ].sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic));
    const seen = new Map();
    const results = problems.map(({ diagnostic, state }) => {
        // Problems of one rule on lines of the same text in one ticket share a fingerprint; code scanning
        // would take them for one alert, so each gets its place among them, in line order.
        const key = problemKey(diagnostic.file, diagnostic.rule, diagnostic.fingerprint);
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        return sarifResult(diagnostic, `${tool.repositoryFolder ?? ''}${diagnostic.file}`, ruleIndex.get(diagnostic.rule), `${diagnostic.fingerprint}:${occurrence}`, state);
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'ticket-lint', version: tool.version, semanticVersion: tool.version, rules: tool.rules.map(ruleDescriptor) } },
                // Columns count UTF-16 code units, as JavaScript strings do.
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
function ruleDescriptor(rule) {
    return {
        id: rule.id,
        shortDescription: { text: rule.description },
        ...(rule.url ? { helpUri: rule.url, help: { text: `${rule.description} ${rule.url}`, markdown: `${rule.description} [Read more](${rule.url}).` } } : {}),
        defaultConfiguration: { level: rule.severity },
    };
}
function sarifResult(diagnostic, file, ruleIndex, fingerprint, state) {
    return {
        ruleId: diagnostic.rule,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: diagnostic.severity,
        message: { text: diagnostic.message },
        locations: [
            {
                physicalLocation: {
                    // A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, `:`, non-ASCII).
                    artifactLocation: { uri: encodePath(file), uriBaseId: SOURCE_ROOT },
                    region: {
                        startLine: diagnostic.line,
                        ...(diagnostic.endLine > diagnostic.line ? { endLine: diagnostic.endLine } : {}),
                        ...(diagnostic.column !== undefined ? { startColumn: diagnostic.column } : {}),
                    },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        ...(state ? { baselineState: state } : {}),
    };
}

;// CONCATENATED MODULE: ./src/output/baseline-words.ts


/**
 * What a run with a baseline says of it, in every output: how many problems it suppressed, and when some
 * of its entries match nothing any more, how to update it. `name` escapes the file name for the output,
 * `command` a command line.
 */
function baselineWords({ file, suppressed, stale }, name, command) {
    const said = { suppressed: `${plural(suppressed, 'problem')} suppressed by ${name(file)}` };
    if (stale.length === 0)
        return said;
    const named = file === DEFAULT_BASELINE_FILE ? '' : ` --baseline ${file}`;
    const entries = stale.length === 1 ? '1 baseline entry is' : `${formatCount(stale.length)} baseline entries are`;
    return { ...said, stale: `${entries} stale (problems no longer found); run ${command(`ticket-lint --prune-baseline${named}`)} to update the file` };
}

;// CONCATENATED MODULE: ./src/output/stylish.ts




/** ESLint's "stylish" layout, with each ticket's size: the CLI's default output and the action's log. */
const stylishFormat = {
    name: 'stylish',
    description: "each file's tickets with their sizes, then its problems (ESLint's layout)",
    write: (report, _tool, out) => out(formatStylish(report)),
};
function ticketLine(ticket) {
    const name = ticketShortName(ticket);
    const label = wording_shorten(name, 40);
    const share = Math.round((ticket.sessionTokens / ticket.budget) * 100);
    // An estimate of the model's own tokens is marked, so nobody takes it for a count.
    const about = ticket.estimated ? '≈' : '';
    return (`  ticket ${printable(label)} (line ${ticket.line}): ${about}${formatCount(ticket.tokens)} tokens + ${about}${formatCount(ticket.pointerTokens)} in files` +
        ` → session ${about}${formatCount(ticket.sessionTokens)} of ${formatCount(ticket.budget)} (${share}%)`);
}
/** ESLint's "stylish" layout: each file with its tickets' sizes and its problems, then one summary line. */
function formatStylish(report) {
    const files = new Map();
    const entry = (file) => {
        let found = files.get(file);
        if (!found) {
            found = { tickets: [], diagnostics: [] };
            files.set(file, found);
        }
        return found;
    };
    for (const ticket of report.tickets)
        entry(ticket.file).tickets.push(ticket);
    for (const diagnostic of report.diagnostics)
        entry(diagnostic.file).diagnostics.push(diagnostic);
    const lines = [];
    for (const [file, { tickets, diagnostics }] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        lines.push(printableLineStart(file));
        for (const ticket of tickets)
            lines.push(ticketLine(ticket));
        // Row by row: a spread of 126,000 rows overflows the stack.
        for (const row of problemRows(diagnostics.map((d) => [`${d.line}:${d.column ?? 1}`, d.severity, printable(d.message), d.rule])))
            lines.push(row);
        lines.push('');
    }
    const { errors, warnings, tickets, files: fileCount } = report.counts;
    const problems = errors + warnings;
    const scope = `${plural(tickets, 'ticket')} in ${plural(fileCount, 'file')}`;
    const fresh = report.base ? 'new ' : '';
    if (report.base && report.base.existing.length > 0) {
        lines.push(`Already at ${printable(report.base.commit)} (not counted):`);
        for (const row of problemRows(report.base.existing.map((d) => [`${printable(d.file)}:${d.line}:${d.column ?? 1}`, d.severity, printable(d.message), d.rule])))
            lines.push(row);
        lines.push('');
    }
    const before = report.base ? `; ${plural(report.base.existing.length, 'problem')} already at ${printable(report.base.commit)}, ${report.base.fixed.length} fixed` : '';
    lines.push(problems === 0
        ? `✔ No ${fresh}problems in ${scope}${before}`
        : `✖ ${plural(problems, `${fresh}problem`)} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${scope}${before}`);
    if (report.baseline)
        lines.push(...baselineLines(report.baseline));
    return `${lines.join('\n')}\n`;
}
/** Rows of where, severity, message and rule, in columns. */
function problemRows(rows) {
    // Widths in a loop, for the same reason.
    let whereWidth = 0;
    let severityWidth = 0;
    for (const [where = '', severity = ''] of rows) {
        whereWidth = Math.max(whereWidth, where.length);
        severityWidth = Math.max(severityWidth, severity.length);
    }
    return rows.map(([where = '', severity = '', message = '', rule = '']) => `  ${where.padEnd(whereWidth)}  ${severity.padEnd(severityWidth)}  ${message}  ${rule}`);
}
/** How many problems the baseline suppressed, and a warning when some of its entries match nothing any more. */
function baselineLines(result) {
    const words = baselineWords(result, printable, (line) => `'${printable(line)}'`);
    return words.stale === undefined ? [words.suppressed] : [words.suppressed, `⚠ ${words.stale}`];
}

;// CONCATENATED MODULE: ./src/output/formats.ts



/** Every text format of the report, by the name `--format` takes; the first is the default. */
const REPORT_FORMATS = [stylishFormat, jsonFormat, sarifFormat];
function reportFormat(name) {
    return REPORT_FORMATS.find((format) => format.name === name);
}

;// CONCATENATED MODULE: ./src/output/ticket-list.ts


/** `--list-tickets`: a line per file (its format and tickets, or "skipped" and why), then the totals. */
function renderTicketList(files) {
    const lines = files.map((file) => {
        const what = file.format === null ? 'skipped' : `${file.format}, ${plural(file.tickets, 'ticket')}${file.done > 0 ? ` (${file.done} done)` : ''}`;
        return `${printableLineStart(file.file)}  ${what}: ${printable(file.reason)}`;
    });
    const read = files.filter((file) => file.format !== null);
    const tickets = read.reduce((sum, file) => sum + file.tickets, 0);
    const done = read.reduce((sum, file) => sum + file.done, 0);
    lines.push('', `${plural(files.length, 'file')}: ${read.length} read as tickets (${plural(tickets, 'ticket')}, ${formatCount(done)} done), ${files.length - read.length} skipped`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/output/text-sink.ts
/** Collects pieces into blocks of about `size` characters before passing them on: one write a block, not a piece. */
function inBlocks(out, size = 64 * 1024) {
    let pieces = [];
    let length = 0;
    const flush = () => {
        if (length === 0)
            return;
        out(pieces.join(''));
        pieces = [];
        length = 0;
    };
    return {
        write(text) {
            pieces.push(text);
            length += text.length;
            if (length >= size)
                flush();
        },
        flush,
    };
}
/** Everything a writer writes, as one string. */
function textWrittenBy(write) {
    const pieces = [];
    write((text) => pieces.push(text));
    return pieces.join('');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/arguments.ts






/** `--format` names: the report's text formats, and `github`, annotations printed as workflow commands. */
const arguments_FORMATS = [...REPORT_FORMATS.map((format) => format.name), 'github'];
const USAGE = `Usage: ticket-lint [options] [paths or globs...]
       ticket-lint init [--root DIR]

Lints roadmap tickets (default: the configured 'tickets' globs).

Options:
  --root DIR           repository root (default: the git top level of the current folder; outside
                       git, give it)
  --config FILE        config file (default: <root>/.ticket-lint.yml, .yaml or .json when present)
  --format NAME        ${arguments_FORMATS.join(' | ')} (default: stylish)
  --changed-since REF  lint the tickets changed since HEAD left REF (their merge base; work tree
                       included, but in CI) and those pointing at files removed or renamed since, as
                       a pull request would
  --only-new BOOL      with --changed-since: count only problems the merge base did not have
                       (default: true); the others are listed as existing
  --max-warnings N     exit 1 when there are more than N warnings
  --quiet              report errors only: warnings are neither printed nor counted
  --list-tickets       list the files the 'tickets' globs match: the format that reads each, or why
                       it is skipped (with --format json, as JSON); lints nothing
  --baseline FILE      suppress the problems FILE records (default: <root>/.ticket-lint-baseline.json
                       when present); with --write-baseline or --prune-baseline, the file to write
  --print-config       print the config the run would use, each key with where its value came
                       from; lints nothing
  --write-baseline     record every problem of the tickets linted in the baseline file, exit 0
  --prune-baseline     remove the baseline's entries whose problems are gone, exit 0
  -h, --help           show this help
  -v, --version        show the version

Commands:
  init                 find the repository's tickets and write .ticket-lint.yml and
                       .github/workflows/tickets.yml that fit them (never overwrites)

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 bad usage, bad config or internal failure.
`;
/** A mistake in how ticket-lint was called; shown as one line, exit 2. */
class UsageError extends Error {
}
/** What the baseline commands, which print no report and exit 0 once the file is written, cannot be given with. */
const NOT_WITH_BASELINE_COMMANDS = {
    'changed-since': 'the baseline holds the problems of whole tickets, not of a change',
    format: 'it prints no report',
    'max-warnings': 'it prints no report and exits 0 once the file is written',
    'list-tickets': '--list-tickets lints nothing',
    'print-config': '--print-config lints nothing',
};
function baselineCommand(values, isInit) {
    if (values['write-baseline'] && values['prune-baseline']) {
        throw new UsageError('Give either --write-baseline or --prune-baseline, not both: writing records the problems there are now, which drops the stale entries too');
    }
    const command = values['write-baseline'] ? 'write-baseline' : values['prune-baseline'] ? 'prune-baseline' : undefined;
    if (command === undefined)
        return undefined;
    if (isInit)
        throw new UsageError(`'init' takes no --${command}; run it after 'init'`);
    for (const [flag, reason] of Object.entries(NOT_WITH_BASELINE_COMMANDS)) {
        if (values[flag] !== undefined)
            throw new UsageError(`Give --${command} without --${flag}: ${reason}`);
    }
    return command;
}
function parseCliArguments(argv, cwd) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                root: { type: 'string' },
                config: { type: 'string' },
                format: { type: 'string' },
                'max-warnings': { type: 'string' },
                'changed-since': { type: 'string' },
                'only-new': { type: 'string' },
                'list-tickets': { type: 'boolean' },
                'print-config': { type: 'boolean' },
                quiet: { type: 'boolean', short: 'q' },
                baseline: { type: 'string' },
                'write-baseline': { type: 'boolean' },
                'prune-baseline': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        }));
    }
    catch (error) {
        throw new UsageError(error.message.split('\n')[0] ?? 'invalid arguments');
    }
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const format = values.format ?? 'stylish';
    if (!arguments_FORMATS.includes(format)) {
        throw new UsageError(`Invalid --format '${values.format}'; expected one of ${arguments_FORMATS.join(', ')}`);
    }
    let maxWarnings = Number.POSITIVE_INFINITY;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!/^\d+$/.test(values['max-warnings'])) {
            throw new UsageError(`Invalid --max-warnings '${values['max-warnings']}'; expected a whole number of 0 or more`);
        }
    }
    let root;
    if (values.root !== undefined) {
        root = external_node_path_default().resolve(cwd, values.root);
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new UsageError(`--root '${values.root}' is not a folder`);
    }
    else {
        const topLevel = gitTopLevel(cwd);
        // Without a repository every Markdown file below would be a candidate and no pointer could be checked against git.
        if (topLevel === undefined)
            throw new UsageError(`'${cwd}' is not in a git repository (or git is not installed); run ticket-lint in one, or give --root DIR to lint a folder`);
        root = topLevel;
    }
    const isInit = positionals[0] === 'init';
    if (isInit && positionals.length > 1)
        throw new UsageError("'init' takes no paths; give --root to set up another folder");
    for (const argument of positionals) {
        const tooComplex = globTooComplex(argument);
        if (tooComplex !== undefined)
            throw new UsageError(`'${argument}' is not matched: ${tooComplex}`);
    }
    if (values['changed-since']?.startsWith('-')) {
        throw new UsageError(`--changed-since takes a git revision, not '${values['changed-since']}'`);
    }
    if (values['changed-since'] !== undefined && positionals.length > 0) {
        throw new UsageError('Give either paths or --changed-since, not both');
    }
    const onlyNew = values['only-new'] ?? 'true';
    if (onlyNew !== 'true' && onlyNew !== 'false')
        throw new UsageError(`Invalid --only-new '${onlyNew}'; expected true or false`);
    const baseline = baselineCommand(values, isInit);
    return {
        command: isInit ? 'init' : (baseline ?? (values['list-tickets'] ? 'list' : values['print-config'] ? 'print-config' : 'lint')),
        root,
        configFile: values.config === undefined ? undefined : external_node_path_default().resolve(cwd, values.config),
        format,
        maxWarnings,
        paths: isInit ? [] : positionals.map((argument) => toRootRelative(argument, cwd, root)),
        changedSince: values['changed-since'],
        onlyNew: onlyNew === 'true',
        baselineFile: values.baseline === undefined ? undefined : external_node_path_default().resolve(cwd, values.baseline),
        quiet: values.quiet === true,
    };
}
/** Command-line paths are relative to where the user stands; the core wants them relative to the root. */
function toRootRelative(argument, cwd, root) {
    const relative = external_node_path_default().relative(root, external_node_path_default().resolve(cwd, argument));
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative)) {
        throw new UsageError(`'${argument}' is outside the repository root '${root}'`);
    }
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/cli/baseline-command.ts




/**
 * The baseline the run reads, before it lints so that a bad one stops it at once. A lint run uses the
 * file when there is one; pruning needs it; writing reads it only to keep the entries of files it does not
 * lint, and writes over a corrupt one when it lints every ticket.
 */
function openBaseline(options, linted) {
    if (options.command === 'prune-baseline')
        return readBaseline(options.root, baselineLocation(options.root, options.baselineFile).path);
    if (options.command === 'write-baseline' && linted === undefined)
        return undefined;
    return readBaseline(options.root, options.baselineFile);
}
/** `--write-baseline` or `--prune-baseline` after the run: writes the file, says what changed on stderr, exit 0. */
function updateBaseline(command, report, previous, options, linted, io) {
    const target = previous ?? baselineLocation(options.root, options.baselineFile);
    if (command === 'write-baseline') {
        const baseline = recordBaseline(report, previous?.baseline, linted);
        writeBaseline(options.root, target.path, baseline);
        const files = new Set(report.diagnostics.map((diagnostic) => diagnostic.file)).size;
        const kept = baselineSize(baseline.entries).problems - report.diagnostics.length;
        const keptNote = kept > 0 ? `, and kept ${plural(kept, 'problem')} of files not linted this time` : '';
        io.stderr(`ticket-lint: recorded ${plural(report.diagnostics.length, 'problem')} in ${plural(files, 'file')} in ${printable(target.name)}${keptNote}\n`);
        return 0;
    }
    if (previous === undefined)
        throw new BaselineError('--prune-baseline needs a baseline file');
    const { baseline, removed } = pruneBaseline(report, previous.baseline, linted);
    if (removed.length === 0) {
        io.stderr(`ticket-lint: nothing to prune: every entry of ${printable(previous.name)} still matches a problem\n`);
        return 0;
    }
    writeBaseline(options.root, target.path, baseline);
    const left = baselineSize(baseline.entries);
    io.stderr(`ticket-lint: pruned ${printable(previous.name)}: removed ${plural(baselineSize(removed).problems, 'problem')} no longer found, ` +
        `${plural(left.problems, 'problem')} in ${plural(left.files, 'file')} left\n`);
    for (const entry of removed)
        io.stderr(`  ${removedLine(entry)}\n`);
    return 0;
}
function removedLine({ file, rule, fingerprint, count }) {
    return `${printableLineStart(file)}  ${printable(rule)}  ${fingerprint}  ${plural(count, 'problem')}`;
}

;// CONCATENATED MODULE: ./src/app/init-repository.ts






/** At most this many Markdown files outside the default places are read to find tickets elsewhere. */
const SCAN_LIMIT = 5_000;
/** A heading is named in the findings when this share of the files of one format use it. */
const COMMON_SHARE = 0.3;
/** The formats, places and headings of the repository's tickets, and the config text that fits them. */
function findTickets(repository) {
    const config = DEFAULT_CONFIG;
    const inDefaults = new Set(selectTicketFiles(repository.files, config.tickets, config.ignore));
    const isIgnored = picomatch_default()([...config.ignore], { dot: true });
    const formats = new Map();
    const headingFiles = new Map();
    let singleFiles = 0;
    const extraFolders = new Set();
    const outside = repository.files.filter((file) => !inDefaults.has(file) && file.toLowerCase().endsWith('.md') && !isIgnored(file)).slice(0, SCAN_LIMIT);
    for (const file of [...inDefaults, ...outside]) {
        const read = readTicketText(file, repository, config);
        if (!read.ok)
            continue;
        const parsed = parseTicketText(file, read.text, repository, config);
        if (parsed.format === undefined || parsed.tickets.length === 0)
            continue;
        const isDefault = inDefaults.has(file);
        // Outside the default places, a file is taken for a ticket only when a tool's format claims it or it has two known sections.
        if (!isDefault && (parsed.format === 'single' || parsed.format === 'roadmap') && parsed.tickets.every((ticket) => ticket.sections.length < 2))
            continue;
        if (!isDefault)
            extraFolders.add(external_node_path_default().posix.dirname(file));
        formats.set(parsed.format, (formats.get(parsed.format) ?? 0) + 1);
        if (parsed.format !== 'single' && parsed.format !== 'roadmap')
            continue;
        singleFiles += 1;
        const known = new Set(parsed.tickets.flatMap((ticket) => ticket.sections.map((section) => normalizeHeading(section.heading))));
        const headings = new Set(parsed.source.text.split('\n').filter((line) => /^#{2,3} /.test(line)).map((line) => normalizeHeading(line.replace(/^#+ /, ''))));
        for (const heading of headings)
            if (heading !== '' && !known.has(heading))
                headingFiles.set(heading, (headingFiles.get(heading) ?? 0) + 1);
    }
    const extraGlobs = [...extraFolders].sort().map((folder) => `${folder}/*.md`);
    const unknownHeadings = [...headingFiles]
        .filter(([, files]) => singleFiles > 0 && files >= Math.max(2, singleFiles * COMMON_SHARE))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([heading, files]) => ({ heading, files }));
    return { formats, extraGlobs, unknownHeadings, configText: configText(formats, extraGlobs, unknownHeadings) };
}
function configText(formats, extraGlobs, unknownHeadings) {
    const found = [...formats].map(([format, files]) => `${format}: ${files}`).join(', ') || 'none yet';
    const lines = [
        '# ticket-lint: keeps the tickets of this repository fit to hand to a coding agent.',
        '# Written by `ticket-lint init`; every key is optional, and the README lists them all.',
        `# Ticket files found, by format: ${found}.`,
        '',
    ];
    if (extraGlobs.length > 0) {
        lines.push('# The default places of every ticket format, and the folders of tickets found elsewhere.', 'tickets:');
        for (const glob of [...DEFAULT_TICKET_GLOBS, ...extraGlobs])
            lines.push(`  - ${JSON.stringify(glob)}`);
    }
    else {
        lines.push('# Every ticket found lies where its format keeps its files: the default `tickets` globs cover them.', '# tickets: ["roadmap/**/*.md"]');
    }
    lines.push('');
    if (unknownHeadings.length > 0) {
        lines.push('# Headings your tickets use that open no section ticket-lint knows (the files using each):');
        for (const { heading, files } of unknownHeadings)
            lines.push(`#   ${JSON.stringify(heading)} (${files})`);
        lines.push('# Add those that hold a goal, the context (files) or acceptance criteria; they add to the defaults:', '# sections:', `#   acceptance: [${JSON.stringify(unknownHeadings[0]?.heading ?? 'checks')}]`, '');
    }
    lines.push('# Done tickets are checked for their ids and dependencies only; set this to lint them fully.', '# lint-done: true', '', '# Severity per rule (error | warning | off), and options: rules: { ticket-size: [error, { max: 3000 }] }', '# rules:', '#   vague-language: off', '');
    return lines.join('\n');
}
const WORKFLOW_TEXT = `# Lints the tickets a pull request touches: https://github.com/ticket-lint/ticket-lint
name: tickets
on: [pull_request]
permissions:
  contents: read
  pull-requests: write   # only for \`comment: true\`
jobs:
  ticket-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the base commit (new vs existing problems) and history ("deleted in abc1234")
      - uses: ticket-lint/ticket-lint@v0
        with:
          comment: true
`;

;// CONCATENATED MODULE: ./src/cli/init-command.ts









const WORKFLOW_FILE = external_node_path_default().join('.github', 'workflows', 'tickets.yml');
/**
 * `ticket-lint init`: names the ticket formats and headings it finds, writes the config and the
 * workflow that fit them (never over a file that exists), and says what a first run reports.
 */
async function initRepository(root, io) {
    const found = findTickets(openWorkspace({ root, configFile: undefined }).repository);
    const formats = [...found.formats].map(([format, files]) => `${format} (${plural(files, 'file')})`);
    io.stdout(formats.length > 0 ? `Ticket formats found: ${formats.join(', ')}.\n` : 'No ticket files found yet; the config lists where each format keeps them.\n');
    if (found.extraGlobs.length > 0)
        io.stdout(`Tickets outside the default places: ${found.extraGlobs.map(printable).join(', ')}.\n`);
    for (const { heading, files } of found.unknownHeadings)
        io.stdout(`A heading no section is read from: '${printable(heading)}' (${plural(files, 'file')}).\n`);
    for (const [file, text] of [
        [DEFAULT_CONFIG_FILE, found.configText],
        [WORKFLOW_FILE, WORKFLOW_TEXT],
    ]) {
        const target = external_node_path_default().join(root, file);
        if ((0,external_node_fs_.existsSync)(target)) {
            io.stdout(`Left ${file} as it is: it exists.\n`);
            continue;
        }
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, text);
        io.stdout(`Wrote ${file}.\n`);
    }
    const workspace = openWorkspace({ root });
    const { report } = await lintTickets(workspace, selectTickets(workspace, { kind: 'every-ticket' }), io.workers);
    const byRule = new Map();
    for (const diagnostic of report.diagnostics) {
        const counts = byRule.get(diagnostic.rule) ?? { errors: 0, warnings: 0 };
        if (diagnostic.severity === 'error')
            counts.errors += 1;
        else
            counts.warnings += 1;
        byRule.set(diagnostic.rule, counts);
    }
    io.stdout(`\nA first run lints ${plural(report.counts.tickets, 'ticket')} in ${plural(report.counts.files, 'file')}: ${plural(report.counts.errors, 'error')}, ${plural(report.counts.warnings, 'warning')}.\n`);
    for (const [rule, { errors, warnings }] of [...byRule].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings)) {
        io.stdout(`  ${rule.padEnd(20)} ${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')}\n`);
    }
    io.stdout("Run 'ticket-lint' to see each problem.\n");
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/print-config.ts





/** The file keys whose values the `model` key sets when the config does not set them itself. */
const PROFILE_SETTINGS = new Set(Object.keys(PROFILE_KEYS));
/** The keys that set rules: `rules` and the flat keys of the first config format. */
const RULE_KEYS = CONFIG_FILE_KEYS.filter(({ setsRules }) => setsRules).map(({ key }) => key);
/** The config a run uses, as the file would write it, every key with a comment saying where its value came from. */
function renderConfig({ config, configFile, configSources }) {
    const document = new dist/* Document */.yo(fileShape(config));
    if ((0,dist/* isMap */.jh)(document.contents)) {
        for (const { key } of document.contents.items)
            if ((0,dist/* isScalar */.jn)(key))
                key.commentBefore = ` ${sourceOf(String(key.value), configSources)}`;
        // `[severity, { options }]` on one line a rule, as the docs write it.
        const rules = document.contents.get('rules');
        if ((0,dist/* isMap */.jh)(rules))
            for (const { value } of rules.items)
                if ((0,dist/* isSeq */.oP)(value))
                    value.flow = true;
    }
    const from = configFile === undefined ? 'no config file' : 'the config file';
    return `# The config of this run: the defaults, then ${from}, then flags or inputs.\n${document.toString({ lineWidth: 0 })}`;
}
function fileShape(config) {
    const shape = {};
    for (const { key, setting } of CONFIG_FILE_KEYS) {
        if (key === 'rules')
            shape[key] = ruleShape(config);
        // A named profile sets the three keys after it; a custom one is written out, with its token factor.
        else if (key === 'model')
            shape[key] =
                config.model === 'custom'
                    ? { 'context-window': config.contextWindow, 'smart-zone': config.smartZone, 'overhead-tokens': config.overheadTokens, 'token-factor': config.tokenFactor }
                    : config.model;
        else if (key === 'formats')
            shape[key] = Object.fromEntries(config.formats.map(({ glob, format }) => [glob, format]));
        else if (setting !== undefined)
            shape[key] = config[setting];
    }
    return shape;
}
/** Every rule, `severity` or `[severity, options]`, in registry order. */
function ruleShape(config) {
    return Object.fromEntries(CONFIG_SCHEMA.rules.map((meta) => {
        const setting = config.rules[meta.id];
        const options = optionsWith(meta, setting?.options);
        const severity = setting?.severity ?? meta.severity;
        return [meta.id, Object.keys(options).length === 0 ? severity : [severity, options]];
    }));
}
function sourceOf(key, sources) {
    if (key === 'rules') {
        const set = RULE_KEYS.flatMap((name) => (sources.has(name) ? [`${sources.get(name) ?? ''} (${name})`] : []));
        return set.length === 0 ? 'default' : `from ${set.join(', ')}; default for what it does not set`;
    }
    const own = sources.get(key);
    if (own !== undefined)
        return `from ${own}`;
    const model = sources.get('model');
    if (PROFILE_SETTINGS.has(key) && model !== undefined)
        return `from ${model} (model)`;
    return 'default';
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

/** A run shorter than this shows no progress: a line that flashes by says nothing. */
const SHOWN_AFTER_MS = 1000;
/** At most this often is the line redrawn. */
const REDRAWN_EVERY_MS = 100;
/** Back to the start of the line, and erase it. */
const ERASE_LINE = '\r\u001b[2K';
/**
 * The progress line of a run, drawn once it has taken more than a second, and only when `interactive`
 * (stderr is a terminal, not a CI log). `shownAfterMs` is for tests, which cannot wait for a slow run.
 */
function progressLine(write, interactive, now = Date.now, shownAfterMs = SHOWN_AFTER_MS) {
    if (!interactive)
        return { update: () => undefined, end: () => undefined };
    const start = now();
    let drawnAt;
    return {
        update(done, total) {
            const time = now();
            if (time - start < shownAfterMs || (drawnAt !== undefined && time - drawnAt < REDRAWN_EVERY_MS && done < total))
                return;
            drawnAt = time;
            write(`${ERASE_LINE}ticket-lint: ${formatCount(done)}/${formatCount(total)} ticket files`);
        },
        end() {
            if (drawnAt !== undefined)
                write(ERASE_LINE);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts






















const EXIT_OK = 0;
const EXIT_LINT_ERRORS = 1;
const EXIT_USAGE = 2;
/** The whole CLI behind `bin`: arguments in, exit code out; prints only through `io`. */
async function runCli(argv, io, version) {
    try {
        const parsed = parseCliArguments(argv, io.cwd);
        if (parsed === 'help') {
            io.stdout(USAGE);
            return EXIT_OK;
        }
        if (parsed === 'version') {
            io.stdout(`${version}\n`);
            return EXIT_OK;
        }
        if (parsed.command === 'init')
            return await initRepository(parsed.root, io);
        return await lintAndPrint(parsed, io, { version, rules: REGISTERED_RULES });
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
            io.stderr(`ticket-lint: ${printable(error.message)}\n`);
            if (error instanceof UsageError)
                io.stderr("Run 'ticket-lint --help' for usage.\n");
            return EXIT_USAGE;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`ticket-lint: internal error: ${printable(message)}\n`);
        if (error instanceof Error && error.stack)
            io.stderr(`${error.stack.split('\n').map(printableLineStart).join('\n')}\n`);
        return EXIT_USAGE;
    }
}
async function lintAndPrint(options, io, tool) {
    const workspace = openWorkspace({ root: options.root, ...(options.configFile ? { configFile: options.configFile } : {}), cleanCheckout: io.inCi === true });
    if (options.command === 'print-config') {
        io.stdout(renderConfig(workspace));
        return EXIT_OK;
    }
    // Like a pull request, the change is what HEAD and the work tree did since they left REF: what REF's
    // branch did since is not theirs.
    // Before the first commit (a pre-commit hook in a new repository) every file is new: every ticket is linted.
    const unborn = options.changedSince === 'HEAD' && commitOf(options.root, 'HEAD') === undefined && gitTopLevel(options.root) !== undefined;
    const since = options.changedSince === undefined || unborn ? undefined : ((await (0,early_git/* changeBaseFoundEarly */.P0)(options.root, options.changedSince)) ?? changeBase(options.root, options.changedSince));
    const tokens = new WorkerTokenCounters(io.workers.tokens);
    try {
        // The base found first (a few milliseconds), its diffs are read beside the status, not after it,
        // and what they show the run will need starts meanwhile too.
        await Promise.all([workspace.workTree.load(since), options.command === 'list' ? undefined : startEarly(tokens, workspace, since)]);
        return await lintLoaded(options, io, tool, workspace, since, tokens);
    }
    finally {
        await tokens.close();
    }
}
/**
 * What a run can start while git reads the work tree: the token counter, at once for a run of every
 * ticket or of named files; for a change, once git's index shows it names ticket files, the counter,
 * what the run will ask git of those files (their changed lines, their text at the base), and their parse.
 */
async function startEarly(tokens, workspace, since) {
    if (since === undefined) {
        tokens.warm(workspace.config.encoding);
        return;
    }
    const changes = await workspace.workTree.indexChangesSince(since);
    const tickets = ticketFilesAmong((changes ?? []).map((change) => change.path), workspace.config);
    if (tickets.length === 0)
        return;
    tokens.warm(workspace.config.encoding);
    const diffed = tickets.slice(0, MAX_FILES_DIFFED);
    await Promise.all([workspace.workTree.readAhead(since, diffed), parseAhead(workspace, diffed)]);
}
async function lintLoaded(options, io, tool, workspace, since, tokens) {
    const request = ticketRequest(options, since, workspace.workTree);
    const selection = selectTickets(workspace, request);
    if (selection.unmatched.length > 0) {
        throw new UsageError(`No files match ${selection.unmatched.map((argument) => `'${argument}'`).join(', ')}`);
    }
    if (options.paths.length === 0 && options.changedSince === undefined && selection.files.length === 0) {
        io.stderr(`ticket-lint: no ticket files match ${printable(workspace.config.tickets.join(', '))}\n`);
    }
    if (options.command === 'list') {
        const listed = listTicketFiles(selection.files, workspace.repository, workspace.config);
        io.stdout(options.format === 'json' ? `${JSON.stringify(listed, null, 2)}\n` : renderTicketList(listed));
        return EXIT_OK;
    }
    const linted = baselineScope(request, selection);
    const baseline = openBaseline(options, linted);
    const base = since !== undefined && options.onlyNew ? since : undefined;
    // Progress is for the human format; JSON and workflow commands are read by programs.
    const progress = progressLine(io.stderr, io.interactive === true && options.format === 'stylish', Date.now, io.progressAfterMs);
    let run;
    try {
        run = await lintTickets(workspace, selection, io.workers, { ...(base === undefined ? {} : { base }), onProgress: progress.update, tokens });
    }
    finally {
        progress.end();
    }
    const { report: linting, baseUnavailable } = run;
    if (baseUnavailable !== undefined)
        io.stderr(`ticket-lint: every problem counts as new: ${printable(baseUnavailable)}
`);
    if (options.command === 'write-baseline' || options.command === 'prune-baseline')
        return updateBaseline(options.command, linting, baseline, options, linted, io);
    const baselined = baseline ? applyBaseline(linting, baseline.baseline, baseline.name, linted) : linting;
    const report = options.quiet ? errorsOnly(baselined) : baselined;
    await print(report, options.format, io, { ...tool, repositoryFolder: workspace.workTree.repositoryFolder() });
    const { errors, warnings } = report.counts;
    if (errors > 0)
        return EXIT_LINT_ERRORS;
    if (warnings > options.maxWarnings) {
        io.stderr(`ticket-lint: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
        return EXIT_LINT_ERRORS;
    }
    return EXIT_OK;
}
/** Where HEAD left `ref`: the ref itself when HEAD has all of it (messages then name it as the user did), else their merge base. */
function changeBase(root, ref) {
    return (0,early_git/* changeBaseOf */.Vg)(ref, mergeBase(root, ref, 'HEAD'), commitOf(root, ref));
}
function ticketRequest(options, since, workTree) {
    if (options.changedSince !== undefined && since !== undefined) {
        const changes = workTree.changesSince(since);
        if (!changes)
            throw new UsageError(`--changed-since '${options.changedSince}' is not a commit git can diff against here`);
        return {
            kind: 'changes',
            changes,
            where: `since '${options.changedSince}'`,
            linesOf: (file) => workTree.changedLines(since, file),
            baseText: (file) => workTree.textAt(since, file),
        };
    }
    return options.paths.length > 0 ? { kind: 'paths', paths: options.paths } : { kind: 'every-ticket' };
}
async function print(report, format, io, tool) {
    const textFormat = reportFormat(format);
    if (textFormat) {
        const stdout = inBlocks(io.stdout);
        textFormat.write(report, tool, stdout.write);
        stdout.flush();
        return;
    }
    // Loaded only when asked for: it brings the Actions toolkit, which a local run does not need.
    const { annotate } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 8773));
    annotate(report, tool.repositoryFolder ?? '');
}


/***/ })

};
