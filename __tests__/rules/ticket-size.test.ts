import { describe, expect, it } from '@jest/globals';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { readFixture, ruleFindings } from '../helpers/lint-fixture.js';

const findings = (fixture: string, config = {}) => ruleFindings('ticket-size', fixture, { config });

describe('ticket-size', () => {
  it('accepts a ticket between min-ticket-tokens and max-ticket-tokens', async () => {
    expect(await findings('ok-sized.md')).toEqual([]);
  });

  it("reports a ticket over 'max-ticket-tokens' as an error with its size", async () => {
    const tokens = (await loadTokenCounter('o200k_base')).count(readFixture('rules', 'ticket-size', 'ok-sized.md'));
    expect(await findings('ok-sized.md', { 'max-ticket-tokens': 100 })).toEqual([
      `1 The ticket is ${tokens} tokens, over 'max-ticket-tokens' (100); move detail into the files it points at, or split it`,
    ]);
  });

  it("warns about a ticket under 'min-ticket-tokens'", async () => {
    const tokens = (await loadTokenCounter('o200k_base')).count(readFixture('rules', 'ticket-size', 'not-ok-too-small.md'));
    expect(tokens).toBeLessThan(40);
    expect(await findings('not-ok-too-small.md')).toEqual([
      `1 The ticket is ${tokens} tokens, under 'min-ticket-tokens' (40); say what the goal is and how to check it`,
    ]);
  });
});
