export const id = 773;
export const ids = [773];
export const modules = {

/***/ 8773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotate: () => (/* binding */ annotate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/output/annotations.ts
function annotationTitle(diagnostic) {
    return `ticket-lint(${diagnostic.rule})`;
}
/**
 * One annotation per diagnostic, errors first: GitHub shows only the first 10 of each level of a step.
 * `folder` is where the linted root is in its repository (`packages/app/`): GitHub reads an annotation's
 * file from the repository's top level.
 */
function annotations(report, folder = '') {
    const ordered = [...report.diagnostics.filter((d) => d.severity === 'error'), ...report.diagnostics.filter((d) => d.severity === 'warning')];
    return ordered.map((diagnostic) => ({
        level: diagnostic.severity,
        message: diagnostic.message,
        properties: {
            title: annotationTitle(diagnostic),
            file: `${folder}${diagnostic.file}`,
            startLine: diagnostic.line,
            endLine: diagnostic.endLine,
            // GitHub accepts a column only on a one-line annotation.
            ...(diagnostic.column !== undefined && diagnostic.endLine === diagnostic.line ? { startColumn: diagnostic.column } : {}),
        },
    }));
}

;// CONCATENATED MODULE: ./src/github/annotate.ts


/** Writes the report's annotations as workflow commands; @actions/core escapes message and properties. */
function annotate(report, folder) {
    for (const { level, message, properties } of annotations(report, folder))
        (level === 'error' ? core/* error */.z3 : core/* warning */.$e)(message, properties);
}


/***/ })

};
