export { spawnInGroup, killGroup, killAllGroups, runningGroupCount } from './process-groups'
export type { GroupChild } from './process-groups'
export { colourWanted, inCi } from './terminal'
