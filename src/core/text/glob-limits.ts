/**
 * What a glob may ask before matching it costs more than the run. picomatch compiles a glob to a
 * backtracking regular expression: several stars in one path segment backtrack polynomially in the
 * length of a name (`*a*a*a*a*a*a*c.ts` against a name of 120 letters never ends), and nested extglobs
 * take long to compile. No ticket or config needs either.
 */
export const MAX_STARS_PER_SEGMENT = 3;
const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[*+?@!]\(/;

/** Why a glob is refused, or undefined when it may be matched. */
export function globTooComplex(pattern: string): string | undefined {
  if (pattern.length > MAX_GLOB_LENGTH) return `it is over ${MAX_GLOB_LENGTH} characters`;
  if (EXTGLOB.test(pattern)) return 'extglobs (`*(…)`, `+(…)`, `@(…)`, `!(…)`, `?(…)`) are not matched';
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    let stars = 0;
    for (const character of segment) if (character === '*') stars += 1;
    if (stars > MAX_STARS_PER_SEGMENT) return `'${segment}' has ${stars} wildcards; at most ${MAX_STARS_PER_SEGMENT} a path segment are matched`;
  }
  return undefined;
}
