'use strict'
// Bundles the report's browser app (src/report/app, TypeScript) into one script with esbuild:
// written into dist by `npm run build` (bin/build.js), or made in memory when specloop runs
// from its sources (src/report/assets.ts). esbuild is a devDependency: a published package
// ships the bundle and never runs this.
const path = require('node:path')

function bundleOptions(root) {
  return {
    entryPoints: [path.join(root, 'src', 'report', 'app', 'main.ts')],
    tsconfig: path.join(root, 'src', 'report', 'app', 'tsconfig.json'),
    bundle: true,
    // A classic script: index.html loads it from file://, where modules are refused.
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    banner: { js: '/* specloop report: the browser app of the living documentation (built from src/report/app). */' }
  }
}

/** The bundle as text; throws with esbuild's messages when the app does not build. */
function bundleApp(root = path.join(__dirname, '..')) {
  const esbuild = require(require.resolve('esbuild', { paths: [root] }))
  return esbuild.buildSync({ ...bundleOptions(root), write: false }).outputFiles[0].text
}

module.exports = { bundleApp }
