export { computeMetrics, writtenContentOf } from './compute'
export type { Commit, CommittedFile, MetricsInput, RunResults, WrittenContent } from './compute'
export type { CommitFigures, DayFigures, Known, LoopFigures, ProjectMetrics } from './model'
