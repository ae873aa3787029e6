import { Document, isMap, isScalar, isSeq } from 'yaml';
import { CONFIG_SCHEMA, type Workspace } from '../app/open-workspace.js';
import { CONFIG_FILE_KEYS, type Config } from '../core/config/config.js';
import { PROFILE_KEYS } from '../core/config/models.js';
import { optionsWith } from '../core/config/rule-options.js';

/** The file keys whose values the `model` key sets when the config does not set them itself. */
const PROFILE_SETTINGS = new Set(Object.keys(PROFILE_KEYS));
/** The keys that set rules: `rules` and the flat keys of the first config format. */
const RULE_KEYS = CONFIG_FILE_KEYS.filter(({ setsRules }) => setsRules).map(({ key }) => key);

/** The config a run uses, as the file would write it, every key with a comment saying where its value came from. */
export function renderConfig({ config, configFile, configSources }: Workspace): string {
  const document = new Document(fileShape(config));
  if (isMap(document.contents)) {
    for (const { key } of document.contents.items) if (isScalar(key)) key.commentBefore = ` ${sourceOf(String(key.value), configSources)}`;
    // `[severity, { options }]` on one line a rule, as the docs write it.
    const rules = document.contents.get('rules');
    if (isMap(rules)) for (const { value } of rules.items) if (isSeq(value)) value.flow = true;
  }
  const from = configFile === undefined ? 'no config file' : 'the config file';
  return `# The config of this run: the defaults, then ${from}, then flags or inputs.\n${document.toString({ lineWidth: 0 })}`;
}

function fileShape(config: Config): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const { key, setting } of CONFIG_FILE_KEYS) {
    if (key === 'rules') shape[key] = ruleShape(config);
    // A named profile sets the three keys after it; a custom one is written out, with its token factor.
    else if (key === 'model')
      shape[key] =
        config.model === 'custom'
          ? { 'context-window': config.contextWindow, 'smart-zone': config.smartZone, 'overhead-tokens': config.overheadTokens, 'token-factor': config.tokenFactor }
          : config.model;
    else if (key === 'formats') shape[key] = Object.fromEntries(config.formats.map(({ glob, format }) => [glob, format]));
    else if (setting !== undefined) shape[key] = config[setting];
  }
  return shape;
}

/** Every rule, `severity` or `[severity, options]`, in registry order. */
function ruleShape(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    CONFIG_SCHEMA.rules.map((meta) => {
      const setting = config.rules[meta.id];
      const options = optionsWith(meta, setting?.options);
      const severity = setting?.severity ?? meta.severity;
      return [meta.id, Object.keys(options as object).length === 0 ? severity : [severity, options]];
    }),
  );
}

function sourceOf(key: string, sources: ReadonlyMap<string, string>): string {
  if (key === 'rules') {
    const set = RULE_KEYS.flatMap((name) => (sources.has(name) ? [`${sources.get(name) ?? ''} (${name})`] : []));
    return set.length === 0 ? 'default' : `from ${set.join(', ')}; default for what it does not set`;
  }
  const own = sources.get(key);
  if (own !== undefined) return `from ${own}`;
  const model = sources.get('model');
  if (PROFILE_SETTINGS.has(key) && model !== undefined) return `from ${model} (model)`;
  return 'default';
}
