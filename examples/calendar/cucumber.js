// Plain cucumber-js reads this; so does specloop.
module.exports = {
  default: {
    paths: ['features/**/*.feature'],
    requireModule: ['ts-node/register/transpile-only'],
    require: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
    format: ['progress']
  }
}
