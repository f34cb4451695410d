// specloop's own specification, run by plain cucumber-js (and read by `specloop check`).
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
  formatOptions: { snippetInterface: 'synchronous' }
}

module.exports = {
  // @packaging scenarios pack and install from the npm registry, and build: CI's packaging profile
  // runs them. @model scenarios (a scripted OpenAI-compatible server, the loop's rounds and limits)
  // take three minutes of the suite: CI's model profile runs them, so npm test stays quick.
  // @extended scenarios (team workflow, supply chain, support matrix, mutation runs) take longer than
  // npm test's budget allows: CI's extended profile runs them.
  default: {
    ...common,
    paths: ['features/**/*.feature'],
    tags: 'not @packaging and not @model and not @extended',
    format: ['progress', 'summary']
  },
  extended: { ...common, paths: ['features/**/*.feature'], tags: '@extended', format: ['progress', 'summary'] },
  packaging: { ...common, paths: ['features/**/*.feature'], tags: '@packaging', format: ['progress', 'summary'] },
  model: { ...common, paths: ['features/**/*.feature'], tags: '@model', format: ['progress', 'summary'] },
  // specloop's own rules, specified by example in features/rules/ and synthesised by specloop
  // into generated/: `specloop generate --profile rules` (re)writes them, `npm run
  // check:generated` fails when they are stale.
  rules: { ...common, paths: ['features/rules/**/*.feature'], format: ['summary'] }
}
