import { describe, expect, it } from '@jest/globals';
import { unwrap, unwrapCode } from '../../../src/core/text/unwrap.js';

describe('unwrap: a word without the brackets, quotes and emphasis around it', () => {
  it.each([
    ['(src/a.ts)', 'src/a.ts'],
    ['_src/a.ts_', 'src/a.ts'],
    ['**src/a.ts**', 'src/a.ts'],
    ['"src/a.ts"', 'src/a.ts'],
    ['~/notes', '~/notes'],
  ])('%s → %s', (word, bare) => {
    expect(unwrap(word)).toBe(bare);
  });

  it.each([
    // held out: 5ury44/cumulus central-orchestrator tasks.md:218, "Update __init__.py to import proto modules"
    ['__init__.py', '__init__.py'],
    ['(__init__.py)', '__init__.py'],
    ['_config.yml', '_config.yml'],
    ['_layouts/default.html', '_layouts/default.html'],
  ])('keeps a mark nothing closes as part of the name: %s', (word, bare) => {
    expect(unwrap(word)).toBe(bare);
  });

  it('takes a closing mark whose opening stands on an earlier word as emphasis (a fixture of spec-workflow: "_Leverage: src/a.ts, src/utils/validation.ts_")', () => {
    expect(unwrap('src/utils/validation.ts_')).toBe('src/utils/validation.ts');
  });
});

describe('unwrapCode: a word of code without the brackets and quotes around it', () => {
  it.each([
    // round 18: 0xc0re/themey 02-03-PLAN.md:586, "`find tests/__snapshots__ -name …`" was 'tests/__snapshots'
    ['tests/__snapshots__', 'tests/__snapshots__'],
    ['(tests/__snapshots__)', 'tests/__snapshots__'],
    ['"src/a.ts"', 'src/a.ts'],
    ['*.py', '*.py'],
    ['src/**', 'src/**'],
  ])('%s → %s: code has no emphasis', (word, bare) => {
    expect(unwrapCode(word)).toBe(bare);
  });
});
