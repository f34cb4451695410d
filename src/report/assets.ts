import fs from 'node:fs'
import path from 'node:path'
import type { SiteAssets } from './html/site'

/**
 * The browser app ships as plain files beside this module (`npm run build` copies
 * src/report/assets to dist/report/assets), and the tag-expression parser is cucumber's own,
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
    appJs: fs.readFileSync(path.join(directory, 'app.js'), 'utf8'),
    appCss: fs.readFileSync(path.join(directory, 'app.css'), 'utf8'),
    tagExpressionsJs
  }
  return cached
}
