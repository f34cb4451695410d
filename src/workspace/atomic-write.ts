import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

/**
 * A temporary file beside `target`, named for this process: a run killed before renaming it
 * leaves a file the next run recognises and removes (`removeStaleTemporaries`).
 */
export function temporaryPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new,
 * never half of it: write a temporary file in the same directory, flush it, rename it over.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const directory = path.dirname(target)
  fs.mkdirSync(directory, { recursive: true })
  const temporary = temporaryPathBeside(target)
  const handle = fs.openSync(temporary, 'wx', 0o644)
  try {
    fs.writeSync(handle, typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    fs.fsyncSync(handle)
  } finally {
    fs.closeSync(handle)
  }
  try {
    fs.renameSync(temporary, target)
  } catch (thrown) {
    fs.rmSync(temporary, { force: true })
    throw thrown
  }
}
