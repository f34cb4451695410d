export { runCli } from './main'
export type { CliIo } from './io'
export { killChildrenWithSpecloop } from './child-cleanup'
