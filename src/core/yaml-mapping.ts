import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface YamlProblem {
  line: number;
  message: string;
}

/** A YAML document that should be a mapping, as plain values with the file line of every top-level key. */
export interface YamlMapping {
  values: Record<string, unknown>;
  keyLines: Map<string, number>;
  /** For a top-level key whose value is a list: the line of each item. */
  itemLines: Map<string, number[]>;
  problems: YamlProblem[];
}

/** How yaml words a position at the end of its first message line; the line is reported separately. */
const POSITION_SUFFIX = / at line \d+, column \d+:?$/;

/**
 * Parses `text`, which starts on line `firstLine` of its file. Never throws: syntax errors, duplicate
 * keys, unresolvable aliases and a document that is not a mapping all come back as problems with the
 * file line they are on.
 */
export function parseYamlMapping(text: string, firstLine: number): YamlMapping {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
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
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !isScalar(pair.key) || !pair.key.range) continue;
    keyLines.set(key, fileLine(pair.key.range[0]));
    if (isSeq(pair.value)) {
      const keyStart = pair.key.range[0];
      itemLines.set(key, pair.value.items.map((item) => fileLine(isScalar(item) && item.range ? item.range[0] : keyStart)));
    }
  }
  return { values: (plain ?? {}) as Record<string, unknown>, keyLines, itemLines, problems };
}
