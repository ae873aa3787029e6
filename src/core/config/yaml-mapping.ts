import { LineCounter, isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from 'yaml';

export interface YamlProblem {
  line: number;
  message: string;
  /** The YAML is valid, but a value cannot be used (a recursive alias, a key that is a collection). */
  unusable?: true;
}

/** A YAML document that should be a mapping, as plain values with the file line of every top-level key. */
export interface YamlMapping {
  values: Record<string, unknown>;
  keyLines: Map<string, number>;
  /**
   * For a top-level key whose value is a list: the line of each item. A list one mapping down has its
   * lines under `key.inner` (`ticket-lint.disable`).
   */
  itemLines: Map<string, number[]>;
  problems: YamlProblem[];
}

/**
 * Keys whose values are ids, which are names: `007`, `1e1` and `true` are read as written, not as the
 * number or boolean YAML would make of them (two tickets `007` and `7` are not the same one; GSD's
 * `phase: 03.6` and `plan: 01` name the plan `03.6-01`).
 */
const ID_KEYS = new Set(['id', 'plan_id', 'depends_on', 'dependencies', 'parent', 'parent_task_id', 'phase', 'plan']);

/** A plain scalar YAML read as something other than a string, as its source writes it. */
function asWritten(node: unknown, value: unknown): unknown {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.value !== 'string' && typeof node.source === 'string' ? node.source : value;
}

/** How yaml words a position at the end of its first message line; the line is reported separately. */
const POSITION_SUFFIX = / at line \d+, column \d+:?$/;

/**
 * Parses `text`, which starts on line `firstLine` of its file. Never throws: syntax errors, duplicate
 * keys, unresolvable aliases and a document that is not a mapping all come back as problems with the
 * file line they are on.
 */
export function parseYamlMapping(text: string, firstLine: number): YamlMapping {
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
export function wordMapping(text: string, firstLine: number): YamlMapping | undefined {
  const values: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const [, key = '', value = ''] = WORD_LINE.exec(line) ?? [];
    if (key === '' || keyLines.has(key) || key === '__proto__' || NOT_STRINGS.has(key) || NOT_STRINGS.has(value)) return undefined;
    values[key] = value;
    keyLines.set(key, firstLine + index);
  }
  return { values, keyLines, itemLines: new Map(), problems: [] };
}

/** parseYamlMapping through the yaml library, whatever the text. */
export function libraryMapping(text: string, firstLine: number): YamlMapping {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
  const fileLine = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1;
  const problems: YamlProblem[] = document.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    message: (error.message.split('\n')[0] ?? '').replace(POSITION_SUFFIX, ''),
  }));
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const values: Record<string, unknown> = {};
  if (problems.length > 0) return { values, keyLines, itemLines, problems };

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { values, keyLines, itemLines, problems };
  }
  if (!isMap(contents)) {
    const line = contents.range ? fileLine(contents.range[0]) : firstLine;
    return { values, keyLines, itemLines, problems: [{ line, message: 'expected a mapping of keys to values' }] };
  }
  let plain: unknown;
  try {
    plain = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { values, keyLines, itemLines, problems: [{ line: firstLine, message }] };
  }
  const mapping = (plain ?? {}) as Record<string, unknown>;
  const recursive = new Set<string>();
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) {
      const at = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
      problems.push({ line: at === undefined ? firstLine : fileLine(at), message: 'a key is a list or mapping; keys must be plain words', unusable: true });
      continue;
    }
    const key = String(pair.key.value);
    if (!pair.key.range) continue;
    keyLines.set(key, fileLine(pair.key.range[0]));
    if (ID_KEYS.has(key)) {
      const value = mapping[key];
      mapping[key] = isSeq(pair.value) && Array.isArray(value) ? pair.value.items.map((item, index) => asWritten(item, value[index])) : asWritten(pair.value, value);
    }
    if (holdsItself(mapping[key])) {
      problems.push({ line: fileLine(pair.key.range[0]), message: `key '${key}' holds itself through an alias (a recursive value)`, unusable: true });
      recursive.add(key);
      continue;
    }
    const keyStart = pair.key.range[0];
    const itemLinesOf = (list: YAMLSeq): number[] => list.items.map((item) => fileLine((item as { range?: [number, number, number] } | null)?.range?.[0] ?? keyStart));
    if (isSeq(pair.value)) itemLines.set(key, itemLinesOf(pair.value));
    if (isMap(pair.value)) {
      for (const inner of pair.value.items) {
        if (isScalar(inner.key) && isSeq(inner.value)) itemLines.set(`${key}.${String(inner.key.value)}`, itemLinesOf(inner.value));
      }
    }
  }
  const usable = recursive.size === 0 ? mapping : Object.fromEntries(Object.entries(mapping).filter(([key]) => !recursive.has(key)));
  return { values: usable, keyLines, itemLines, problems };
}

/** A value that contains itself, which YAML aliases can write (`id: &x [*x]`): no message or JSON can show it. */
function holdsItself(value: unknown, ancestors: unknown[] = []): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ancestors.includes(value)) return true;
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  ancestors.push(value);
  const found = children.some((child) => holdsItself(child, ancestors));
  ancestors.pop();
  return found;
}
