import fs from 'node:fs'
import path from 'node:path'
import { packageRoot } from './package-root'

// Read once from package.json so the CLI, provenance headers and the ledger agree.
export const version: string = (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version
