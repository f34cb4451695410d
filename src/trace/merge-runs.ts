import { specloopError } from '../errors'
import type { SpecloopError } from '../errors'
import { markHollow } from './build'
import { decodeLines, encodeLines } from './lines'
import type { Trace, TraceScenario, TraceSourceFile } from './format'
import { scenarioKey } from './impact'
import { formatShard } from './shard'

/** A run to merge: its trace, and how the person named it (the run directory they gave). */
export interface RunToMerge {
  label: string
  trace: Trace
}

/**
 * Why these runs cannot be one run: different specifications or code (feature files or
 * traced sources whose SHA-256 differ), shards of different splits or the same shard twice,
 * a scenario that more than one of them ran. Empty when they can. Pure.
 */
export function mergeRefusals(runs: readonly RunToMerge[]): SpecloopError[] {
  const [first] = runs
  if (!first) return []
  return [
    ...runs.slice(1).flatMap((run) => specificationMismatch(first, run) ?? []),
    ...shardRefusals(runs, first),
    ...overlapRefusals(runs)
  ]
}

/** Why `run` is not a run of the same feature files and code as `first`: the first difference found. */
function specificationMismatch(first: RunToMerge, run: RunToMerge): SpecloopError | undefined {
  const sameSpecification = 'merge the runs of one commit of one project: each shard must run the same feature files and code'
  const mismatch = (message: string) => specloopError('MERGE_MISMATCH', message, { file: run.label }, sameSpecification)
  const ours = first.trace.features ?? {}
  const theirs = run.trace.features ?? {}
  const differing = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort().find((uri) => ours[uri] !== theirs[uri])
  if (differing !== undefined) {
    const how =
      ours[differing] === undefined
        ? `only ${run.label} has ${differing}`
        : theirs[differing] === undefined
          ? `only ${first.label} has ${differing}`
          : `${differing} differs between them`
    return mismatch(`${run.label} and ${first.label} are runs of different projects or spec versions: ${how}`)
  }
  const firstFiles = new Map(first.trace.files.map((file) => [file.path, file.sha256]))
  const changed = run.trace.files.find((file) => firstFiles.has(file.path) && firstFiles.get(file.path) !== file.sha256)
  return changed ? mismatch(`${run.label} and ${first.label} ran different versions of ${changed.path}`) : undefined
}

/** Shards of different splits (the first shard's total is the split), and a shard given twice. */
function shardRefusals(runs: readonly RunToMerge[], first: RunToMerge): SpecloopError[] {
  const errors: SpecloopError[] = []
  const shardOwner = new Map<number, RunToMerge>()
  for (const run of runs) {
    const { shard } = run.trace
    if (!shard) continue
    const total = first.trace.shard?.total ?? runs.find((other) => other.trace.shard)!.trace.shard!.total
    if (shard.total !== total) {
      errors.push(
        specloopError(
          'MERGE_MISMATCH',
          `${run.label} is shard ${formatShard(shard)}, another run is one of ${total} shards: they split the suite differently`,
          { file: run.label },
          'merge the shards of one split (--shard i/n with the same n)'
        )
      )
      continue
    }
    const owner = shardOwner.get(shard.index)
    if (owner)
      errors.push(
        specloopError(
          'MERGE_DUPLICATE_SHARD',
          `${run.label} and ${owner.label} are both shard ${formatShard(shard)}`,
          { file: run.label },
          'give each shard once'
        )
      )
    else shardOwner.set(shard.index, run)
  }
  return errors
}

/** A scenario more than one run ran: one refusal per run, at its first such scenario. */
function overlapRefusals(runs: readonly RunToMerge[]): SpecloopError[] {
  const errors: SpecloopError[] = []
  const ranBy = new Map<string, RunToMerge>()
  for (const run of runs) {
    for (const scenario of run.trace.scenarios) {
      const key = scenarioKey(scenario)
      const other = ranBy.get(key)
      if (other && other !== run) {
        errors.push(
          specloopError(
            'MERGE_OVERLAP',
            `${run.label} and ${other.label} both ran ${scenario.uri}:${scenario.line} "${scenario.name}"`,
            { file: run.label },
            'merge runs that share out the suite, such as the shards of one split'
          )
        )
        break
      }
      ranBy.set(key, run)
    }
  }
  return errors
}

/** The shards of the split these runs come from that none of them is (`[2, 4]` of 4 when 1 and 3 are given). */
export function missingShards(runs: readonly RunToMerge[]): number[] {
  const total = runs.find((run) => run.trace.shard)?.trace.shard?.total
  if (total === undefined) return []
  const present = new Set(runs.flatMap((run) => (run.trace.shard ? [run.trace.shard.index] : [])))
  return Array.from({ length: total }, (_, index) => index + 1).filter((index) => !present.has(index))
}

export interface MergeTracesInput {
  runId: string
  createdAt: string
  runs: readonly RunToMerge[]
  /** Each run's pickle ids → the merged messages' ids (the same scenario has one id per run). */
  pickleIds: readonly ReadonlyMap<string, string>[]
  /** The merged pickle ids in the suite's order: the merged trace lists its scenarios so. */
  order: readonly string[]
}

function union(bitmaps: readonly (string | undefined)[]): string {
  return encodeLines(new Set(bitmaps.flatMap((bitmap) => (bitmap ? decodeLines(bitmap) : []))))
}

/**
 * One trace of the runs of disjoint shares of a suite: every scenario with the lines it ran,
 * in the suite's order; a file traced by any run, with what ran outside scenarios in any of
 * them (each run loads the support code: the union is what one run loads). Check
 * `mergeRefusals` first. Pure.
 */
export function mergeRunTraces(input: MergeTracesInput): Trace {
  const { scenarios, newIndex } = scenariosInSuiteOrder(input)
  const untraced = [...new Set(input.runs.flatMap((run) => run.trace.untraced ?? []))].sort()
  const features = input.runs.find((run) => run.trace.features)?.trace.features
  return markHollow({
    version: 1,
    runId: input.runId,
    createdAt: input.createdAt,
    scenarios,
    files: mergeFiles(input.runs, newIndex),
    ...(features ? { features } : {}),
    ...(untraced.length > 0 ? { untraced } : {}),
    mergedFrom: input.runs.map((run) => ({ runId: run.trace.runId, ...(run.trace.shard ? { shard: run.trace.shard } : {}) }))
  })
}

/**
 * Every run's scenarios, with the merged pickle ids, in the suite's order; and where each went:
 * `runIndex:index` (a scenario's index in its run's trace) → its index in the merged trace.
 */
function scenariosInSuiteOrder(input: MergeTracesInput): { scenarios: TraceScenario[]; newIndex: Map<string, string> } {
  const position = new Map(input.order.map((pickleId, index) => [pickleId, index]))
  const entries = input.runs.flatMap((run, runIndex) =>
    run.trace.scenarios.map((scenario, index) => ({
      runIndex,
      index,
      scenario: { ...scenario, pickleId: input.pickleIds[runIndex]?.get(scenario.pickleId) ?? scenario.pickleId } as TraceScenario
    }))
  )
  const rank = (pickleId: string) => position.get(pickleId) ?? Number.MAX_SAFE_INTEGER
  // Stable: scenarios the order does not know keep the order of the runs given.
  entries.sort((a, b) => rank(a.scenario.pickleId) - rank(b.scenario.pickleId))
  const newIndex = new Map(entries.map((entry, index) => [`${entry.runIndex}:${entry.index}`, String(index)]))
  return { scenarios: entries.map((entry) => entry.scenario), newIndex }
}

/** Each traced file once, its hits keyed by the merged scenario indexes, sorted by path. */
function mergeFiles(runs: readonly RunToMerge[], newIndex: ReadonlyMap<string, string>): TraceSourceFile[] {
  const files = new Map<string, { file: TraceSourceFile; outsides: NonNullable<TraceSourceFile['outside']>[] }>()
  runs.forEach((run, runIndex) => {
    for (const file of run.trace.files) {
      const merged = files.get(file.path) ?? {
        file: { ...file, hits: {}, functionHits: {}, branchHits: {}, outside: undefined },
        outsides: []
      }
      files.set(file.path, merged)
      if (file.outside) merged.outsides.push(file.outside)
      const reindex = (from: Record<string, string> | undefined, into: Record<string, string>) => {
        for (const [index, bitmap] of Object.entries(from ?? {})) {
          const target = newIndex.get(`${runIndex}:${index}`)
          if (target !== undefined) into[target] = bitmap
        }
      }
      reindex(file.hits, merged.file.hits)
      reindex(file.functionHits, merged.file.functionHits!)
      reindex(file.branchHits, merged.file.branchHits!)
    }
  })
  return [...files.values()].map(({ file, outsides }) => withOutside(file, outsides)).sort((a, b) => a.path.localeCompare(b.path))
}

/** What ran outside scenarios in any run: the union of the runs' (each run loads the support code). */
function withOutside(file: TraceSourceFile, outsides: NonNullable<TraceSourceFile['outside']>[]): TraceSourceFile {
  const { outside: _none, ...rest } = file
  if (outsides.length === 0) return rest
  return {
    ...rest,
    outside: {
      lines: union(outsides.map((outside) => outside.lines)),
      functions: union(outsides.map((outside) => outside.functions)),
      branches: union(outsides.map((outside) => outside.branches))
    }
  }
}

/** Duplicate shards are reported by `mergeRefusals`; this orders runs by shard, unsharded runs last, otherwise as given. */
export function inShardOrder<T extends RunToMerge>(runs: readonly T[]): T[] {
  return runs
    .map((run, given) => ({ run, given }))
    .sort((a, b) => (a.run.trace.shard?.index ?? Infinity) - (b.run.trace.shard?.index ?? Infinity) || a.given - b.given)
    .map(({ run }) => run)
}
