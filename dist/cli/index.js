#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _host_bundled_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(408);
/* harmony import */ var _host_early_git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4780);



// git reads the work tree while the linter's modules load (a tenth of a second in a monorepo, each).
const ci = (0,_host_early_git_js__WEBPACK_IMPORTED_MODULE_1__/* .inCi */ .wu)(process.env);
(0,_host_early_git_js__WEBPACK_IMPORTED_MODULE_1__/* .startWorkTreeReads */ .Rh)(process.argv.slice(2), process.cwd(), { cleanCheckout: ci });
const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(455)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6455));
/** TICKET_LINT_PROGRESS_AFTER_MS: how soon the progress line shows, for tests of it (CONTRIBUTING.md). */
function progressDelay(value) {
    return value !== undefined && /^\d+$/.test(value) ? { progressAfterMs: Number(value) } : {};
}
process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    workers: (0,_host_bundled_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .bundledWorkers */ .y)(import.meta.url, '..'),
    interactive: process.stderr.isTTY === true && !ci,
    inCi: ci,
    ...progressDelay(process.env['TICKET_LINT_PROGRESS_AFTER_MS']),
}, _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ bundledWorkers)
/* harmony export */ });
/**
 * Where the bundled workers are, seen from a bundled entry: dist/<name>/index.js, `up` being '.' from
 * dist/index.js and '..' from dist/cli/index.js. Built from parts so that the bundler does not mistake
 * them for assets to copy.
 */
function bundledWorkers(entryUrl, up) {
    const at = (name) => new URL(`${up}/${[name, 'index.js'].join('/')}`, entryUrl);
    return { tokens: at('token-worker'), parse: at('parse-worker') };
}


/***/ }),

/***/ 4780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ changeBaseFoundEarly),
/* harmony export */   Rh: () => (/* binding */ startWorkTreeReads),
/* harmony export */   Vg: () => (/* binding */ changeBaseOf),
/* harmony export */   lo: () => (/* binding */ gitQueries),
/* harmony export */   sF: () => (/* binding */ STATUS_ARGUMENTS),
/* harmony export */   u3: () => (/* binding */ PREFIX_ARGUMENTS),
/* harmony export */   wu: () => (/* binding */ inCi)
/* harmony export */ });
/* unused harmony exports INDEX_ARGUMENTS, INDEX_ARGUMENTS_BEFORE_GIT_2_38, HEAD_TREE_ARGUMENTS, startChangesEarly */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4012);



/**
 * The index, as GitWorkTree reads it: `ls-files --stage` without the object names, half its output in a
 * monorepo (`--format` is git 2.38's; older git is asked for INDEX_ARGUMENTS_BEFORE_GIT_2_38).
 */
const INDEX_ARGUMENTS = ['ls-files', '-z', '--format=%(objectmode) %(stage)%x09%(path)'];
/** `<mode> <object> <stage>\t<path>`: parsed alike. */
const INDEX_ARGUMENTS_BEFORE_GIT_2_38 = ['ls-files', '-z', '--stage'];
/**
 * The checked-out commit's files: `<mode> <type> <object>\t<path>`, read as the index's records are. Not
 * with `--format`, whose `%(path)` git quotes even with `-z` (2.39: a name that is not UTF-8 came quoted).
 */
const HEAD_TREE_ARGUMENTS = ['ls-tree', '-r', '-z', '--end-of-options', 'HEAD'];
// `.` keeps a folder root to its own files; submodules' insides are another repository's.
const STATUS_ARGUMENTS = ['status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=all', '--', '.'];
const DIFF_OPTIONS = ['--relative', '--no-color', '--no-ext-diff', '--no-textconv'];
const WORK_TREE_QUERIES = {
    listing: [INDEX_ARGUMENTS, INDEX_ARGUMENTS_BEFORE_GIT_2_38],
    changes: (revision) => ['diff', '--cached', '-z', '--name-status', '-M', ...DIFF_OPTIONS, '--end-of-options', revision, '--'],
    baseListing: (commit) => ['diff', '--cached', '--raw', '-z', '--no-renames', ...DIFF_OPTIONS, '--end-of-options', commit, '--'],
    changedLines: (revision, file) => ['diff', '-U0', ...DIFF_OPTIONS, '--end-of-options', revision, '--', file],
};
const COMMIT_QUERIES = {
    listing: [HEAD_TREE_ARGUMENTS, INDEX_ARGUMENTS, INDEX_ARGUMENTS_BEFORE_GIT_2_38],
    changes: (revision) => ['diff-tree', '-r', '-z', '--name-status', '-M', ...DIFF_OPTIONS, '--end-of-options', revision, 'HEAD', '--'],
    baseListing: (commit) => ['diff-tree', '-r', '--raw', '--abbrev', '-z', '--no-renames', ...DIFF_OPTIONS, '--end-of-options', commit, 'HEAD', '--'],
    changedLines: (revision, file) => ['diff-tree', '-p', '-U0', ...DIFF_OPTIONS, '--end-of-options', revision, 'HEAD', '--', file],
};
/** The commands for a run on a clean checkout (commits only) or on a work tree (the index and the files). */
function gitQueries(cleanCheckout) {
    return cleanCheckout ? COMMIT_QUERIES : WORK_TREE_QUERIES;
}
/** Where the root is in its repository (GitWorkTree.repositoryFolder). */
const PREFIX_ARGUMENTS = ['rev-parse', '--show-prefix'];
/** Arguments after which the CLI lints nothing, or lints in a way that has no use for the work tree's state read ahead. */
const NO_LINT = new Set(['--help', '-h', '--version', '-v', 'init', '--print-config']);
/**
 * Starts the two git commands every lint of a repository begins with (its status and index: in a
 * monorepo a tenth of a second each) before the CLI has loaded its modules, for the root a run will
 * have: `--root`, else the working folder when it is a repository's top level. In any other case
 * nothing starts, and the run asks git when it needs to. Returns the root it started them for.
 */
function startWorkTreeReads(argv, cwd, { cleanCheckout = false } = {}) {
    if (argv.some((argument) => NO_LINT.has(argument)))
        return undefined;
    const root = rootOf(argv, cwd);
    if (root === undefined)
        return undefined;
    const queries = gitQueries(cleanCheckout);
    // A clean checkout's status is known without asking (GitWorkTree).
    (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .startGitEarly */ .AF)(root, [queries.listing[0], PREFIX_ARGUMENTS, ...(cleanCheckout ? [] : [STATUS_ARGUMENTS])]);
    const since = optionValue(argv, '--changed-since');
    if (since !== undefined && !since.startsWith('-'))
        void startChangesEarly(root, since, queries);
    return root;
}
/** What `--changed-since REF` compares with: where HEAD left REF (their merge base), or REF itself when that is REF's own commit or git knows none. */
function changeBaseOf(ref, mergeBase, commit) {
    return mergeBase === undefined || mergeBase === commit ? ref : mergeBase;
}
/**
 * The base of `--changed-since` found, and the two diffs against it started, while the CLI loads (the
 * run asks for the same diffs once it knows the base).
 */
function startChangesEarly(root, ref, queries = gitQueries(false)) {
    const base = (async () => {
        const [mergeBase, commit] = await Promise.all([
            (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitBytesConcurrently */ .Pw)(root, ['merge-base', '--end-of-options', ref, 'HEAD']),
            (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitBytesConcurrently */ .Pw)(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]),
        ]);
        // git knows no such commit: the run finds it so and says so.
        if (commit === undefined)
            return undefined;
        const found = changeBaseOf(ref, textOf(mergeBase), textOf(commit));
        (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .startGitEarly */ .AF)(root, [queries.changes(found), queries.baseListing(found)]);
        return found;
    })();
    basesStarted.set(`${root}\0${ref}`, base);
    return base;
}
/** The bases of `--changed-since` found early, by root and ref, each taken once. */
const basesStarted = new Map();
/** The base startChangesEarly found for the root and ref (undefined when it did not look, or git knows no such commit). */
async function changeBaseFoundEarly(root, ref) {
    const base = basesStarted.get(`${root}\0${ref}`);
    basesStarted.delete(`${root}\0${ref}`);
    return base;
}
function textOf(output) {
    return output === undefined ? undefined : new TextDecoder().decode(output).trim() || undefined;
}
/** The value of a `--name value` or `--name=value` option before `--`. */
function optionValue(argv, name) {
    for (let index = 0; index < argv.length; index += 1) {
        const argument = argv[index] ?? '';
        if (argument === '--')
            break;
        if (argument === name)
            return argv[index + 1];
        if (argument.startsWith(`${name}=`))
            return argument.slice(name.length + 1);
    }
    return undefined;
}
/** `CI` set, as every CI service sets it (and not to `false` or `0`): the run checks a checked-out commit. */
function inCi(environment) {
    const value = environment['CI'];
    return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
function rootOf(argv, cwd) {
    const root = optionValue(argv, '--root');
    if (root !== undefined)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, root);
    return argv.includes('--root') ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, '.git')) ? cwd : undefined;
}


/***/ }),

/***/ 4012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EO: () => (/* binding */ runGit),
  jR: () => (/* binding */ runGitBytes),
  Pw: () => (/* binding */ runGitBytesConcurrently),
  e$: () => (/* binding */ runGitWithInput),
  Iz: () => (/* binding */ spawnGit),
  AF: () => (/* binding */ startGitEarly)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/host/run-git.ts





/**
 * Every git process ticket-lint starts goes through here. The repository being linted is not trusted:
 * its own `.git/config` must not make git run a program (`core.fsmonitor` here; diffs also pass
 * `--no-ext-diff --no-textconv`), and no ref or path reaches git where it could be read as an option
 * (callers put values after `--end-of-options` or `--`) or as pathspec magic (`--literal-pathspecs`).
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '--literal-pathspecs', '--no-optional-locks'];
const GIT_OUTPUT_LIMIT = 512 * 1024 * 1024;
/**
 * Commands that list or compare commits (`ls-tree`, `diff-tree`) are given an index that is not there
 * (git reads a missing index as empty): their answer is the commits', yet git reads the index for
 * them, which in a 100,000-file repository is 80 ms of each command. A fresh name in the temporary
 * folder, never made: git only writes an index it was asked to, and these commands are not.
 */
const NO_INDEX = external_node_path_default().join(external_node_os_default().tmpdir(), `ticket-lint-no-index-${(0,external_node_crypto_.randomUUID)()}`);
const COMMIT_COMMANDS = new Set(['ls-tree', 'diff-tree']);
/** The environment git runs in: the process's own (undefined), or without an index for a command on commits only. */
function environmentFor(args) {
    return COMMIT_COMMANDS.has(args[0] ?? '') ? { ...process.env, GIT_INDEX_FILE: NO_INDEX } : undefined;
}
/** git's output, or undefined when it fails or cannot run. */
function runGit(root, args) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), encoding: 'utf8', maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return undefined;
    }
}
/** git's output as bytes (a file's content at a commit), or undefined when it fails. */
function runGitBytes(root, args) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return undefined;
    }
}
/**
 * git's exit status and output for an input on its stdin; undefined when git cannot run. Without
 * `--literal-pathspecs`, which `git check-ignore` refuses: its caller keeps pathspec magic (a leading
 * `:`) out of the input.
 */
function runGitWithInput(root, args, input) {
    const result = (0,external_node_child_process_namespaceObject.spawnSync)('git', [...SAFE_CONFIG.filter((option) => option !== '--literal-pathspecs'), ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['pipe', 'pipe', 'ignore'] });
    return result.error || result.status === null ? undefined : { status: result.status, stdout: result.stdout };
}
/** Outputs asked for before anyone needed them (startGitEarly), by root and arguments, each taken once. */
const startedEarly = new Map();
/**
 * Starts git commands a run will ask for, before the run has loaded: the CLI starts the work tree's
 * status and index while its modules load. runGitBytesConcurrently then takes their outputs.
 */
function startGitEarly(root, commands) {
    return commands.map((args) => {
        const output = runGitBytesConcurrently(root, args);
        startedEarly.set(earlyKey(root, args), output);
        return output;
    });
}
const earlyKey = (root, args) => [root, ...args].join('\0');
/** git's output as bytes without blocking, so that several git commands run at once; undefined when it fails. */
function runGitBytesConcurrently(root, args) {
    const early = startedEarly.get(earlyKey(root, args));
    if (early !== undefined) {
        startedEarly.delete(earlyKey(root, args));
        return early;
    }
    const output = outputFile();
    if (output === undefined) {
        return new Promise((resolve) => {
            (0,external_node_child_process_namespaceObject.execFile)('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), encoding: 'buffer', maxBuffer: GIT_OUTPUT_LIMIT }, (error, stdout) => resolve(error ? undefined : stdout));
        });
    }
    return new Promise((resolve) => {
        const git = (0,external_node_child_process_namespaceObject.spawn)('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), stdio: ['ignore', output.descriptor, 'ignore'] });
        let settled = false;
        const settle = (bytes) => {
            if (settled)
                return;
            settled = true;
            output.remove();
            resolve(bytes);
        };
        git.on('error', () => settle(undefined));
        git.on('close', (code) => settle(code === 0 ? output.read() : undefined));
    });
}
/**
 * A new temporary file git writes its output to, read once git is done. Through a pipe, git waits
 * whenever the pipe's 64 KiB are full until the main thread reads them, and while the CLI's modules
 * load the main thread reads nothing for a third of a second: a monorepo's file list (5 MB) took four
 * times as long as git needs for it. Undefined when no temporary file can be made (then a pipe it is).
 */
function outputFile() {
    const file = external_node_path_default().join(external_node_os_default().tmpdir(), `ticket-lint-git-${(0,external_node_crypto_.randomUUID)()}`);
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(file, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    return {
        descriptor,
        read: () => {
            const size = (0,external_node_fs_.fstatSync)(descriptor).size;
            if (size > GIT_OUTPUT_LIMIT)
                return undefined;
            const bytes = Buffer.allocUnsafe(size);
            for (let at = 0; at < size;) {
                const read = (0,external_node_fs_.readSync)(descriptor, bytes, at, size - at, at);
                if (read === 0)
                    return bytes.subarray(0, at);
                at += read;
            }
            return bytes;
        },
        // A file left behind if this fails is an empty or finished output in the temporary folder: no run reads it.
        remove: () => {
            try {
                (0,external_node_fs_.closeSync)(descriptor);
                (0,external_node_fs_.unlinkSync)(file);
            }
            catch {
                // nothing more to do
            }
        },
    };
}
/** A git process whose output is read as it comes (stderr ignored). */
function spawnGit(root, args) {
    return (0,external_node_child_process_namespaceObject.spawn)('git', [...SAFE_CONFIG, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
