import { trimEnd } from '../text/source-text.js';

/**
 * What a ticket says it does to a path it names: creates it, deletes it, changes it (so it must be
 * there), takes from it (a source to port, a function to call: it must be there too, though an
 * earlier step of the plan may make it), or reads it before any of its work starts (so nothing the
 * work writes can make it), or writes into it what the work makes (so it may be new).
 */
export type Intent = 'create' | 'delete' | 'modify' | 'use' | 'read' | 'write';

/** A verb of making, followed by a space: "implement", "sets up", "building". */
const MAKING_VERB = /(?:^|[^\p{L}])(?:implement|develop|set up|build|establish)(?:s|ed|ing)?(?= |$)/gu;
const ENDS_WITH_IN = /(?:^| )in ?$/;

/**
 * "implement the orchestrator in " (lower-cased text whose runs of spaces are one): a verb of making, at most eight
 * words (no `.` or code between) and "in" at the end. Written as code, not one pattern: a pattern of up to
 * eight words before "in" backtracks over every start of a long run of words.
 */
function isImplementedIn(text: string): boolean {
  const ending = ENDS_WITH_IN.exec(text);
  if (ending === null) return false;
  const head = text.slice(0, ending.index);
  let last: RegExpExecArray | undefined;
  for (const match of head.matchAll(MAKING_VERB)) last = match;
  if (last === undefined) return false;
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
const BEFORE: Array<[Intent, { test(text: string): boolean }]> = [
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
const AFTER: Array<[Intent, RegExp]> = [
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
function withoutJoin(text: string): string {
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
export function intentOf(before: string, after: string): Intent | undefined {
  for (const [intent, pattern] of AFTER) if (pattern.test(after)) return intent;
  // The CJK enumeration comma (`a`、`b`) separates a list's items as ", " does.
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '), before.lastIndexOf('、'), -1) + 1);
  // An item of a list after a label (`Output: \`a\` (model), \`b\``) is what the label says, as its first item is;
  // so is one joined to the item before it by "and" or "or" ("Create \`a\` or \`b\`").
  const items = (text: string): string => `${trimEnd(withoutJoin(text.replace(/`[^`\n]*`|\([^()\n]*\)/g, '')), ' \t,、')} `;
  const own = JOINED_TO_SPAN.test(clause) ? items(clause) : clause;
  const listed = /^[\s`*_]*$/.test(own) ? items(before) : own;
  const words = listed.slice(-80).replace(/ {2,}/g, ' ');
  for (const [intent, pattern] of BEFORE) if (pattern.test(words)) return intent;
  return undefined;
}

/** "`x` (if present)", "`x` if it exists", "`x` if any": the ticket makes the path's existence a condition. */
const CONDITION_AFTER = /^[`*_]*[ ]*\(?(?:if|when) (?:it |one )?(?:already )?(?:exists|is present|present|any)\b/u;
/** "If `x` already exists", "whether `x` is there". */
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless|whether)[ :]*$/u;
const EXISTS_AFTER = /^[`*_]*[ ]*(?:already |still )?(?:exists|is (?:there|present))\b/u;

/** True when the (lower-cased) words around a path say it may not be there: its existence is a condition. */
export function isConditional(before: string, after: string): boolean {
  return CONDITION_AFTER.test(after) || (CONDITION_BEFORE.test(before) && EXISTS_AFTER.test(after));
}

/** "`x` does not exist", "`x` is untracked", "untracked `x`": the ticket says the path is not in the repository. */
const ABSENT_AFTER = /^[`*_]*[ ]*(?:(?:does not|doesn't|do not|don't) exist(?!s)|(?:is |are )?(?:untracked|not tracked)\b)/u;
const ABSENT_BEFORE = /(?:^|[^\p{L}])untracked[ :]*$/u;

/** True when the (lower-cased) words around a path say it is not there: the ticket knows, and its absence is no news. */
export function isStatedAbsent(before: string, after: string): boolean {
  return ABSENT_AFTER.test(after) || ABSENT_BEFORE.test(before);
}

/** "sends PATCH `/api/v1/models/default`", "GET /health": what follows an HTTP method is a server's route, not a file. */
const HTTP_METHOD_BEFORE = /(?:^|[^\p{L}])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ ]+$/u;

/** True when a path written from `/` stands after an HTTP method: a route the server answers, as HTTP writes it. */
export function isRoute(before: string, written: string): boolean {
  return written.startsWith('/') && HTTP_METHOD_BEFORE.test(before);
}
