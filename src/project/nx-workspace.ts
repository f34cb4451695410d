import fs from 'node:fs'
import path from 'node:path'

/** specloop's Nx plugin as nx.json names it (package.json's exports map resolves it). */
export const NX_PLUGIN = 'specloop/nx'

/** The nx.json of the Nx workspace a folder is in: the nearest at or above it, as Nx finds its workspace root. */
export function locateNxJson(directory: string): string | undefined {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    const candidate = path.join(current, 'nx.json')
    if (fs.existsSync(candidate)) return candidate
    if (path.dirname(current) === current) return undefined
  }
}

/** Whether an entry of nx.json's `plugins` is specloop's plugin, by name or with options. */
function isSpecloopPlugin(entry: unknown): boolean {
  return entry === NX_PLUGIN || (typeof entry === 'object' && entry !== null && (entry as { plugin?: unknown }).plugin === NX_PLUGIN)
}

export type NxPluginRegistration = { nxJson: Record<string, unknown>; added: boolean; error?: undefined } | { error: string }

/** nx.json with specloop's plugin added to its `plugins` (kept as they are, in their order); unchanged when it is there. */
export function registerNxPlugin(nxJson: Record<string, unknown>): NxPluginRegistration {
  const plugins = nxJson.plugins ?? []
  if (!Array.isArray(plugins)) return { error: '"plugins" is not an array' }
  if (plugins.some(isSpecloopPlugin)) return { nxJson, added: false }
  return { nxJson: { ...nxJson, plugins: [...plugins, NX_PLUGIN] }, added: true }
}
