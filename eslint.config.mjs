// specloop's own lint: ESLint's and typescript-eslint's recommended rules (the same base as the
// default set `specloop gate` applies to generated code), run by `npm test`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import functionLength from './scripts/function-length.js'

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']))
const nodeGlobals = readonly([
  'require',
  'module',
  'exports',
  'process',
  '__dirname',
  '__filename',
  'console',
  'Buffer',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'URL',
  'performance',
  'structuredClone'
])

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'reports/**',
      'test-results/**',
      'bench/**',
      'examples/**',
      'src/report/testdata/**',
      '.specloop/**',
      '.nx/**',
      '.cache/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Prettier wraps code at 140 but cannot break a long string, template or comment: split those
      // into parts. (Core ESLint keeps max-len until version 11.)
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }],
      // Heavy modules (typescript, the openai SDK, istanbul) are required where first needed, on purpose.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }
      ]
    }
  },
  // A function is split into named steps before it grows past this (scripts/long-functions.js lists
  // the longest by the same measure, at any limit).
  {
    files: functionLength.files,
    ignores: functionLength.ignores,
    rules: { 'max-lines-per-function': ['error', { ...functionLength.measure, max: functionLength.limit }] }
  },
  // What specloop's generator wrote starts with its provenance, one line of JSON by design.
  { files: ['generated/**'], rules: { 'max-len': 'off' } },
  // TypeScript checks names itself.
  { files: ['**/*.ts'], rules: { 'no-undef': 'off' } },
  { files: ['bin/**/*.js', 'scripts/**/*.js', 'cucumber.js'], languageOptions: { sourceType: 'commonjs', globals: nodeGlobals } },
  // The report's browser app (its own tsconfig has the DOM and no Node): what it shares with the
  // Node side it imports as modules; esbuild bundles it, so no require().
  { files: ['src/report/app/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'error' } }
)
