/** A count as messages write it: `12,345`. */
export function formatCount(count: number): string {
  // Whole numbers are grouped here: the first toLocaleString of a process loads the locale data, 9 ms of a one-ticket run.
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  const digits = String(Math.abs(count));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let start = grouped.length; start < digits.length; start += 3) grouped += `,${digits.slice(start, start + 3)}`;
  return count < 0 ? `-${grouped}` : grouped;
}

/** `text` cut to `most` characters, the last of them `…`; by code points, so an emoji is never cut in half. */
export function shorten(text: string, most: number): string {
  return text.length > most ? `${[...text].slice(0, most - 1).join('')}…` : text;
}

/** `1 ticket`, `3 tickets`, `1,200 tokens`. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
