/**
 * The candidate nearest to what was wanted, by `distanceOf`, when it is under `limit`; the first of
 * equally near ones. `distanceOf` gets the best distance so far and may answer any number not below
 * it for a candidate that cannot win (a length difference already too large), skipping the full
 * comparison. Every "did you mean" of ticket-lint (config keys, rule ids, paths, file names) is this.
 */
export function closest<T>(candidates: Iterable<T>, distanceOf: (candidate: T, best: number) => number, limit = Number.POSITIVE_INFINITY): T | undefined {
  let found: T | undefined;
  let best = limit;
  for (const candidate of candidates) {
    const distance = distanceOf(candidate, best);
    if (distance < best) {
      found = candidate;
      best = distance;
    }
  }
  return found;
}
