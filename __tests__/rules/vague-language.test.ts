import { describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('vague-language');
const vague = (line: number, column: number, phrase: string) => ({
  line,
  column,
  severity: 'warning' as const,
  message: `Vague phrase '${phrase}' leaves the agent guessing; say exactly what is meant`,
});

describe('vague-language', () => {
  it('ignores code, comments and words that merely contain a vague word', async () => {
    await tester.accepts('ok-precise.md');
  });

  it('reports each vague phrase at its line and column, on a paragraph\'s later lines too, as a warning', async () => {
    await tester.reports('not-ok-vague.md', [vague(4, 1, 'Fix the bug'), vague(4, 54, 'etc.'), vague(7, 36, 'as needed'), vague(10, 18, 'TBD'), vague(11, 22, 'somehow'), vague(13, 16, 'as needed')]);
  });

  it('is an error when the config says so, and can be turned off', async () => {
    await tester.reports('not-ok-vague.md', [{ ...vague(4, 1, 'Fix the bug'), severity: 'error' }, { ...vague(4, 54, 'etc.'), severity: 'error' }, { ...vague(7, 36, 'as needed'), severity: 'error' }, { ...vague(10, 18, 'TBD'), severity: 'error' }, { ...vague(11, 22, 'somehow'), severity: 'error' }, { ...vague(13, 16, 'as needed'), severity: 'error' }], {
      rules: { 'vague-language': 'error' },
    });
    await tester.accepts('not-ok-vague.md', { rules: { 'vague-language': 'off' } });
  });
});
