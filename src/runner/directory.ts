import fs from 'node:fs'

/** The entries of a directory, or none when it cannot be read (missing, not a directory, no permission). */
export function entriesOf(directory: string): fs.Dirent[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true })
  } catch {
    return []
  }
}
