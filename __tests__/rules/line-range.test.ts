import { afterAll, describe, expect, it } from '@jest/globals';
import { appRuleFindings } from '../helpers/app-repository.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

describe('line-range (against a git repository)', () => {
  it('accepts lines and ranges within the file, up to its last line', async () => {
    expect(await appRuleFindings('line-range', 'ok-ranges.md')).toEqual([]);
  });

  it('reports lines past the end, reversed ranges and ranges into binary files', async () => {
    expect(await appRuleFindings('line-range', 'not-ok-ranges.md')).toEqual([
      "roadmap/not-ok-ranges.md 7:4 Line 31 is past the end of 'src/api/login.ts' (30 lines)",
      "roadmap/not-ok-ranges.md 8:4 Lines 25-40 run past the end of 'src/api/login.ts' (30 lines)",
      "roadmap/not-ok-ranges.md 9:4 Lines 40-12 of 'src/api/login.ts' is not a valid range; expected lines counted from 1, first ≤ last",
      "roadmap/not-ok-ranges.md 10:4 Line 3 points into 'assets/logo.png', which is not a text file",
      "roadmap/not-ok-ranges.md 11:18 Lines 9-11 run past the end of 'src/api/session.ts' (10 lines)",
    ]);
  });
});
