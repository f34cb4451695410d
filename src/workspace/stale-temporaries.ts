import fs from 'node:fs'
import path from 'node:path'
import { SPECLOOP_DIRECTORY } from './specloop-directory'

/** The folders of a project specloop writes in: only there are its temporary files looked for. */
const SPECLOOP_WRITTEN_FOLDERS = [SPECLOOP_DIRECTORY, 'generated', 'steps', 'reports']

/**
 * specloop's temporary files, named after the process that writes them: `.<name>.<pid>.<hex>.tmp`
 * (`temporaryPathBeside`) and `<name>.<pid>.tmp` (what earlier versions wrote). Nothing else.
 */
const TEMPORARY_FILE = /^(?:\.[^/]+\.(\d+)\.[0-9a-f]{8}|[^/]+\.(\d+))\.tmp$/

/** Directories only in `temporaryPathBeside`'s form: an older-style name could be a user's folder. */
const TEMPORARY_DIRECTORY = /^\.[^/]+\.(\d+)\.[0-9a-f]{8}\.tmp$/

/** The pid a temporary file of specloop's was written by, or undefined for any other file. */
export function writerOfTemporary(name: string): number | undefined {
  const match = TEMPORARY_FILE.exec(name)
  return match ? Number(match[1] ?? match[2]) : undefined
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (thrown) {
    // EPERM: it exists, it is someone else's.
    return (thrown as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files a killed specloop left behind (killed between writing one and
 * renaming it into place): only files named as specloop names them, only in the folders it
 * writes, only when the process that wrote them is gone, so a run going on beside this one
 * keeps its own. Returns the paths removed, relative to the project.
 */
export function removeStaleTemporaries(projectDirectory: string, isAlive: (pid: number) => boolean = processIsAlive): string[] {
  const removed: string[] = []
  const walk = (directory: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const full = path.join(directory, entry.name)
      // Symbolic links are not followed: a link may lead anywhere, and nothing there is specloop's.
      if (entry.isDirectory()) {
        // A directory staged to be renamed into place whole (`specloop merge`'s run), of a writer that is gone.
        const stager = TEMPORARY_DIRECTORY.exec(entry.name)
        if (stager && Number(stager[1]) !== process.pid && !isAlive(Number(stager[1]))) {
          try {
            fs.rmSync(full, { recursive: true, force: true })
            removed.push(path.relative(projectDirectory, full).split(path.sep).join('/'))
          } catch {
            // Tried again next run.
          }
        } else if (entry.name !== 'node_modules') walk(full)
        continue
      }
      if (!entry.isFile()) continue
      const writer = writerOfTemporary(entry.name)
      if (writer === undefined || writer === process.pid || isAlive(writer)) continue
      try {
        fs.rmSync(full, { force: true })
        removed.push(path.relative(projectDirectory, full).split(path.sep).join('/'))
      } catch {
        // Not ours to insist on: a file that cannot be removed now is tried again next run.
      }
    }
  }
  for (const folder of SPECLOOP_WRITTEN_FOLDERS) walk(path.join(projectDirectory, folder))
  return removed.sort()
}
