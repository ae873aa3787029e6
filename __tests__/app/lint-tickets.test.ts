import { describe, expect, it } from '@jest/globals';
import { touchesTickets } from '../../src/app/lint-tickets.js';
import { configOf } from '../helpers/lint-fixture.js';

describe('touchesTickets (start the token counter before git has read the work tree)', () => {
  const config = configOf({ tickets: ['roadmap/**/*.md'], ignore: ['roadmap/archive/**'] });

  it('is true when a changed path is a ticket file by the config’s globs', () => {
    expect(touchesTickets(['src/app.ts', 'roadmap/B-0001.md'], config)).toBe(true);
  });

  it('is false for changes to other files only, ignored tickets included, and for no change', () => {
    expect(touchesTickets(['src/app.ts', 'roadmap/archive/old.md', 'docs/roadmap.md'], config)).toBe(false);
    expect(touchesTickets([], config)).toBe(false);
  });
});
