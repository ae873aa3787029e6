// `npm run render:summary`: runs the built action on examples/repository as the runner would, then
// renders the job summary it wrote as GitHub does (GitHub-flavoured Markdown, GitHub's stylesheet,
// Mermaid) in headless Chromium, to docs/job-summary.png. Needs Debian's chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { marked } from 'marked';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = path.join(PROJECT, 'docs', 'job-summary.png');

const temp = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-summary-'));
try {
  const summaryFile = path.join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  writeFileSync(path.join(temp, 'output'), '');
  writeFileSync(path.join(temp, 'event.json'), '{}');
  const run = spawnSync(process.execPath, [path.join(PROJECT, 'dist', 'index.js')], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: path.join(PROJECT, 'examples', 'repository'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
      GITHUB_REPOSITORY: 'octo/example',
      GITHUB_SHA: 'main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: path.join(temp, 'output'),
      RUNNER_TEMP: temp,
      'INPUT_FAIL-ON': 'error',
      INPUT_SCOPE: 'changed',
    },
  });
  const summary = readFileSync(summaryFile, 'utf8');
  if (!summary.includes('## ticket-lint')) throw new Error(`the action wrote no summary:\n${run.stdout}\n${run.stderr}`);

  // Mermaid fences become <pre class="mermaid"> for mermaid.js, as GitHub renders them.
  const renderer = new marked.Renderer();
  const code = renderer.code.bind(renderer);
  renderer.code = (token) => (token.lang === 'mermaid' ? `<pre class="mermaid">${token.text.replace(/</g, '&lt;')}</pre>` : code(token));
  const body = marked.parse(summary, { gfm: true, renderer });
  const nodeModules = pathToFileURL(path.join(PROJECT, 'node_modules')).href;
  const page = path.join(temp, 'summary.html');
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${nodeModules}/github-markdown-css/github-markdown-light.css">
<style>body { margin: 0; background: #f6f8fa; } .frame { width: 1012px; margin: 16px; padding: 24px 32px; background: #fff;
border: 1px solid #d0d7de; border-radius: 6px; } pre.mermaid { background: #fff; text-align: center; }</style>
<script src="${nodeModules}/mermaid/dist/mermaid.min.js"></script>
</head><body><div class="frame markdown-body">${body}</div>
<script>mermaid.initialize({ startOnLoad: true, theme: 'default' });</script></body></html>`,
  );
  const shot = spawnSync(
    CHROMIUM,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--allow-file-access-from-files',
      `--user-data-dir=${path.join(temp, 'profile')}`, '--virtual-time-budget=8000', '--window-size=1080,2200',
      `--screenshot=${OUTPUT}`, pathToFileURL(page).href,
    ],
    { encoding: 'utf8' },
  );
  if (shot.status !== 0) throw new Error(`chromium failed (${shot.status}): ${shot.stderr}`);
  console.log(`Wrote ${path.relative(PROJECT, OUTPUT)} from a run of the action on examples/repository.`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
