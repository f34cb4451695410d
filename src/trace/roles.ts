import type { SourceRole } from './format'

/**
 * Step definitions (hand-written `steps/`, generated `generated/steps/`, any file cucumber
 * loads as support code) are kept apart from the implementation (`src/`, `generated/src/`,
 * everything else), so "this scenario ran only step code" can be told. Support code
 * (`support/` directories: worlds, hooks) is a role of its own.
 */
export function sourceRole(relativePath: string, supportFiles: ReadonlySet<string>): SourceRole {
  if (/(^|\/)support\//.test(relativePath)) return 'support'
  if (supportFiles.has(relativePath) || /^(generated\/)?steps\//.test(relativePath)) return 'step-definition'
  return 'implementation'
}

/** Implementation in these directories is listed even when nothing loads it: code no scenario asks for. */
export function isAlwaysTraced(relativePath: string): boolean {
  return /^(generated\/)?src\//.test(relativePath) || /^lib\//.test(relativePath)
}
