// The repositories scripts/bench.mjs times ticket-lint on, generated: nothing is checked in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Deterministic pseudo-random numbers, so every run benchmarks the same repository. */
function seeded(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = 'session token login expire refresh cookie header request response handler route cache store user account password reset limit window retry backoff queue worker schema field value check'.split(' ');

function sentence(random, words) {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]);
  picked[0] = picked[0][0].toUpperCase() + picked[0].slice(1);
  return `${picked.join(' ')}.`;
}

function sourceFile(random, name) {
  const lines = [`// ${name}`, `import { check } from '../shared/check';`, ''];
  for (let index = 0; lines.length < 70; index += 1) {
    lines.push(`export function ${name.replace(/\W/g, '')}${index}(input: string): string {`);
    lines.push(`  // ${sentence(random, 8)}`);
    lines.push(`  return check(input, '${WORDS[index % WORDS.length]}');`, '}', '');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A git repository of `tickets` tickets in roadmap/ (each pointing at seven of the source files, two
 * with line ranges, a doc and a link), 10 source files a module, one module for every 25 tickets, 20
 * docs, and `otherFiles` more files no ticket names (a monorepo's bulk). The same seed, the same
 * repository.
 */
export function makeRoadmapRepository({ tickets, otherFiles = 0 }) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-bench-'));
  const random = seeded(42);
  const sources = [];
  const modules = Math.max(1, Math.round(tickets / 25));
  for (let module = 0; module < modules; module += 1) {
    for (let file = 0; file < 10; file += 1) {
      const relative = `src/module${String(module).padStart(2, '0')}/file${file}.ts`;
      sources.push(relative);
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), sourceFile(random, relative));
    }
  }
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  const docs = Array.from({ length: 20 }, (_, index) => `docs/guide-${String(index).padStart(2, '0')}.md`);
  for (const doc of docs) writeFileSync(path.join(root, doc), `# ${doc}\n\n${Array.from({ length: 12 }, () => sentence(random, 12)).join('\n')}\n`);
  mkdirSync(path.join(root, 'roadmap'), { recursive: true });
  for (let index = 1; index <= tickets; index += 1) {
    const id = `B-${String(index).padStart(String(tickets).length, '0')}`;
    const pointers = [];
    for (let pick = 0; pick < 7; pick += 1) {
      const source = sources[Math.floor(random() * sources.length)];
      pointers.push(pick < 2 ? `\`${source}:${5 + pick * 10}-${20 + pick * 10}\` — ${sentence(random, 5)}` : `\`${source}\` — ${sentence(random, 5)}`);
    }
    pointers.push(`\`${docs[index % docs.length]}\` — the background`);
    pointers.push(`[the neighbouring module](../src/module${String(index % modules).padStart(2, '0')}/file0.ts)`);
    const ticket = [
      '---',
      `id: ${id}`,
      'status: todo',
      '---',
      `# ${sentence(random, 6).slice(0, -1)}`,
      '',
      '## Goal',
      Array.from({ length: 6 }, () => sentence(random, 12)).join(' '),
      '',
      '## Context Pointers',
      ...pointers.map((pointer) => `- ${pointer}`),
      '',
      '## Acceptance Criteria',
      ...Array.from({ length: 4 }, () => `- [ ] ${sentence(random, 9)}`),
      '- [ ] `npm test` passes',
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'roadmap', `${id}.md`), ticket);
  }
  for (let file = 0; file < otherFiles; file += 1) {
    const folder = path.join(root, 'packages', `pkg${Math.floor(file / 1000)}`, 'src', `part${Math.floor(file / 50) % 20}`);
    if (file % 50 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `file${file}.ts`), `export const value${file} = ${file};\n`);
  }
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@ticket-lint.invalid');
  // Packed now, once, as a repository's objects mostly are: left to itself, the commit of 100,000 loose
  // objects starts `git gc --auto` in the background, which then competes with the timed runs.
  git('config', 'gc.auto', '0');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench repository');
  git('gc', '--quiet');
  return root;
}

