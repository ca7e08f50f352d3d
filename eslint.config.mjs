// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * npm run lint. The recommended rules of ESLint and typescript-eslint, without type information
 * (the whole tree lints in seconds; tsc --noEmit checks types), and nothing about layout, which
 * is Prettier's (npm run format).
 */
export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'out/', 'public/search/', 'public/*.js', 'next-env.d.ts', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Finding control characters in what editors commit is what the content checks are for.
      'no-control-regex': 'off',
      // `_` names a parameter a callback must take but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The few plain JavaScript files run in Node.
  { files: ['**/*.mjs'], languageOptions: { globals: { console: 'readonly', process: 'readonly' } } },
);
