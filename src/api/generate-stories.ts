/**
 * The stateful features of a generation: each story's state model synthesised offline, its
 * class module planned, and its steps' bodies set to call the class (its commands then need no
 * stub). Stories that share steps with other features, or that no model explains, keep the
 * stubs and the message that a model provider can write them.
 */
import type { ParsedFeature } from '../gherkin'
import { type PlannedStep, stringLiteral, type StepAnalysis } from '../generators'
import type { OperationOutcome } from '../generators/offline'
import { renderStory, storiesOf, synthesizeStory } from '../generators/stories'

export const STORY_GENERATOR = 'offline/stories'

/** Stands for a word family member's word in the rendered body, replaced per member. */
const WORD_PLACEHOLDER = '__specloop_family_word__'

export interface ImplementedStories {
  files: Array<{ path: string; body: string; sources: string[]; rule: 'confirmed' | 'unconfirmed' }>
  outcomes: OperationOutcome[]
}

/**
 * `onlyConfident`: with a model configured, a story the scenarios do not decide is the model's
 * to write (its commands keep their stubs); offline writes only the models it is sure of.
 */
export function implementStories(
  features: ParsedFeature[],
  analysis: StepAnalysis,
  keepModules: Set<string>,
  options: { onlyConfident?: boolean } = {}
): ImplementedStories {
  const files: ImplementedStories['files'] = []
  const outcomes: OperationOutcome[] = []
  const statefulFeatures = new Set(
    analysis.operations.filter((operation) => operation.stateful).flatMap((operation) => operation.sourceFeatures)
  )
  for (const { feature, story, planned, families } of storiesOf(
    features.filter((feature) => statefulFeatures.has(feature.uri)),
    analysis.steps
  )) {
    const operations = analysis.operations.filter(
      (operation) => operation.stateful && operation.sourceFeatures.length === 1 && operation.sourceFeatures[0] === feature.uri
    )
    // A step another feature uses too would call this feature's class there: such stories keep their stubs.
    const allPlanned = [...planned, ...[...families.values()].flatMap((family) => family.members.map((member) => member.step))]
    if (allPlanned.some((step) => step.group.occurrences.some((occurrence) => occurrence.uri !== feature.uri))) continue
    const started = Date.now()
    const result = synthesizeStory(story)
    const source = story.scenarios[0]?.source
    if (result.solution === undefined || result.status === 'no-rule') {
      for (const operation of operations)
        operation.reason = `no state model offline reproduces the scenarios of ${feature.uri} (${result.message ?? 'no rule'})`
      continue
    }
    if (options.onlyConfident && result.status !== 'synthesised') {
      for (const operation of operations) operation.reason = `the scenarios of ${feature.uri} do not decide its state model offline`
      continue
    }
    const parameterNames = new Map<number, string[]>()
    const callArguments = new Map<number, string[]>()
    planned.forEach((step, index) => {
      if (families.has(index)) {
        // One method for the family; each member's definition passes its own word.
        parameterNames.set(index, ['state'])
        callArguments.set(index, [WORD_PLACEHOLDER])
      } else if (step.group.parameters.length > 0) {
        const names = step.group.parameters.map((parameter) => parameter.name)
        parameterNames.set(index, names)
        callArguments.set(index, names)
      } else {
        // An exact-text step passes the values its text holds.
        parameterNames.set(
          index,
          (step.group.constants ?? []).map((constant) => constant.name)
        )
        callArguments.set(
          index,
          (step.group.texts[0]?.slots ?? []).map((slot) =>
            typeof slot.value === 'string' ? stringLiteral(slot.value) : String(slot.value)
          )
        )
      }
    })
    const rendered = renderStory(story, result.solution.model, parameterNames, callArguments, {
      status: result.status,
      question: result.question
        ? [
            ...result.question.scenario,
            `${result.question.then ?? 'Then ?'}   (${result.question.answers.map((answer) => JSON.stringify(answer.value)).join(' or ')})`
          ]
        : undefined,
      unconfirmed: result.solution.unconfirmed
    })
    if (keepModules.has(rendered.modulePath)) continue
    const bodiesOf = new Map<PlannedStep, Array<{ role: string; body: string[] }>>()
    for (const [index, body] of rendered.bodies) {
      const members = families.get(index)?.members.map((member) => ({
        step: member.step,
        body: body.map((line) => line.split(WORD_PLACEHOLDER).join(stringLiteral(member.word)))
      })) ?? [{ step: planned[index]!, body }]
      for (const member of members)
        bodiesOf.set(member.step, [...(bodiesOf.get(member.step) ?? []), { role: story.steps[index]!.role, body: member.body }])
    }
    for (const [step, bodies] of bodiesOf) {
      step.custom = {
        body: bodies.length === 1 ? bodies[0]!.body : givenOrThen(bodies, rendered.accessor),
        imports: [{ name: rendered.accessor, from: rendered.modulePath }]
      }
      step.operation = undefined
    }
    // The class does what the commands' stubs would have: they are not written.
    const written = new Set(operations.map((operation) => operation.name))
    analysis.operations = analysis.operations.filter((operation) => !written.has(operation.name))
    files.push({
      path: rendered.modulePath,
      body: rendered.module,
      sources: [feature.uri],
      rule: result.status === 'synthesised' ? 'confirmed' : 'unconfirmed'
    })
    const outcome: OperationOutcome = {
      name: rendered.className,
      modulePath: rendered.modulePath,
      status: result.status,
      bits: Math.round(result.solution.bits * 10) / 10,
      rules: rendered.summary,
      examples: story.scenarios.length,
      elapsedMs: Date.now() - started,
      ...(source ? { source } : {})
    }
    if (result.status === 'ambiguous') {
      outcome.message = result.question
        ? `the scenarios do not decide the model of ${feature.uri}; a scenario that would:\n${result.question.scenario.map((line) => `      ${line}`).join('\n')}\n      ${result.question.then ?? 'Then ?'}   (${result.question.answers.map((answer) => JSON.stringify(answer.value)).join(' or ')})`
        : `${result.message ?? 'the scenarios do not decide the model'}${rendered.guardQuestions.map((line) => `\n      ${line}`).join('')}`
    }
    outcomes.push(outcome)
  }
  return { files, outcomes }
}

/** One definition for a text used as a Given and as a Then: it sets up before the scenario's first command, and checks after. */
function givenOrThen(bodies: Array<{ role: string; body: string[] }>, accessor: string): string[] {
  const given = bodies.find((entry) => entry.role === 'given')?.body ?? []
  const then = bodies.find((entry) => entry.role === 'then')?.body ?? []
  return [`if (!${accessor}(this).acted) {`, ...given.map((line) => `  ${line}`), '} else {', ...then.map((line) => `  ${line}`), '}']
}
