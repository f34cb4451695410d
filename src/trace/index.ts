export { TRACE_FORMAT_VERSION, encodeLines, decodeLines, toRanges, formatRanges } from './format'
export type { Trace, TraceScenario, TraceSourceFile, TraceFunction, ScenarioStatus, HollowReason, SourceRole } from './format'
export { scenariosForLine, linesForScenario, scenariosByLine, uncoveredLines } from './query'
