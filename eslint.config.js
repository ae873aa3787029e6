import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What may import what (docs/architecture.md). The core's stages, in the order data flows: a stage
 * imports only the stages before it. Stages of one group do not import each other.
 */
const CORE_STAGES = [['text'], ['config'], ['repository'], ['parse'], ['resolve'], ['collect', 'sizing', 'graph'], ['engine']];
/** The layers around the core, and the layers each may import besides the core. */
const OUTER_LAYERS = {
  rules: [],
  output: [],
  host: [],
  app: ['host', 'rules'],
  github: ['app', 'host', 'output'],
  cli: ['app', 'host', 'output', 'github'],
};
const ALL_OUTER = Object.keys(OUTER_LAYERS);
const folderImport = (folders) => `(^|/)(${folders.join('|')})/`;
const entryImport = '^(\\.\\./)+(main|index|cli|token-worker|parse-worker)\\.js$';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const pure = [
  { group: ['@actions/*'], message: 'The core knows nothing of GitHub: only src/github/ and the entries import @actions/*.' },
  { group: ['node:fs', 'node:child_process', 'fs', 'child_process'], message: 'The core is pure: file and git access go through a RepositoryHost.' },
];

const coreStageConfigs = CORE_STAGES.flatMap((group, index) => {
  const later = CORE_STAGES.slice(index + 1).flat();
  return group.map((stage) => {
    const forbidden = [...later, ...group.filter((other) => other !== stage)];
    return {
      files: [`src/core/${stage}/**/*.ts`],
      rules: restrict([
        ...pure,
        { regex: folderImport(ALL_OUTER), message: 'The core imports nothing from outside src/core/ (docs/architecture.md).' },
        { regex: entryImport, message: 'The core imports nothing from the entries.' },
        ...(forbidden.length > 0 ? [{ regex: `(^|/)(${forbidden.join('|')})/`, message: `core/${stage} comes before ${forbidden.join(', ')} in the pipeline; it cannot import them (docs/architecture.md).` }] : []),
      ]),
    };
  });
});

const outerConfigs = Object.entries(OUTER_LAYERS).map(([layer, allowed]) => {
  const forbidden = ALL_OUTER.filter((other) => other !== layer && !allowed.includes(other));
  const extra = layer === 'rules' || layer === 'output' ? pure : [];
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: restrict([
      ...extra,
      ...(forbidden.length > 0 ? [{ regex: folderImport(forbidden), message: `src/${layer}/ may import the core${allowed.length > 0 ? ` and ${allowed.join(', ')}` : ''} only (docs/architecture.md).` }] : []),
      { regex: entryImport, message: 'Nothing imports the entries.' },
    ]),
  };
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.scratch/', '__tests__/fixtures/', 'examples/'] },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  ...coreStageConfigs,
  ...outerConfigs,
  {
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts', 'src/output/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'The core, the rules and the outputs never read process.env or write to stdout.' }],
      'no-console': 'error',
    },
  },
);
