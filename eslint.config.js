// @ts-check
// The lint gate (`npm run lint`): typescript-eslint on every TypeScript and script file, and the
// Lit, lit-a11y and web-component rules on the elements. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// The plugins type their default export as a generic ESLint.Plugin (`configs` optional, legacy or flat);
// their named `configs` export, the same object, carries the precise types.
const litConfigs = /** @type {typeof import('eslint-plugin-lit').configs} */ (lit.configs);
const wcConfigs = /** @type {typeof import('eslint-plugin-wc').configs} */ (wc.configs);

export default tseslint.config(
  {
    // test/fixtures/hosts/ re-creates old libraries' patches as they were written (this-aliasing and all).
    ignores: ['dist/', 'storybook-static/', '.test-build/', 'node_modules/', 'custom-elements.json', 'test/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (callback positions, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Full-width spaces in comments and templates are Chinese text, on purpose.
      'no-irregular-whitespace': ['error', { skipComments: true, skipTemplates: true, skipStrings: true }],
    },
  },
  {
    // The React and Vue augmentations must compile with and without those packages installed:
    // an @ts-expect-error would fail where they are, so @ts-ignore it is.
    files: ['src/jsx.d.ts'],
    rules: { '@typescript-eslint/ban-ts-comment': 'off' },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // One job per module (issue #11): no hand-written source file over 400 lines, counted as wc -l does.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.generated.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Tests use chai's property assertions (`expect(x).to.be.true`) and throwaway casts.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
