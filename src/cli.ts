#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import packageJson from '../package.json' with { type: 'json' };

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  packageJson.version,
);
