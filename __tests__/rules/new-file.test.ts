import { afterAll, describe, expect, it } from '@jest/globals';
import { appRuleFindings } from '../helpers/app-repository.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

describe('new-file (against a git repository)', () => {
  it('accepts new files in existing folders and in folders the ticket creates', async () => {
    expect(await appRuleFindings('new-file', 'ok-new.md')).toEqual([]);
  });

  it('reports a new file that exists and one whose folder does not', async () => {
    expect(await appRuleFindings('new-file', 'not-ok-new.md')).toEqual([
      "roadmap/not-ok-new.md 7:4 'src/api/login.ts' is marked new but already exists; drop the (new) mark or name the file to create",
      "roadmap/not-ok-new.md 8:4 The folder 'src/apii' of new file 'src/apii/limit.ts' does not exist; did you mean 'src/api'?",
      "roadmap/not-ok-new.md 9:4 The folder 'lib/limits' of new file 'lib/limits/store.ts' does not exist; mark the folder (new) too if the ticket creates it",
    ]);
  });
});
