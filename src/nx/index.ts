// specloop's Nx plugin, loaded by Nx as `specloop/nx` (package.json's exports map).
export { name, createNodes, createNodesV2, CUCUMBER_CONFIGURATION_GLOB } from './plugin'
export { inferSpecloopTargets, targetNamesOf, DEFAULT_TARGET_PREFIX } from './targets'
export type { SpecloopNxPluginOptions, SpecloopProjectFacts } from './targets'
