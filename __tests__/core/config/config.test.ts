import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEFAULT_CONFIG, applyOverrides, parseConfig } from '../../../src/core/config/config.js';
import { RULE_IDS } from '../../../src/rules/index.js';

const parse = (text: string) => parseConfig(text, '.ticket-lint.yml', RULE_IDS);
const errorOf = (text: string): string => {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('gives the defaults for an empty file', () => {
    expect(parse('')).toEqual(DEFAULT_CONFIG);
    expect(parse('# only a comment\n')).toEqual(DEFAULT_CONFIG);
  });

  it('reads every key of DESIGN §8', () => {
    const config = parse(
      [
        'tickets: ["roadmap/**/*.md"]',
        'ignore: ["**/README.md"]',
        'encoding: cl100k_base',
        'context-window: 128000',
        'smart-zone: 0.5',
        'overhead-tokens: 10000',
        'max-ticket-tokens: 3000',
        'min-ticket-tokens: 50',
        'min-work-tokens: 1000',
        'min-criteria: 2',
        'max-criteria: 8',
        'max-file-bytes: 2048',
        'sections: { goal: [Why] }',
        'frontmatter: { required: [id] }',
        'rules: { vague-language: off, ticket-id: warn, context-pointers: warning }',
      ].join('\n'),
    );
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      tickets: ['roadmap/**/*.md'],
      ignore: ['**/README.md'],
      encoding: 'cl100k_base',
      contextWindow: 128000,
      smartZone: 0.5,
      overheadTokens: 10000,
      maxTicketTokens: 3000,
      minTicketTokens: 50,
      minWorkTokens: 1000,
      minCriteria: 2,
      maxCriteria: 8,
      maxFileBytes: 2048,
      sections: { ...DEFAULT_CONFIG.sections, goal: ['Why'] },
      frontmatter: { required: ['id'] },
      rules: { 'vague-language': 'off', 'ticket-id': 'warning', 'context-pointers': 'warning' },
    });
  });

  it.each([
    ['a misspelt key', 'tickets: [a.md]\nsmartzone: 0.5\n', ".ticket-lint.yml:2: unknown key 'smartzone'; did you mean 'smart-zone'?"],
    ['an unknown key', 'colour: blue\n', ".ticket-lint.yml:1: unknown key 'colour'; expected one of: tickets, ignore, encoding, context-window, smart-zone, overhead-tokens, max-ticket-tokens, min-ticket-tokens, min-work-tokens, min-criteria, max-criteria, max-file-bytes, max-pointers, sections, frontmatter, rules"],
    ['a wrong type', 'context-window: "big"\n', `.ticket-lint.yml:1: 'context-window' must be an integer of at least 1,000; got "big"`],
    ['a value out of range', '\nsmart-zone: 1.5\n', ".ticket-lint.yml:2: 'smart-zone' must be a number greater than 0 and at most 1; got 1.5"],
    ['an unknown encoding', 'encoding: gpt2\n', ".ticket-lint.yml:1: 'encoding' must be one of 'o200k_base', 'cl100k_base'; got \"gpt2\""],
    ['tickets that are not a list', 'tickets: roadmap/*.md\n', `.ticket-lint.yml:1: 'tickets' must be a non-empty list of non-empty strings; got "roadmap/*.md"`],
    ['a misspelt rule', 'rules:\n  vague-languag: off\n', ".ticket-lint.yml:1: 'rules.vague-languag' must be a rule id (did you mean 'vague-language'?); got \"vague-languag\""],
    ['an unknown rule', 'rules:\n  spelling: off\n', `.ticket-lint.yml:1: 'rules.spelling' must be a rule id, one of: ${RULE_IDS.join(', ')}; got "spelling"`],
    ['a bad severity', 'rules: { ticket-id: fatal }\n', `.ticket-lint.yml:1: 'rules.ticket-id' must be 'error', 'warning' or 'off'; got "fatal"`],
    ['an unknown section', 'sections: { goals: [Goal] }\n', `.ticket-lint.yml:1: 'sections.goals' must be one of the sections goal, context, acceptance; got "goals"`],
    ['an empty heading list', 'sections: { goal: [] }\n', `.ticket-lint.yml:1: 'sections.goal' must be a non-empty list of non-empty strings (heading texts); got []`],
    ['min over max', 'min-ticket-tokens: 3000\n', ".ticket-lint.yml:1: 'min-ticket-tokens' must be less than 'max-ticket-tokens' (2500); got 3000"],
    ['broken YAML', 'tickets: [a\nrules: x\n', '.ticket-lint.yml:2: not a valid configuration: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a list instead of a mapping', '- a\n', '.ticket-lint.yml:1: not a valid configuration: expected a mapping of keys to values'],
  ])('rejects %s in one line naming the key', (_what, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

describe('applyOverrides', () => {
  it('validates overrides exactly like the file and names their source', () => {
    expect(applyOverrides(DEFAULT_CONFIG, { encoding: 'cl100k_base' }, 'inputs', RULE_IDS).encoding).toBe('cl100k_base');
    expect(() => applyOverrides(DEFAULT_CONFIG, { encoding: 'nope' }, "the action's inputs", RULE_IDS)).toThrow(
      `the action's inputs: 'encoding' must be one of 'o200k_base', 'cl100k_base'; got "nope"`,
    );
  });
});
