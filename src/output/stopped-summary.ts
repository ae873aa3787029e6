import { escapeMarkdown } from './escape.js';

/** Why a run stopped before linting, and what the user does about it. */
export type StopCause = 'config' | 'input' | 'baseline';

const WHAT_TO_DO: Record<StopCause, string> = {
  config: "Fix the config file where the message says (annotated on that line); `npx ticket-lint --print-config` shows the config a run uses, with where each value comes from.",
  input: "Fix the step's `with:` inputs in the workflow file (the action's README lists each input and its values).",
  baseline: 'Fix the baseline file, or write it again with `npx ticket-lint --write-baseline` and commit it.',
};

/** The job summary of a run that stopped before linting: the message, and what to fix. */
export function renderStoppedSummary(cause: StopCause, message: string): string {
  return ['## ticket-lint', '', `**Nothing was linted.** ${escapeMarkdown(message)}`, '', WHAT_TO_DO[cause], ''].join('\n');
}
