import fs from 'node:fs'
import path from 'node:path'
import { SpecloopError, specloopError } from '../errors'
import type { FeatureFingerprint } from '../governance'
import { toUri } from '../project'
import type { GovernedProject } from './governance'

/** The features an approval covers, as the arguments of `specloop approve` name them. */
export interface ApprovalSelection {
  chosen: FeatureFingerprint[]
  /** Features the lock holds whose file is gone: approving them removes them from the lock. */
  removedFeatures: string[]
  /** The parse errors of the selected features: a spec that does not parse cannot be approved. */
  errors: SpecloopError[]
  /** The first argument that names no feature of the project (the ones after it are not read). */
  unknown?: SpecloopError
}

/** Every feature of the project when no argument names one; otherwise the ones the arguments name. */
export function selectFeatures(
  governed: GovernedProject,
  options: { cwd: string; features?: string[]; argumentsFrom?: string }
): ApprovalSelection {
  const { specification, fingerprints, lock } = governed
  const cwd = specification.project.cwd
  if (!options.features || options.features.length === 0)
    return {
      chosen: fingerprints,
      removedFeatures: Object.keys(lock.features).filter((uri) => !fs.existsSync(path.join(cwd, uri))),
      errors: specification.features.flatMap((feature) => feature.errors)
    }
  const selection: ApprovalSelection = { chosen: [], removedFeatures: [], errors: [] }
  for (const argument of options.features) {
    selectArgument(governed, argument, path.resolve(options.argumentsFrom ?? options.cwd, argument), selection)
    if (selection.unknown) break
  }
  return selection
}

/** Adds what one argument names (a folder, a feature, a removed feature) to the selection. */
function selectArgument(governed: GovernedProject, argument: string, absolute: string, selection: ApprovalSelection): void {
  const { specification, fingerprints, lock } = governed
  const project = specification.project
  const inFolder = featuresInFolder(fingerprints, project.cwd, absolute)
  if (inFolder && inFolder.length > 0) {
    selection.chosen.push(...inFolder)
    return
  }
  const uri = toUri(project, absolute)
  const fingerprint = fingerprints.find((feature) => feature.uri === uri)
  const broken = specification.features.find((feature) => feature.uri === uri && feature.errors.length > 0)
  if (fingerprint) selection.chosen.push(fingerprint)
  else if (broken) selection.errors.push(...broken.errors)
  else if (lock.features[uri] && !fs.existsSync(path.join(project.cwd, uri))) selection.removedFeatures.push(uri)
  else
    selection.unknown = specloopError(
      'APPROVE_NO_FEATURE',
      `${argument} is not one of the project's feature files`,
      {},
      `the cucumber configuration's paths select ${specification.features.length} feature files; specloop status lists them`
    )
}

/** A folder stands for the features under it; undefined when the argument is no folder. */
function featuresInFolder(
  fingerprints: FeatureFingerprint[],
  projectDirectory: string,
  absolute: string
): FeatureFingerprint[] | undefined {
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) return undefined
  return fingerprints.filter((feature) => (path.join(projectDirectory, feature.uri) + path.sep).startsWith(absolute + path.sep))
}
