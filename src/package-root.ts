import fs from 'node:fs'
import path from 'node:path'

/**
 * The specloop package's own directory, found from this file whether it runs as TypeScript
 * (src/, through ts-node) or compiled (dist/src/), in a checkout or installed under
 * node_modules/specloop. Paths to specloop's own files start here, never at `__dirname`.
 */
function findPackageRoot(start: string): string {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json')
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'specloop') return directory
      } catch {
        // Not a readable manifest: keep looking upwards.
      }
    }
    if (path.dirname(directory) === directory) throw new Error(`specloop: cannot find its package.json above ${start}`)
  }
}

export const packageRoot = findPackageRoot(__dirname)
