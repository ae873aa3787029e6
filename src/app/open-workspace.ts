import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, applyOverrides, parseConfig, type Config, type ConfigSchema } from '../core/config/config.js';
import { FORMAT_NAMES } from '../core/parse/formats/index.js';
import { RepositoryView } from '../core/repository/repository-view.js';
import { createGitHost, resolveInside } from '../host/git-host.js';
import { readHead } from '../host/read-head.js';
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
    const displayName = path.relative(root, configFile).startsWith('..') ? configFile : path.relative(root, configFile);
    config = parseConfig(readConfigText(root, configFile, displayName), displayName, CONFIG_SCHEMA);
  }
  if (options.overrides && Object.keys(options.overrides.values).length > 0) {
    config = applyOverrides(config, options.overrides.values, options.overrides.source, CONFIG_SCHEMA);
  }
  return { root, config, configFile, repository: new RepositoryView(createGitHost(root)), history: gitPathHistory(root) };
}

/** No config is this big; a bigger one is refused, not read (a link to a device would never end). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The config's text. A config in the root must be a regular file there (a link leading out, into
 * `/proc/self/environ` say, would put the runner's environment into an error message); one the user
 * names outside the root is read where it is. Either way, at most MAX_CONFIG_BYTES.
 */
function readConfigText(root: string, configFile: string, displayName: string): string {
  const cannot = (reason: string) => new ConfigError(`Cannot read the config file '${displayName}': ${reason}`);
  const relative = path.relative(root, configFile);
  let target = configFile;
  if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    const resolved = resolveInside(realpathSync(root), relative.split(path.sep).join('/'));
    if (resolved.kind === 'outside') throw cannot('it is a link that leads outside the repository; it was not read');
    if (resolved.kind === 'missing') throw cannot('no such file');
    target = resolved.path;
  }
  let read: ReturnType<typeof readHead>;
  try {
    read = readHead(target, MAX_CONFIG_BYTES + 1);
  } catch (error) {
    throw cannot((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as NodeJS.ErrnoException).code ?? 'unreadable'));
  }
  if (read === undefined) throw cannot('it is not a regular file; it was not read');
  if (read.size > MAX_CONFIG_BYTES) throw cannot(`it is over ${MAX_CONFIG_BYTES / 1024 / 1024} MiB; it was not read`);
  return Buffer.from(read.head).toString('utf8');
}
