// `npm run analyze`: custom-elements.json from the JSDoc tags of the element classes.
export default {
  globs: ['src/elements/**/*.ts', 'src/base/gov-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  litelement: true,
  outdir: '.',
};
