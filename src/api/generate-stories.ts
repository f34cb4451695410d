/**
 * The stateful features of a generation: each story's state model synthesised offline, its
 * class module planned, and its steps' bodies set to call the class (its commands then need no
 * stub). Stories that share steps with other features, or that no model explains, keep the
 * stubs and the message that a model provider can write them.
 */
import type { ParsedFeature } from '../gherkin'
import { CucumberExpression } from '@cucumber/cucumber-expressions'
import {
  type GroupParameter,
  parameterTypeRegistry,
  type PlannedOperation,
  type PlannedStep,
  SETS_UP,
  stringLiteral,
  type StepAnalysis
} from '../generators'
import { callsDecimal, DEFAULT_TIME_BUDGET_MS } from '../generators/synthesis'
import type { OperationOutcome } from '../generators/offline'
import {
  type Blocking,
  blockingScenario,
  buildClassSkeleton,
  type RenderedStory,
  renderSkeletonModule,
  renderStory,
  answerText,
  signatureOf,
  skeletonStepBodies,
  storiesOf,
  storyClassNames,
  withWords,
  type Story,
  type StoryResult,
  synthesiseStory,
  tableRowBody,
  type WordFamily,
  percentageCode,
  percentageOf
} from '../generators/stories'

/**
 * The rounds of one offline loop ask for the same stories again: the first search's answer is kept,
 * so a later round (a wider search for some table operation) never changes an unrelated story's
 * model, and no time is spent finding it again. Keyed by the whole story, so any edit searches anew.
 */
const REMEMBERED_STORIES = 64
const rememberedStories = new Map<string, ModelledStory>()

/** A story's model, or where none reproduces it, the scenario that stops one and the model of every other scenario. */
export type ModelledStory = StoryResult & { blocking?: Blocking; budgetMs: number }

/**
 * A story's search has this many times a table operation's time (the whole state model is one
 * search), and widens with it round by round in the offline loop.
 */
export const STORY_BUDGET_FACTOR = 2

/** A story's search time for a table operation's time budget. */
export const storyBudgetMs = (tableBudgetMs: number = DEFAULT_TIME_BUDGET_MS): number => tableBudgetMs * STORY_BUDGET_FACTOR

/** A story's search time in the first round. */
export const STORY_BUDGET_MS = storyBudgetMs()

export function storyModel(story: Story, budgetMs: number = STORY_BUDGET_MS): ModelledStory {
  const key = JSON.stringify(story)
  const known = rememberedStories.get(key)
  // A story with no model is searched again only with more time than it had (a wider round).
  if (known !== undefined && (known.solution !== undefined || known.budgetMs >= budgetMs)) return known
  const found = synthesiseStory(story, { timeBudgetMs: budgetMs })
  // Where none reproduces them, the scenario without which one does is the place to look.
  const blocking = found.solution === undefined ? blockingScenario(story) : undefined
  const result: ModelledStory =
    blocking === undefined
      ? { ...found, budgetMs }
      : {
          ...found,
          budgetMs,
          blocking,
          message: `${found.message ?? 'no rule'}; one does reproduce every other: none reproduces "${blocking.scenario.name}" (${blocking.scenario.source})`
        }
  rememberedStories.delete(key)
  rememberedStories.set(key, result)
  if (rememberedStories.size > REMEMBERED_STORIES) rememberedStories.delete(rememberedStories.keys().next().value!)
  return result
}

/** Stands for a word family member's word (its first, second...) in the rendered body, replaced per member. */
const wordPlaceholder = (position: number) => `__specloop_family_word_${position}__`

export interface ImplementedStories {
  /** `skeleton`: a class skeleton for a model to fill (no rule: its bodies are the model's to write). */
  files: Array<{ path: string; body: string; sources: string[]; rule?: 'confirmed' | 'unconfirmed'; skeleton?: boolean }>
  outcomes: OperationOutcome[]
}

/** A story, with every step text of the project (what a definition with `{word}` must not match beside its own). */
type StoryOf = ReturnType<typeof storiesOf>[number] & { stepTexts: ReadonlySet<string>; phraseType: boolean }

/**
 * `onlyConfident`: with a model configured, offline writes the models it is sure of, and for the
 * others (no model reproduces them, or the scenarios do not decide one) a class skeleton to fill.
 */
export function implementStories(
  features: ParsedFeature[],
  analysis: StepAnalysis,
  keepModules: Set<string>,
  options: { onlyConfident?: boolean; phraseType?: boolean; budgetMs?: number } = {}
): ImplementedStories {
  const implemented: ImplementedStories = { files: [], outcomes: [] }
  const statefulFeatures = new Set(
    analysis.operations.filter((operation) => operation.stateful).flatMap((operation) => operation.sourceFeatures)
  )
  const stepTexts = new Set(features.flatMap((feature) => feature.pickles.flatMap((pickle) => pickle.steps.map((step) => step.text))))
  const stories = storiesOf(
    features.filter((feature) => statefulFeatures.has(feature.uri)),
    analysis.steps
  ).map((story) => ({ ...story, stepTexts, phraseType: options.phraseType ?? true }))
  const storyFeatures = new Set(stories.map((story) => story.feature.uri))
  for (const candidate of stories) {
    // A step a feature with no story uses too would call this feature's class there: such stories keep their stubs.
    if (sharedBeyondStories(candidate, storyFeatures)) continue
    implementStory(candidate, analysis, keepModules, options, implemented)
  }
  // A command two stories share is done by each one's class: its stub is not written.
  const modelled = new Set(implemented.files.flatMap((file) => file.sources))
  analysis.operations = analysis.operations.filter(
    (operation) =>
      !(operation.stateful && operation.sourceFeatures.length > 1 && operation.sourceFeatures.every((uri) => modelled.has(uri)))
  )
  return implemented
}

/**
 * Whether a step of the story, or of a word family it shares (one definition for every member:
 * "Ben is told {string}" here, "Ana is told {string}" in another story), is used by a feature that
 * is no story: its class cannot be the one that step calls there. A step stories share calls the
 * class of the scenario's own feature.
 */
function sharedBeyondStories({ planned, families }: StoryOf, storyFeatures: ReadonlySet<string>): boolean {
  const members = [...families.values()].flatMap((family) => family.members.map((member) => member.step))
  return [...planned, ...members].some((step) => step.group.occurrences.some((occurrence) => !storyFeatures.has(occurrence.uri)))
}

/**
 * One story: its state model synthesised and its class written, or its operations told why not.
 * With a model configured, a story no state model reproduces, or one the scenarios do not decide,
 * gets a class skeleton for the model to fill. A class
 * module the model filled in (or someone edited) is kept either way, and the steps call it.
 */
function implementStory(
  candidate: StoryOf,
  analysis: StepAnalysis,
  keepModules: Set<string>,
  options: { onlyConfident?: boolean; budgetMs?: number },
  implemented: ImplementedStories
): void {
  const { feature, story } = candidate
  const operations = ownOperations(analysis, feature.uri)
  const started = Date.now()
  // A class the model filled in is kept, offline or not, and the steps go on calling it.
  if (keepModules.has(storyClassNames(story).modulePath))
    return implementSkeleton(candidate, analysis, keepModules, implemented, undefined, started)
  const result = storyModel(story, options.budgetMs)
  if (result.solution === undefined || result.status === 'no-rule') {
    if (options.onlyConfident)
      return implementSkeleton(
        candidate,
        analysis,
        keepModules,
        implemented,
        `no state model offline reproduces the scenarios of ${feature.uri} (${result.message ?? 'no rule'})`,
        started
      )
    // The class of every other scenario is kept, and the one no model reproduces fails: not stubs for them all.
    if (result.blocking !== undefined)
      return implementBlocked(candidate, analysis, keepModules, implemented, result, result.blocking, started)
    for (const operation of operations) {
      operation.reason = `no state model offline reproduces the scenarios of ${feature.uri} (${result.message ?? 'no rule'})`
      operation.unmodelled = true
    }
    return
  }
  // The model decides what the scenarios leave open, within the structure they imply.
  if (options.onlyConfident && result.status !== 'synthesised')
    return implementSkeleton(
      candidate,
      analysis,
      keepModules,
      implemented,
      `the scenarios of ${feature.uri} do not decide its state model offline`,
      started,
      result.question ? questionLines(result.question) : []
    )
  const { parameterNames, callArguments } = stepParameters(candidate)
  const rendered = renderStory(story, result.solution.model, parameterNames, callArguments, {
    status: result.status,
    question: result.question ? questionLines(result.question) : undefined,
    unconfirmed: result.solution.unconfirmed
  })
  if (keepModules.has(rendered.modulePath)) return
  callClassFromSteps(candidate, analysis, rendered.bodies, rendered)
  // The class does what the commands' stubs would have: they are not written.
  removeOperations(analysis, operations)
  implemented.files.push({
    path: rendered.modulePath,
    body: rendered.module,
    sources: [feature.uri],
    rule: result.status === 'synthesised' ? 'confirmed' : 'unconfirmed'
  })
  implemented.outcomes.push(storyOutcome(candidate, result, rendered, Date.now() - started))
}

/**
 * A story no model reproduces, where one reproduces every scenario but one: that model's class is
 * written (marked as such) and the steps call it, so the scenarios it reproduces keep passing and the
 * one it does not fails where a person looks for it. Its status stays `no-rule`.
 */
function implementBlocked(
  candidate: StoryOf,
  analysis: StepAnalysis,
  keepModules: Set<string>,
  implemented: ImplementedStories,
  result: ModelledStory,
  blocking: Blocking,
  started: number
): void {
  const { feature, story } = candidate
  const { parameterNames, callArguments } = stepParameters(candidate)
  const rendered = renderStory(story, blocking.others.solution.model, parameterNames, callArguments, {
    status: 'no-rule',
    blocking: { name: blocking.scenario.name, source: blocking.scenario.source }
  })
  if (keepModules.has(rendered.modulePath)) return
  callClassFromSteps(candidate, analysis, rendered.bodies, rendered)
  removeOperations(analysis, ownOperations(analysis, feature.uri))
  implemented.files.push({ path: rendered.modulePath, body: rendered.module, sources: [feature.uri], rule: 'unconfirmed' })
  const source = story.scenarios[0]?.source
  implemented.outcomes.push({
    name: rendered.className,
    modulePath: rendered.modulePath,
    status: 'no-rule',
    // A wider round searches the whole story again, with more time.
    reason: 'no-rule',
    message:
      `no state model offline reproduces the scenarios of ${feature.uri} (${result.message ?? 'no rule'}); ` +
      'its class is the model of every other scenario, and that one fails',
    rules: rendered.summary,
    examples: story.scenarios.length,
    elapsedMs: Date.now() - started,
    ...(source ? { source } : {})
  })
}

/** The stateful operations only this feature needs: the story's class takes their place. */
function ownOperations(analysis: StepAnalysis, featureUri: string): PlannedOperation[] {
  return analysis.operations.filter(
    (operation) => operation.stateful && operation.sourceFeatures.length === 1 && operation.sourceFeatures[0] === featureUri
  )
}

function removeOperations(analysis: StepAnalysis, operations: PlannedOperation[]): void {
  const written = new Set(operations.map((operation) => operation.name))
  analysis.operations = analysis.operations.filter((operation) => !written.has(operation.name))
}

/**
 * A story offline cannot decide, with a model configured: its class skeleton (a
 * method per step, typed and named from the step texts, the scenarios each must satisfy) is
 * written for the model to fill, and its steps call it. A module already filled in (by the
 * model, or by hand) is kept: the steps call it all the same.
 */
function implementSkeleton(
  candidate: StoryOf,
  analysis: StepAnalysis,
  keepModules: Set<string>,
  implemented: ImplementedStories,
  /** Why offline does not write the class itself; undefined for a class already filled in. */
  why: string | undefined,
  started: number,
  /** A scenario that would decide the model offline, as Gherkin lines. */
  question: string[] = []
): void {
  const { feature, story } = candidate
  const { parameterNames, callArguments } = stepParameters(candidate)
  const skeleton = buildClassSkeleton(story, parameterNames)
  callClassFromSteps(candidate, analysis, skeletonStepBodies(skeleton, story, callArguments), skeleton)
  removeOperations(analysis, ownOperations(analysis, feature.uri))
  if (!keepModules.has(skeleton.modulePath))
    implemented.files.push({
      path: skeleton.modulePath,
      body: renderSkeletonModule(skeleton, story, [feature.uri]),
      sources: [feature.uri],
      skeleton: true
    })
  const source = story.scenarios[0]?.source
  const kept = keepModules.has(skeleton.modulePath)
  implemented.outcomes.push({
    name: skeleton.className,
    modulePath: skeleton.modulePath,
    status: 'stateful',
    message: kept
      ? `the class of ${feature.uri} in ${skeleton.modulePath} was filled in by a model or by hand: kept, and its steps call it`
      : `${why}: its class skeleton (${skeleton.methods.length} methods) is the model's to fill` +
        (question.length > 0 ? `; a scenario that would decide it offline:\n${question.map((line) => `      ${line}`).join('\n')}` : ''),
    rules: skeleton.methods.map(signatureOf),
    examples: story.scenarios.length,
    elapsedMs: Date.now() - started,
    ...(source ? { source } : {})
  })
}

/**
 * Per story step, the names its method gives its parameters and what its step definition passes:
 * the definition's parameters, a word family member's word, or an exact-text step's values.
 */
function stepParameters({ planned, families, tables, story }: StoryOf): {
  parameterNames: Map<number, string[]>
  callArguments: Map<number, string[]>
} {
  const parameterNames = new Map<number, string[]>()
  const callArguments = new Map<number, string[]>()
  planned.forEach((step, index) => {
    const family = families.get(index)
    if (family !== undefined) {
      // One method for the family; each member's definition passes its own word, beside its own values (alike in every member).
      const names = step.group.parameters.map((parameter) => parameter.name)
      const plain = family.role !== 'when' && names.length === 0 && family.wordIndices.length === 1
      const word = family.keys ? 'kind' : 'name'
      const words = family.wordIndices.map((_, position) => (plain ? 'state' : position === 0 ? word : `${word}${position + 1}`))
      parameterNames.set(index, withWords(family, names, words))
      callArguments.set(
        index,
        withWords(
          family,
          names,
          family.wordIndices.map((_, position) => wordPlaceholder(position))
        )
      )
    } else if (step.group.parameters.length > 0 || tables.has(index)) {
      // A Given's table: its rows' cells, by the names of their columns, after the text's own values.
      const names = [...step.group.parameters.map((parameter) => parameter.name), ...(tables.get(index) ?? []).map((column) => column.name)]
      parameterNames.set(index, names)
      // A quoted percentage is passed on as the number it states.
      const percent = story.steps[index]?.percent ?? []
      callArguments.set(
        index,
        names.map((name, position) => (percent.includes(position) ? percentageCode(name) : name))
      )
    } else {
      // An exact-text step passes the values its text holds.
      parameterNames.set(
        index,
        (step.group.constants ?? []).map((constant) => constant.name)
      )
      callArguments.set(
        index,
        (step.group.texts[0]?.slots ?? []).map((slot, position) =>
          typeof slot.value !== 'string'
            ? String(slot.value)
            : story.steps[index]?.percent?.includes(position)
              ? String(percentageOf(slot.value))
              : stringLiteral(slot.value)
        )
      )
    }
  })
  return { parameterNames, callArguments }
}

/** The scenario that would decide a story, ending with the disputed Then step and its answers. */
function questionLines(question: NonNullable<StoryResult['question']>): string[] {
  // A step with no value: the Then steps to choose from, as Gherkin.
  const steps = question.steps
    ? [...question.scenario, `${question.steps.join('   or   ')}   (which one holds?)`]
    : [...question.scenario, `${question.then ?? 'Then ?'}   (${question.answers.map((answer) => answerText(answer.value)).join(' or ')})`]
  // A scenario of its own: pasted at the end of the feature, its steps must not join the last scenario.
  return ['Scenario: a case the scenarios do not decide', ...withAnd(steps).map((line) => `  ${line}`)]
}

/** Steps as a person writes them: a keyword said again by the step before is `And` ("When … And …"). */
function withAnd(lines: readonly string[]): string[] {
  let keyword: string | undefined
  return lines.map((line) => {
    const own = /^(Given|When|Then) /.exec(line)?.[1]
    if (own === undefined) return line
    const said = own === keyword
    keyword = own
    return said ? `And ${line.slice(own.length + 1)}` : line
  })
}

/**
 * The one step definition of a family of names: its first member's, with `{word}` where the names
 * stand and a parameter for each; the other members' definitions are not written (the first one
 * matches their texts, and any other name). Done once per family, whichever story step asks first.
 */
function nameStep(
  family: WordFamily,
  analysis: StepAnalysis
): { step: PlannedStep; identifiers: string[]; renamed: Array<[string, string]> } {
  const step = family.members[0]!.step
  // Asked once per story step of the family: the renames of the first call hold for the rest.
  const renamed = renamesOf.get(step) ?? []
  renamesOf.set(step, renamed)
  if (step.group.expression !== family.expression) {
    // A value named after the person it belongs to ("Ana has {float}": `ana`) is named by its kind instead.
    const people = new Set(family.members.flatMap((member) => member.words.map((word) => word.toLowerCase())))
    const byKind: Record<string, string> = { float: 'amount', int: 'count' }
    const own = step.group.parameters.map((parameter) =>
      people.has(parameter.name.replace(/\d+$/u, '')) ? { ...parameter, name: byKind[parameter.kind] ?? 'value' } : parameter
    )
    const seen = new Map<string, number>()
    const parameters = own.map((parameter) => {
      const count = (seen.get(parameter.name) ?? 0) + 1
      seen.set(parameter.name, count)
      return count === 1 ? parameter : { ...parameter, name: `${parameter.name}${count}` }
    })
    parameters.forEach((parameter, index) => {
      const before = step.group.parameters[index]!.name
      if (parameter.name !== before) renamed.push([before, parameter.name])
    })
    step.group = { ...step.group, parameters }
    const taken = new Set(step.group.parameters.map((parameter) => parameter.name))
    const word = family.names ? 'person' : family.keys === true || family.role === 'when' ? 'kind' : 'state'
    const names: GroupParameter[] = family.wordIndices.map((_, position) => {
      const name = position === 0 ? word : `${word}${position + 1}`
      return { name: taken.has(name) ? `${name}Name` : name, kind: 'word', type: 'string' }
    })
    const others = new Set(family.members.slice(1).map((member) => member.step))
    step.group = {
      ...step.group,
      expression: family.expression,
      fixed: family.expression.split(/\{[a-z]+\}/),
      parameters: withWords(family, step.group.parameters, names),
      texts: family.members.flatMap((member) => member.step.group.texts),
      occurrences: family.members.flatMap((member) => member.step.group.occurrences),
      literal: false
    }
    analysis.steps = analysis.steps.filter((planned) => !others.has(planned))
  }
  return { step, identifiers: family.wordIndices.map((at) => step.group.parameters[at]!.name), renamed }
}

/**
 * Whether a family of plain words may be one definition with `{word}`: it matches no step text of
 * the project but its members' (a hand-written "the door is jammed" elsewhere would make it ambiguous).
 */
function openEnded(family: WordFamily, stepTexts: ReadonlySet<string>, phraseType: boolean): boolean {
  // Keys of several words need the {phrase} type: where the project's own parameter types leave it out, one definition per key.
  if (family.expression.includes('{phrase}') && !phraseType) return false
  const own = new Set(family.members.flatMap((member) => member.step.group.texts.map((text) => text.text)))
  const expression = new CucumberExpression(family.expression, parameterTypeRegistry())
  return [...stepTexts].every((text) => own.has(text) || expression.match(text) === null)
}

const renamesOf = new WeakMap<PlannedStep, Array<[string, string]>>()

/** A body written with a parameter's old name, with its new one (the identifier alone, never a property `.ana`). */
function withRenamedParameters(line: string, renamed: ReadonlyArray<[string, string]>): string {
  // All at once, so that names that swap ("a" for "b", "b" for "a") do not chain.
  const to = new Map(renamed.filter(([before, after]) => before !== after))
  if (to.size === 0) return line
  const names = [...to.keys()].map((name) => name.replace(/\$/gu, '\\$')).join('|')
  return line.replace(new RegExp(`(?<![.\\w$])(?:${names})(?![\\w$])`, 'gu'), (name) => to.get(name)!)
}

/** Sets each planned step's body to call the class (a family member's with its own word); its stub is not written. */
function callClassFromSteps(
  { feature, story, planned, families, tables, stepTexts, phraseType }: StoryOf,
  analysis: StepAnalysis,
  bodies: Map<number, string[]>,
  { accessor, holder, modulePath }: { accessor: string; holder: string; modulePath: string }
): void {
  const bodiesOf = new Map<PlannedStep, Array<{ role: string; body: string[] }>>()
  // Whether a family is one definition, matched once per family against every step text.
  const openFamilies = new Map<WordFamily, boolean>()
  const isOpenEnded = (family: WordFamily): boolean => {
    if (!openFamilies.has(family)) openFamilies.set(family, openEnded(family, stepTexts, phraseType))
    return openFamilies.get(family)!
  }
  for (const [index, rowBody] of bodies) {
    const columns = tables.get(index)
    // A Given's table calls the class once per row, as the story read it.
    const body = columns === undefined ? rowBody : tableRowBody(columns, rowBody)
    const family = families.get(index)
    if (family !== undefined && (family.names || isOpenEnded(family))) {
      // Names are open-ended, and so is a family whose one definition would match no other step of the
      // project: one definition for them all, each passing the word its text holds ("the door is closed"
      // in a new scenario still matches).
      const { step, identifiers, renamed } = nameStep(family, analysis)
      const named = body.map((line) =>
        identifiers.reduce(
          (text, identifier, position) => text.split(wordPlaceholder(position)).join(identifier),
          withRenamedParameters(line, renamed)
        )
      )
      bodiesOf.set(step, [...(bodiesOf.get(step) ?? []), { role: story.steps[index]!.role, body: named }])
      continue
    }
    const members = family?.members.map((member) => {
      // Each member's definition names its values its own way ("apples" where the first said "flapjacks").
      const own = planned[index]!.group.parameters.map(
        (parameter, position) => [parameter.name, member.step.group.parameters[position]?.name ?? parameter.name] as [string, string]
      )
      return {
        step: member.step,
        body: body.map((line) =>
          member.words.reduce(
            (text, word, position) => text.split(wordPlaceholder(position)).join(stringLiteral(word)),
            withRenamedParameters(line, own)
          )
        )
      }
    }) ?? [{ step: planned[index]!, body }]
    for (const member of members)
      bodiesOf.set(member.step, [...(bodiesOf.get(member.step) ?? []), { role: story.steps[index]!.role, body: member.body }])
  }
  for (const [step, stepBodies] of bodiesOf) {
    const body = stepBodies.length === 1 ? stepBodies[0]!.body : givenOrThen(stepBodies)
    // A reading that rounds calls the class module's asDecimal.
    const imports = [
      { name: accessor, from: modulePath },
      ...(stepBodies.some((entry) => entry.body.some(callsDecimal)) ? [{ name: 'asDecimal', from: modulePath }] : [])
    ]
    const features = [...new Set(step.group.occurrences.map((occurrence) => occurrence.uri))].sort()
    step.custom =
      features.length > 1 ? sharedBody(step, { feature: feature.uri, body, holder, modulePath }, features, imports) : { body, imports }
    step.operation = undefined
  }
}

/**
 * The body of a step several stories share ("the booking is refused with {string}" in two
 * features): each scenario calls the class of its story — the one its World already holds (a
 * scenario in a file of its own, such as held-out scenarios, is told by its earlier steps), else its
 * feature's. A story whose class is not written (no model reproduces it) fails there with a message
 * that says so.
 */
function sharedBody(
  step: PlannedStep,
  /** This story's branch: its feature, body, and the class's `has<Class>` test with the module that exports it. */
  own: { feature: string; body: string[]; holder: string; modulePath: string },
  features: readonly string[],
  imports: Array<{ name: string; from: string }>
): NonNullable<PlannedStep['custom']> {
  const branches = [...(step.custom?.byFeature ?? []).filter((branch) => branch.feature !== own.feature), own].sort((a, b) =>
    a.feature.localeCompare(b.feature)
  )
  const unwritten = features.filter((feature) => !branches.some((branch) => branch.feature === feature))
  const holders = branches.map((branch) => `${stringLiteral(branch.feature)}: ${branch.holder}`).join(', ')
  const lines = [`switch (storyOfScenario(this, { ${holders} })) {`]
  for (const branch of branches)
    lines.push(`  case ${stringLiteral(branch.feature)}: {`, ...branch.body.map((line) => `    ${line}`), '    break', '  }')
  const why = [
    ...(unwritten.length > 0 ? [`no class is written yet for ${unwritten.join(', ')}`] : []),
    `a scenario outside ${branches.map((branch) => branch.feature).join(', ')} first uses a step only one of them has`
  ].join('; ')
  lines.push('  default:', `    throw new Error(${stringLiteral(`this step calls the class of its scenario's story: ${why}`)})`, '}')
  const known = new Set((step.custom?.imports ?? []).map((entry) => `${entry.name} ${entry.from}`))
  const holderImport = { name: own.holder, from: own.modulePath }
  return {
    body: lines,
    imports: [...(step.custom?.imports ?? []), ...[...imports, holderImport].filter((entry) => !known.has(`${entry.name} ${entry.from}`))],
    byFeature: branches
  }
}

/** What generate reports of a story's class: its status, size, methods, and for an ambiguous one the scenario that would decide it. */
function storyOutcome({ feature, story }: StoryOf, result: StoryResult, rendered: RenderedStory, elapsedMs: number): OperationOutcome {
  const source = story.scenarios[0]?.source
  const outcome: OperationOutcome = {
    name: rendered.className,
    modulePath: rendered.modulePath,
    status: result.status,
    bits: Math.round(result.solution!.bits * 10) / 10,
    rules: rendered.summary,
    examples: story.scenarios.length,
    elapsedMs,
    ...(source ? { source } : {})
  }
  if (result.status === 'ambiguous') {
    const deciding = result.question ? questionLines(result.question) : rendered.guardQuestions
    // A guard's note that no scenario reaches where its rules differ is no scenario to paste.
    if (deciding.some((line) => /^\s*Scenario:/.test(line))) outcome.decidingScenario = deciding
    outcome.message = result.question
      ? `the scenarios do not decide the model of ${feature.uri}; a scenario that would:\n${questionLines(result.question)
          .map((line) => `      ${line}`)
          .join('\n')}`
      : `${result.message ?? 'the scenarios do not decide the model'}${rendered.guardQuestions.map((line) => `\n      ${line}`).join('')}`
  }
  return outcome
}

/**
 * One definition for a text used as a Given and as a Then: a Given (or a step before any When) sets
 * up, a Then checks — told by the step's keyword at run time, so a Then that contradicts its Given fails.
 */
function givenOrThen(bodies: Array<{ role: string; body: string[] }>): string[] {
  const given = bodies.find((entry) => entry.role === 'given')?.body ?? []
  const then = bodies.find((entry) => entry.role === 'then')?.body ?? []
  return [`if (${SETS_UP}(this)) {`, ...given.map((line) => `  ${line}`), '} else {', ...then.map((line) => `  ${line}`), '}']
}
