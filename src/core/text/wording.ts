/** A count as messages write it: `12,345`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `text` cut to `most` characters, the last of them `…`; by code points, so an emoji is never cut in half. */
export function shorten(text: string, most: number): string {
  return text.length > most ? `${[...text].slice(0, most - 1).join('')}…` : text;
}

/** `1 ticket`, `3 tickets`, `1,200 tokens`. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
