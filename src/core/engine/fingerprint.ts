import { createHash } from 'node:crypto';

/**
 * What makes a problem the same problem across commits (docs/report.md): the rule that found it, the
 * ticket it is in, and the text of the line it is on (as `lineDigest` gives it). Line numbers and
 * messages are left out on purpose: a line inserted above must not make an old problem new, nor must a
 * count or a did-you-mean in the message that changes with the rest of the repository. Editing the
 * line itself does make it new.
 */
export function problemFingerprint(rule: string, ticket: string | undefined, lineDigestText: string): string {
  return digest(`${rule}\u0000${ticket ?? ''}\u0000${lineDigestText}`);
}

/** A line's text, trimmed and with runs of white space as one, hashed: a line may be megabytes, and hold many problems. */
export function lineDigest(line: string): string {
  return digest(line.trim().replace(/\s+/g, ' '));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** One key for "the same problem in the same file": what the base comparison and the baseline both match by. */
export function problemKey(file: string, rule: string, fingerprint: string): string {
  return `${file}\u0000${rule}\u0000${fingerprint}`;
}
