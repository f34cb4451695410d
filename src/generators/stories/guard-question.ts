/**
 * The scenario that would decide a command's refusal the examples leave open, as Gherkin to paste
 * into the feature: its own step texts with values ("Given a voucher with 290 euros", "When I top up
 * 15 euros"), not Cucumber Expressions. The values are those the refusal rules the examples leave
 * open disagree on; the steps before the command are the shortest start of a scenario (its
 * numbers changed to the question's values) that reaches the state the rules read, so pasting it
 * decides the rule: a workshop's seats left are reached by its Given, a room's people by entering.
 */
import type { DistinguishingExample } from '../synthesis'
import type { Value } from '../operation'
import {
  guardInputs,
  initialState,
  refusesItself,
  stateInputs,
  stepState,
  type State,
  type StateModel,
  type Story,
  type StoryEvent,
  type StoryStep
} from './model'
/** A step's text with values in place of its parameters, as a scenario would say it. */
export function stepText(step: StoryStep, args: readonly Value[]): string {
  // Each piece of text after a value agrees with it: "1 person steps out", "3 people step out".
  const pieces = step.expression.split(/(\{[^}]*\})/)
  let index = 0
  let count: Value | undefined
  const text = pieces
    .map((piece) => {
      if (/^\{[^}]*\}$/.test(piece)) {
        const position = index++
        const value = (count = args[position])
        // A quoted percentage is written back as the scenarios wrote it: "40%".
        if (step.percent?.includes(position)) return typeof value === 'number' ? `"${shownValue(value)}%"` : String(value)
        return typeof value === 'string' && piece !== '{word}' && piece !== '{time}' && piece !== '{}'
          ? `"${value}"`
          : shownValue(value, step.decimals?.[position])
      }
      return agreeing(piece, count)
    })
    .join('')
    .replace(/\\([(){}/\\])/g, '$1')
  return `${step.role === 'given' ? 'Given' : step.role === 'when' ? 'When' : 'Then'} ${text}`
}

/**
 * A value as a scenario writes it: a number without the noise of binary fractions
 * (4.800000000000001 is 4.8) and with the decimals the examples wrote for it ("0.50"), text as is.
 */
export function shownValue(value: Value | undefined, decimals = 0): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value)
  const clean = Number(value.toPrecision(12))
  const fixed = clean.toFixed(decimals)
  return decimals > 0 && Number(fixed) === clean ? fixed : String(clean)
}

/** An answer a question shows: a text quoted, a number as `shownValue` writes it. */
export function answerText(value: Value | undefined, decimals?: number): string {
  return typeof value === 'string' ? JSON.stringify(value) : shownValue(value, decimals)
}

/** Expression text with its optional endings and alternatives chosen for a count: `step(s)`, `person/people`. */
function agreeing(text: string, count: Value | undefined): string {
  const plural = typeof count === 'number' && count !== 1
  return (
    text
      .replace(/(?<!\\)\(([^()]*)(?<!\\)\)/g, (_, optional: string) => (plural ? optional : ''))
      // Any number of alternatives ("their/his/her"): the first for one, the second for many.
      .replace(/(?<![\\\p{L}])\p{L}+(?:\/\p{L}+)+/gu, (alternatives: string) => alternatives.split('/')[plural ? 1 : 0]!)
  )
}

/** The first time a step came in the scenarios: values for the parameters a question does not name. */
function firstEvent(story: Story, step: number): StoryEvent | undefined {
  for (const scenario of story.scenarios) for (const event of scenario.events) if (event.step === step) return event
  return undefined
}

/** Prefixes longer than this, or more variants of their Given values than this, are not tried. */
const MAX_PREFIX = 12
const MAX_VARIANTS = 64

/** The inputs the rival rules read: those a pasted scenario has to reach. */
function inputsRead(question: DistinguishingExample): string[] {
  return Object.keys(question.inputs).filter(
    (name) => !/^arg\d+$/.test(name) && question.answers.some((answer) => new RegExp(`\\b${name}\\b`).test(answer.rule))
  )
}

/**
 * The Given and When steps that open the scenarios, shortest first (never shorter than the Givens
 * every scenario starts with), each with its numbers changed to `values` in every way.
 */
function* openings(story: Story, values: readonly number[]): Generator<StoryEvent[]> {
  const actions = story.scenarios.map((scenario) => scenario.events.filter((event) => story.steps[event.step]!.role !== 'then'))
  const longest = Math.min(MAX_PREFIX, Math.max(0, ...actions.map((events) => events.length)))
  // Every scenario sets its thing up first ("Given a stamp card with 5 stamps"): so does the question's.
  const setUp = Math.min(
    ...actions
      .map((events) => events.findIndex((event) => story.steps[event.step]!.role !== 'given'))
      .map((at, index) => (at < 0 ? actions[index]!.length : at))
  )
  const seen = new Set<string>()
  for (let length = Math.min(setUp, longest); length <= longest; length++)
    for (const events of actions) {
      if (events.length < length) continue
      for (const variant of variants(story, events.slice(0, length), values)) {
        const key = JSON.stringify(variant.map((event) => [event.step, event.args]))
        if (seen.has(key)) continue
        seen.add(key)
        yield variant
      }
    }
}

/**
 * The events with each number kept or replaced by one of `values` (a price the question names),
 * and each list a Given writes out ("Dune, Emma") kept, a name longer or one shorter: a state
 * fuller than any example shows is reached by writing one more. At most MAX_VARIANTS of them.
 */
function variants(story: Story, events: StoryEvent[], values: readonly number[]): StoryEvent[][] {
  const names = storyNames(story)
  let result: StoryEvent[][] = [[]]
  for (const event of events) {
    let choices: Value[][] = [[]]
    const given = story.steps[event.step]!.role === 'given'
    for (const arg of event.args) {
      const options =
        typeof arg === 'number'
          ? [arg, ...values.filter((value) => value !== arg)]
          : given && typeof arg === 'string'
            ? [arg, ...longerAndShorter(arg, names)]
            : [arg]
      choices = choices.flatMap((chosen) => options.map((option) => [...chosen, option]))
    }
    result = result.flatMap((prefix) => choices.map((args) => [...prefix, { ...event, args }])).slice(0, MAX_VARIANTS)
  }
  return result
}

/** The single names the scenarios give as texts ("Dune", "Matilda"), not lists of them. */
function storyNames(story: Story): string[] {
  const texts = story.scenarios.flatMap((scenario) => scenario.events.flatMap((event) => event.args))
  return [
    ...new Set(texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '' && !text.includes(LIST_SEPARATOR)))
  ]
}

const LIST_SEPARATOR = ','

/** A written list with one more name (one it does not hold) and with its last name left out; none for a text that is no list. */
function longerAndShorter(text: string, names: readonly string[]): string[] {
  const items = text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.length < 2) return []
  const more = names.find((name) => !items.includes(name))
  return [...(more === undefined ? [] : [[...items, more].join(`${LIST_SEPARATOR} `)]), items.slice(0, -1).join(`${LIST_SEPARATOR} `)]
}

/** The state after `events`, or undefined where one cannot run. */
function stateAfter(story: Story, model: StateModel, events: readonly StoryEvent[]): State | undefined {
  let state: State | undefined = initialState()
  for (const event of events) state = state && stepState(story, model, state, event)
  return state
}

/** Whether the model reads the step as the last command's refusal (its words, or the scenarios' evidence, decided it). */
const reportsRefusal = (step: StoryStep, model: StateModel): boolean => model.meanings[step.index]?.reading?.read === 'refusal'

/** The Then step that reports this command's refusal in the examples, with the values an example gave it ("Ana" is told ...). */
function refusalStep(story: Story, model: StateModel, command: number): { step: StoryStep; args: Value[] } | undefined {
  for (const scenario of story.scenarios)
    for (const [position, event] of scenario.events.entries()) {
      const next = event.step === command ? scenario.events[position + 1] : undefined
      const step = next === undefined ? undefined : story.steps[next.step]!
      if (step !== undefined && step.role === 'then' && step.params[0] === 'string' && reportsRefusal(step, model))
        return { step, args: next!.args }
    }
  return undefined
}

/**
 * Gherkin lines for the scenario that decides when `command` is refused: the Given and When steps
 * that reach the state the rules read, the command with the values they disagree on, and the
 * refusal's Then step with `?`. Undefined where no start of a scenario reaches that state.
 */
export function guardQuestionScenario(
  story: Story,
  model: StateModel,
  command: number,
  question: DistinguishingExample
): string[] | undefined {
  const step = story.steps[command]!
  const effect = model.meanings[command]?.effect
  const example = firstEvent(story, command)?.args ?? []
  const args = step.params.map((_, index) => question.inputs[`arg${index}`] ?? example[index]!)
  const opening = reachingOpening(story, model, question, args, (state) => guardInputs(state, args, step, effect))
  if (opening === undefined) return undefined
  const refusal = refusalStep(story, model, command)
  // The message is the question; any value before it (whose refusal) as the example wrote it.
  const asked = refusal?.args.map((value, index) => (index === refusal.step.params.length - 1 ? '?' : value))
  const then =
    refusal === undefined ? 'Then is it refused?' : `${stepText(refusal.step, asked!).replace('"?"', '?')}   (or is it accepted?)`
  const lines = [...openingLines(story, model, opening), stepText(step, args), then]
  return [`Scenario: ${stepText(step, args).replace(/^When /, '')}, at the edge of its refusal`, ...lines.map((line) => `  ${line}`)]
}

/**
 * The start's steps as a scenario says them, each command the model refuses by its rule (not one
 * that refuses itself, a wrong code) followed by the Then step that reports it, with the message
 * the model gives: a command no step reports refused is read as accepted, so without it the
 * scenario pasted with its answer would contradict the very model that asked (a phone locked out
 * refuses the right PIN; asked what a second right PIN gets, the first one's refusal is part of the story).
 */
function openingLines(story: Story, model: StateModel, events: readonly StoryEvent[]): string[] {
  const lines: string[] = []
  let state: State | undefined = initialState()
  for (const event of events) {
    const step = story.steps[event.step]!
    const before = state
    state = state && stepState(story, model, state, event)
    lines.push(stepText(step, event.args))
    if (step.role !== 'when' || before === undefined || state?.refused !== true || state.refusal === undefined) continue
    if (refusesItself(before, model.meanings[event.step]?.effect, event.args)) continue
    const report = refusalStep(story, model, event.step) ?? anyRefusalStep(story, model)
    if (report === undefined) continue
    lines.push(
      stepText(
        report.step,
        report.args.map((value, index) => (index === report.step.params.length - 1 ? state!.refusal! : value))
      )
    )
  }
  return lines
}

/** A Then step that reports the last command's refusal, of any command, with the values an example gave it. */
function anyRefusalStep(story: Story, model: StateModel): { step: StoryStep; args: Value[] } | undefined {
  for (const scenario of story.scenarios)
    for (const event of scenario.events) {
      const step = story.steps[event.step]!
      if (step.role === 'then' && step.params.at(-1) === 'string' && reportsRefusal(step, model)) return { step, args: event.args }
    }
  return undefined
}

/** The shortest start of a scenario after which `inputsAt` gives the question's values of every input its rules read. */
function reachingOpening(
  story: Story,
  model: StateModel,
  question: DistinguishingExample,
  args: readonly Value[],
  inputsAt: (state: State) => Record<string, Value>
): StoryEvent[] | undefined {
  const read = inputsRead(question)
  const values = [...new Set([...read.map((name) => question.inputs[name]), ...args].filter((value) => typeof value === 'number'))]
  for (const events of openings(story, values)) {
    const state = stateAfter(story, model, events)
    if (state === undefined) continue
    const inputs = inputsAt(state)
    if (read.every((name) => inputs[name] === question.inputs[name])) return events
  }
  return undefined
}

/**
 * Gherkin lines for the scenario that decides what a Then step reads where the examples leave it
 * open: the steps reaching the state its rules read, then the step with `?` for the value.
 */
export function readingQuestionScenario(
  story: Story,
  model: StateModel,
  index: number,
  question: DistinguishingExample
): string[] | undefined {
  const step = story.steps[index]!
  const readArg = model.meanings[index]?.reading?.arg ?? -1
  const example = firstEvent(story, index)?.args ?? []
  const args = step.params.map((_, position) => question.inputs[`arg${position}`] ?? example[position]!)
  const opening = reachingOpening(story, model, question, args, (state) => stateInputs(state, args, step, readArg))
  if (opening === undefined) return undefined
  const then = stepText(
    step,
    args.map((value, position) => (position === readArg ? '?' : value))
  ).replace('"?"', '?')
  return [`Scenario: what ${then.replace(/^Then /, '')} says`, ...[...openingLines(story, model, opening), then].map((line) => `  ${line}`)]
}
