import fs from 'node:fs'
import path from 'node:path'
import { LEDGER_PATH, SPECLOOP_DIRECTORY, scratchDirectoryOf } from './specloop-directory'

/** Not copied: installed packages (found from the copy by Node's upward search), history, specloop's own state. */
const NOT_COPIED = new Set(['node_modules', '.git', SPECLOOP_DIRECTORY])

/**
 * Runs `work` on a copy of the project inside `.specloop/scratch/`, so that what it writes
 * never touches the project; the copy is removed afterwards, whatever happens. The ledger is
 * copied (it decides which generated files were edited by hand); runs and caches are not.
 */
export async function withScratchCopy<T>(projectDirectory: string, work: (copy: string) => Promise<T>): Promise<T> {
  const scratch = scratchDirectoryOf(projectDirectory)
  const copy = path.join(scratch, `copy-${process.pid}`)
  fs.rmSync(copy, { recursive: true, force: true })
  fs.mkdirSync(copy, { recursive: true })
  try {
    for (const entry of fs.readdirSync(projectDirectory)) {
      if (!NOT_COPIED.has(entry))
        fs.cpSync(path.join(projectDirectory, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true })
    }
    const ledger = path.join(projectDirectory, LEDGER_PATH)
    if (fs.existsSync(ledger)) {
      fs.mkdirSync(path.dirname(path.join(copy, LEDGER_PATH)), { recursive: true })
      fs.copyFileSync(ledger, path.join(copy, LEDGER_PATH))
    }
    return await work(copy)
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
    if (fs.existsSync(scratch) && fs.readdirSync(scratch).length === 0) fs.rmdirSync(scratch)
  }
}
