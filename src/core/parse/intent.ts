import { trimEnd } from '../text/source-text.js';

/**
 * What a ticket says it does to a path it names: creates it, deletes it, changes it (so it must be
 * there), takes from it (a source to port, a function to call: it must be there too, though an
 * earlier step of the plan may make it), or reads it before any of its work starts (so nothing the
 * work writes can make it).
 */
export type Intent = 'create' | 'delete' | 'modify' | 'use' | 'read';

/**
 * A verb right before the path, with only articles and kind words between, or a cell of its table row
 * (`| **Create** | \`x\` |`, a File Map's Action column): "Create `x`", "add a new
 * test file `x`", "Create/modify `x`" (it may not be there yet), "New file: `x`", "Output: `x`" (what a build makes), "Delete `x`", "git rm `x`", "Move `x` → `y`", "Update `x`",
 * "In `x`, …" opening a sentence. A verb further off ("Add a
 * section to `README.md`") says nothing of the path.
 */
const BEFORE: Array<[Intent, RegExp]> = [
  ['create', /(?:^|[^\p{L}])(?:(?:create|add)\/(?:modify|update|edit)|create[sd]?|creating|add(?:s|ed|ing)?|new|write|writes|writing|generate[sd]?|outputs?|produce[sd]?|scaffold(?:s|ed)?|introduce[sd]?|or an?)(?: (?:a|an|the|empty|separate|own|dedicated|file|files|test|tests|module|script|folder|directory|helper|component|doc|page))*[ :|]*$/iu],
  // A file moved or renamed leaves its place as a deleted one does: once the work is done it is gone.
  ['delete', /(?:^|[^\p{L}])(?:delete[sd]?|deleting|remove[sd]?|removing|rm|drop(?:s|ped)?|retire[sd]?|move[sd]?|moving|rename[sd]?|renaming|mv)(?: (?:-r|-rf|the|old|obsolete|legacy|existing|current|file|files|folder|directory))*[ :|]*$/iu],
  // "In `src/App.tsx`, pass …", "In both `a` and `b`, render …": the work happens inside the file, which must be there.
  ['modify', /(?:^|["*_]|[:>#|\]-](?=[ \t]))[ \t]*in(?: both| either)?(?: the)?(?: existing)?[ \t]+(?:`[^`\n]*`(?: and| or|,)?[ \t]+)*$/iu],
  // What the work takes from a path ("port logic from `x`", "call `f()` from `x`", "per `x`") must be
  // there for the work to take it; the source of a move is left behind.
  ['delete', /(?:^|[^\p{L}])(?:moved|renamed|migrated)[ ]+from[ :]*$/iu],
  ['use', /(?:^|[^\p{L}])(?:from|per|based on|according to|mirror(?:s|ing)?|following)[ :]*$/iu],
  ['modify', /(?:^|[^\p{L}])(?:update[sd]?|updating|modif(?:y|ies|ied|ying)|edit(?:s|ed|ing)?|change[sd]?|changing|fix(?:es|ed|ing)?|refactor(?:s|ed|ing)?|extend(?:s|ed|ing)?|patch(?:es|ed|ing)?)(?: (?:the|existing|current|file|files))*[ :|]*$/iu],
];
/**
 * After the path: "`x` (new)", "(new file)", "(new - 17 tests)", "(to be created)", "(does not exist yet)",
 * "`x` created with tests", "(deleted)"; not "`x` (new `mod tests`)", something new in the file.
 */
const AFTER: Array<[Intent, RegExp]> = [
  // The next cell of its table row, when it names the action (`| \`x\` | **Create** — new interface |`).
  ['create', /^[`*_]*[ ]*\|[ *_]*(?:create[sd]?|new)\b/iu],
  ['delete', /^[`*_]*[ ]*\|[ *_]*(?:delete[sd]?|remove[sd]?)\b/iu],
  ['modify', /^[`*_]*[ ]*\|[ *_]*(?:modif(?:y|ied)|update[sd]?|edit(?:ed)?)\b/iu],
  ['create', /^[`*_]*[ ]*(?:\((?:new(?=\)|[ ]*$|[ ]+[-—–]|[ ]+file\b|,)|to be created|created by this (?:task|ticket)|will be created|does not exist yet|not yet created)\b|(?:is |will be )?created\b|\(NEW\)|— new\b|- new\b)/iu],
  ['delete', /^[`*_]*[ ]*(?:\((?:deleted|removed|to be (?:deleted|removed))\)|(?:is |will be )?(?:deleted|removed)\b)/iu],
];

/**
 * The intent the words around a path state: `before` is the text of its line up to it, `after` the
 * text of its line after it. Words win over nothing: no word, no intent.
 */
export function intentOf(before: string, after: string): Intent | undefined {
  for (const [intent, pattern] of AFTER) if (pattern.test(after)) return intent;
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '), -1) + 1);
  // An item of a list after a label (`Output: \`a\` (model), \`b\``) is what the label says, as its first item is.
  const listed = /^[\s`*_]*$/.test(clause) ? `${trimEnd(before.replace(/`[^`\n]*`|\([^()\n]*\)/g, ''), ' \t,')} ` : clause;
  for (const [intent, pattern] of BEFORE) if (pattern.test(listed.slice(-80))) return intent;
  return undefined;
}

/** "`x` (if present)", "`x` if it exists", "`x` if any": the ticket makes the path's existence a condition. */
const CONDITION_AFTER = /^[`*_]*[ ]*\(?(?:if|when) (?:it |one )?(?:already )?(?:exists|is present|present|any)\b/iu;
/** "If `x` already exists", "whether `x` is there". */
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless|whether)[ :]*$/iu;
const EXISTS_AFTER = /^[`*_]*[ ]*(?:already |still )?(?:exists|is (?:there|present))\b/iu;

/** True when the words around a path say it may not be there: its existence is a condition. */
export function isConditional(before: string, after: string): boolean {
  return CONDITION_AFTER.test(after) || (CONDITION_BEFORE.test(before) && EXISTS_AFTER.test(after));
}

/** "`x` does not exist", "`x` is untracked", "untracked `x`": the ticket says the path is not in the repository. */
const ABSENT_AFTER = /^[`*_]*[ ]*(?:(?:does not|doesn't|do not|don't) exist(?!s)|(?:is |are )?(?:untracked|not tracked)\b)/iu;
const ABSENT_BEFORE = /(?:^|[^\p{L}])untracked[ :]*$/iu;

/** True when the words around a path say it is not there: the ticket knows, and its absence is no news. */
export function isStatedAbsent(before: string, after: string): boolean {
  return ABSENT_AFTER.test(after) || ABSENT_BEFORE.test(before);
}
