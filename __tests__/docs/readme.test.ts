import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { USAGE } from '../../src/cli/arguments.js';
import { WORKFLOW_TEXT } from '../../src/app/init-repository.js';
import { RULE_DOCS_BASE_URL } from '../../src/rules/index.js';
import { PROJECT_ROOT } from '../helpers/run-built.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** The rows of the README table whose header starts with `first`, as arrays of cell texts. */
function table(first: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

/** The lines of the README's fenced code block whose first line is `first`. */
function codeBlock(first: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(first);
  expect(lines[start - 1]).toMatch(/^```/);
  return lines.slice(start, lines.indexOf('```', start));
}

const packageJson = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string; repository: { url: string } };
/** owner/name of the repository package.json names: what `uses:` and pre-commit's `repo:` point at. */
const repository = /^git\+https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\.git$/.exec(packageJson.repository.url)?.[1] ?? '';
const majorTag = `v${packageJson.version.split('.')[0] ?? ''}`;
const hooks = parse(readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string }>;
const headings = readme.split('\n').filter((line) => line.startsWith('## '));

describe('README', () => {
  it("lists the action's inputs with their defaults exactly as action.yml declares them", () => {
    const rows = table('input').map(([name = '', defaultValue = '']) => [unquote(name), unquote(defaultValue)]);
    expect(rows).toEqual(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  });

  it("lists the action's outputs exactly as action.yml declares them", () => {
    expect(table('output').map(([name = '']) => unquote(name))).toEqual(Object.keys(action.outputs));
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it("lists the CLI's options as --help words them, every line", () => {
    const options = USAGE.slice(USAGE.indexOf('Options:'), USAGE.indexOf('  -h, --help')).split('\n').slice(1).filter(Boolean);
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter((line) => !readme.split('\n').includes(line))).toEqual([]);
  });

  it('opens with how to use it on a repository; developing ticket-lint, with the two set-up commands, comes after', () => {
    expect(headings[0]).toBe('## Use it on your repository');
    const developing = readme.indexOf('## Developing ticket-lint');
    expect(headings.slice(-2)).toEqual(['## Developing ticket-lint', '## License']);
    expect(readme.indexOf('npm ci && npm run demo')).toBeGreaterThan(developing);
    expect(readme.indexOf('npm ci && npm test')).toBeGreaterThan(developing);
  });

  it("shows the workflow `ticket-lint init` writes, its uses: naming package.json's repository at the major tag", () => {
    expect(repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(packageJson.homepage).toBe(`https://github.com/${repository}#readme`);
    const workflow = codeBlock('# .github/workflows/tickets.yml (`ticket-lint init` writes this file)');
    expect(workflow.slice(1)).toEqual(WORKFLOW_TEXT.trimEnd().split('\n').slice(1));
    expect(workflow).toContain(`      - uses: ${repository}@${majorTag}`);
    expect(readme).toContain(`In \`uses: ${repository}@${majorTag}\`, \`${repository}\` is the owner and name of this repository`);
    expect(WORKFLOW_TEXT.split('\n')[0]).toBe(`# Lints the tickets a pull request touches: https://github.com/${repository}`);
    expect(RULE_DOCS_BASE_URL).toBe(`https://github.com/${repository}/blob/main/docs/rules/`);
  });

  it('gives the pre-commit config of the hook .pre-commit-hooks.yaml declares, at the current release, and the same command for lefthook and husky', () => {
    const [hook] = hooks;
    const config = parse(codeBlock('# .pre-commit-config.yaml').join('\n')) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    expect(config).toEqual({ repos: [{ repo: `https://github.com/${repository}`, rev: `v${packageJson.version}`, hooks: [{ id: hook?.id }] }] });
    expect(readme).toContain(`The hook runs \`${hook?.entry ?? ''}\` on every commit`);
    expect(codeBlock('# lefthook.yml')).toContain(`      run: npx ${hook?.entry ?? ''}`);
    expect(codeBlock('# .husky/pre-commit')).toEqual(['# .husky/pre-commit', `npx ${hook?.entry ?? ''}`]);
  });

  it('uploads the sarif output to code scanning in its recipe, with the permission upload-sarif needs', () => {
    const block = /```yaml\n(# \.github\/workflows\/ticket-scanning\.yml\n[\s\S]*?)```/.exec(readme)?.[1];
    const recipe = parse(block ?? '') as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ uses?: string; id?: string; if?: string; with?: Record<string, string> }> }>;
    };
    expect(recipe.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = Object.values(recipe.jobs).flatMap((job) => job.steps);
    const lint = steps.find((step) => step.uses?.startsWith('ticket-lint/ticket-lint@'));
    const upload = steps.find((step) => step.uses === 'github/codeql-action/upload-sarif@v3');
    expect(lint?.id).toBe('ticket-lint');
    expect(lint?.with).toEqual({ scope: 'all', 'fail-on': 'never' });
    expect(upload?.if).toBe("always() && steps.ticket-lint.outputs.sarif != ''");
    expect(upload?.with).toEqual({ sarif_file: '${{ steps.ticket-lint.outputs.sarif }}', category: 'ticket-lint' });
    expect(Object.keys(action.outputs)).toContain('sarif');
    // The action's inputs it sets exist.
    expect(Object.keys(lint?.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([]);
  });
});
