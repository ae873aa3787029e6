import { MAX_CONTEXT_WINDOW, fraction, integerBetween, isPlainMapping, tokenCount, type Expectation } from './expectations.js';

/** The session a model gives a ticket: its context window, the share of it that stays sharp, the tokens an agent spends before the ticket, and its tokens per o200k token. */
export interface ModelProfile {
  contextWindow: number;
  smartZone: number;
  overheadTokens: number;
  /** The model's tokens per o200k_base token: counts are o200k's, exact; the session is sized in the model's own. */
  tokenFactor: number;
}

/**
 * Named profiles. Counts stay js-tiktoken's; a factor other than 1 turns them into an estimate of
 * the model's own tokens: Anthropic gives 1.0–1.35× o200k for its recent models, and 1.2 is the middle.
 * These are estimates to size sessions by, not vendor figures to quote.
 */
export const MODEL_PROFILES: Readonly<Record<string, ModelProfile>> = Object.freeze({
  default: { contextWindow: 200_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1 },
  claude: { contextWindow: 200_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1.2 },
  'claude-1m': { contextWindow: 1_000_000, smartZone: 0.3, overheadTokens: 15_000, tokenFactor: 1.2 },
  gpt: { contextWindow: 400_000, smartZone: 0.4, overheadTokens: 15_000, tokenFactor: 1 },
});

const tokenFactor: Expectation = (value) => (typeof value === 'number' && value >= 0.5 && value <= 3 ? undefined : 'a number from 0.5 to 3');

/** The keys of a custom profile (`model: { context-window: …, token-factor: … }`) and what each must be. */
export const PROFILE_KEYS: Record<string, { property: keyof ModelProfile; expect: Expectation }> = {
  'context-window': { property: 'contextWindow', expect: integerBetween(1_000, MAX_CONTEXT_WINDOW) },
  'smart-zone': { property: 'smartZone', expect: fraction },
  'overhead-tokens': { property: 'overheadTokens', expect: tokenCount(0) },
  'token-factor': { property: 'tokenFactor', expect: tokenFactor },
};

type Fail = (key: string, expected: string, value: unknown) => never;

/** `model: claude` or `model: { context-window: 1000000, token-factor: 1.2 }` (over the default profile). */
export function resolveModel(value: unknown, fail: Fail): { name: string; profile: ModelProfile } {
  if (typeof value === 'string') {
    const profile = MODEL_PROFILES[value];
    if (!profile) fail('model', `a profile name (${Object.keys(MODEL_PROFILES).join(', ')}) or a mapping of ${Object.keys(PROFILE_KEYS).join(', ')}`, value);
    return { name: value, profile: { ...(profile as ModelProfile) } };
  }
  if (!isPlainMapping(value)) fail('model', `a profile name (${Object.keys(MODEL_PROFILES).join(', ')}) or a mapping of ${Object.keys(PROFILE_KEYS).join(', ')}`, value);
  const profile: ModelProfile = { ...(MODEL_PROFILES['default'] as ModelProfile) };
  for (const [key, setting] of Object.entries(value as Record<string, unknown>)) {
    const spec = PROFILE_KEYS[key];
    if (!spec) fail(`model.${key}`, `one of ${Object.keys(PROFILE_KEYS).join(', ')}`, key);
    const expected = spec?.expect(setting);
    if (expected !== undefined) fail(`model.${key}`, expected, setting);
    profile[spec?.property as keyof ModelProfile] = setting as number;
  }
  return { name: 'custom', profile };
}
