import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The core knows nothing of GitHub: only src/github/ and the entries import @actions/*.' },
            { group: ['node:fs', 'node:child_process', 'fs', 'child_process'], message: 'The core is pure: file and git access go through a RepositoryHost.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core never reads process.env or writes to stdout.' }],
      'no-console': 'error',
    },
  },
);
