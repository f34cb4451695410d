import fs from 'node:fs'
import path from 'node:path'
import { entriesOf, isSkippedDirectory } from '../runner'

export interface FileWatcher {
  close(): void
}

/**
 * Watches the project's folders (not `node_modules`, build output or dot-folders such as
 * `.specloop/`) with one `fs.watch` each, and calls `onChanged` with the files that changed once
 * no event came for `quietMs` (and when the first of those events came, on `performance.now()`'s clock). A folder, not
 * a file, is watched, so an editor that saves by
 * writing a temporary file and renaming it over the original is seen as a change of that file;
 * folders created later are watched as they appear.
 */
export function watchProjectFiles(root: string, quietMs: number, onChanged: (files: string[], firstEventAt: number) => void): FileWatcher {
  const watchers = new Map<string, fs.FSWatcher>()
  let pending = new Set<string>()
  let firstEventAt = 0
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    timer = undefined
    const files = [...pending]
    pending = new Set()
    if (files.length > 0) onChanged(files, firstEventAt)
  }
  const watchDirectory = (directory: string) => {
    if (watchers.has(directory)) return
    let watcher: fs.FSWatcher
    try {
      watcher = fs.watch(directory, (_event, name) => {
        if (!name) return
        const file = path.join(directory, name.toString())
        if (pending.size === 0) firstEventAt = performance.now()
        // A new folder: watch it and what it holds (a folder moved in comes with its files).
        if (isWatchedDirectory(file)) walk(file, (found) => pending.add(found))
        pending.add(file)
        if (timer) clearTimeout(timer)
        timer = setTimeout(flush, quietMs)
      })
    } catch {
      return
    }
    watcher.on('error', () => {
      watcher.close()
      watchers.delete(directory)
    })
    watchers.set(directory, watcher)
  }
  const walk = (directory: string, onFile?: (file: string) => void) => {
    watchDirectory(directory)
    for (const entry of entriesOf(directory)) {
      const full = path.join(directory, entry.name)
      if (entry.isDirectory() && !isSkippedDirectory(entry.name)) walk(full, onFile)
      else if (entry.isFile()) onFile?.(full)
    }
  }
  walk(root)
  return {
    close() {
      if (timer) clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    }
  }
}

function isWatchedDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory() && !isSkippedDirectory(path.basename(file))
  } catch {
    return false
  }
}
