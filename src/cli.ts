#!/usr/bin/env node
import packageJson from '../package.json' with { type: 'json' };
import { bundledWorkers } from './host/bundled-workers.js';
import { inCi, startWorkTreeReads } from './host/early-git.js';

// git reads the work tree while the linter's modules load (a tenth of a second in a monorepo, each).
const ci = inCi(process.env);
startWorkTreeReads(process.argv.slice(2), process.cwd(), { cleanCheckout: ci });
const { runCli } = await import('./cli/run-cli.js');

/** TICKET_LINT_PROGRESS_AFTER_MS: how soon the progress line shows, for tests of it (CONTRIBUTING.md). */
function progressDelay(value: string | undefined): { progressAfterMs?: number } {
  return value !== undefined && /^\d+$/.test(value) ? { progressAfterMs: Number(value) } : {};
}

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    workers: bundledWorkers(import.meta.url, '..'),
    interactive: process.stderr.isTTY === true && !ci,
    inCi: ci,
    ...progressDelay(process.env['TICKET_LINT_PROGRESS_AFTER_MS']),
  },
  packageJson.version,
);
