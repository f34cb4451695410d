import type { Envelope, GherkinDocument, Pickle } from '@cucumber/messages'

/**
 * The Cucumber Messages of an `--affected` run, completed with the earlier results of the
 * scenarios it did not run, so the run's stream (and the report built from it) covers the
 * whole suite, as its merged trace does.
 *
 * A feature file with kept scenarios did not change (a changed feature file runs all of its
 * scenarios), so the earlier run's document of it is the same text: the fresh pickles of that
 * file are pointed at the earlier document's node ids, found by walking the two documents side
 * by side. Ids are unique per run (cucumber uses UUIDs), so the two runs' ids never collide.
 * Pure.
 */
export function mergeAffectedMessages(
  previous: readonly Envelope[],
  fresh: readonly Envelope[],
  keptPickleIds: ReadonlySet<string>
): { envelopes: Envelope[]; kept: number } {
  const selection = keptSelection(previous, fresh, keptPickleIds)
  const taken = takenFromPrevious(previous, fresh, selection)
  return { envelopes: inCucumbersOrder(freshWithoutReplaced(fresh, selection), taken), kept: selection.kept.length }
}

/** What an affected run keeps of the earlier run: its scenarios that did not run again, and what they point at. */
interface KeptSelection {
  kept: Pickle[]
  keptIds: Set<string>
  keptTestCases: Set<string>
  keptAttempts: Set<string>
  /** The step definitions and hooks the kept test cases use. */
  referenced: Set<string>
  /** Per file with kept scenarios: how the fresh document's node ids map onto the earlier one's (undefined: they differ). */
  remaps: Map<string, Map<string, string> | undefined>
  /** Files whose earlier document stays (the fresh one is the same text). */
  olderDocuments: Set<string>
}

function documentsByUri(envelopes: readonly Envelope[]): Map<string, GherkinDocument> {
  return new Map(
    envelopes.flatMap((envelope) =>
      envelope.gherkinDocument?.uri ? [[envelope.gherkinDocument.uri, envelope.gherkinDocument] as const] : []
    )
  )
}

function keptSelection(previous: readonly Envelope[], fresh: readonly Envelope[], keptPickleIds: ReadonlySet<string>): KeptSelection {
  const keptPickles = previous.flatMap((envelope) => (envelope.pickle && keptPickleIds.has(envelope.pickle.id) ? [envelope.pickle] : []))
  const freshDocuments = documentsByUri(fresh)
  const previousDocuments = documentsByUri(previous)
  const remaps = new Map<string, Map<string, string> | undefined>()
  for (const uri of new Set(keptPickles.map((pickle) => pickle.uri))) {
    const freshDocument = freshDocuments.get(uri)
    remaps.set(uri, freshDocument ? sameNodes(freshDocument, previousDocuments.get(uri)) : new Map())
  }
  // A file whose documents differ after all keeps only its fresh results.
  const kept = keptPickles.filter((pickle) => remaps.get(pickle.uri) !== undefined)
  const keptIds = new Set(kept.map((pickle) => pickle.id))
  const keptTestCases = new Set(
    previous.flatMap((envelope) => (envelope.testCase && keptIds.has(envelope.testCase.pickleId) ? [envelope.testCase.id] : []))
  )
  const keptAttempts = new Set(
    previous.flatMap((envelope) =>
      envelope.testCaseStarted && keptTestCases.has(envelope.testCaseStarted.testCaseId) ? [envelope.testCaseStarted.id] : []
    )
  )
  // Only the definitions and hooks the kept results point at come along: chained affected runs must not pile them up.
  const referenced = new Set(
    previous.flatMap((envelope) =>
      envelope.testCase && keptTestCases.has(envelope.testCase.id)
        ? envelope.testCase.testSteps.flatMap((step) => [...(step.stepDefinitionIds ?? []), ...(step.hookId ? [step.hookId] : [])])
        : []
    )
  )
  const olderDocuments = new Set([...remaps].filter(([, remap]) => remap !== undefined).map(([uri]) => uri))
  return { kept, keptIds, keptTestCases, keptAttempts, referenced, remaps, olderDocuments }
}

function isFromPrevious(envelope: Envelope, selection: KeptSelection): boolean {
  if (envelope.source) return selection.olderDocuments.has(envelope.source.uri)
  if (envelope.gherkinDocument) return selection.olderDocuments.has(envelope.gherkinDocument.uri ?? '')
  if (envelope.pickle) return selection.keptIds.has(envelope.pickle.id)
  if (envelope.stepDefinition) return selection.referenced.has(envelope.stepDefinition.id)
  if (envelope.hook) return selection.referenced.has(envelope.hook.id)
  if (envelope.testCase) return selection.keptTestCases.has(envelope.testCase.id)
  if (envelope.testCaseStarted) return selection.keptAttempts.has(envelope.testCaseStarted.id)
  const attempt =
    envelope.testStepStarted?.testCaseStartedId ??
    envelope.testStepFinished?.testCaseStartedId ??
    envelope.testCaseFinished?.testCaseStartedId ??
    envelope.attachment?.testCaseStartedId
  return attempt !== undefined && selection.keptAttempts.has(attempt)
}

/**
 * The earlier run's envelopes that stay. A definition both runs have (same expression, file and
 * line) is written once, under the fresh run's id; the kept test cases are pointed at it, so the
 * stream names each real definition once.
 */
function takenFromPrevious(previous: readonly Envelope[], fresh: readonly Envelope[], selection: KeptSelection): Envelope[] {
  const freshIdByKey = new Map(
    fresh.flatMap((envelope) => {
      const key = definitionKey(envelope)
      return key ? [[key, (envelope.stepDefinition ?? envelope.hook)!.id] as const] : []
    })
  )
  const sameAsFresh = new Map(
    previous.flatMap((envelope) => {
      const key = definitionKey(envelope)
      const freshId = key ? freshIdByKey.get(key) : undefined
      return freshId ? [[(envelope.stepDefinition ?? envelope.hook)!.id, freshId] as const] : []
    })
  )
  const toFresh = (id: string) => sameAsFresh.get(id) ?? id
  return previous
    .filter((envelope) => isFromPrevious(envelope, selection))
    .filter(
      (envelope) =>
        !((envelope.stepDefinition && sameAsFresh.has(envelope.stepDefinition.id)) || (envelope.hook && sameAsFresh.has(envelope.hook.id)))
    )
    .map((envelope) =>
      envelope.testCase
        ? {
            ...envelope,
            testCase: {
              ...envelope.testCase,
              testSteps: envelope.testCase.testSteps.map((step) => ({
                ...step,
                ...(step.stepDefinitionIds ? { stepDefinitionIds: step.stepDefinitionIds.map(toFresh) } : {}),
                ...(step.hookId ? { hookId: toFresh(step.hookId) } : {})
              }))
            }
          }
        : envelope
    )
}

/**
 * The fresh run's envelopes that stay: cucumber emits a pickle for every scenario of a file it loads, run or not, and a
 * kept result replaces the fresh, unrun one.
 */
function freshWithoutReplaced(fresh: readonly Envelope[], selection: KeptSelection): Envelope[] {
  const keptNodes = new Set(selection.kept.map((pickle) => pickle.astNodeIds.join(' ')))
  return fresh
    .filter(
      (envelope) =>
        !(envelope.source && selection.olderDocuments.has(envelope.source.uri)) &&
        !(envelope.gherkinDocument && selection.olderDocuments.has(envelope.gherkinDocument.uri ?? ''))
    )
    .map((envelope) => {
      const remap = envelope.pickle ? selection.remaps.get(envelope.pickle.uri) : undefined
      return remap && envelope.pickle ? { ...envelope, pickle: remapPickle(envelope.pickle, remap) } : envelope
    })
    .filter((envelope) => !(envelope.pickle && keptNodes.has(envelope.pickle.astNodeIds.join(' '))))
}

const isDefinition = (envelope: Envelope) =>
  Boolean(
    envelope.meta ||
    envelope.source ||
    envelope.gherkinDocument ||
    envelope.pickle ||
    envelope.stepDefinition ||
    envelope.hook ||
    envelope.parameterType ||
    envelope.undefinedParameterType ||
    envelope.parseError
  )

/** cucumber's order: definitions first, then the run; earlier results inside the fresh run. */
function inCucumbersOrder(freshKept: Envelope[], taken: Envelope[]): Envelope[] {
  const freshDefinitions = freshKept.filter(isDefinition)
  const freshRun = freshKept.filter((envelope) => !isDefinition(envelope))
  const started = freshRun.findIndex((envelope) => envelope.testRunStarted)
  const finished = freshRun.findIndex((envelope) => envelope.testRunFinished)
  const before = freshRun.slice(0, started + 1)
  const during = freshRun.slice(started + 1, finished < 0 ? freshRun.length : finished)
  const after = finished < 0 ? [] : freshRun.slice(finished)
  const previousDefinitions = taken.filter(isDefinition)
  const previousRun = taken.filter((envelope) => !isDefinition(envelope))
  // Documents before the pickles that point into them, as cucumber writes them (a stable sort keeps each group's order).
  const rank = (envelope: Envelope) =>
    envelope.meta ? 0 : envelope.source ? 1 : envelope.gherkinDocument ? 2 : envelope.pickle || envelope.parseError ? 3 : 4
  const definitions = [...freshDefinitions, ...previousDefinitions].sort((a, b) => rank(a) - rank(b))
  return [...definitions, ...before, ...previousRun, ...during, ...after]
}

/** What recognises a step definition or hook across runs: its expression (or name) and where it is; undefined without a location. */
function definitionKey(envelope: Envelope): string | undefined {
  const definition = envelope.stepDefinition ?? envelope.hook
  if (!definition?.sourceReference?.uri) return undefined
  const where = `${definition.sourceReference.uri}:${definition.sourceReference.location?.line ?? ''}`
  return envelope.stepDefinition
    ? `step ${envelope.stepDefinition.pattern?.type} ${envelope.stepDefinition.pattern?.source} ${where}`
    : `hook ${envelope.hook!.name ?? ''} ${where}`
}

/** Node ids of two parses of the same text, paired in document order; undefined when they differ in shape. */
function sameNodes(fresh: GherkinDocument, previous: GherkinDocument | undefined): Map<string, string> | undefined {
  if (!previous) return undefined
  const freshIds = nodeIds(fresh)
  const previousIds = nodeIds(previous)
  if (freshIds.length !== previousIds.length) return undefined
  return new Map(freshIds.map((id, index) => [id, previousIds[index]]))
}

function nodeIds(document: GherkinDocument): string[] {
  const ids: string[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      if (typeof record.id === 'string') ids.push(record.id)
      for (const key of Object.keys(record).sort()) if (key !== 'id') walk(record[key])
    }
  }
  walk(document.feature)
  return ids
}

function remapPickle(pickle: Pickle, remap: Map<string, string>): Pickle {
  const map = (id: string) => remap.get(id) ?? id
  return {
    ...pickle,
    astNodeIds: pickle.astNodeIds.map(map),
    steps: pickle.steps.map((step) => ({ ...step, astNodeIds: step.astNodeIds.map(map) })),
    tags: pickle.tags.map((tag) => ({ ...tag, astNodeId: map(tag.astNodeId) }))
  }
}

export interface MergedRunMessages {
  envelopes: Envelope[]
  /** Per run given: its pickle ids → the merged stream's (a scenario has one id per run). */
  pickleIds: Map<string, string>[]
  /** The merged stream's pickle ids in the suite's order. */
  order: string[]
}

/**
 * One Cucumber Messages stream of several runs of disjoint shares of one suite (the shards of a
 * split), read as one run is: the documents, pickles, step definitions and hooks once, under the
 * first run's ids (each run parses every feature file and loads every step definition); each
 * run's test cases and results, pointed at those; one `testRunStarted` (the earliest) and one
 * `testRunFinished` (the latest, a success only if every run's was). A pickle is the same
 * scenario in two runs when it is the same one of the same file (same uri, same place among
 * that file's pickles, same name): the runs are of the same feature files. Pure.
 */
export function mergeRunMessages(runs: readonly (readonly Envelope[])[]): MergedRunMessages {
  const merged: RunsMerged = {
    definitions: [],
    knownUris: new Set(),
    pickleByPlace: new Map(),
    definitionIdByKey: new Map(),
    parameterTypes: new Set(),
    testRunStarted: [],
    testRunFinished: [],
    testCases: [],
    execution: [],
    // Every reference to a test run points at the first run's.
    startedId: runs
      .flatMap((run) => run.filter((envelope) => envelope.testRunStarted))
      .find((envelope) => envelope.testRunStarted!.id !== undefined)?.testRunStarted!.id
  }
  const pickleIds = runs.map((run) => mergeRun(merged, run))
  const { started, finished } = runBoundaries(merged, runs.length)
  const order = [...merged.pickleByPlace.values()].map((pickle) => pickle.id)
  return {
    envelopes: [
      ...(merged.meta ? [merged.meta] : []),
      ...merged.definitions,
      ...started,
      ...merged.testCases,
      ...merged.execution,
      ...finished
    ],
    pickleIds,
    order
  }
}

/** The merged stream as the runs are read into it, one after the other. */
interface RunsMerged {
  meta?: Envelope
  /** Sources, documents, pickles, step definitions, hooks and parameter types: each once. */
  definitions: Envelope[]
  knownUris: Set<string>
  /** A file's uri and a pickle's place among its pickles → the first run's pickle. */
  pickleByPlace: Map<string, Pickle>
  definitionIdByKey: Map<string, string>
  parameterTypes: Set<string>
  testRunStarted: Envelope[]
  testRunFinished: Envelope[]
  testCases: Envelope[]
  execution: Envelope[]
  startedId?: string
}

/** Reads one run into the merged stream; returns how its pickle ids map to the merged ones. */
function mergeRun(merged: RunsMerged, run: readonly Envelope[]): Map<string, string> {
  const pickleMap = new Map<string, string>()
  const stepMap = new Map<string, string>()
  const definitionMap = new Map<string, string>()
  const retargeting: Retargeting = { pickleMap, stepMap, definitionMap, startedId: merged.startedId }
  const newUris = new Set<string>()
  const placeInFile = new Map<string, number>()
  for (const envelope of run) {
    const uri = envelope.source?.uri ?? envelope.gherkinDocument?.uri
    if (envelope.meta) merged.meta ??= envelope
    else if (uri !== undefined) {
      if (!merged.knownUris.has(uri) || newUris.has(uri)) {
        newUris.add(uri)
        merged.definitions.push(envelope)
      }
    } else if (envelope.pickle) {
      const place = placeInFile.get(envelope.pickle.uri) ?? 0
      placeInFile.set(envelope.pickle.uri, place + 1)
      mergePickle(merged, envelope, place, { pickleMap, stepMap })
    } else if (envelope.stepDefinition || envelope.hook) mergeDefinition(merged, envelope, definitionMap)
    else if (envelope.parameterType || envelope.undefinedParameterType || envelope.parseError) {
      const key = JSON.stringify({ ...envelope, parameterType: envelope.parameterType && { ...envelope.parameterType, id: undefined } })
      if (!merged.parameterTypes.has(key)) merged.definitions.push(envelope)
      merged.parameterTypes.add(key)
    } else if (envelope.testRunStarted) merged.testRunStarted.push(envelope)
    else if (envelope.testRunFinished) merged.testRunFinished.push(envelope)
    else if (envelope.testCase) merged.testCases.push(retarget(envelope, retargeting))
    else merged.execution.push(retarget(envelope, retargeting))
  }
  for (const uri of newUris) merged.knownUris.add(uri)
  return pickleMap
}

/** How a run's pickle and pickle step ids map to the merged stream's. */
interface PickleIdMaps {
  pickleMap: Map<string, string>
  stepMap: Map<string, string>
}

/** The same scenario as a pickle of an earlier run (same file, place, name and steps) takes that pickle's ids. */
function mergePickle(merged: RunsMerged, envelope: Envelope, place: number, ids: PickleIdMaps): void {
  const pickle = envelope.pickle!
  const key = `${pickle.uri}\n${place}`
  const known = merged.pickleByPlace.get(key)
  if (known && known.name === pickle.name && known.steps.length === pickle.steps.length) {
    ids.pickleMap.set(pickle.id, known.id)
    pickle.steps.forEach((step, index) => ids.stepMap.set(step.id, known.steps[index].id))
  } else {
    if (!known) merged.pickleByPlace.set(key, pickle)
    merged.definitions.push(envelope)
  }
}

/** A step definition or hook another run loaded too is kept once, under the first run's id. */
function mergeDefinition(merged: RunsMerged, envelope: Envelope, definitionMap: Map<string, string>): void {
  const key = definitionKey(envelope)
  const id = (envelope.stepDefinition ?? envelope.hook)!.id
  const known = key === undefined ? undefined : merged.definitionIdByKey.get(key)
  if (known !== undefined) definitionMap.set(id, known)
  else {
    if (key !== undefined) merged.definitionIdByKey.set(key, id)
    merged.definitions.push(envelope)
  }
}

/** One testRunStarted (the earliest) and one testRunFinished (the latest, a success only if every run's was). */
function runBoundaries(merged: RunsMerged, runCount: number): { started: Envelope[]; finished: Envelope[] } {
  const { testRunStarted, testRunFinished, startedId } = merged
  const seconds = (timestamp: { seconds: number; nanos: number } | undefined) => (timestamp ? timestamp.seconds + timestamp.nanos / 1e9 : 0)
  const earliest = [...testRunStarted].sort((a, b) => seconds(a.testRunStarted!.timestamp) - seconds(b.testRunStarted!.timestamp))[0]
  const latest = [...testRunFinished].sort((a, b) => seconds(b.testRunFinished!.timestamp) - seconds(a.testRunFinished!.timestamp))[0]
  const started: Envelope[] = earliest
    ? [{ testRunStarted: { ...earliest.testRunStarted!, ...(startedId !== undefined ? { id: startedId } : {}) } }]
    : []
  // A run that did not finish (killed) leaves the merged run unfinished too, as its own stream was.
  const finished: Envelope[] =
    latest && testRunFinished.length === runCount
      ? [
          {
            testRunFinished: {
              ...latest.testRunFinished!,
              success: testRunFinished.every((envelope) => envelope.testRunFinished!.success),
              ...(startedId !== undefined ? { testRunStartedId: startedId } : {})
            }
          }
        ]
      : []
  return { started, finished }
}

interface Retargeting {
  pickleMap: ReadonlyMap<string, string>
  stepMap: ReadonlyMap<string, string>
  definitionMap: ReadonlyMap<string, string>
  /** The merged stream's test run: every reference to a test run points at it. */
  startedId?: string
}

/** An envelope of a run's execution with its references to pickles, pickle steps, definitions and the test run moved to the merged stream's ids. */
function retarget(envelope: Envelope, how: Retargeting): Envelope {
  const map = (ids: ReadonlyMap<string, string>, id: string) => ids.get(id) ?? id
  const startedId = (id: string | undefined) => (id !== undefined && how.startedId !== undefined ? how.startedId : id)
  if (envelope.testCase) {
    const testCase = envelope.testCase
    return {
      testCase: {
        ...testCase,
        pickleId: map(how.pickleMap, testCase.pickleId),
        ...(testCase.testRunStartedId !== undefined ? { testRunStartedId: startedId(testCase.testRunStartedId) } : {}),
        testSteps: testCase.testSteps.map((step) => ({
          ...step,
          ...(step.pickleStepId !== undefined ? { pickleStepId: map(how.stepMap, step.pickleStepId) } : {}),
          ...(step.hookId !== undefined ? { hookId: map(how.definitionMap, step.hookId) } : {}),
          ...(step.stepDefinitionIds ? { stepDefinitionIds: step.stepDefinitionIds.map((id) => map(how.definitionMap, id)) } : {})
        }))
      }
    }
  }
  if (envelope.testRunHookStarted) {
    const started = envelope.testRunHookStarted
    return {
      testRunHookStarted: {
        ...started,
        hookId: map(how.definitionMap, started.hookId),
        testRunStartedId: startedId(started.testRunStartedId)!
      }
    }
  }
  if (envelope.suggestion)
    return { suggestion: { ...envelope.suggestion, pickleStepId: map(how.stepMap, envelope.suggestion.pickleStepId) } }
  if (envelope.attachment?.testRunStartedId !== undefined)
    return { attachment: { ...envelope.attachment, testRunStartedId: startedId(envelope.attachment.testRunStartedId) } }
  return envelope
}
