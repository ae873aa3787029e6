import { describe, expect, it } from '@jest/globals';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { describeDiagnostic, lintTexts, readFixture } from '../helpers/lint-fixture.js';

const code = (name: string, lines: number) =>
  Array.from({ length: lines }, (_, i) => `export function ${name}${i}(input: string): string { return input.trim() + '${name}'; }`).join('\n') + '\n';

const REPOSITORY = {
  'src/api/login.ts': code('login', 300),
  'src/api/session.ts': code('session', 200),
  'src/util/strings.ts': code('strings', 100),
  'docs/guide.md': '# Guide\n\nRead this first.\n\nThen that.\n',
};

async function findings(fixture: string, config = {}) {
  const report = await lintTexts({ [`roadmap/${fixture}`]: readFixture('rules', 'session-budget', fixture) }, { repository: REPOSITORY, config });
  return { report, found: report.diagnostics.filter((d) => d.rule === 'session-budget').map((d) => `${d.severity} ${describeDiagnostic(d)}`) };
}

describe('session-budget', () => {
  it('accepts a session within the budget with enough work for a session', async () => {
    expect((await findings('ok-one-session.md')).found).toEqual([]);
  });

  it('reports a session over the budget, naming the heaviest pointers and the folder that alone fills it', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const all = counter.count(REPOSITORY['src/api/login.ts']) + counter.count(REPOSITORY['src/api/session.ts']) + counter.count(REPOSITORY['src/util/strings.ts']);
    const login = counter.count(REPOSITORY['src/api/login.ts']);
    const guide = counter.count('# Guide\n\nRead this first.\n');
    const config = { 'context-window': 20_000, 'overhead-tokens': 5_000 };
    const { report, found } = await findings('not-ok-too-big.md', config);
    const ticket = report.tickets[0];
    expect(ticket?.pointerTokens).toBe(all + guide);
    expect(ticket?.sessionTokens).toBe(5_000 + (ticket?.tokens ?? 0) + all + guide);
    expect(found).toEqual([
      `error 1 The session is estimated at ${ticket?.sessionTokens.toLocaleString('en-US')} tokens, over the 8,000 budget (20,000 × 0.4); ` +
        `the heaviest pointers are 'src/' (${all.toLocaleString('en-US')}), 'src/api/login.ts' (${login.toLocaleString('en-US')}), 'docs/guide.md:1-3' (${guide}); ` +
        `'src/' alone brings ${all.toLocaleString('en-US')} tokens, more than the 3,000 a session has after its overhead: name the files of it the session needs`,
    ]);
  });

  it('advises splitting the ticket when files, not a folder, fill the session', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const login = counter.count(REPOSITORY['src/api/login.ts']);
    const session = counter.count(REPOSITORY['src/api/session.ts']);
    const { report, found } = await findings('not-ok-two-big-files.md', { 'context-window': 20_000, 'overhead-tokens': 1_000 });
    expect(found).toEqual([
      `error 1 The session is estimated at ${report.tickets[0]?.sessionTokens.toLocaleString('en-US')} tokens, over the 8,000 budget (20,000 × 0.4); ` +
        `the heaviest pointers are 'src/api/login.ts' (${login.toLocaleString('en-US')}), 'src/api/session.ts' (${session.toLocaleString('en-US')}); ` +
        'split the ticket or point at line ranges',
    ]);
  });

  it('marks the figures as estimates (≈) under a model profile whose tokenizer is not counted exactly', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const exact = counter.count(REPOSITORY['src/api/login.ts']);
    const { report, found } = await findings('not-ok-two-big-files.md', { 'context-window': 20_000, 'overhead-tokens': 1_000, model: 'claude' });
    expect(report.tickets[0]?.pointers[0]?.tokens).toBe(Math.round(exact * 1.2));
    expect(found[0]).toMatch(/^error 1 The session is estimated at ≈[\d,]+ tokens, over the 8,000 budget/);
  });

  it('warns that a ticket with little work and one criterion should be merged with a sibling', async () => {
    const { report, found } = await findings('not-ok-too-small.md');
    const work = (report.tickets[0]?.tokens ?? 0) + (report.tickets[0]?.pointerTokens ?? 0);
    expect(work).toBeLessThan(1_500);
    expect(found).toEqual([
      `warning 1 The work is small for a session: ${work} tokens of ticket and files, under 'min-work-tokens' (1,500), with one acceptance criterion; merge it with a sibling ticket`,
    ]);
  });

  it('keeps the small-work case a warning even when the rule is configured as an error', async () => {
    const { found } = await findings('not-ok-too-small.md', { rules: { 'session-budget': 'error' } });
    expect(found[0]).toMatch(/^warning 1 The work is small/);
    expect((await findings('not-ok-too-small.md', { rules: { 'session-budget': 'off' } })).found).toEqual([]);
  });
});
