import { describe, expect, it } from '@jest/globals';
import { matchesElided } from '../../../src/core/resolve/elided-paths.js';

describe('matchesElided: a path with folders left out, against a tracked path', () => {
  it.each([
    ['app/src/test/java/io/x/WorkoutPlannerTest.kt', 'test/.../WorkoutPlannerTest.kt', true],
    ['test/java/WorkoutPlannerTest.kt', 'test/.../WorkoutPlannerTest.kt', true],
    ['test/WorkoutPlannerTest.kt', 'test/.../WorkoutPlannerTest.kt', false],
    ['app/src/contest/x/WorkoutPlannerTest.kt', 'test/.../WorkoutPlannerTest.kt', false],
    ['.planning/phases/03.6-candle-embedder/03.6-SUMMARY.md', '.planning/phases/03.6-.../03.6-SUMMARY.md', true],
    ['.planning/phases/03.7-candle/03.6-SUMMARY.md', '.planning/phases/03.6-.../03.6-SUMMARY.md', false],
    ['a/b-mid-c/d/x.ts', 'a/b…mid…c/.../x.ts', true],
    ['a/b-c/d/x.ts', 'a/b…mid…c/.../x.ts', false],
    ['a/bc/d/x.ts', 'a/bc…c/.../x.ts', false],
  ])('%s for %s: %s', (file, written, expected) => {
    expect(matchesElided(file, written)).toBe(expected);
  });

  // Each (written segment, tracked segment) pair is decided once: a pattern built from the text would backtrack here for ages.
  it('decides a hostile name, many elisions against a deep path of long names, one way or the other', () => {
    const file = ['root', ...Array.from({ length: 60 }, (_, index) => `${'a'.repeat(200)}${index}`), 'x.ts'].join('/');
    const written = ['root', ...Array.from({ length: 40 }, () => '...'), `${'a…'.repeat(50)}b`, 'x.ts'].join('/');
    expect(matchesElided(file, written)).toBe(false);
    expect(matchesElided(file.replace('a'.repeat(200) + '59', `${'a'.repeat(200)}b`), written)).toBe(true);
  });
});
