/** An XML-ish element of a plan (`<files>a, b</files>`): its name, where its content lies, and its text. */
export interface TagElement {
  name: string;
  /** Offsets of the content between the opening and the closing tag. */
  start: number;
  end: number;
  content: string;
}

/**
 * Every `<name …>…</name>` of the given names in the text, outermost first. Written by hand rather than
 * as one pattern: a lazy match up to a back-reference is quadratic on an unclosed tag.
 */
export function tagElements(text: string, names: readonly string[]): TagElement[] {
  const found: TagElement[] = [];
  const wanted = new Set(names);
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    if (open === -1) return found;
    from = open + 1;
    let nameEnd = open + 1;
    while (nameEnd < text.length && /[a-z_]/.test(text.charAt(nameEnd))) nameEnd += 1;
    const name = text.slice(open + 1, nameEnd);
    if (!wanted.has(name) || !/[\s>]/.test(text.charAt(nameEnd)) || !opensElement(text, open)) continue;
    const openEnd = text.indexOf('>', nameEnd);
    if (openEnd === -1) return found;
    const close = text.indexOf(`</${name}>`, openEnd);
    if (close === -1) continue;
    found.push({ name, start: openEnd + 1, end: close, content: text.slice(openEnd + 1, close) });
  }
}

/**
 * A plan's tags stand at the start of a line, or right after another tag (`<verify><automated>`): a
 * tag in a sentence ("the files listed under <files>.") names an element, it opens none.
 */
function opensElement(text: string, open: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', open - 1) + 1, open).trim();
  return before === '' || before.endsWith('>');
}
