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
export function mergeAffectedMessages(previous: readonly Envelope[], fresh: readonly Envelope[], keptPickleIds: ReadonlySet<string>): { envelopes: Envelope[]; kept: number } {
  const keptPickles = previous.flatMap((envelope) => (envelope.pickle && keptPickleIds.has(envelope.pickle.id) ? [envelope.pickle] : []))
  const freshDocuments = new Map(fresh.flatMap((envelope) => (envelope.gherkinDocument?.uri ? [[envelope.gherkinDocument.uri, envelope.gherkinDocument] as const] : [])))
  const previousDocuments = new Map(previous.flatMap((envelope) => (envelope.gherkinDocument?.uri ? [[envelope.gherkinDocument.uri, envelope.gherkinDocument] as const] : [])))
  // Per file with kept scenarios: the earlier document, and how fresh node ids map onto it.
  const remaps = new Map<string, Map<string, string> | undefined>()
  for (const uri of new Set(keptPickles.map((pickle) => pickle.uri))) {
    const freshDocument = freshDocuments.get(uri)
    remaps.set(uri, freshDocument ? sameNodes(freshDocument, previousDocuments.get(uri)) : new Map())
  }
  // A file whose documents differ after all keeps only its fresh results.
  const kept = keptPickles.filter((pickle) => remaps.get(pickle.uri) !== undefined)
  const keptIds = new Set(kept.map((pickle) => pickle.id))
  const keptTestCases = new Set(previous.flatMap((envelope) => (envelope.testCase && keptIds.has(envelope.testCase.pickleId) ? [envelope.testCase.id] : [])))
  const keptAttempts = new Set(previous.flatMap((envelope) => (envelope.testCaseStarted && keptTestCases.has(envelope.testCaseStarted.testCaseId) ? [envelope.testCaseStarted.id] : [])))
  // Only the definitions and hooks the kept results point at come along: chained affected runs must not pile them up.
  const referenced = new Set(
    previous.flatMap((envelope) =>
      envelope.testCase && keptTestCases.has(envelope.testCase.id) ? envelope.testCase.testSteps.flatMap((step) => [...(step.stepDefinitionIds ?? []), ...(step.hookId ? [step.hookId] : [])]) : []
    )
  )
  const olderDocuments = new Set([...remaps].filter(([, remap]) => remap !== undefined).map(([uri]) => uri))

  const fromPrevious = (envelope: Envelope): boolean => {
    if (envelope.source) return olderDocuments.has(envelope.source.uri)
    if (envelope.gherkinDocument) return olderDocuments.has(envelope.gherkinDocument.uri ?? '')
    if (envelope.pickle) return keptIds.has(envelope.pickle.id)
    if (envelope.stepDefinition) return referenced.has(envelope.stepDefinition.id)
    if (envelope.hook) return referenced.has(envelope.hook.id)
    if (envelope.testCase) return keptTestCases.has(envelope.testCase.id)
    if (envelope.testCaseStarted) return keptAttempts.has(envelope.testCaseStarted.id)
    const attempt = envelope.testStepStarted?.testCaseStartedId ?? envelope.testStepFinished?.testCaseStartedId ?? envelope.testCaseFinished?.testCaseStartedId ?? envelope.attachment?.testCaseStartedId
    return attempt !== undefined && keptAttempts.has(attempt)
  }
  // A definition both runs have (same expression, file and line) is written once, under the fresh
  // run's id; the kept test cases are pointed at it, so the stream names each real definition once.
  const definitionKey = (envelope: Envelope): string | undefined => {
    const definition = envelope.stepDefinition ?? envelope.hook
    // Without a location there is nothing to recognise it by: it stays as it is.
    if (!definition?.sourceReference?.uri) return undefined
    const where = `${definition.sourceReference.uri}:${definition.sourceReference.location?.line ?? ''}`
    return envelope.stepDefinition ? `step ${envelope.stepDefinition.pattern?.type} ${envelope.stepDefinition.pattern?.source} ${where}` : `hook ${envelope.hook!.name ?? ''} ${where}`
  }
  const freshIdByKey = new Map(fresh.flatMap((envelope) => {
    const key = definitionKey(envelope)
    return key ? [[key, (envelope.stepDefinition ?? envelope.hook)!.id] as const] : []
  }))
  const sameAsFresh = new Map(previous.flatMap((envelope) => {
    const key = definitionKey(envelope)
    const freshId = key ? freshIdByKey.get(key) : undefined
    return freshId ? [[(envelope.stepDefinition ?? envelope.hook)!.id, freshId] as const] : []
  }))
  const toFresh = (id: string) => sameAsFresh.get(id) ?? id
  const takenFromPrevious = previous
    .filter(fromPrevious)
    .filter((envelope) => !((envelope.stepDefinition && sameAsFresh.has(envelope.stepDefinition.id)) || (envelope.hook && sameAsFresh.has(envelope.hook.id))))
    .map((envelope) => (envelope.testCase
      ? { ...envelope, testCase: { ...envelope.testCase, testSteps: envelope.testCase.testSteps.map((step) => ({ ...step, ...(step.stepDefinitionIds ? { stepDefinitionIds: step.stepDefinitionIds.map(toFresh) } : {}), ...(step.hookId ? { hookId: toFresh(step.hookId) } : {}) })) } }
      : envelope))
  // cucumber emits a pickle for every scenario of a file it loads, run or not: a kept result replaces the fresh, unrun one.
  const keptNodes = new Set(kept.map((pickle) => pickle.astNodeIds.join(' ')))
  const freshKept = fresh
    .filter((envelope) => !(envelope.source && olderDocuments.has(envelope.source.uri)) && !(envelope.gherkinDocument && olderDocuments.has(envelope.gherkinDocument.uri ?? '')))
    .map((envelope) => {
      const remap = envelope.pickle ? remaps.get(envelope.pickle.uri) : undefined
      return remap && envelope.pickle ? { ...envelope, pickle: remapPickle(envelope.pickle, remap) } : envelope
    })
    .filter((envelope) => !(envelope.pickle && keptNodes.has(envelope.pickle.astNodeIds.join(' '))))

  // cucumber's order: definitions first, then the run; earlier results inside the fresh run.
  const isDefinition = (envelope: Envelope) => Boolean(envelope.meta || envelope.source || envelope.gherkinDocument || envelope.pickle || envelope.stepDefinition || envelope.hook || envelope.parameterType || envelope.undefinedParameterType || envelope.parseError)
  const freshDefinitions = freshKept.filter(isDefinition)
  const freshRun = freshKept.filter((envelope) => !isDefinition(envelope))
  const started = freshRun.findIndex((envelope) => envelope.testRunStarted)
  const finished = freshRun.findIndex((envelope) => envelope.testRunFinished)
  const before = freshRun.slice(0, started + 1)
  const during = freshRun.slice(started + 1, finished < 0 ? freshRun.length : finished)
  const after = finished < 0 ? [] : freshRun.slice(finished)
  const previousDefinitions = takenFromPrevious.filter(isDefinition)
  const previousRun = takenFromPrevious.filter((envelope) => !isDefinition(envelope))
  // Documents before the pickles that point into them, as cucumber writes them (a stable sort keeps each group's order).
  const rank = (envelope: Envelope) => (envelope.meta ? 0 : envelope.source ? 1 : envelope.gherkinDocument ? 2 : envelope.pickle || envelope.parseError ? 3 : 4)
  const definitions = [...freshDefinitions, ...previousDefinitions].sort((a, b) => rank(a) - rank(b))
  return { envelopes: [...definitions, ...before, ...previousRun, ...during, ...after], kept: kept.length }
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
