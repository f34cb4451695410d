import fs from 'node:fs'
import path from 'node:path'
import { LEDGER_PATH, LEGACY_LEDGER_PATH, SPECLOOP_DIRECTORY, scratchDirectoryOf } from './specloop-directory'

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
    // The ledger is a folder of entries (an older project's is one file): copied whichever it is.
    for (const ledgerPath of [LEDGER_PATH, LEGACY_LEDGER_PATH]) {
      const ledger = path.join(projectDirectory, ledgerPath)
      if (fs.existsSync(ledger)) fs.cpSync(ledger, path.join(copy, ledgerPath), { recursive: true })
    }
    return await work(copy)
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
    if (fs.existsSync(scratch) && fs.readdirSync(scratch).length === 0) fs.rmdirSync(scratch)
  }
}
