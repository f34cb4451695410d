import fs from 'node:fs'
import path from 'node:path'
import { SpecloopError, specloopError, messageOf } from '../errors'
import { writeFileAtomic } from '../workspace'
import { initTemplates } from '../project/init-templates'

export interface InitOptions {
  /** The directory to create the project in (created when missing). */
  directory: string
}

export interface InitResult {
  directory: string
  written: string[]
  conflicts: string[]
  errors: SpecloopError[]
}

function projectNameOf(directory: string): string {
  const base = path.basename(directory).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '')
  return base || 'spec-project'
}

/** Scaffolds a spec project. Writes nothing at all if any file it would write exists. */
export function init(options: InitOptions): InitResult {
  const directory = path.resolve(options.directory)
  const result: InitResult = { directory, written: [], conflicts: [], errors: [] }
  if (fs.existsSync(directory) && !fs.statSync(directory).isDirectory()) {
    result.errors.push(specloopError('INIT_NOT_DIRECTORY', `not a directory: ${directory}`))
    return result
  }
  const templates = initTemplates(projectNameOf(directory))
  const paths = Object.keys(templates).sort()
  result.conflicts = paths.filter((relative) => fs.existsSync(path.join(directory, relative)))
  if (result.conflicts.length > 0) return result
  try {
    for (const relative of paths) {
      writeFileAtomic(path.join(directory, relative), templates[relative])
      result.written.push(relative)
    }
    for (const folder of ['generated/steps', 'generated/src']) fs.mkdirSync(path.join(directory, folder), { recursive: true })
  } catch (thrown) {
    result.errors.push(specloopError('INIT_WRITE', `could not write the project: ${messageOf(thrown)}`, { file: directory }))
  }
  return result
}
