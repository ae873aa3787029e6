import { describe, it } from '@jest/globals';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { readFixture } from '../helpers/lint-fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('ticket-size');
const tokensOf = async (fixture: string) => (await loadTokenCounter('o200k_base')).count(readFixture('rules', 'ticket-size', fixture));

describe('ticket-size', () => {
  it('accepts a ticket between min-ticket-tokens and max-ticket-tokens', async () => {
    await tester.accepts('ok-sized.md');
  });

  it("reports a ticket over 'max-ticket-tokens' as an error with its size, set by the flat key or the rule's option", async () => {
    const tokens = await tokensOf('ok-sized.md');
    const over = { line: 1, severity: 'error' as const, message: `The ticket is ${tokens} tokens, over 'max-ticket-tokens' (100); move detail into the files it points at, or split it` };
    await tester.reports('ok-sized.md', [over], { 'max-ticket-tokens': 100 });
    await tester.reports('ok-sized.md', [over], { rules: { 'ticket-size': ['error', { max: 100 }] } });
  });

  it("warns about a ticket under 'min-ticket-tokens': a warning even though the rule is an error", async () => {
    const tokens = await tokensOf('not-ok-too-small.md');
    await tester.reports('not-ok-too-small.md', [
      { line: 1, severity: 'warning', message: `The ticket is ${tokens} tokens, under 'min-ticket-tokens' (40); say what the goal is and how to check it` },
    ]);
  });
});
