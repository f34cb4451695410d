// specloop's own specification, run by plain cucumber-js (and read by `specloop check`).
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
  formatOptions: { snippetInterface: 'synchronous' }
}

module.exports = {
  // @packaging scenarios pack and install from the npm registry, and build: CI's packaging profile runs them.
  default: { ...common, paths: ['features/**/*.feature'], tags: 'not @packaging', format: ['progress', 'summary'] },
  packaging: { ...common, paths: ['features/**/*.feature'], tags: '@packaging', format: ['progress', 'summary'] },
  // specloop's own rules, specified by example in features/rules/ and synthesised by specloop
  // into generated/: `specloop generate --profile rules` (re)writes them, `npm run
  // check:generated` fails when they are stale.
  rules: { ...common, paths: ['features/rules/**/*.feature'], format: ['summary'] }
}
