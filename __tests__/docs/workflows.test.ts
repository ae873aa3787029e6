import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/run-built.js';

interface Workflow {
  on: unknown;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { strategy?: { matrix?: Record<string, unknown> }; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;

describe('.github/workflows', () => {
  it('runs CI with the same script as the landing check, read-only', () => {
    const ci = workflow('ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run)).filter(Boolean)).toEqual(['bash .ci/run']);
  });

  it('tests on every supported Node, the action\'s own runtime included', () => {
    const ci = workflow('ci.yml');
    const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } };
    const versions = Object.values(ci.jobs).flatMap((job) => (job.strategy?.matrix?.['node-version'] as number[] | undefined) ?? []);
    expect(versions).toEqual([20, 22, 24]);
    expect(action.runs.using).toBe(`node${versions.at(-1)}`);
    expect(Object.values(ci.jobs).flatMap((job) => job.steps).find((step) => step.uses === 'actions/setup-node@v4')?.with).toEqual({ 'node-version': '${{ matrix.node-version }}' });
  });

  it("lints this repository's pull requests with its own action, asking only for what the comment needs", () => {
    const tickets = workflow('tickets.yml');
    expect(tickets.on).toEqual(['pull_request']);
    expect(tickets.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = Object.values(tickets.jobs).flatMap((job) => job.steps);
    expect(steps.find((step) => step.uses === './')?.with).toEqual({ comment: true });
  });

  it('releases on a vX.Y.Z tag: the CI checks on the tagged commit (dist/ fresh) first, then the major tag moves', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(release.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
    const steps = Object.values(release.jobs).flatMap((job) => job.steps);
    expect(steps.find((step) => step.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
    const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(`node${String(steps.find((step) => step.uses === 'actions/setup-node@v4')?.with?.['node-version'])}`).toBe(action.runs.using);
    const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim().split('\n').at(-1)]));
    expect(runs).toEqual(['bash .ci/run', 'bash .ci/move-major-tag "$GITHUB_REF_NAME"']);
    expect(readFileSync(path.join(PROJECT_ROOT, '.ci', 'run'), 'utf8')).toContain('The committed dist/ differs from a fresh build');
  });
});
