import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, applyOverrides, parseConfig, type Config, type ConfigSchema } from '../core/config/config.js';
import { FORMAT_NAMES } from '../core/parse/formats/index.js';
import { RepositoryView } from '../core/repository/repository-view.js';
import { createGitHost } from '../host/git-host.js';
import { RootFileError, readRootFile, rootFileName } from '../host/root-file.js';
import { gitPathHistory } from '../host/git-history.js';
import type { PathHistoryLookup } from '../core/resolve/resolution.js';
import { RULES } from '../rules/index.js';

export interface WorkspaceOptions {
  root: string;
  /** A config file the user named; it must exist. Without one, `<root>/.ticket-lint.yml` is used if present. */
  configFile?: string;
  /** Settings from flags or action inputs, by config key, and where they came from for error messages. */
  overrides?: { values: Record<string, unknown>; source: string };
}

/** Everything a lint run needs from disk: the root, the config, the repository as git sees it. */
export interface Workspace {
  root: string;
  config: Config;
  configFile: string | undefined;
  repository: RepositoryView;
  /** What git's history remembers of missing paths (nothing in a shallow clone). */
  history: PathHistoryLookup;
}

/** What a config is checked against: the registered rules and ticket formats. */
export const CONFIG_SCHEMA: ConfigSchema = { rules: RULES.map((rule) => rule.meta), formats: FORMAT_NAMES };

/** Loads the config (checked against the registered rules) and the repository view. Throws ConfigError. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const { root } = options;
  const defaultFile = path.join(root, DEFAULT_CONFIG_FILE);
  const configFile = options.configFile ?? (existsSync(defaultFile) ? defaultFile : undefined);
  let config: Config = structuredClone(DEFAULT_CONFIG) as Config;
  if (configFile !== undefined) {
    config = parseConfig(readConfigText(root, configFile), rootFileName(root, configFile), CONFIG_SCHEMA);
  }
  if (options.overrides && Object.keys(options.overrides.values).length > 0) {
    config = applyOverrides(config, options.overrides.values, options.overrides.source, CONFIG_SCHEMA);
  }
  return { root, config, configFile, repository: new RepositoryView(createGitHost(root)), history: gitPathHistory(root) };
}

/** No config is this big; a bigger one is refused, not read (a link to a device would never end). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config's text (readRootFile: a link out of the root, a device or an oversized file is refused). */
function readConfigText(root: string, configFile: string): string {
  try {
    return readRootFile(root, configFile, MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof RootFileError) throw new ConfigError(`Cannot read the config file '${rootFileName(root, configFile)}': ${error.message}`);
    throw error;
  }
}
