'use strict'
// One measure of how long a function is, for the lint rule (eslint.config.mjs) and for
// scripts/long-functions.js alike: ESLint's max-lines-per-function over src/ without its tests
// and test data, blank lines and lines holding only a comment not counted.
module.exports = {
  files: ['src/**/*.ts'],
  ignores: ['src/**/*.test.ts', 'src/**/testing/**', 'src/testdata/**'],
  limit: 60,
  measure: { skipBlankLines: true, skipComments: true }
}
