import fs from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { confinePath, DEFAULT_ALLOWED_ROOTS } from './allow-list'
import { readProvenance } from './provenance'

export interface PlannedFile {
  /** Relative to the project root, forward slashes. */
  path: string
  content: string
}

/** `remove`: a file specloop wrote, unedited since, that no part of the plan writes any more. */
export type WriteAction = 'create' | 'update' | 'unchanged' | 'kept-hand-edited' | 'kept-hand-written' | 'refused' | 'remove'

export interface WriteDecision {
  path: string
  action: WriteAction
  reason?: string
  previous?: string
  content: string
}

export interface WritePolicy {
  allowedRoots?: string[]
  /** Overwrite files that have no provenance header (e.g. a model fixing its own src/ file). */
  overwriteHandWritten?: boolean
  /** Only files ending so may be written (e.g. ['.ts', '.js']: a provenance header is a // comment). */
  allowedExtensions?: string[]
  /**
   * Whether specloop's ledger recorded writing this content to this path (absent: no ledger is
   * kept). A file with a matching header but a content the ledger never recorded was edited by
   * hand, its hash recomputed with it: it is kept like any edit.
   */
  recordedBySpecloop?: (path: string, content: string) => boolean
}

/**
 * Decides, for each file a generator wants, what may happen to it. Reads the disk, writes
 * nothing: `--dry-run` prints these decisions, `applyWrites` carries them out.
 */
export function planWrites(projectRoot: string, files: PlannedFile[], policy: WritePolicy = {}): WriteDecision[] {
  return files.map((file) => {
    const decision = confinePath(projectRoot, file.path, policy.allowedRoots ?? DEFAULT_ALLOWED_ROOTS)
    if (!decision.ok) return { path: file.path, action: 'refused', reason: decision.reason, content: file.content }
    if (policy.allowedExtensions && !policy.allowedExtensions.some((extension) => decision.relative.endsWith(extension))) {
      return {
        path: decision.relative,
        action: 'refused',
        reason: `only ${policy.allowedExtensions.join(', ')} files may be written here`,
        content: file.content
      }
    }
    if (!fs.existsSync(decision.absolute)) return { path: decision.relative, action: 'create', content: file.content }
    const previous = fs.readFileSync(decision.absolute, 'utf8')
    if (previous === file.content) return { path: decision.relative, action: 'unchanged', content: file.content, previous }
    const existing = readProvenance(previous)
    if (existing.editedByHand) {
      return {
        path: decision.relative,
        action: 'kept-hand-edited',
        reason: 'edited by hand since it was generated (its body no longer matches the provenance hash)',
        content: file.content,
        previous
      }
    }
    if (existing.provenance && policy.recordedBySpecloop && !policy.recordedBySpecloop(decision.relative, previous)) {
      return {
        path: decision.relative,
        action: 'kept-hand-edited',
        reason: 'its header says specloop wrote it, but the ledger never recorded this content: edited by hand, hash and all',
        content: file.content,
        previous
      }
    }
    if (!existing.provenance && !policy.overwriteHandWritten) {
      return {
        path: decision.relative,
        action: 'kept-hand-written',
        reason: 'written by hand (no provenance header)',
        content: file.content,
        previous
      }
    }
    return { path: decision.relative, action: 'update', content: file.content, previous }
  })
}

/** Carries out remove decisions; returns the paths removed. */
export function applyRemovals(projectRoot: string, decisions: WriteDecision[]): string[] {
  const removed: string[] = []
  for (const decision of decisions) {
    if (decision.action !== 'remove') continue
    fs.rmSync(path.join(projectRoot, decision.path), { force: true })
    removed.push(decision.path)
  }
  return removed
}

/** Carries out create/update decisions atomically; returns the paths written. */
export function applyWrites(projectRoot: string, decisions: WriteDecision[]): string[] {
  const written: string[] = []
  for (const decision of decisions) {
    if (decision.action !== 'create' && decision.action !== 'update') continue
    writeFileAtomic(path.join(projectRoot, decision.path), decision.content)
    written.push(decision.path)
  }
  return written
}
