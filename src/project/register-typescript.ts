/**
 * The `requireModule` specloop uses for projects without a cucumber configuration. With a
 * tsconfig.json it behaves as `ts-node/register/transpile-only`; without one it transpiles
 * to CommonJS instead of letting ts-node guess settings that may not load at all.
 */
import fs from 'node:fs'
import path from 'node:path'

const hasProjectSettings = fs.existsSync(path.join(process.cwd(), 'tsconfig.json'))

require('ts-node').register({
  transpileOnly: true,
  ...(hasProjectSettings
    ? {}
    : {
        skipProject: true,
        compilerOptions: { module: 'commonjs', moduleResolution: 'node', target: 'ES2022', esModuleInterop: true, sourceMap: true }
      })
})
