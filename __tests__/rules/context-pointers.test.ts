import { describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('context-pointers', { repository: { 'docs/api.md': '# API\n' } });

describe('context-pointers', () => {
  it('accepts a ticket whose only pointer is a link', async () => {
    await tester.accepts('ok-link.md');
  });

  it('accepts a context list item whose first word is a path', async () => {
    await tester.accepts('ok-list-word.md');
  });

  it('reports a ticket that names no path as an error: prose, URLs and calls are not pointers', async () => {
    await tester.reports('not-ok-no-pointer.md', [
      { line: 1, severity: 'error', message: 'The ticket points at no repository path; expected at least one path in a code span, a link or a context list item' },
    ]);
  });
});
