/** A word of a field's list, at its offset in the field's text (its end past a code span's closing backtick). */
export interface ListedWord {
  word: string;
  start: number;
  end: number;
}

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
export function listedFolders(text: string, words: readonly ListedWord[], isTrackedFile: (path: string) => boolean = () => false): Map<number, string> {
  const folders = new Map<number, string>();
  // "and", "or" are words of a field's text too: they join its items, as a comma does.
  const ordered = words.filter(({ word }) => !JOINING_WORD.test(word)).sort((a, b) => a.start - b.start);
  let run: { folder: string; names: ListedWord[] } | undefined;
  const close = (): void => {
    if (run === undefined) return;
    const { folder, names } = run;
    const fromRoot = !names.some(({ word }) => isTrackedFile(`${folder}/${word}`)) && names.some(({ word }) => isTrackedFile(word));
    if (!fromRoot) for (const { start } of names) folders.set(start, folder);
  };
  let previousEnd = -1;
  for (const item of ordered) {
    const joined = previousEnd !== -1 && LIST_JOIN.test(text.slice(previousEnd, item.start));
    if (joined && run !== undefined && BARE_FILE_NAME.test(item.word)) run.names.push(item);
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
export function blankRemarks(text: string): { text: string; remarks: Array<{ start: number; end: number }> } {
  let result = text;
  const remarks: Array<{ start: number; end: number }> = [];
  for (let open = result.indexOf('('); open !== -1; open = result.indexOf('(', open + 1)) {
    const close = result.indexOf(')', open);
    if (close === -1) break;
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
export function blankQuotedParts(text: string): string {
  return text.replace(QUOTATION, (quoted, at: number) => (AFTER_FILE_NAME.test(text.slice(Math.max(0, at - 40), at)) ? ' '.repeat(quoted.length) : quoted));
}
