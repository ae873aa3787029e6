import { globTooComplex } from '../text/glob-limits.js';
import { formatCount } from '../text/wording.js';

/** What a setting's value must be: the expectation in words when `value` does not fit, else undefined. */
export type Expectation = (value: unknown) => string | undefined;

export const nonEmptyStringList: Expectation = (value) =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? undefined
    : 'a non-empty list of non-empty strings';

export const stringList: Expectation = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? undefined : 'a list of non-empty strings';

export const integerAtLeast =
  (minimum: number): Expectation =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum ? undefined : `an integer of at least ${formatCount(minimum)}`;

/** A number of tokens: more than the largest context window is a typo (and a 300-digit figure in every message). */
export const tokenCount = (minimum: number): Expectation => integerBetween(minimum, MAX_CONTEXT_WINDOW);

/** The largest file worth reading as text: 256 MiB, well under the longest string JavaScript can hold (512 MiB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** No model reads more than this; a bigger context window is a typo. */
export const MAX_CONTEXT_WINDOW = 100_000_000;

/** A list the base expectation accepts whose every item is a glob that can be matched quickly (see globTooComplex). */
export const matchableGlobs =
  (base: Expectation): Expectation =>
  (value) => {
    const expected = base(value);
    if (expected !== undefined || !Array.isArray(value)) return expected;
    for (const glob of value as string[]) {
      const reason = globTooComplex(glob);
      if (reason !== undefined) return `globs that can be matched (${reason})`;
    }
    return undefined;
  };

export const integerBetween =
  (minimum: number, maximum: number): Expectation =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum
      ? undefined
      : `an integer from ${formatCount(minimum)} to ${formatCount(maximum)}`;

/** A share of something, at least 1%: a smaller one makes a budget of nothing. */
export const fraction: Expectation = (value) =>
  typeof value === 'number' && value >= 0.01 && value <= 1 ? undefined : 'a number from 0.01 to 1';

export const oneOf =
  (choices: readonly string[]): Expectation =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? undefined : `one of ${choices.map((c) => `'${c}'`).join(', ')}`;

export const mapping: Expectation = (value) => (isPlainMapping(value) ? undefined : 'a mapping');

/** The same expectation, with what the value is for: "a list of non-empty strings (frontmatter keys)". */
export const describedAs =
  (expectation: Expectation, what: string): Expectation =>
  (value) => {
    const expected = expectation(value);
    return expected === undefined ? undefined : `${expected} (${what})`;
  };

export function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
