import { afterAll, describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const tester = ruleTester('line-range', { inGitRepository: true });

describe('line-range (against a git repository)', () => {
  it('accepts lines and ranges within the file, up to its last line', async () => {
    await tester.accepts('ok-ranges.md');
  });

  it('reports lines past the end, reversed ranges and ranges into binary files', async () => {
    await tester.reports('not-ok-ranges.md', [
      { line: 7, column: 4, severity: 'error', message: "Line 31 is past the end of 'src/api/login.ts' (30 lines)" },
      { line: 8, column: 4, severity: 'error', message: "Lines 25-40 run past the end of 'src/api/login.ts' (30 lines)" },
      { line: 9, column: 4, severity: 'error', message: "Lines 40-12 of 'src/api/login.ts' is not a valid range; expected lines counted from 1, first ≤ last" },
      { line: 10, column: 4, severity: 'error', message: "Line 3 points into 'assets/logo.png', which is not a text file" },
      { line: 11, column: 18, severity: 'error', message: "Lines 9-11 run past the end of 'src/api/session.ts' (10 lines)" },
    ]);
  });
});
