import { afterAll, describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const tester = ruleTester('new-file', { inGitRepository: true });

describe('new-file (against a git repository)', () => {
  it('accepts new files in existing folders and in folders the ticket creates', async () => {
    await tester.accepts('ok-new.md');
  });

  it('reports a new file that exists and one whose folder does not', async () => {
    await tester.reports('not-ok-new.md', [
      { line: 7, column: 4, severity: 'warning', message: "'src/api/login.ts' is marked new but already exists; drop the (new) mark or name the file to create" },
      { line: 8, column: 4, severity: 'warning', message: "The folder 'src/apii' of new file 'src/apii/limit.ts' does not exist; did you mean 'src/api'?" },
      { line: 9, column: 4, severity: 'warning', message: "The folder 'lib/limits' of new file 'lib/limits/store.ts' does not exist; mark the folder (new) too if the ticket creates it" },
    ]);
  });
});
