export { computeMetrics } from './compute'
export type { Commit, CommittedFile, MetricsInput, RunResults } from './compute'
export type { CommitFigures, DayFigures, Known, LoopFigures, ProjectMetrics } from './model'
