/**
 * Where JSON text first goes wrong, and how: for a message that names the place. JSON.parse says it in
 * words that change between Node versions, some without the place and with a piece of the text. Only
 * read after JSON.parse has failed; a loop with its own stack, so that deep nesting cannot overflow.
 */
export function jsonSyntaxError(text: string): { offset: number; problem: string } | undefined {
  const containers: string[] = [];
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const unexpected = () => ({
    offset: at,
    problem:
      at === text.length ? 'unexpected end of file'
      : text.charAt(at) === '"' ? 'a string not closed on its line, or with a bad escape'
      : `unexpected ${JSON.stringify(text.charAt(at))}`,
  });
  const take = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  /** A string: no control character in it, only JSON's escapes. */
  const string = (): boolean => {
    if (text.charAt(at) !== '"') return false;
    for (let index = at + 1; index < text.length; ) {
      const character = text.charAt(index);
      if (character === '"') {
        at = index + 1;
        return true;
      }
      if (character < ' ') return false;
      if (character !== '\\') index += 1;
      else if (ESCAPE.test(text.slice(index + 1, index + 6))) index += text.charAt(index + 1) === 'u' ? 6 : 2;
      else return false;
    }
    return false;
  };
  /** A key and its colon, at the start of an object or after a comma in one. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    return take(COLON);
  };
  let wantValue = true;
  for (;;) {
    skipSpace();
    if (wantValue) {
      if (take(OPEN_OBJECT)) {
        skipSpace();
        if (take(CLOSE_OBJECT)) wantValue = false;
        else if (key()) containers.push('}');
        else return unexpected();
      } else if (take(OPEN_ARRAY)) {
        skipSpace();
        if (take(CLOSE_ARRAY)) wantValue = false;
        else containers.push(']');
      } else if (string() || take(LITERAL)) {
        wantValue = false;
      } else {
        return unexpected();
      }
      continue;
    }
    const closer = containers.at(-1);
    if (closer === undefined) return at === text.length ? undefined : unexpected();
    if (text.charAt(at) === closer) {
      containers.pop();
      at += 1;
    } else if (take(COMMA)) {
      if (closer === '}' && !key()) return unexpected();
      wantValue = true;
    } else {
      return unexpected();
    }
  }
}

const ESCAPE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const OPEN_OBJECT = /\{/y;
const CLOSE_OBJECT = /\}/y;
const OPEN_ARRAY = /\[/y;
const CLOSE_ARRAY = /\]/y;
const COLON = /:/y;
const COMMA = /,/y;
