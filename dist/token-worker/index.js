import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QO: () => (/* binding */ loadTokenCounter)
/* harmony export */ });
/* unused harmony exports SAMPLE, CHECK_TEXT, CHECK_COUNTS, buildEncoder, pieceCounter */
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
 * A js-tiktoken tokenizer whose rank table is filled straight from the rank data. Its constructor
 * goes through an object of 200,000 keys and builds a decode table that counting never reads: three
 * times the time and 75 MiB more at the peak (measured with o200k_base). The table is an internal of
 * js-tiktoken, so if a version renames it, or the counts it gives differ from the constructor's, the
 * constructor builds the tokenizer instead: `expectedCount` is the constructor's count of CHECK_TEXT.
 */
function buildEncoder(Tiktoken, ranks, expectedCount) {
    const empty = new Tiktoken({ ...ranks, bpe_ranks: '' });
    const rankMap = empty.rankMap;
    if (rankMap instanceof Map && rankMap.size === 0) {
        fillRankMap(rankMap, ranks.bpe_ranks);
        if (empty.encode(CHECK_TEXT, [], []).length === expectedCount)
            return empty;
    }
    return new Tiktoken(ranks);
}
const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < BASE64_DIGITS.length; digit++)
    BASE64_VALUE[BASE64_DIGITS.charCodeAt(digit)] = digit;
/**
 * js-tiktoken's table format: lines of `<marker> <first rank> <token> <token> …`, each token the base64
 * of its bytes, ranks counting up from the first; keys are the bytes joined by commas.
 */
function fillRankMap(rankMap, bpeRanks) {
    const bytes = [];
    for (const line of bpeRanks.split('\n')) {
        if (line === '')
            continue;
        const fields = line.split(' ');
        const firstRank = Number.parseInt(fields[1] ?? '', 10);
        for (let index = 2; index < fields.length; index++) {
            const token = fields[index] ?? '';
            bytes.length = 0;
            let buffer = 0;
            let bits = 0;
            for (let at = 0; at < token.length; at++) {
                const value = BASE64_VALUE[token.charCodeAt(at)] ?? -1;
                if (value < 0)
                    break;
                buffer = ((buffer << 6) | value) & 0xffff;
                bits += 6;
                if (bits >= 8) {
                    bits -= 8;
                    bytes.push((buffer >> bits) & 0xff);
                }
            }
            rankMap.set(bytes.join(','), firstRank + index - 2);
        }
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
    return { encoding, count, countAll: async (texts) => texts.map(count) };
}


/***/ }),

/***/ 649:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(129);


/** The second thread of a lint run: builds the rank table once, then counts every batch it is sent. */
const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
if (port) {
    const counter = await (0,_core_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTokenCounter */ .QO)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.encoding);
    // Batches posted while the table was being built wait in the port until this listener starts it.
    port.on('message', ({ id, texts }) => {
        try {
            port.postMessage({ id, counts: texts.map((text) => counter.count(text)) });
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
