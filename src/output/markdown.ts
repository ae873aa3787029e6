/**
 * Text from a ticket, made inert for GitHub Markdown: HTML-significant characters become entities and
 * every other Markdown punctuation mark is backslash-escaped, so a title cannot open a link, close a
 * table cell, start a heading or inject HTML. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A repository path as a URL path: each segment percent-encoded, parentheses too so a link stays whole. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
