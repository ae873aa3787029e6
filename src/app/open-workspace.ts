import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, DEFAULT_CONFIG, applyOverrides, parseConfigFile, type Config, type ConfigSchema } from '../core/config/config.js';
import { FORMAT_NAMES } from '../core/parse/formats/index.js';
import { RepositoryView } from '../core/repository/repository-view.js';
import { createGitHost } from '../host/git-host.js';
import { GitWorkTree, addsOrRemovesFiles } from '../host/work-tree.js';
import { RootFileError, readRootFile, rootFileName } from '../host/root-file.js';
import { gitPathHistory } from '../host/git-history.js';
import { gitIgnoredPaths } from '../host/git-ignored.js';
import type { PathHistoryLookup, PathIgnoreLookup } from '../core/resolve/resolution.js';
import { RULES } from '../rules/index.js';

export interface WorkspaceOptions {
  root: string;
  /** A config file the user named; it must exist. Without one, the one of CONFIG_FILE_NAMES in the root, if any. */
  configFile?: string;
  /** Settings from flags or action inputs, by config key, and where they came from for error messages. */
  overrides?: { values: Record<string, unknown>; source: string };
  /** The work tree is a checkout of the commit under check (CI): its files are the index's (GitWorkTree). */
  cleanCheckout?: boolean;
}

/** Everything a lint run needs from disk: the root, the config, the repository as git sees it. */
export interface Workspace {
  root: string;
  config: Config;
  configFile: string | undefined;
  /** Where each top-level key the config sets came from: `.ticket-lint.yml:3`, or the flags or inputs. */
  configSources: ReadonlyMap<string, string>;
  /** Built when first asked for, so that the work tree's status and index can first be read side by side (GitWorkTree.load). */
  repository: RepositoryView;
  /** The work tree's state, read once for the file list, the changes since a ref and the base commit's view. */
  workTree: GitWorkTree;
  /**
   * The repository as the index lists it, built while git still reads the work tree's status
   * (GitWorkTree.load): `repository` is this very view, and keeps what was parsed with it, when the
   * status adds and removes no file (a clean checkout, as in CI). Undefined outside git.
   */
  indexRepository(): Promise<RepositoryView | undefined>;
  /** What git's history remembers of missing paths (nothing in a shallow clone). */
  history: PathHistoryLookup;
  /** Which missing paths the repository's ignore rules match. */
  ignored: PathIgnoreLookup;
}

/** What a config is checked against: the registered rules and ticket formats. */
export const CONFIG_SCHEMA: ConfigSchema = { rules: RULES.map((rule) => rule.meta), formats: FORMAT_NAMES };

/** Loads the config (checked against the registered rules) and the repository view. Throws ConfigError. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const { root } = options;
  const configFile = options.configFile ?? foundConfigFile(root);
  let config: Config = structuredClone(DEFAULT_CONFIG) as Config;
  const configSources = new Map<string, string>();
  if (configFile !== undefined) {
    const fileName = rootFileName(root, configFile);
    const parsed = parseConfigFile(readConfigText(root, configFile), fileName, CONFIG_SCHEMA);
    config = parsed.config;
    for (const [key, line] of parsed.keyLines) configSources.set(key, `${fileName}:${line}`);
  }
  if (options.overrides && Object.keys(options.overrides.values).length > 0) {
    config = applyOverrides(config, options.overrides.values, options.overrides.source, CONFIG_SCHEMA);
    for (const key of Object.keys(options.overrides.values)) configSources.set(key, options.overrides.source);
  }
  const workTree = new GitWorkTree(root, options.cleanCheckout === true);
  const rootName = path.basename(path.resolve(root));
  let repository: RepositoryView | undefined;
  let fromIndex: RepositoryView | undefined;
  return {
    root,
    config,
    configFile,
    configSources,
    workTree,
    get repository() {
      if (repository === undefined) {
        const status = workTree.read();
        const indexIsTheTree = status !== undefined && !addsOrRemovesFiles(status);
        repository = (indexIsTheTree ? fromIndex : undefined) ?? new RepositoryView(createGitHost(root, workTree), rootName);
      }
      return repository;
    },
    async indexRepository() {
      if ((await workTree.indexRead()) === undefined) return undefined;
      return (fromIndex ??= new RepositoryView(createGitHost(root, workTree, { indexOnly: true }), rootName));
    },
    history: gitPathHistory(root),
    ignored: gitIgnoredPaths(root),
  };
}

/** The root's config file, if it has one; two (`.ticket-lint.yml` and `.ticket-lint.json`) leave it unclear which is meant. */
function foundConfigFile(root: string): string | undefined {
  const found = CONFIG_FILE_NAMES.filter((name) => existsSync(path.join(root, name)));
  if (found.length > 1) throw new ConfigError(`Found ${found.map((name) => `'${name}'`).join(' and ')} in the root; keep one config file`);
  return found[0] === undefined ? undefined : path.join(root, found[0]);
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
