import fs from 'node:fs'
import path from 'node:path'
import type { SiteAssets } from './html/site'
import { packageRoot } from '../package-root'

/**
 * The browser app ships beside this module: `npm run build` bundles src/report/app into
 * dist/src/report/assets/app.js next to a copy of app.css. Run from its sources (ts-node), specloop
 * bundles the app in memory instead. The tag-expression parser is cucumber's own,
 * read from its package and wrapped so the report filters offline exactly as cucumber does.
 */
let cached: SiteAssets | undefined

/** The package a file belongs to (its package.json is not exported, so walk up to it). */
function packageOf(file: string, name: string): { root: string; version: string } {
  let directory = path.dirname(file)
  while (directory !== path.dirname(directory)) {
    const candidate = path.join(directory, 'package.json')
    if (fs.existsSync(candidate)) {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string }
      if (manifest.name === name) return { root: directory, version: manifest.version ?? '' }
    }
    directory = path.dirname(directory)
  }
  throw new Error(`cannot find the package.json of ${name} above ${file}`)
}

function readAppBundle(bundled: string): string {
  if (fs.existsSync(bundled)) return fs.readFileSync(bundled, 'utf8')
  const { bundleApp } = require(path.join(packageRoot, 'bin', 'bundle-app.js')) as { bundleApp(root: string): string }
  return bundleApp(packageRoot)
}

export function readSiteAssets(): SiteAssets {
  if (cached) return cached
  const directory = path.join(__dirname, 'assets')
  const main = require.resolve('@cucumber/tag-expressions')
  const { root: packageRoot, version } = packageOf(main, '@cucumber/tag-expressions')
  const library = fs.readFileSync(main, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '')
  const licence = fs.readFileSync(path.join(packageRoot, 'LICENSE'), 'utf8').trim()
  const tagExpressionsJs = [
    `/*! @cucumber/tag-expressions ${version}`,
    licence.replace(/\*\//g, '* /'),
    '*/',
    '(function () {',
    '  var exports = {};',
    '  var module = { exports: exports };',
    library,
    '  window.specloopTagExpressions = module.exports;',
    '})();',
    ''
  ].join('\n')
  cached = {
    appJs: readAppBundle(path.join(directory, 'app.js')),
    appCss: fs.readFileSync(path.join(directory, 'app.css'), 'utf8'),
    tagExpressionsJs
  }
  return cached
}
