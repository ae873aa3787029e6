import { distance } from 'fastest-levenshtein';
import { closest } from '../text/closest.js';
import type { RuleSetting, Severity } from './config.js';
import { isPlainMapping } from './expectations.js';
import { optionsWith, type ConfigurableRule } from './rule-options.js';

/** What the keys of one config source say about rules, gathered before they are checked together. */
export interface RuleSettingsBuilder {
  fail(key: string, expected: string, value: unknown): never;
  /** Option values set by flat keys (`max-ticket-tokens`), by the key that set them. */
  values: Map<string, { rule: string; option: string; value: unknown; name: string }>;
  /** The `rules` key, when the source has one. */
  rules?: { key: string; value: unknown };
  /** The flat key that is another name for a rule's option, if there is one. */
  aliasOf(rule: string, option: string): string | undefined;
}

const SEVERITY_WORDS: Record<string, Severity> = { error: 'error', warning: 'warning', warn: 'warning', off: 'off' };
const SEVERITIES = "'error', 'warning' or 'off'";

/** The known word a typo most likely meant: at most a third of its letters away. */
export function closestWord(typed: string, words: readonly string[]): string | undefined {
  return closest(words, (word) => distance(typed.toLowerCase(), word), Math.max(1, Math.floor(typed.length / 3)) + 1);
}

/**
 * The rules' settings of a config source over `base`: severities and options from `rules:`
 * (`ticket-id: warning`, `ticket-size: [error, { max: 3000 }]`) and from the flat keys, each option
 * checked against the rule's declaration, then each rule's options checked together.
 */
export function resolveRuleSettings(
  base: Readonly<Record<string, RuleSetting>>,
  builder: RuleSettingsBuilder,
  rules: readonly ConfigurableRule[],
): Record<string, RuleSetting> {
  const { fail } = builder;
  const settings = structuredClone({ ...base }) as Record<string, RuleSetting>;
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const ids = rules.map((rule) => rule.id);
  const set = new Map(builder.values);
  if (builder.rules) {
    const { key, value } = builder.rules;
    if (!isPlainMapping(value)) fail(key, 'a mapping', value);
    for (const [ruleId, setting] of Object.entries(value as Record<string, unknown>)) {
      const rule = byId.get(ruleId);
      if (rule === undefined) {
        const near = closestWord(ruleId, ids);
        fail(`${key}.${ruleId}`, near === undefined ? `a rule id, one of: ${ids.join(', ')}` : `a rule id (did you mean '${near}'?)`, ruleId);
      }
      const { severity, options } = severityAndOptions(`${key}.${ruleId}`, setting, fail);
      const entry = (settings[ruleId] ??= { options: {} });
      entry.severity = severity;
      for (const [option, optionValue] of Object.entries(options)) {
        set.set(`${key}.${ruleId}.${option}`, { rule: ruleId, option, value: optionValue, name: `${key}.${ruleId}.${option}` });
      }
    }
  }
  const names = new Map<string, string>();
  for (const { rule: ruleId, option, value, name } of set.values()) {
    const rule = byId.get(ruleId);
    const spec = rule?.options?.[option];
    if (spec === undefined) {
      const known = Object.keys(rule?.options ?? {});
      const near = closestWord(option, known);
      return fail(name, known.length === 0 ? `an option of '${ruleId}', which has none` : near ? `an option of '${ruleId}' (did you mean '${near}'?)` : `an option of '${ruleId}': ${known.join(', ')}`, option);
    }
    const twice = names.get(`${ruleId}.${option}`);
    if (twice !== undefined) fail(name, `set once; '${twice}' sets the same option`, value);
    names.set(`${ruleId}.${option}`, name);
    const expected = spec.expect(value);
    if (expected !== undefined) fail(name, expected, value);
    (settings[ruleId] ??= { options: {} }).options[option] = value;
  }
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (!rule.checkOptions || setting === undefined || Object.keys(setting.options).length === 0) continue;
    const nameOf = (option: string): string => names.get(`${rule.id}.${option}`) ?? builder.aliasOf(rule.id, option) ?? `rules.${rule.id}.${option}`;
    const options = optionsWith(rule, setting.options);
    const conflict = rule.checkOptions(options, nameOf);
    if (conflict) fail(nameOf(conflict.option), conflict.expected, options[conflict.option]);
  }
  return settings;
}

/** `error`, `false` (YAML 1.1's habit for off), `[warning]`, `[error, { max: 3000 }]`. */
function severityAndOptions(key: string, setting: unknown, fail: RuleSettingsBuilder['fail']): { severity: Severity; options: Record<string, unknown> } {
  const [word, options = {}, ...rest] = Array.isArray(setting) ? setting : [setting];
  const severity = severityOf(word);
  if (!Array.isArray(setting)) {
    if (severity === undefined) fail(key, SEVERITIES, setting);
  } else if (severity === undefined || rest.length > 0) {
    fail(key, `${SEVERITIES}, or a list [severity, { options }]`, setting);
  }
  if (!isPlainMapping(options)) fail(`${key}`, 'a list [severity, { options }] whose options are a mapping', setting);
  return { severity: severity as Severity, options: options as Record<string, unknown> };
}

function severityOf(word: unknown): Severity | undefined {
  if (word === false) return 'off';
  return typeof word === 'string' ? SEVERITY_WORDS[word.toLowerCase()] : undefined;
}
