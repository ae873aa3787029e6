import { distance } from 'fastest-levenshtein';
import { closest } from '../text/closest.js';
import { describeValue } from '../text/describe-value.js';
import { parseYamlMapping } from './yaml-mapping.js';
import { formatCount } from '../text/wording.js';

export type Severity = 'error' | 'warning' | 'off';
export type SectionKind = 'goal' | 'context' | 'acceptance';
export const SECTION_KINDS: readonly SectionKind[] = ['goal', 'context', 'acceptance'];
export const ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The settings every stage reads; the YAML file's kebab-case keys, camel-cased. */
export interface Config {
  tickets: string[];
  ignore: string[];
  encoding: Encoding;
  contextWindow: number;
  smartZone: number;
  overheadTokens: number;
  maxTicketTokens: number;
  minTicketTokens: number;
  minWorkTokens: number;
  minCriteria: number;
  maxCriteria: number;
  maxFileBytes: number;
  maxPointers: number;
  sections: Record<SectionKind, string[]>;
  frontmatter: { required: string[] };
  /** Severity overrides by rule id; rules not named keep their default. */
  rules: Record<string, Severity>;
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  tickets: ['roadmap/**/*.md', '**/tickets/**/*.md'],
  ignore: ['**/README.md', '**/node_modules/**'],
  encoding: 'o200k_base',
  contextWindow: 200_000,
  smartZone: 0.4,
  overheadTokens: 15_000,
  maxTicketTokens: 2_500,
  minTicketTokens: 40,
  minWorkTokens: 1_500,
  minCriteria: 1,
  maxCriteria: 12,
  maxFileBytes: 1_048_576,
  maxPointers: 500,
  sections: {
    goal: ['Goal', 'Objective', 'Goal and expected behavior', 'Description', 'Summary', 'Problem'],
    context: ['Context Pointers', 'Context', 'Files', 'Relevant files', 'Key files', 'Technical context'],
    acceptance: ['Acceptance Criteria', 'Acceptance', 'Definition of Done', 'Done when'],
  },
  frontmatter: { required: [] },
  rules: {},
});

export const DEFAULT_CONFIG_FILE = '.ticket-lint.yml';

/** A user's mistake in the configuration: one line that names the key and says what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Returns what was expected when `value` does not fit, or undefined when it does. */
type Expectation = (value: unknown) => string | undefined;

const nonEmptyStringList: Expectation = (value) =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? undefined
    : 'a non-empty list of non-empty strings';

const stringList: Expectation = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? undefined
    : 'a list of non-empty strings';

const integerAtLeast =
  (minimum: number): Expectation =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum
      ? undefined
      : `an integer of at least ${formatCount(minimum)}`;

const fraction: Expectation = (value) =>
  typeof value === 'number' && value > 0 && value <= 1 ? undefined : 'a number greater than 0 and at most 1';

const oneOf =
  (choices: readonly string[]): Expectation =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? undefined : `one of ${choices.map((c) => `'${c}'`).join(', ')}`;

const SEVERITY_WORDS: Record<string, Severity> = { error: 'error', warning: 'warning', warn: 'warning', off: 'off' };

interface KeySpec {
  property: keyof Config;
  expect: Expectation;
}

const TOP_LEVEL_KEYS: Record<string, KeySpec> = {
  tickets: { property: 'tickets', expect: nonEmptyStringList },
  ignore: { property: 'ignore', expect: stringList },
  encoding: { property: 'encoding', expect: oneOf(ENCODINGS) },
  'context-window': { property: 'contextWindow', expect: integerAtLeast(1_000) },
  'smart-zone': { property: 'smartZone', expect: fraction },
  'overhead-tokens': { property: 'overheadTokens', expect: integerAtLeast(0) },
  'max-ticket-tokens': { property: 'maxTicketTokens', expect: integerAtLeast(1) },
  'min-ticket-tokens': { property: 'minTicketTokens', expect: integerAtLeast(0) },
  'min-work-tokens': { property: 'minWorkTokens', expect: integerAtLeast(0) },
  'min-criteria': { property: 'minCriteria', expect: integerAtLeast(0) },
  'max-criteria': { property: 'maxCriteria', expect: integerAtLeast(1) },
  'max-file-bytes': { property: 'maxFileBytes', expect: integerAtLeast(1) },
  'max-pointers': { property: 'maxPointers', expect: integerAtLeast(1) },
  sections: { property: 'sections', expect: mapping },
  frontmatter: { property: 'frontmatter', expect: mapping },
  rules: { property: 'rules', expect: mapping },
};

function mapping(value: unknown): string | undefined {
  return isPlainMapping(value) ? undefined : 'a mapping';
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The known word a typo most likely meant: at most a third of its letters away. */
function closestWord(typed: string, words: readonly string[]): string | undefined {
  return closest(words, (word) => distance(typed.toLowerCase(), word), Math.max(1, Math.floor(typed.length / 3)) + 1);
}

function listOf(words: Iterable<string>): string {
  return [...words].join(', ');
}

/**
 * Reads `.ticket-lint.yml` text into a Config over the defaults. Throws ConfigError, one line naming
 * the file, the line and the key, for YAML errors, unknown keys, wrong types and out-of-range values.
 */
export function parseConfig(text: string, fileName: string, knownRuleIds: readonly string[]): Config {
  const parsed = parseYamlMapping(text, 1);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    throw new ConfigError(`${fileName}:${firstProblem.line}: not a valid configuration: ${firstProblem.message}`);
  }
  const where = (key: string): string => `${fileName}:${parsed.keyLines.get(key) ?? 1}`;
  return resolveConfig(parsed.values, knownRuleIds, where);
}

/** Applies settings from another source (action inputs, CLI flags), validated exactly like the file's keys. */
export function applyOverrides(
  config: Config,
  overrides: Record<string, unknown>,
  sourceName: string,
  knownRuleIds: readonly string[],
): Config {
  const merged = { ...configToValues(config), ...overrides };
  return resolveConfig(merged, knownRuleIds, () => sourceName);
}

function configToValues(config: Config): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(TOP_LEVEL_KEYS)) values[key] = config[spec.property];
  return values;
}

function resolveConfig(
  values: Record<string, unknown>,
  knownRuleIds: readonly string[],
  where: (key: string) => string,
): Config {
  const config: Config = structuredClone({ ...DEFAULT_CONFIG }) as Config;
  const fail = (key: string, expected: string, value: unknown): never => {
    throw new ConfigError(`${where(key.split('.')[0] ?? key)}: '${key}' must be ${expected}; got ${describeValue(value)}`);
  };
  for (const [key, value] of Object.entries(values)) {
    const spec = TOP_LEVEL_KEYS[key];
    if (!spec) {
      const near = closestWord(key, Object.keys(TOP_LEVEL_KEYS));
      const expected = near === undefined ? `expected one of: ${listOf(Object.keys(TOP_LEVEL_KEYS))}` : `did you mean '${near}'?`;
      throw new ConfigError(`${where(key)}: unknown key '${key}'; ${expected}`);
    }
    const expected = spec.expect(value);
    if (expected !== undefined) fail(key, expected, value);
    if (key === 'sections') config.sections = resolveSections(value as Record<string, unknown>, fail);
    else if (key === 'frontmatter') config.frontmatter = resolveFrontmatter(value as Record<string, unknown>, fail);
    else if (key === 'rules') config.rules = resolveRules(value as Record<string, unknown>, knownRuleIds, fail);
    else (config as unknown as Record<string, unknown>)[spec.property] = value;
  }
  if (config.minTicketTokens >= config.maxTicketTokens) {
    fail('min-ticket-tokens', `less than 'max-ticket-tokens' (${config.maxTicketTokens})`, config.minTicketTokens);
  }
  if (config.minCriteria > config.maxCriteria) {
    fail('min-criteria', `at most 'max-criteria' (${config.maxCriteria})`, config.minCriteria);
  }
  return config;
}

type Fail = (key: string, expected: string, value: unknown) => never;

function resolveSections(value: Record<string, unknown>, fail: Fail): Record<SectionKind, string[]> {
  const sections = { ...DEFAULT_CONFIG.sections };
  for (const [kind, headings] of Object.entries(value)) {
    if (!(SECTION_KINDS as readonly string[]).includes(kind)) {
      fail(`sections.${kind}`, `one of the sections ${listOf(SECTION_KINDS)}`, kind);
    }
    const expected = nonEmptyStringList(headings);
    if (expected !== undefined) fail(`sections.${kind}`, `${expected} (heading texts)`, headings);
    sections[kind as SectionKind] = headings as string[];
  }
  return sections;
}

function resolveFrontmatter(value: Record<string, unknown>, fail: Fail): { required: string[] } {
  const frontmatter = { required: [...DEFAULT_CONFIG.frontmatter.required] };
  for (const [key, setting] of Object.entries(value)) {
    if (key !== 'required') fail(`frontmatter.${key}`, "a known key: 'required'", key);
    const expected = stringList(setting);
    if (expected !== undefined) fail('frontmatter.required', `${expected} (frontmatter keys)`, setting);
    frontmatter.required = setting as string[];
  }
  return frontmatter;
}

function resolveRules(value: Record<string, unknown>, knownRuleIds: readonly string[], fail: Fail): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const [ruleId, setting] of Object.entries(value)) {
    if (!knownRuleIds.includes(ruleId)) {
      const near = closestWord(ruleId, knownRuleIds);
      fail(`rules.${ruleId}`, near === undefined ? `a rule id, one of: ${listOf(knownRuleIds)}` : `a rule id (did you mean '${near}'?)`, ruleId);
    }
    // YAML 1.2 reads a bare `off` as the string "off", but a YAML 1.1 habit writes `false` for it.
    const word = setting === false ? 'off' : typeof setting === 'string' ? setting.toLowerCase() : undefined;
    const severity = word === undefined ? undefined : SEVERITY_WORDS[word];
    if (!severity) fail(`rules.${ruleId}`, "'error', 'warning' or 'off'", setting);
    rules[ruleId] = severity as Severity;
  }
  return rules;
}
