#!/usr/bin/env node
import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './cli/run-cli.js';
import { bundledTokenWorker } from './host/token-worker.js';

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    tokenWorker: bundledTokenWorker(import.meta.url, '..'),
  },
  packageJson.version,
);
