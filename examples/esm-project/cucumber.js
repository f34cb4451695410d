// An ES-module project ("type": "module"): cucumber-js imports the steps through ts-node's
// ES-module loader. specloop verify reads the same configuration and traces it.
export default {
  paths: ['features/**/*.feature'],
  import: ['steps/**/*.ts'],
  loader: ['ts-node/esm'],
  format: ['progress']
}
