import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QO: () => (/* binding */ loadTokenCounter)
});

// UNUSED EXPORTS: CHECK_COUNTS, CHECK_TEXT, SAMPLE, buildEncoder, pieceCounter

;// CONCATENATED MODULE: ./src/core/sizing/rank-table.ts
const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < BASE64_DIGITS.length; digit++)
    BASE64_VALUE[BASE64_DIGITS.charCodeAt(digit)] = digit;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const NO_ENTRY = -1;
function base64Value(code) {
    return code < 128 ? (BASE64_VALUE[code] ?? -1) : -1;
}
/** The bytes of one token or key, in a buffer used again from one to the next. */
class Bytes {
    values = new Uint8Array(256);
    length = 0;
    push(byte) {
        if (this.length === this.values.length) {
            const larger = new Uint8Array(this.length * 2);
            larger.set(this.values);
            this.values = larger;
        }
        this.values[this.length++] = byte;
    }
    /** FNV-1a. */
    hash() {
        let hash = 0x811c9dc5 | 0;
        for (let at = 0; at < this.length; at++)
            hash = Math.imul(hash ^ (this.values[at] ?? 0), 16_777_619);
        return hash;
    }
    equals(other) {
        if (this.length !== other.length)
            return false;
        for (let at = 0; at < this.length; at++)
            if (this.values[at] !== other.values[at])
                return false;
        return true;
    }
}
/**
 * js-tiktoken's rank table, read where it lies in the rank data instead of copied out of it: it
 * answers `get` as `Tiktoken.rankMap` does, for keys as js-tiktoken makes them (a piece's bytes
 * joined by commas). A Map of o200k_base is 200,000 strings made from base64, 115 ms to build and
 * then garbage to collect; this is a hash of each token's bytes pointing back at its base64 in the
 * data, built in about a third of the time (40 ms cold) in 5 MiB. A one-ticket run waits for it.
 *
 * The data is lines of `<marker> <first rank> <token> <token> …`, each token the base64 of its bytes,
 * ranks counting up from the first. A token listed twice keeps its last rank, as in js-tiktoken.
 */
class RankTable {
    size;
    data;
    /** Per entry: where its base64 starts in `data`, its rank, and the hash of its bytes. */
    starts;
    ranks;
    hashes;
    /** Open addressing with linear probing: entry numbers, NO_ENTRY where free. */
    slots;
    slotMask;
    sought = new Bytes();
    stored = new Bytes();
    constructor(bpeRanks) {
        this.data = bpeRanks;
        const most = countSpaces(bpeRanks);
        this.starts = new Int32Array(most);
        this.ranks = new Int32Array(most);
        this.hashes = new Int32Array(most);
        let slotCount = 16;
        while (slotCount < most * 2)
            slotCount *= 2;
        this.slots = new Int32Array(slotCount).fill(NO_ENTRY);
        this.slotMask = slotCount - 1;
        this.size = this.fill();
    }
    get(key) {
        if (!readKey(key, this.sought))
            return undefined;
        const hash = this.sought.hash();
        let slot = hash & this.slotMask;
        for (let entry = this.entryAt(slot); entry !== NO_ENTRY; entry = this.entryAt((slot = (slot + 1) & this.slotMask))) {
            if (this.isSought(entry, hash))
                return this.ranks[entry];
        }
        return undefined;
    }
    fill() {
        const data = this.data;
        let entries = 0;
        let at = 0;
        while (at < data.length) {
            // A line: its marker, its first rank, then tokens up to the newline.
            at = skipField(data, at);
            if (data.charCodeAt(at) !== SPACE) {
                at++;
                continue;
            }
            let rank = 0;
            for (let code = data.charCodeAt(++at); code >= DIGIT_0 && code <= DIGIT_9; code = data.charCodeAt(++at))
                rank = rank * 10 + code - DIGIT_0;
            while (data.charCodeAt(at) === SPACE) {
                const start = ++at;
                decodeToken(data, start, this.sought);
                entries = this.insert(entries, start, rank++, this.sought.hash());
                at = skipField(data, at);
            }
        }
        return entries;
    }
    /** Inserts the token in `sought`; a token already there takes the new rank instead. */
    insert(entries, start, rank, hash) {
        let slot = hash & this.slotMask;
        for (let entry = this.entryAt(slot); entry !== NO_ENTRY; entry = this.entryAt((slot = (slot + 1) & this.slotMask))) {
            if (this.isSought(entry, hash)) {
                this.ranks[entry] = rank;
                return entries;
            }
        }
        this.starts[entries] = start;
        this.ranks[entries] = rank;
        this.hashes[entries] = hash;
        this.slots[slot] = entries;
        return entries + 1;
    }
    entryAt(slot) {
        return this.slots[slot] ?? NO_ENTRY;
    }
    isSought(entry, hash) {
        if (this.hashes[entry] !== hash)
            return false;
        decodeToken(this.data, this.starts[entry] ?? 0, this.stored);
        return this.stored.equals(this.sought);
    }
}
function skipField(data, at) {
    let end = at;
    for (let code = data.charCodeAt(end); end < data.length && code !== SPACE && code !== NEWLINE; code = data.charCodeAt(++end))
        ;
    return end;
}
function decodeToken(data, start, into) {
    into.length = 0;
    let buffer = 0;
    let bits = 0;
    for (let at = start, value = base64Value(data.charCodeAt(at)); value >= 0; value = base64Value(data.charCodeAt(++at))) {
        buffer = ((buffer << 6) | value) & 0xffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            into.push((buffer >> bits) & 0xff);
        }
    }
}
/** A key's bytes into `into`; false for a key js-tiktoken never makes. */
function readKey(key, into) {
    into.length = 0;
    let byte = 0;
    let digits = 0;
    for (let at = 0; at <= key.length; at++) {
        const code = at === key.length ? COMMA : key.charCodeAt(at);
        if (code === COMMA) {
            if (digits === 0 || byte > 255)
                return false;
            into.push(byte);
            byte = 0;
            digits = 0;
        }
        else if (code >= DIGIT_0 && code <= DIGIT_9 && digits < 3 && !(digits === 1 && byte === 0)) {
            byte = byte * 10 + code - DIGIT_0;
            digits++;
        }
        else {
            return false;
        }
    }
    return true;
}
function countSpaces(text) {
    let spaces = 0;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1))
        spaces++;
    return spaces;
}

;// CONCATENATED MODULE: ./src/core/sizing/tokens.ts

/**
 * js-tiktoken merges byte pairs in time quadratic in a piece's length, and a run of letters (or of
 * punctuation, or of spaces) is one piece: a base64 blob or a line of `=====` would take minutes. A
 * piece longer than any word is counted from its first 64 characters and scaled; prose and code never
 * have them, so their counts stay exact.
 */
const SAMPLE = 64;
/**
 * Distinct pieces whose counts are remembered. Words repeat across tickets and files (a roadmap of a
 * thousand tickets has a few thousand distinct pieces), and a remembered piece skips encoding and
 * merging; the cap bounds the memory a repository of generated text could take.
 */
const REMEMBERED_PIECES = 200_000;
/**
 * Text on which a wrong or partial table shows (letters, digits, punctuation, spaces, CJK, emoji), and
 * its count by js-tiktoken's own constructor, per encoding (a test keeps these true).
 */
const CHECK_TEXT = "I'm can't HELLO'S camelCaseWord  123456 \n\n  x 你好，世界 🌍🚀 function(a) { return a * 2; }";
const CHECK_COUNTS = { o200k_base: 34, cl100k_base: 41 };
const loading = new Map();
/** The rank table is large (o200k_base: 200,000 entries): loaded on first use, once per process. */
function loadTokenCounter(encoding) {
    let counter = loading.get(encoding);
    if (!counter) {
        counter = createCounter(encoding);
        loading.set(encoding, counter);
    }
    return counter;
}
async function createCounter(encoding) {
    const { Tiktoken } = await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 21));
    const ranks = encoding === 'cl100k_base'
        ? (await __nccwpck_require__.e(/* import() */ 718).then(__nccwpck_require__.bind(__nccwpck_require__, 718))).default
        : (await __nccwpck_require__.e(/* import() */ 913).then(__nccwpck_require__.bind(__nccwpck_require__, 913))).default;
    return pieceCounter(encoding, ranks, buildEncoder(Tiktoken, ranks, CHECK_COUNTS[encoding]));
}
/**
 * A js-tiktoken tokenizer whose rank table is read straight from the rank data (see RankTable). Its
 * constructor goes through an object of 200,000 keys into a Map of as many strings, and builds a
 * decode table that counting never reads: o200k_base takes half a second and 190 MiB that way. The
 * table is an internal of js-tiktoken, so if a version renames it, or the counts with it differ from
 * the constructor's, the constructor builds the tokenizer instead: `expectedCount` is the
 * constructor's count of CHECK_TEXT.
 */
function buildEncoder(Tiktoken, ranks, expectedCount) {
    const empty = new Tiktoken({ ...ranks, bpe_ranks: '' });
    const internals = empty;
    if (internals.rankMap instanceof Map && internals.rankMap.size === 0) {
        internals.rankMap = new RankTable(ranks.bpe_ranks);
        if (countsAsExpected(empty, expectedCount))
            return empty;
    }
    return new Tiktoken(ranks);
}
/** False too when encoding throws: a version asking its table more than `get` would. */
function countsAsExpected(encoder, expectedCount) {
    try {
        return encoder.encode(CHECK_TEXT, [], []).length === expectedCount;
    }
    catch {
        return false;
    }
}
/**
 * Counts text as the encoder does, piece by piece: tiktoken encodes each piece of its split pattern
 * on its own, so the count of a text is the sum of its pieces' counts, and a piece seen before is
 * looked up instead of encoded again.
 */
function pieceCounter(encoding, ranks, encoder) {
    const pieces = new RegExp(ranks.pat_str, 'gu');
    const remembered = new Map();
    // Special-token text such as `<|endoftext|>` in a ticket is counted as the plain text it is.
    const encodeLength = (text) => encoder.encode(text, [], []).length;
    const countPiece = (piece) => {
        if (piece.length > SAMPLE)
            return Math.round((encodeLength(piece.slice(0, SAMPLE)) * piece.length) / SAMPLE);
        let count = remembered.get(piece);
        if (count === undefined) {
            count = encodeLength(piece);
            if (remembered.size < REMEMBERED_PIECES)
                remembered.set(piece, count);
        }
        return count;
    };
    const count = (text) => {
        let total = 0;
        for (const match of text.matchAll(pieces))
            total += countPiece(match[0]);
        return total;
    };
    const countLines = (text) => {
        const perLine = [];
        let line = 0;
        // 0 once the last line is reached (indexOf gives -1).
        let nextLineStart = text.indexOf('\n') + 1;
        const endLinesBefore = (offset) => {
            while (nextLineStart > 0 && nextLineStart <= offset) {
                perLine.push(line);
                line = 0;
                nextLineStart = text.indexOf('\n', nextLineStart) + 1;
            }
        };
        for (const match of text.matchAll(pieces)) {
            endLinesBefore(match.index);
            line += countPiece(match[0]);
        }
        endLinesBefore(text.length);
        perLine.push(line);
        return perLine;
    };
    return { encoding, count, countLines, countAll: async (texts) => texts.map(count), countLinesAll: async (texts) => texts.map(countLines) };
}


/***/ }),

/***/ 649:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_sizing_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(502);


/** The second thread of a lint run: builds the rank table once, then counts every batch it is sent. */
const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
if (port) {
    const counter = await (0,_core_sizing_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTokenCounter */ .QO)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.encoding);
    // Batches posted while the table was being built wait in the port until this listener starts it.
    port.on('message', ({ id, texts, byLine }) => {
        try {
            const counts = byLine ? texts.map((text) => counter.countLines(text)) : texts.map((text) => counter.count(text));
            port.postMessage({ id, counts });
        }
        catch (error) {
            port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
        }
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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
/******/ var __webpack_exports__ = __nccwpck_require__(649);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
