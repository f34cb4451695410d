import type { Value } from '../operation'
import type { PlannedStep, WorldField } from './analyse'
import type { Slot, ScenarioFlow, StepOccurrence } from './occurrences'
import type { Placeholders } from './repeated-givens'

/** One run of a When step in a scenario: the inputs set before it, its own values, the outcomes checked after it. */
export interface DraftExample {
  inputs: Map<WorldField, Value | undefined>
  own: (Value | undefined)[]
  outcomes: Map<WorldField, Value | undefined>
  source: string
  scenarioSource: string
  scenario: string
  pickleId: string
}

/** An operation as the scenarios are walked: its examples pooled from every scenario that uses its When step. */
export interface OperationDraft {
  step: PlannedStep
  /** The Outline placeholder each input field and each of the When step's own values came from. */
  placeholders: Map<WorldField | number, string>
  /** The fixed words of the steps around it, for synthesis's weak prior. */
  words: Set<string>
  examples: DraftExample[]
  inputOrder: WorldField[]
  outcomeOrder: WorldField[]
  stateful: boolean
  structured: boolean
  sources: Set<string>
  /** The Given steps run before it and the Then steps checked after it, in any scenario: the state it starts from and is read in. */
  givenSteps: Set<PlannedStep>
  thenSteps: Set<PlannedStep>
  /** Each scenario's uses of a Given step before it, in order: the placeholders each use's values came from. */
  givenUses: Map<PlannedStep, Placeholders[][]>
  /** A Then step checked a value after one that reported the command's refusal: the state it left unchanged. */
  checkedAfterRefusal: boolean
  /** How many of its examples each Then step checked: a step only some examples check is an outcome some runs have. */
  thenCounts: Map<PlannedStep, number>
  /** A quoted message (in any words) followed by a reading equal to a value a Given set: the state the command left unchanged. */
  unchangedAfterMessage: Array<{ message: PlannedStep; reading: PlannedStep }>
  /** Readings that, in some example, read a value no Given of its scenario set: the command changed what they read. */
  changedReadings: Set<PlannedStep>
}

export function newDraft(step: PlannedStep): OperationDraft {
  return {
    step,
    placeholders: new Map(),
    words: new Set(),
    examples: [],
    inputOrder: [],
    outcomeOrder: [],
    stateful: false,
    structured: step.group.argument === 'dataTable',
    sources: new Set(),
    givenSteps: new Set(),
    thenSteps: new Set(),
    givenUses: new Map(),
    checkedAfterRefusal: false,
    thenCounts: new Map(),
    unchangedAfterMessage: [],
    changedReadings: new Set()
  }
}

/** What every scenario's walk shares: the drafts, the planned steps by text, and where to report steps that cannot work. */
export interface WalkContext {
  drafts: Map<PlannedStep, OperationDraft>
  groupOfText: Map<string, PlannedStep>
  /** Then steps already reported after a hand-written When: each is reported once. */
  reported: Set<PlannedStep>
  onThenAfterHandWrittenWhen: (then: PlannedStep, thenOccurrence: StepOccurrence, when: StepOccurrence) => void
  onHandWrittenGivenBeforeWhen: (given: StepOccurrence, when: StepOccurrence) => void
}

/**
 * A Then step that reports a refusal and its message ("the withdrawal is refused with "insufficient
 * funds""): only the words of a refusal, not those of any message ("the label says", "the warning is").
 */
const REFUSED = /\b(refused|refuses|rejected|rejects|denied|declined|not allowed|blocked|turned away)\b/
const reportsRefusal = (step: PlannedStep) => quotesMessage(step) && REFUSED.test(step.group.fixed.join(' ').toLowerCase())

/** A Then step whose one value is a quoted text: a message, in whatever words it is reported. */
const quotesMessage = (step: PlannedStep) => step.group.parameters.length === 1 && step.group.parameters[0]!.type === 'string'

/** The placeholder each value of this use came from, as its own text holds them (one text can fill several placeholders). */
function placeholdersOf(occurrence: StepOccurrence, values: number): Placeholders {
  const own = occurrence.pieces.filter((piece): piece is Slot => typeof piece !== 'string')
  return Array.from({ length: values }, (_, index) => (own.length === values ? own[index]!.placeholder : undefined))
}

/** A doc string is a string value; a data table is not a value of the contract. */
const valueOfArgument = (occurrence: StepOccurrence): Value | undefined => occurrence.docString

/**
 * One scenario's walk: Given steps set inputs, a When step starts an example of its operation
 * with the inputs set so far, Then steps after it add expected outcomes.
 */
export class ScenarioWalk {
  private readonly inputs = new Map<WorldField, Value | undefined>()
  private readonly givenSteps = new Set<PlannedStep>()
  /** Each Given step's uses so far, in order: the placeholders of each use's values. */
  private readonly givenUses = new Map<PlannedStep, Placeholders[]>()
  /** Whether a Then step since the last When reported its refusal. */
  private refusalReported = false
  /** The first Then step since the last When that quoted a message, and the Then steps checked since it. */
  private message: PlannedStep | undefined
  private readonly checkedSinceWhen = new Set<PlannedStep>()
  private readonly placeholdersOfInputs = new Map<WorldField, string>()
  private current: DraftExample | undefined
  private currentDraft: OperationDraft | undefined
  private handWrittenWhen: StepOccurrence | undefined
  private handWrittenGivens: StepOccurrence[] = []
  /** The drafts this scenario added examples to. */
  private readonly touched: OperationDraft[] = []
  private actions = 0
  // A Given's text checked after a command ("Then the store has 20 packets of basil") reads the
  // state the command changed: the operation acts on an object, not on a table's row.
  private readsState = false

  constructor(
    private readonly flow: ScenarioFlow,
    private readonly context: WalkContext
  ) {}

  walk(): void {
    for (const { occurrence, needsDefinition } of this.flow.steps) this.visit(occurrence, needsDefinition)
    if (this.actions > 1 || this.readsState) for (const draft of this.touched) draft.stateful = true
    const words = this.words()
    for (const draft of this.touched) for (const text of words) draft.words.add(text)
  }

  /** The words of every step of the scenario, without its values. */
  private words(): string[] {
    return this.flow.steps.map(({ occurrence, needsDefinition }) => {
      const group = needsDefinition ? this.context.groupOfText.get(occurrence.text)?.group : undefined
      return group ? group.fixed.join(' ') : occurrence.templateText.replace(/"[^"]*"|'[^']*'|-?\d+(\.\d+)?/g, ' ')
    })
  }

  private visit(occurrence: StepOccurrence, needsDefinition: boolean): void {
    const step = needsDefinition ? this.context.groupOfText.get(occurrence.text) : undefined
    if (step && occurrence.role === 'then' && step.group.role === 'given' && this.actions > 0) {
      this.readsState = true
      return
    }
    const role = step?.group.role ?? occurrence.role
    const slots = step?.group.texts.find((entry) => entry.text === occurrence.text)?.slots ?? []
    if (role === 'when') this.when(occurrence, step, slots, needsDefinition)
    else if (role === 'given' && !needsDefinition) {
      if (/\d|"|'|</.test(occurrence.templateText) || occurrence.argument) this.handWrittenGivens.push(occurrence)
    } else if (role === 'given' && step) this.given(occurrence, step, slots)
    else if (role === 'then' && step && !this.current && this.handWrittenWhen && !this.context.reported.has(step)) {
      // Nothing generated sets what this Then checks: say so, rather than let it fail on `undefined`.
      this.context.reported.add(step)
      this.context.onThenAfterHandWrittenWhen(step, occurrence, this.handWrittenWhen)
    } else if (role === 'then' && step && this.current && this.currentDraft)
      this.then(occurrence, step, slots, this.current, this.currentDraft)
  }

  private when(occurrence: StepOccurrence, step: PlannedStep | undefined, slots: Slot[], needsDefinition: boolean): void {
    this.actions++
    this.refusalReported = false
    this.message = undefined
    this.checkedSinceWhen.clear()
    this.current = undefined
    this.currentDraft = step ? this.context.drafts.get(step) : undefined
    this.handWrittenWhen = needsDefinition ? undefined : occurrence
    const givensBefore = this.handWrittenGivens
    this.handWrittenGivens = []
    const draft = this.currentDraft
    if (!draft) return
    // Values a hand-written Given stored are out of the operation's reach: it is synthesised without them.
    for (const given of givensBefore) this.context.onHandWrittenGivenBeforeWhen(given, occurrence)
    const own: (Value | undefined)[] = slots.map((slot) => slot.value)
    slots.forEach((slot, index) => slot.placeholder !== undefined && draft.placeholders.set(index, slot.placeholder))
    for (const [field, placeholder] of this.placeholdersOfInputs) draft.placeholders.set(field, placeholder)
    if (step?.argument) own.push(valueOfArgument(occurrence))
    this.current = {
      inputs: new Map(this.inputs),
      own,
      outcomes: new Map(),
      source: this.flow.source,
      scenarioSource: this.flow.scenarioSource,
      scenario: this.flow.name,
      pickleId: this.flow.pickleId
    }
    draft.examples.push(this.current)
    draft.sources.add(this.flow.uri)
    for (const given of this.givenSteps) draft.givenSteps.add(given)
    for (const [given, uses] of this.givenUses) draft.givenUses.set(given, [...(draft.givenUses.get(given) ?? []), [...uses]])
    for (const field of this.inputs.keys()) if (!draft.inputOrder.includes(field)) draft.inputOrder.push(field)
    this.touched.push(draft)
  }

  private given(occurrence: StepOccurrence, step: PlannedStep, slots: Slot[]): void {
    this.givenSteps.add(step)
    const uses = this.givenUses.get(step) ?? []
    uses.push(placeholdersOf(occurrence, slots.length))
    this.givenUses.set(step, uses)
    // A step given again in one scenario fills its next use's fields (the last ones past the uses planned).
    const fields = step.occurrenceFields?.[Math.min(uses.length, step.occurrenceFields.length) - 1] ?? step.fields
    fields.forEach((field, index) => this.inputs.set(field, slots[index]?.value))
    // One text can fill several placeholders ("7" from <first> and <second>): a numbered use names its own.
    const own = step.occurrenceFields ? uses.at(-1)! : []
    fields.forEach((field, index) => {
      const placeholder = own[index] ?? slots[index]?.placeholder
      if (placeholder !== undefined) this.placeholdersOfInputs.set(field, placeholder)
    })
    if (step.argument?.field) this.inputs.set(step.argument.field, valueOfArgument(occurrence))
  }

  private then(occurrence: StepOccurrence, step: PlannedStep, slots: Slot[], example: DraftExample, draft: OperationDraft): void {
    // A denied value ("is not 5") says what the outcome is not: the operation still gives it, but it is no example of it.
    const negated = step.negated === true
    draft.thenSteps.add(step)
    if (this.refusalReported && step.fields.length > 0) draft.checkedAfterRefusal = true
    if (reportsRefusal(step)) this.refusalReported = true
    this.noteReading(step, slots, draft)
    const outcomes: [WorldField, Value | undefined][] = step.fields.map((field, index) => [
      field,
      negated ? undefined : slots[index]?.value
    ])
    if (step.argument?.field) outcomes.push([step.argument.field, negated ? undefined : valueOfArgument(occurrence)])
    if (step.flagField) outcomes.push([step.flagField, !negated])
    for (const [field, value] of outcomes) {
      if (value !== undefined || !example.outcomes.has(field)) example.outcomes.set(field, value)
      if (!draft.outcomeOrder.includes(field)) draft.outcomeOrder.push(field)
    }
  }

  /**
   * Counts the Then step once per example, and notes whether the values it reads are ones a Given
   * of the scenario set (unchanged by the command) — after a quoted message, or without one.
   */
  private noteReading(step: PlannedStep, slots: Slot[], draft: OperationDraft): void {
    if (!this.checkedSinceWhen.has(step)) draft.thenCounts.set(step, (draft.thenCounts.get(step) ?? 0) + 1)
    this.checkedSinceWhen.add(step)
    const values = slots.map((slot) => slot.value)
    if (step !== this.message && step.fields.length > 0 && values.length > 0 && values.every((value) => value !== undefined)) {
      const given = new Set([...this.inputs.values()])
      if (!values.every((value) => given.has(value))) draft.changedReadings.add(step)
      else if (this.message) draft.unchangedAfterMessage.push({ message: this.message, reading: step })
    }
    if (quotesMessage(step) && !this.message) this.message = step
  }
}
