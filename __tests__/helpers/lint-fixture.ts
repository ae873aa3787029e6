import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, applyOverrides, type Config } from '../../src/core/config/config.js';
import { lint } from '../../src/core/engine/lint.js';
import type { Diagnostic } from '../../src/core/engine/report.js';
import { RepositoryView, inMemoryHost } from '../../src/core/repository/repository-view.js';
import type { PathIgnoreLookup } from '../../src/core/resolve/resolution.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { CONFIG_SCHEMA } from '../../src/app/open-workspace.js';
import { RULES } from '../../src/rules/index.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/** Config values as `.ticket-lint.yml` writes them (`max-ticket-tokens: 100`), over the defaults, validated as the file's are. */
export type ConfigValues = Record<string, unknown>;

export function configOf(values: ConfigValues = {}): Config {
  return applyOverrides(DEFAULT_CONFIG, values, 'the test config', CONFIG_SCHEMA);
}

export interface LintTextsOptions {
  /** Extra repository files (pointed-at files), path → content. */
  repository?: Record<string, string | Uint8Array>;
  config?: ConfigValues;
  /** Lint only these files of `tickets` (default: all of them). */
  lintOnly?: string[];
  /** Every ticket file, for the rules that compare tickets. */
  contextFiles?: string[];
  /** The name of the folder the repository is checked out in. */
  rootName?: string;
  /** What git's ignore rules would say of the paths asked about (the real lookup is git's: host/git-ignored). */
  ignored?: PathIgnoreLookup;
}

/** Lints in memory: `tickets` are ticket files (path → text), linted with every registered rule. */
export async function lintTexts(tickets: Record<string, string | Uint8Array>, options: LintTextsOptions = {}) {
  const repository = new RepositoryView(inMemoryHost({ ...options.repository, ...tickets }), options.rootName);
  const config = configOf(options.config);
  return lint({ repository, config, rules: RULES, files: options.lintOnly ?? Object.keys(tickets), tokenCounter: loadTokenCounter, ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}), ...(options.ignored ? { ignored: options.ignored } : {}) });
}

export function describeDiagnostic(diagnostic: Diagnostic): string {
  const column = diagnostic.column === undefined ? '' : `:${diagnostic.column}`;
  return `${diagnostic.line}${column} ${diagnostic.message}`;
}
