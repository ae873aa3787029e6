import { isOffCheckout } from '../text/machine-path.js';

/** What opens a field before its value: a list marker, a checkbox, a label (`- [ ] **File:**`). */
const FIELD_OPENING = /^\s*(?:[-*+>]\s+|\d+[.)]\s+)?(?:\[[ xX-]\]\s+)?(?:[*_]*[\p{L}][\p{L}\p{N} _-]{0,40}[*_]*:[*_]*(?=\s|$))?/u;
/** A word of prose: letters, not a path; joining words between paths (`a.ts and b.ts`) are not prose. */
const PROSE_WORD_OF_FIELD = /(?<![^\s"'(])(?!(?:and|or|und|et|y)\b)\p{L}[\p{L}'’-]*[.,:;!?]*(?=[\s"')]|$)/gu;

/**
 * Prose a ticket declares its files in (Task Master's details, a context paragraph) declares the paths it
 * lists; a machine path a sentence of it leads to ("mount the volume for storage (/mnt/smb/downloads)",
 * "logs go to /var/log/app") says where the program runs, which no session reads. A format's task line
 * (spec-kit: "T012 Implement X in /mnt/c/…/x.java") is a path field: the format puts the files there.
 */
export function inSentence(raw: string, before: string): boolean {
  if (!isOffCheckout(raw)) return false;
  PROSE_WORD_OF_FIELD.lastIndex = FIELD_OPENING.exec(before)?.[0].length ?? 0;
  return PROSE_WORD_OF_FIELD.test(before);
}
