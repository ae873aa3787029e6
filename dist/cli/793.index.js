export const id = 793;
export const ids = [793];
export const modules = {

/***/ 4793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotate: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports annotationTitle, annotationProperties */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

function annotationTitle(diagnostic) {
    return `ticket-lint(${diagnostic.rule})`;
}
function annotationProperties(diagnostic) {
    return {
        title: annotationTitle(diagnostic),
        file: diagnostic.file,
        startLine: diagnostic.line,
        endLine: diagnostic.endLine,
        // GitHub accepts a column only on a one-line annotation.
        ...(diagnostic.column !== undefined && diagnostic.endLine === diagnostic.line ? { startColumn: diagnostic.column } : {}),
    };
}
/** One workflow-command annotation per diagnostic, errors first; @actions/core escapes the text. */
function annotate(report) {
    const ordered = [
        ...report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
        ...report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning'),
    ];
    for (const diagnostic of ordered) {
        const emit = diagnostic.severity === 'error' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3 : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e;
        emit(diagnostic.message, annotationProperties(diagnostic));
    }
}


/***/ })

};
