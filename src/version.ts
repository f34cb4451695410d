// Read once from package.json so the CLI, provenance headers and the ledger agree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const version: string = require('../package.json').version
export const toolName = 'specloop'
