import { describe, expect, it } from '@jest/globals';
import { ruleFindings } from '../helpers/lint-fixture.js';

describe('vague-language', () => {
  it('ignores code, comments and words that merely contain a vague word', async () => {
    expect(await ruleFindings('vague-language', 'ok-precise.md')).toEqual([]);
  });

  it('reports each vague phrase at its line and column', async () => {
    expect(await ruleFindings('vague-language', 'not-ok-vague.md')).toEqual([
      "4:1 Vague phrase 'Fix the bug' leaves the agent guessing; say exactly what is meant",
      "4:54 Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
      "7:36 Vague phrase 'as needed' leaves the agent guessing; say exactly what is meant",
      "10:18 Vague phrase 'TBD' leaves the agent guessing; say exactly what is meant",
      "11:22 Vague phrase 'somehow' leaves the agent guessing; say exactly what is meant",
    ]);
  });

  it('is a warning by default and can be turned off', async () => {
    expect(await ruleFindings('vague-language', 'not-ok-vague.md', { config: { rules: { 'vague-language': 'off' } } })).toEqual([]);
  });
});
