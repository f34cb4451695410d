/**
 * The scenario that would decide a command's refusal the examples leave open, as Gherkin to paste
 * into the feature: its own step texts with values ("Given a voucher with 290 euros", "When I top up
 * 15 euros"), not Cucumber Expressions. The values are those the refusal rules the examples leave
 * open disagree on; the state is set up by a Given step that sets the register the rules read.
 */
import type { DistinguishingExample } from '../synthesis'
import type { Value } from '../operation'
import { REFUSAL_WORDS, type Effect, type StateModel, type Story, type StoryEvent, type StoryStep } from './model'

/** A step's text with values in place of its parameters, as a scenario would say it. */
export function stepText(step: StoryStep, args: readonly Value[]): string {
  let index = 0
  const text = step.expression
    .replace(/\{[^}]*\}/g, (placeholder) => {
      const value = args[index++]
      return typeof value === 'string' && placeholder !== '{word}' ? `"${value}"` : String(value)
    })
    .replace(/\\([(){}/\\])/g, '$1')
  return `${step.role === 'given' ? 'Given' : step.role === 'when' ? 'When' : 'Then'} ${text}`
}

/** The first time a step came in the scenarios: values for the parameters a question does not name. */
function firstEvent(story: Story, step: number): StoryEvent | undefined {
  for (const scenario of story.scenarios) for (const event of scenario.events) if (event.step === step) return event
  return undefined
}

/** Which parameter of a Given step's effect sets a state input ("count", "limit", "mode"), if it sets one. */
function parameterSetting(effect: Effect | undefined, input: string): number | undefined {
  if (effect === undefined) return undefined
  if (effect.op === 'both') return parameterSetting(effect.first, input) ?? parameterSetting(effect.second, input)
  if (effect.op === 'set' && effect.reg === input) return effect.arg
  if (effect.op === 'modeArg' && input === 'mode') return effect.arg
  return undefined
}

/** The state inputs a rule reads; `after` reads the register the command changes. */
function stateInputsRead(rules: readonly string[], effect: Effect | undefined): string[] {
  const named = new Set(rules.flatMap((rule) => [...rule.matchAll(/\b(count|other|limit|mode|after)\b/g)].map((match) => match[1]!)))
  if (named.delete('after')) {
    const changed = effect?.op === 'both' ? effect.second : effect
    if (changed?.op === 'add' || changed?.op === 'step' || changed?.op === 'rateAdd') named.add(changed.reg)
  }
  return [...named]
}

/** The Then step that reports this command's refusal in the examples. */
function refusalStep(story: Story, command: number): StoryStep | undefined {
  for (const scenario of story.scenarios)
    for (const [position, event] of scenario.events.entries()) {
      const next = event.step === command ? scenario.events[position + 1] : undefined
      const step = next === undefined ? undefined : story.steps[next.step]!
      if (step !== undefined && step.role === 'then' && step.params[0] === 'string' && REFUSAL_WORDS.test(step.words)) return step
    }
  return undefined
}

/**
 * Gherkin lines for the scenario that decides when `command` is refused: Given steps setting up the
 * state the rules read, the command with the values they disagree on, and the refusal's Then step
 * with `?`. Undefined where no Given step sets a state the rules read.
 */
export function guardQuestionScenario(
  story: Story,
  model: StateModel,
  command: number,
  question: DistinguishingExample
): string[] | undefined {
  const step = story.steps[command]!
  const effect = model.meanings[command]?.effect
  const givens: string[] = []
  for (const input of stateInputsRead(
    question.answers.map((answer) => answer.rule),
    effect
  )) {
    const value = question.inputs[input]
    const given = story.steps.find(
      (candidate) => candidate.role === 'given' && parameterSetting(model.meanings[candidate.index]?.effect, input) !== undefined
    )
    if (given === undefined || value === undefined) return undefined
    const args = [...(firstEvent(story, given.index)?.args ?? [])]
    args[parameterSetting(model.meanings[given.index]!.effect, input)!] = value
    givens.push(stepText(given, args))
  }
  const example = firstEvent(story, command)?.args ?? []
  const args = step.params.map((_, index) => question.inputs[`arg${index}`] ?? example[index]!)
  const refusal = refusalStep(story, command)
  const then = refusal === undefined ? 'Then is it refused?' : `${stepText(refusal, ['?']).replace('"?"', '?')}   (or is it accepted?)`
  const lines = [...new Set(givens), stepText(step, args), then]
  return [`Scenario: ${stepText(step, args).replace(/^When /, '')}, at the edge of its refusal`, ...lines.map((line) => `  ${line}`)]
}
