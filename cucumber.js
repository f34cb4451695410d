// specloop's own specification, run by plain cucumber-js (and read by `specloop check`).
module.exports = {
  default: {
    paths: ['features/**/*.feature'],
    requireModule: ['ts-node/register/transpile-only'],
    require: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
    format: ['progress', 'summary'],
    formatOptions: { snippetInterface: 'synchronous' }
  }
}
