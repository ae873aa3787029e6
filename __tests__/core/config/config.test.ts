import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_TICKET_GLOBS, applyOverrides, parseConfig } from '../../../src/core/config/config.js';
import { FORMAT_PLACES } from '../../../src/core/parse/formats/index.js';
import { CONFIG_SCHEMA } from '../../../src/app/open-workspace.js';
import { RULE_IDS } from '../../../src/rules/index.js';

const parse = (text: string) => parseConfig(text, '.ticket-lint.yml', CONFIG_SCHEMA);
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

  it('reads every key of the config file; lists add to the defaults', () => {
    const config = parse(
      [
        'tickets: ["roadmap/**/*.md"]',
        'ignore: ["**/drafts/**"]',
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
        'status: { done: [shipped to prod] }',
        'formats: { "plans/**": superpowers }',
        'lint-done: true',
        'frontmatter: { required: [id] }',
        'rules: { vague-language: off, ticket-id: warn, context-pointers: warning }',
      ].join('\n'),
    );
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      tickets: ['roadmap/**/*.md'],
      ignore: [...DEFAULT_CONFIG.ignore, '**/drafts/**'],
      encoding: 'cl100k_base',
      contextWindow: 128000,
      smartZone: 0.5,
      overheadTokens: 10000,
      maxFileBytes: 2048,
      sections: { ...DEFAULT_CONFIG.sections, goal: [...DEFAULT_CONFIG.sections.goal, 'Why'] },
      status: { ...DEFAULT_CONFIG.status, done: [...DEFAULT_CONFIG.status.done, 'shipped to prod'] },
      formats: [{ glob: 'plans/**', format: 'superpowers' }],
      lintDone: true,
      rules: {
        'ticket-size': { options: { max: 3000, min: 50 } },
        'session-budget': { options: { min: 1000 } },
        'acceptance-criteria': { options: { min: 2, max: 8 } },
        frontmatter: { options: { required: ['id'] } },
        'vague-language': { severity: 'off', options: {} },
        'ticket-id': { severity: 'warning', options: {} },
        'context-pointers': { severity: 'warning', options: {} },
      },
    });
  });

  it('replaces a list when told to, and keeps the default ticket globs equal to the places the formats name', () => {
    expect(parse('ignore: { replace: ["x/**"] }\n').ignore).toEqual(['x/**']);
    expect(parse('sections: { goal: { replace: [Why] } }\n').sections.goal).toEqual(['Why']);
    expect([...DEFAULT_TICKET_GLOBS].sort()).toEqual([...FORMAT_PLACES].sort());
  });

  it("reads a rule's options next to its severity, as ESLint does, and the flat keys as their aliases", () => {
    const withOptions = parse('rules:\n  ticket-size: [warning, { max: 3000, min: 50 }]\n  acceptance-criteria: [error]\n');
    expect(withOptions.rules).toEqual({
      'ticket-size': { severity: 'warning', options: { max: 3000, min: 50 } },
      'acceptance-criteria': { severity: 'error', options: {} },
    });
    expect(parse('max-ticket-tokens: 3000\nmin-ticket-tokens: 50\n').rules['ticket-size']?.options).toEqual(withOptions.rules['ticket-size']?.options);
    expect(parse('frontmatter: { required: [id] }\n').rules['frontmatter']).toEqual({ options: { required: ['id'] } });
  });

  it.each([
    ['a misspelt key', 'tickets: [a.md]\nsmartzone: 0.5\n', ".ticket-lint.yml:2: unknown key 'smartzone'; did you mean 'smart-zone'?"],
    ['an unknown key', 'colour: blue\n', ".ticket-lint.yml:1: unknown key 'colour'; expected one of: tickets, ignore, encoding, model, context-window, smart-zone, overhead-tokens, max-ticket-tokens, min-ticket-tokens, min-work-tokens, min-criteria, max-criteria, max-file-bytes, max-pointers, sections, status, formats, lint-done, frontmatter, rules"],
    ['a wrong type', 'context-window: "big"\n', `.ticket-lint.yml:1: 'context-window' must be an integer from 1,000 to 100,000,000; got "big"`],
    ['a value out of range', '\nsmart-zone: 1.5\n', ".ticket-lint.yml:2: 'smart-zone' must be a number from 0.01 to 1; got 1.5"],
    ['an unknown encoding', 'encoding: gpt2\n', ".ticket-lint.yml:1: 'encoding' must be one of 'o200k_base', 'cl100k_base'; got \"gpt2\""],
    ['tickets that are not a list', 'tickets: roadmap/*.md\n', `.ticket-lint.yml:1: 'tickets' must be a non-empty list of non-empty strings; got "roadmap/*.md"`],
    ['a misspelt rule', 'rules:\n  vague-languag: off\n', ".ticket-lint.yml:1: 'rules.vague-languag' must be a rule id (did you mean 'vague-language'?); got \"vague-languag\""],
    ['an unknown rule', 'rules:\n  spelling: off\n', `.ticket-lint.yml:1: 'rules.spelling' must be a rule id, one of: ${RULE_IDS.join(', ')}; got "spelling"`],
    ['a bad severity', 'rules: { ticket-id: fatal }\n', `.ticket-lint.yml:1: 'rules.ticket-id' must be 'error', 'warning' or 'off'; got "fatal"`],
    ['an unknown section', 'sections: { goals: [Goal] }\n', `.ticket-lint.yml:1: 'sections.goals' must be one of the sections goal, context, acceptance; got "goals"`],
    ['an empty heading list', 'sections: { goal: [] }\n', `.ticket-lint.yml:1: 'sections.goal' must be a non-empty list of non-empty strings (heading texts), or { replace: [...] } to drop the defaults; got []`],
    ['an unknown format', 'formats: { "docs/**": jira }\n', `.ticket-lint.yml:1: 'formats.docs/**' must be a format name, one of: task-master, task-master-txt, spec-kit, kiro, spec-workflow, backlog-md, gsd, superpowers, spec, roadmap, bug-report, single; got "jira"`],
    ['a status of an unknown state', 'status: { closed: [shipped] }\n', `.ticket-lint.yml:1: 'status.closed' must be 'open' or 'done'; got "closed"`],
    ['lint-done that is not a boolean', 'lint-done: yes please\n', `.ticket-lint.yml:1: 'lint-done' must be true or false; got "yes please"`],
    ['min over max', 'min-ticket-tokens: 3000\n', ".ticket-lint.yml:1: 'min-ticket-tokens' must be less than 'max-ticket-tokens' (2500); got 3000"],
    ['broken YAML', 'tickets: [a\nrules: x\n', '.ticket-lint.yml:2: not a valid configuration: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a list instead of a mapping', '- a\n', '.ticket-lint.yml:1: not a valid configuration: expected a mapping of keys to values'],
    ['min over max, set as options', 'rules:\n  ticket-size: [error, { min: 90, max: 80 }]\n', ".ticket-lint.yml:1: 'rules.ticket-size.min' must be less than 'rules.ticket-size.max' (80); got 90"],
    ['min over a default max, set as an option', '\nrules: { acceptance-criteria: [error, { min: 13 }] }\n', ".ticket-lint.yml:2: 'rules.acceptance-criteria.min' must be at most 'max-criteria' (12); got 13"],
    ['an option of the wrong type', 'rules: { ticket-size: [error, { max: big }] }\n', `.ticket-lint.yml:1: 'rules.ticket-size.max' must be an integer from 1 to 100,000,000; got "big"`],
    ['a misspelt option', 'rules: { ticket-size: [error, { maxx: 3 }] }\n', `.ticket-lint.yml:1: 'rules.ticket-size.maxx' must be an option of 'ticket-size' (did you mean 'max'?); got "maxx"`],
    ['an option of a rule that has none', 'rules: { ticket-id: [error, { max: 3 }] }\n', `.ticket-lint.yml:1: 'rules.ticket-id.max' must be an option of 'ticket-id', which has none; got "max"`],
    ['options that are not a mapping', 'rules: { ticket-size: [error, 3000] }\n', `.ticket-lint.yml:1: 'rules.ticket-size' must be a list [severity, { options }] whose options are a mapping; got ["error",3000]`],
    ['a list with a bad severity', 'rules: { ticket-size: [fatal, { max: 3 }] }\n', `.ticket-lint.yml:1: 'rules.ticket-size' must be 'error', 'warning' or 'off', or a list [severity, { options }]; got ["fatal",{"max":3}]`],
    ['an option set twice', 'max-ticket-tokens: 3000\nrules: { ticket-size: [error, { max: 2000 }] }\n', ".ticket-lint.yml:2: 'rules.ticket-size.max' must be set once; 'max-ticket-tokens' sets the same option; got 2000"],
    ['an unknown frontmatter key', 'frontmatter: { require: [id] }\n', `.ticket-lint.yml:1: 'frontmatter.require' must be a known key: 'required'; got "require"`],
    ['an unknown model', 'model: llama\n', `.ticket-lint.yml:1: 'model' must be a profile name (default, claude, claude-1m, gpt) or a mapping of context-window, smart-zone, overhead-tokens, token-factor; got "llama"`],
    ['a token factor out of range', 'model: { token-factor: 9 }\n', `.ticket-lint.yml:1: 'model.token-factor' must be a number from 0.5 to 3; got 9`],
    ['a misspelt profile key', 'model: { window: 9 }\n', `.ticket-lint.yml:1: 'model.window' must be one of context-window, smart-zone, overhead-tokens, token-factor; got "window"`],
    ['required keys that are not a list', 'frontmatter: { required: id }\n', `.ticket-lint.yml:1: 'frontmatter.required' must be a list of non-empty strings (frontmatter keys); got "id"`],
  ])('rejects %s in one line naming the key', (_what, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

describe('model profiles', () => {
  it('sizes the session for a named model, and a setting of the same file wins over the profile', () => {
    expect(parse('model: claude-1m\n')).toMatchObject({ model: 'claude-1m', contextWindow: 1_000_000, smartZone: 0.3, overheadTokens: 15_000, tokenFactor: 1.2 });
    expect(parse('model: claude\ncontext-window: 500000\n')).toMatchObject({ model: 'claude', contextWindow: 500_000, smartZone: 0.4, tokenFactor: 1.2 });
    expect(parse('context-window: 500000\nmodel: gpt\n')).toMatchObject({ model: 'gpt', contextWindow: 500_000, tokenFactor: 1 });
  });

  it('takes a custom profile over the default one', () => {
    expect(parse('model: { context-window: 64000, token-factor: 1.1 }\n')).toMatchObject({
      model: 'custom',
      contextWindow: 64_000,
      smartZone: 0.4,
      overheadTokens: 15_000,
      tokenFactor: 1.1,
    });
  });
});

describe('applyOverrides', () => {
  it('validates overrides exactly like the file and names their source', () => {
    expect(applyOverrides(DEFAULT_CONFIG, { encoding: 'cl100k_base' }, 'inputs', CONFIG_SCHEMA).encoding).toBe('cl100k_base');
    expect(() => applyOverrides(DEFAULT_CONFIG, { encoding: 'nope' }, "the action's inputs", CONFIG_SCHEMA)).toThrow(
      `the action's inputs: 'encoding' must be one of 'o200k_base', 'cl100k_base'; got "nope"`,
    );
  });
});
