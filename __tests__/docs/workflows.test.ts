import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/run-built.js';

interface Workflow {
  on: unknown;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;

describe('.github/workflows', () => {
  it('runs CI with the same script as the landing check, read-only', () => {
    const ci = workflow('ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run)).filter(Boolean)).toEqual(['bash .ci/run']);
  });

  it("lints this repository's pull requests with its own action, asking only for what the comment needs", () => {
    const tickets = workflow('tickets.yml');
    expect(tickets.on).toEqual(['pull_request']);
    expect(tickets.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = Object.values(tickets.jobs).flatMap((job) => job.steps);
    expect(steps.find((step) => step.uses === './')?.with).toEqual({ comment: true });
  });
});
