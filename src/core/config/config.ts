import { describeValue } from '../text/describe-value.js';
import { MAX_CONTEXT_WINDOW, MAX_FILE_BYTES, fraction, integerAtLeast, integerBetween, isPlainMapping, matchableGlobs, nonEmptyStringList, oneOf, stringList, tokenCount, type Expectation } from './expectations.js';
import { addedTo, resolveFormats, resolveSections, resolveStatus } from './list-settings.js';
import { PROFILE_KEYS, resolveModel } from './models.js';
import type { ConfigurableRule } from './rule-options.js';
import { resolveRuleSettings, closestWord, type RuleSettingsBuilder } from './rule-settings.js';
import { parseYamlMapping } from './yaml-mapping.js';

export type Severity = 'error' | 'warning' | 'off';
export type SectionKind = 'goal' | 'context' | 'acceptance';
export const SECTION_KINDS: readonly SectionKind[] = ['goal', 'context', 'acceptance'];
export const ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What the config says of one rule: a severity over its default, option values over its defaults. */
export interface RuleSetting {
  severity?: Severity;
  options: Record<string, unknown>;
}

/** The settings of a run (the YAML file's kebab-case keys, camel-cased), and what it sets per rule. */
export interface Config {
  tickets: string[];
  ignore: string[];
  encoding: Encoding;
  contextWindow: number;
  smartZone: number;
  overheadTokens: number;
  maxFileBytes: number;
  maxPointers: number;
  sections: Record<SectionKind, string[]>;
  /** Status words of each state, the defaults with what the config adds. */
  status: { open: string[]; done: string[] };
  /** Globs whose files a named format reads, over the one that would claim them. */
  formats: Array<{ glob: string; format: string }>;
  /** Lint done tickets fully; by default they are checked for ids and dependencies only. */
  lintDone: boolean;
  /** The model profile the session is sized for (docs/sizing.md): a name, or 'custom'. */
  model: string;
  /** The model's tokens per o200k token; counts shown for a factor other than 1 are estimates. */
  tokenFactor: number;
  /** By rule id; a rule not named keeps its default severity and options. */
  rules: Record<string, RuleSetting>;
}

/**
 * The places each ticket format says its files live (a test keeps this list equal to the formats'),
 * written out here because the config comes before the formats in the pipeline.
 */
export const DEFAULT_TICKET_GLOBS: readonly string[] = [
  '.taskmaster/tasks/tasks.json',
  '.taskmaster/tasks/task_*.txt',
  '**/specs/*/tasks.md',
  '.specify/**/tasks.md',
  '.kiro/specs/*/tasks.md',
  '.spec-workflow/specs/*/tasks.md',
  ...['backlog', '.backlog'].flatMap((root) => ['tasks', 'completed', 'archive', 'drafts'].map((folder) => `${root}/${folder}/**/*.md`)),
  '.planning/**/*-PLAN.md',
  'docs/plans/**/*.md',
  'docs/superpowers/plans/**/*.md',
  'roadmap/**/*.md',
  '**/tickets/**/*.md',
  '.scratch/*/issues/**/*.md',
];

/** The words the ticket tools use (Backlog.md, Task Master, Linear, Jira, GitHub), and what each means: open or done. */
export const DEFAULT_STATUS_WORDS: Readonly<{ open: readonly string[]; done: readonly string[] }> = Object.freeze({
  open: ['todo', 'to do', 'open', 'backlog', 'draft', 'new', 'pending', 'planned', 'ready', 'in progress', 'doing', 'started', 'active', 'review', 'in review', 'blocked', 'on hold', 'deferred', 'paused', 'not started'],
  done: ['done', 'complete', 'completed', 'finished', 'resolved', 'closed', 'fixed', 'merged', 'shipped', 'released', "won't do", 'wont do', 'wontfix', "won't fix", 'cancelled', 'canceled', 'superseded', 'deprecated', 'obsolete', 'abandoned', 'duplicate', 'archived', 'rejected', 'dropped'],
});

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  tickets: [...DEFAULT_TICKET_GLOBS],
  ignore: ['**/README.md', '**/node_modules/**'],
  encoding: 'o200k_base',
  contextWindow: 200_000,
  smartZone: 0.4,
  overheadTokens: 15_000,
  maxFileBytes: 1_048_576,
  maxPointers: 500,
  sections: {
    goal: ['Goal', 'Goals', 'Objective', 'Goal and expected behavior', 'Description', 'Summary', 'Problem', 'Problem statement', 'What to build', 'Suggestion', 'Proposed fix', 'Proposed solution'],
    context: ['Context Pointers', 'Context', 'Files', 'Relevant files', 'Key files', 'Technical context', 'References', 'Evidence', 'Files to change', 'Files to modify', 'Affected files', 'Relevant code', 'Code pointers'],
    acceptance: ['Acceptance Criteria', 'Acceptance', 'Definition of Done', 'Done when', 'Success criteria', 'Tests', 'Test plan', 'Test strategy', 'Testing', 'Verification'],
  },
  status: { open: [...DEFAULT_STATUS_WORDS.open], done: [...DEFAULT_STATUS_WORDS.done] },
  formats: [],
  lintDone: false,
  model: 'default',
  tokenFactor: 1,
  rules: {},
});

export const DEFAULT_CONFIG_FILE = '.ticket-lint.yml';

/** The names a config file is found by in the root, in the order a message lists them; at most one may exist. */
export const CONFIG_FILE_NAMES: readonly string[] = [DEFAULT_CONFIG_FILE, '.ticket-lint.yaml', '.ticket-lint.json'];

/** A user's mistake in the configuration: one line that names the key and says what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The config file and line the mistake is on, when it is in a file (an annotation goes there). */
  constructor(
    message: string,
    readonly place?: ConfigPlace,
  ) {
    super(message);
  }
}

/** A line of a config file, repository-relative. */
export interface ConfigPlace {
  file: string;
  line: number;
}

type Setting = Exclude<keyof Config, 'rules' | 'sections' | 'status' | 'formats' | 'ignore' | 'model' | 'tokenFactor'>;

/**
 * The keys of the file, in the order a message lists them. A rule's options live with the rule
 * (`rules: { ticket-size: [error, { max: 3000 }] }`); the flat keys of the first config format stay
 * as aliases of them.
 */
type TopLevelKey =
  | { setting: Setting; expect: Expectation }
  | { alias: { rule: string; option: string } }
  | { nested: Record<string, { rule: string; option: string }> }
  | 'sections'
  | 'ignore'
  | 'status'
  | 'formats'
  | 'model'
  | 'rules';

const TOP_LEVEL_KEYS: Record<string, TopLevelKey> = {
  tickets: { setting: 'tickets', expect: matchableGlobs(nonEmptyStringList) },
  ignore: 'ignore',
  encoding: { setting: 'encoding', expect: oneOf(ENCODINGS) },
  model: 'model',
  'context-window': { setting: 'contextWindow', expect: integerBetween(1_000, MAX_CONTEXT_WINDOW) },
  'smart-zone': { setting: 'smartZone', expect: fraction },
  'overhead-tokens': { setting: 'overheadTokens', expect: tokenCount(0) },
  'max-ticket-tokens': { alias: { rule: 'ticket-size', option: 'max' } },
  'min-ticket-tokens': { alias: { rule: 'ticket-size', option: 'min' } },
  'min-work-tokens': { alias: { rule: 'session-budget', option: 'min' } },
  'min-criteria': { alias: { rule: 'acceptance-criteria', option: 'min' } },
  'max-criteria': { alias: { rule: 'acceptance-criteria', option: 'max' } },
  'max-file-bytes': { setting: 'maxFileBytes', expect: integerBetween(1, MAX_FILE_BYTES) },
  'max-pointers': { setting: 'maxPointers', expect: integerAtLeast(1) },
  sections: 'sections',
  status: 'status',
  formats: 'formats',
  'lint-done': { setting: 'lintDone', expect: (value) => (typeof value === 'boolean' ? undefined : 'true or false') },
  frontmatter: { nested: { required: { rule: 'frontmatter', option: 'required' } } },
  rules: 'rules',
};

/** A top-level key of the config file, in the order messages list them: the Config setting it holds, or whether it sets rules (`rules`, and the flat keys of the first format). */
export interface ConfigFileKey {
  key: string;
  setting?: keyof Config;
  setsRules: boolean;
}

export const CONFIG_FILE_KEYS: readonly ConfigFileKey[] = Object.entries(TOP_LEVEL_KEYS).map(([key, spec]) => {
  if (typeof spec === 'string') return spec === 'rules' ? { key, setsRules: true } : { key, setting: spec, setsRules: false };
  return 'setting' in spec ? { key, setting: spec.setting, setsRules: false } : { key, setsRules: true };
});

/** Where a key is, for messages (`.ticket-lint.yml:12`, or the name of the flags or inputs that set it) and annotations. */
type Where = (key: string) => { label: string; place?: ConfigPlace };

/** A config file read: the config, and the line of each top-level key it sets (`--print-config` says where each value came from). */
export interface ParsedConfigFile {
  config: Config;
  keyLines: ReadonlyMap<string, number>;
}

/**
 * Reads config file text (YAML, or JSON, which YAML reads too) into a Config over the defaults. Throws
 * ConfigError, one line naming the file, the line and the key, for syntax errors, unknown keys, wrong
 * types and out-of-range values.
 */
export function parseConfigFile(text: string, fileName: string, schema: ConfigSchema): ParsedConfigFile {
  const parsed = parseYamlMapping(text, 1);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    throw new ConfigError(`${fileName}:${firstProblem.line}: not a valid configuration: ${firstProblem.message}`, { file: fileName, line: firstProblem.line });
  }
  const where: Where = (key) => {
    const line = parsed.keyLines.get(key) ?? 1;
    return { label: `${fileName}:${line}`, place: { file: fileName, line } };
  };
  return { config: resolveConfig(DEFAULT_CONFIG, parsed.values, schema, where), keyLines: parsed.keyLines };
}

export function parseConfig(text: string, fileName: string, schema: ConfigSchema): Config {
  return parseConfigFile(text, fileName, schema).config;
}

/** What the config is checked against: the registered rules (their ids and options) and the format names. */
export interface ConfigSchema {
  rules: readonly ConfigurableRule[];
  formats: readonly string[];
}

/** Applies settings from another source (action inputs, CLI flags) over a config, validated exactly like the file's keys. */
export function applyOverrides(config: Config, overrides: Record<string, unknown>, sourceName: string, schema: ConfigSchema): Config {
  return resolveConfig(config, overrides, schema, () => ({ label: sourceName }));
}

function resolveConfig(base: Readonly<Config>, values: Record<string, unknown>, schema: ConfigSchema, where: Where): Config {
  const config: Config = structuredClone({ ...base }) as Config;
  const fail = (key: string, expected: string, value: unknown): never => {
    const { label, place } = where(key.split('.')[0] ?? key);
    throw new ConfigError(`${label}: '${key}' must be ${expected}; got ${describeValue(value)}`, place);
  };
  const ruleSettings: RuleSettingsBuilder = { fail, values: new Map(), aliasOf };
  let model: ReturnType<typeof resolveModel> | undefined;
  for (const [key, value] of Object.entries(values)) {
    const spec = TOP_LEVEL_KEYS[key];
    if (spec === undefined) {
      const near = closestWord(key, Object.keys(TOP_LEVEL_KEYS));
      const expected = near === undefined ? `expected one of: ${Object.keys(TOP_LEVEL_KEYS).join(', ')}` : `did you mean '${near}'?`;
      const { label, place } = where(key);
      throw new ConfigError(`${label}: unknown key '${key}'; ${expected}`, place);
    }
    if (spec === 'sections') config.sections = resolveSections(base.sections, value, fail);
    else if (spec === 'ignore') config.ignore = addedTo(base.ignore, 'ignore', value, matchableGlobs(stringList), fail);
    else if (spec === 'status') config.status = resolveStatus(base.status, value, fail);
    else if (spec === 'formats') config.formats = resolveFormats(value, schema.formats, fail);
    else if (spec === 'model') model = resolveModel(value, fail);
    else if (spec === 'rules') ruleSettings.rules = { key, value };
    else if ('alias' in spec) ruleSettings.values.set(key, { ...spec.alias, value, name: key });
    else if ('nested' in spec) resolveNested(key, value, spec.nested, ruleSettings, fail);
    else {
      const expected = spec.expect(value);
      if (expected !== undefined) fail(key, expected, value);
      (config as unknown as Record<string, unknown>)[spec.setting] = value;
    }
  }
  config.rules = resolveRuleSettings(base.rules, ruleSettings, schema.rules);
  // A model profile sizes the session; a setting of its own in the same source wins over the profile.
  if (model) {
    config.model = model.name;
    config.tokenFactor = model.profile.tokenFactor;
    for (const [key, { property }] of Object.entries(PROFILE_KEYS)) {
      if (property !== 'tokenFactor' && !(key in values)) (config as unknown as Record<string, unknown>)[property] = model.profile[property];
    }
  }
  return config;
}

/** The flat key that is another name of a rule's option. */
function aliasOf(rule: string, option: string): string | undefined {
  for (const [key, spec] of Object.entries(TOP_LEVEL_KEYS)) {
    if (typeof spec === 'object' && 'alias' in spec && spec.alias.rule === rule && spec.alias.option === option) return key;
    if (typeof spec === 'object' && 'nested' in spec) {
      const nested = Object.entries(spec.nested).find(([, target]) => target.rule === rule && target.option === option);
      if (nested) return `${key}.${nested[0]}`;
    }
  }
  return undefined;
}

function resolveNested(key: string, value: unknown, keys: Record<string, { rule: string; option: string }>, settings: RuleSettingsBuilder, fail: RuleSettingsBuilder['fail']): void {
  if (!isPlainMapping(value)) fail(key, 'a mapping', value);
  for (const [name, setting] of Object.entries(value as Record<string, unknown>)) {
    const target = keys[name];
    if (target === undefined) fail(`${key}.${name}`, `a known key: ${Object.keys(keys).map((known) => `'${known}'`).join(', ')}`, name);
    else settings.values.set(`${key}.${name}`, { ...target, value: setting, name: `${key}.${name}` });
  }
}
