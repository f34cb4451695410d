import fs from 'node:fs'
import path from 'node:path'
import { readProvenance, ReadProvenance } from './provenance'

/** Where everything specloop generates lives, relative to the project. */
export const GENERATED_DIRECTORY = 'generated'

/** TypeScript files under `directory`, recursively, sorted; none when it does not exist. */
export function listTypeScriptFiles(directory: string): string[] {
  return listFiles(directory, (name) => name.endsWith('.ts'))
}

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/

/** Whether a path names a code file (TypeScript or JavaScript, not a declaration file). */
export function isCodeFile(name: string): boolean {
  return CODE_FILE.test(name) && !name.endsWith('.d.ts')
}

/** Every code file under generated/, with or without a provenance header: what the gate scans. */
export function listGeneratedCode(projectDirectory: string): string[] {
  return listFiles(path.join(projectDirectory, GENERATED_DIRECTORY), isCodeFile).map((file) =>
    path.relative(projectDirectory, file).split(path.sep).join('/')
  )
}

function listFiles(directory: string, accept: (name: string) => boolean): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name)
      return entry.isDirectory() ? listFiles(full, accept) : entry.isFile() && accept(entry.name) ? [full] : []
    })
}

export interface GeneratedFile extends ReadProvenance {
  /** Project-relative, forward slashes. */
  path: string
  content: string
}

/** Every file under generated/ that carries a provenance header (files without one are the project's own). */
export function readGeneratedFiles(projectDirectory: string): GeneratedFile[] {
  const files: GeneratedFile[] = []
  for (const file of listTypeScriptFiles(path.join(projectDirectory, GENERATED_DIRECTORY))) {
    let content: string
    try {
      content = fs.readFileSync(file, 'utf8')
    } catch {
      continue
    }
    const read = readProvenance(content)
    if (read.provenance) files.push({ path: path.relative(projectDirectory, file).split(path.sep).join('/'), content, ...read })
  }
  return files
}
