import { describe, expect, it } from '@jest/globals';
import { ruleFindings } from '../helpers/lint-fixture.js';

const findings = (fixture: string) => ruleFindings('context-pointers', fixture, { repository: { 'docs/api.md': '# API\n' } });

describe('context-pointers', () => {
  it('accepts a ticket whose only pointer is a link', async () => {
    expect(await findings('ok-link.md')).toEqual([]);
  });

  it('accepts a context list item whose first word is a path', async () => {
    expect(await findings('ok-list-word.md')).toEqual([]);
  });

  it('reports a ticket that names no path: prose, URLs and calls are not pointers', async () => {
    expect(await findings('not-ok-no-pointer.md')).toEqual([
      '1 The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
    ]);
  });
});
