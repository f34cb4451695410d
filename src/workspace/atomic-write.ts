import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new,
 * never half of it: write a temporary file in the same directory, flush it, rename it over.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const directory = path.dirname(target)
  fs.mkdirSync(directory, { recursive: true })
  const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
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
