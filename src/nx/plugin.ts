import fs from 'node:fs'
import path from 'node:path'
import type { CreateNodesContext, CreateNodesResult, CreateNodesV2 } from 'nx/src/devkit-exports'
import { CONFIG_FILE_NAMES, locateConfigFile, resolveProject, toUri } from '../project'
import { inferSpecloopTargets, SpecloopNxPluginOptions, SpecloopProjectFacts } from './targets'

/**
 * specloop's Nx plugin (`"plugins": ["specloop/nx"]` in nx.json): every folder with a cucumber
 * configuration file and feature files becomes a project with specloop's targets. Nx is only a
 * type here, so specloop never needs nx at run time.
 */
export const name = 'specloop/nx'

export const CUCUMBER_CONFIGURATION_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`

function readJsonObject(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * The project's name as Nx's own plugins would give it (project.json, then package.json), so
 * the two agree; a folder with neither is named after itself, since Nx needs a name.
 */
function projectNameOf(projectDirectory: string): string {
  for (const manifest of ['project.json', 'package.json']) {
    const declared = readJsonObject(path.join(projectDirectory, manifest))?.name
    if (typeof declared === 'string' && declared !== '') return declared
  }
  return path.basename(projectDirectory)
}

/** Features and support code as cucumber resolves them from the project's configuration; none when it cannot be read. */
async function projectFacts(projectDirectory: string, configFile: string): Promise<SpecloopProjectFacts & { error?: string }> {
  const resolved = await resolveProject({ cwd: projectDirectory, env: process.env, configFile })
  if (resolved.error) return { configFile, featureFiles: [], supportFiles: [], error: resolved.error.message }
  const { project } = resolved
  return {
    configFile,
    featureFiles: project.featurePaths.map((file) => toUri(project, file)),
    supportFiles: [...project.requirePaths, ...project.importPaths].map((file) => toUri(project, file))
  }
}

async function createNodesForConfiguration(
  configurationFile: string,
  options: SpecloopNxPluginOptions | undefined,
  context: CreateNodesContext
): Promise<CreateNodesResult> {
  const projectRoot = path.dirname(configurationFile)
  const projectDirectory = path.join(context.workspaceRoot, projectRoot)
  const configFile = path.basename(configurationFile)
  // cucumber-js reads the first configuration file it finds; the others in the folder are not its configuration.
  if (locateConfigFile(projectDirectory) !== configFile) return {}
  const facts = await projectFacts(projectDirectory, configFile)
  // A configuration that cannot be read still gets its targets: running one says what is wrong, located.
  if (facts.featureFiles.length === 0 && facts.error === undefined) return {}
  return {
    projects: {
      [projectRoot]: {
        root: projectRoot,
        name: projectNameOf(projectDirectory),
        targets: inferSpecloopTargets(facts, options)
      }
    }
  }
}

export const createNodesV2: CreateNodesV2<SpecloopNxPluginOptions> = [
  CUCUMBER_CONFIGURATION_GLOB,
  async (configurationFiles, options, context) => {
    const results: [string, CreateNodesResult][] = []
    for (const file of configurationFiles) results.push([file, await createNodesForConfiguration(file, options, context)])
    return results
  }
]

/** Nx 21+ reads `createNodes` (with createNodesV2's signature); earlier versions read `createNodesV2`. */
export const createNodes = createNodesV2
