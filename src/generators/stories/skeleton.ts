/**
 * The class skeleton of a story no state model offline reproduces: the class named as the
 * renderer names it, a method per Given step (a set-up), per When step (a command) and per Then
 * step that reads the state (a query), typed and named from the step texts, each with the
 * scenarios it must satisfy; the step definitions that call them; and the typed `Refusal`. A
 * model fills in the bodies (and the fields the state needs); the step definitions stay as they are.
 */
import { camelCase, contentWords, NameRegistry, operationNameFromWhen, toIdentifier, wordsOf } from '../steps/naming'
import { REFUSAL_WORDS, type Story, type StoryStep } from './model'
import { renderStory } from './render'
import { storyClassNames } from './class-names'

const INDENT = '  '

/** Then steps that report the outcome of the last command, as the offline search recognises them. */

export interface SkeletonMethod {
  /** The story step it serves. */
  step: number
  kind: 'set-up' | 'command' | 'query'
  name: string
  parameters: Array<{ name: string; type: string }>
  returns: string
  /** The step it serves: `When I add interest of {int} percent`. */
  stepText: string
  /** The scenarios that run it, by name. */
  scenarios: string[]
}

export interface ClassSkeleton {
  className: string
  /** `generated/src/<file>.ts` */
  modulePath: string
  /** `<file>Of(world)`: each scenario's World gets its own instance. */
  accessor: string
  /** `has<Class>(world)`: whether a scenario's World already holds an instance. */
  holder: string
  methods: SkeletonMethod[]
  /** Story steps that check the last command's refusal (they read `refusal`, no method). */
  refusalChecks: number[]
}

/** The words of a step without its parameters. */
const wordsOfStep = (step: StoryStep): string[] => wordsOf(step.expression.replace(/\{[^}]*\}/g, ' '))

const QUERY_FILLER = /^(is|are|shows|holds|has|have|reads|now|the|of|in|on|still)$/i

/**
 * The skeleton of a story. `parameterNames` gives, per story step, the names its step definition
 * gives its parameters (a method uses the same; a query's last one is the value its Then step expects).
 */
export function buildClassSkeleton(story: Story, parameterNames: Map<number, string[]>): ClassSkeleton {
  const reserved = ['refusal', 'attempt', 'constructor']
  const registry = new NameRegistry(false, reserved)
  const scenariosOf = scenarioNamesByStep(story)
  const methods: SkeletonMethod[] = []
  const refusalChecks: number[] = []
  for (const step of story.steps) {
    if (step.role === 'then' && isRefusalCheck(step)) {
      refusalChecks.push(step.index)
      continue
    }
    const names = parameterNames.get(step.index) ?? []
    const typed = step.params.map((type, index) => ({ name: names[index] ?? `value${index + 1}`, type }))
    const query = step.role === 'then'
    methods.push({
      step: step.index,
      kind: query ? 'query' : step.role === 'when' ? 'command' : 'set-up',
      name: registry.claim(methodName(step)),
      parameters: query ? typed.slice(0, -1) : typed,
      returns: query ? (typed[typed.length - 1]?.type ?? 'boolean') : 'void',
      stepText: `${step.role === 'given' ? 'Given' : step.role === 'when' ? 'When' : 'Then'} ${step.expression}`,
      scenarios: scenariosOf.get(step.index) ?? []
    })
  }
  return { ...storyClassNames(story), methods, refusalChecks }
}

/** A set-up is `given…`, a command is named as a When step's operation is, a query after what its Then step reads. */
function methodName(step: StoryStep): string {
  const words = wordsOfStep(step)
  if (step.role === 'when') return toIdentifier(operationNameFromWhen(words), 'command', 40)
  if (step.role === 'given') return toIdentifier(camelCase(['given', ...contentWords(words.join(' '))]), 'setUp', 40)
  const read = contentWords(words.join(' ')).filter((word) => !QUERY_FILLER.test(word))
  return toIdentifier(camelCase(read.slice(-3)), 'query', 40)
}

/** A Then step that reports a refusal ("the withdrawal is refused with {string}"): it checks `refusal`. */
function isRefusalCheck(step: StoryStep): boolean {
  return REFUSAL_WORDS.test(step.words) && (step.params.length === 0 || step.params[step.params.length - 1] === 'string')
}

function scenarioNamesByStep(story: Story): Map<number, string[]> {
  const names = new Map<number, string[]>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events) {
      const known = names.get(event.step) ?? []
      if (!known.includes(scenario.name)) names.set(event.step, [...known, scenario.name])
    }
  return names
}

const comment = (text: string): string => text.replace(/\*\//g, '*\\/')

/** The skeleton as a module: each body says it is not written yet, so the suite fails until a model fills it. */
export function renderSkeletonModule(skeleton: ClassSkeleton, story: Story, sources: string[]): string {
  const lines: string[] = ['/**', ` * ${comment(story.name)}.`]
  for (const line of story.description
    .trim()
    .split('\n')
    .filter((text) => text.trim() !== ''))
    lines.push(` * ${comment(line.trim())}`)
  lines.push(
    ' *',
    ` * A class skeleton, written by specloop offline from ${sources.join(', ')}: no state model it can find`,
    " * reproduces the scenarios. The step definitions call these methods; their bodies are a model's to write.",
    ' */',
    '',
    '/** A command the state does not allow: it changes nothing, and its message says why. */',
    'export class Refusal extends Error {}',
    '',
    `export class ${skeleton.className} {`,
    `${INDENT}/** Why the last command was refused, if it was. */`,
    `${INDENT}refusal: string | undefined`
  )
  for (const method of skeleton.methods) lines.push('', ...methodLines(skeleton, method))
  lines.push('', ...attemptAndAccessor(story))
  return `${lines.join('\n')}\n`
}

function methodLines(skeleton: ClassSkeleton, method: SkeletonMethod): string[] {
  return [
    `${INDENT}/**`,
    `${INDENT} * ${comment(method.stepText)}`,
    `${INDENT} * Scenarios: ${comment(method.scenarios.map((name) => JSON.stringify(name)).join(', '))}`,
    `${INDENT} */`,
    `${INDENT}${signatureOf(method)} {`,
    `${INDENT}${INDENT}throw new Error(${JSON.stringify(`${skeleton.className}.${method.name} is not written yet`)})`,
    `${INDENT}}`
  ]
}

/** `name(a: number, b: string): void`, as the module declares it. */
export function signatureOf(method: Pick<SkeletonMethod, 'name' | 'parameters' | 'returns'>): string {
  return `${method.name}(${method.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`).join(', ')}): ${method.returns}`
}

/**
 * The class's `attempt` (which keeps a command's refusal) and the scenario's accessor, as the
 * renderer writes them for a synthesised class: a filled skeleton works as that class does.
 */
function attemptAndAccessor(story: Story): string[] {
  const rendered = renderStory(story, { meanings: story.steps.map(() => ({})) }, new Map(), new Map(), { status: 'synthesised' })
  const lines = rendered.module.trimEnd().split('\n')
  return lines.slice(lines.findIndex((line) => line.trim() === 'attempt(command: () => void): void {') - 1)
}

/**
 * The body of each story step's definition: a set-up or a command called (a command through
 * `attempt`, which keeps its refusal), a query's answer or the refusal compared with what the
 * Then step expects. `callArguments` gives what each definition passes.
 */
export function skeletonStepBodies(skeleton: ClassSkeleton, story: Story, callArguments: Map<number, string[]>): Map<number, string[]> {
  const bodies = new Map<number, string[]>()
  const instance = `${skeleton.accessor}(this)`
  for (const index of skeleton.refusalChecks) {
    const expected = callArguments.get(index)?.at(-1)
    bodies.set(index, [
      expected === undefined ? `expect(${instance}.refusal).not.to.equal(undefined)` : `expect(${instance}.refusal).to.equal(${expected})`
    ])
  }
  for (const method of skeleton.methods) {
    const args = callArguments.get(method.step) ?? []
    if (method.kind === 'set-up') bodies.set(method.step, [`${instance}.${method.name}(${args.join(', ')})`])
    else if (method.kind === 'command')
      bodies.set(method.step, [`const instance = ${instance}`, `instance.attempt(() => instance.${method.name}(${args.join(', ')}))`])
    else
      bodies.set(method.step, [
        queryCheck(`${instance}.${method.name}(${args.slice(0, method.parameters.length).join(', ')})`, method, args)
      ])
  }
  return bodies
}

function queryCheck(actual: string, method: SkeletonMethod, args: string[]): string {
  const expected = method.parameters.length < args.length ? args[args.length - 1]! : 'true'
  return method.returns === 'number'
    ? `expect(${actual}).to.be.closeTo(${expected}, 1e-9 * Math.max(1, Math.abs(${expected})))`
    : `expect(${actual}).to.equal(${expected})`
}
