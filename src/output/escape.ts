/** Where ticket text lands, it is made inert for that place: a terminal or log line, GitHub Markdown, a URL, a Mermaid label. */
import { shorten } from '../core/text/wording.js';

/**
 * Control characters, line breaks, and the characters that change how text around them reads without
 * showing themselves: bidirectional overrides and isolates (a name that displays reversed) and
 * zero-width characters.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from a ticket, one line, inert: control characters (escape sequences for a terminal) and line
 * breaks (a new line that could start a workflow command in a CI log) are shown as escapes.
 */
export function printable(text: string): string {
  return text.replace(INVISIBLE, (character) =>
    character === '\n' ? '\\n' : character === '\r' ? '\\r' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text from a ticket that starts a line of output (a file's path in the stylish layout): printable,
 * and a leading `::` (which the runner would read as a workflow command, whatever spaces come before
 * it) is shown as `\u003a:`.
 */
export function printableLineStart(text: string): string {
  return printable(text).replace(/^(\s*):/, '$1\\u003a');
}

/** After `@` and `#`, so that GitHub makes no mention (which notifies) and no reference of ticket text. */
const WORD_JOINER = '\u2060';

/**
 * Text from a ticket, made inert for GitHub Markdown: HTML-significant characters become entities and
 * every other Markdown punctuation mark is backslash-escaped, so a title cannot open a link, close a
 * table cell, start a heading, start math or inject HTML; `@` and `#` mention and reference nobody;
invisible characters are shown as escapes. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
    .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, '\\$&')
    .replace(/[@#]/g, `$&${WORD_JOINER}`)
    .replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Text from a ticket or a setting shown as code in GitHub Markdown: a code span (in which GitHub makes no
 * mention, link or HTML) when nothing in the text can end it or a table cell, or hide itself; else the
 * escaped text, since inside a code span a backslash escape would show.
 */
export function markdownCode(text: string): string {
  return !/[`|]/.test(text) && printable(text) === text ? `\`${text}\`` : escapeMarkdown(text);
}

/** A repository path as a URL path: each segment percent-encoded, parentheses too so a link stays whole. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

const MERMAID_LABEL_LENGTH = 40;

/**
 * Ticket text for a Mermaid label: everything but letters, digits and plain punctuation as a numeric
 * entity (`#35;`), which Mermaid decodes, so no quote, bracket, backtick or HTML gets through.
 */
export function escapeMermaid(text: string): string {
  return shorten(text, MERMAID_LABEL_LENGTH).replace(/[^\p{L}\p{N} _.,:;/+=?!-]/gu, (character) => `#${character.codePointAt(0)};`);
}
