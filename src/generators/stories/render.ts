/**
 * A state model as the code a developer would write: one class named after the feature, whose
 * fields are the state and whose methods are the Given and When steps (a refused command throws
 * a typed `Refusal` and changes nothing), and the step definitions that only translate words
 * into calls. Everything stays plain cucumber-js: each scenario's World gets its own instance.
 */
import { storyClassNames } from './class-names'
import { camelCase, contentWords, NameRegistry, operationNameFromWhen, toIdentifier, withoutAlternatives, wordsOf } from '../steps/naming'
import { tallyEntryText } from './tally'
import { participleOf } from './named-by-refusal'
import {
  DECIMAL_HELPER,
  type DistinguishingExample,
  type Program,
  TWELVE_HOUR_HELPER,
  callsDecimal,
  callsTwelveHour,
  describeProgram
} from '../synthesis'
import { type Effect, type Guard, type Reading, type StateModel, type Story, type StoryStep, refusalEffect, undecidedParts } from './model'
import { listSetLine, moveLines } from './collections'
import { type BookingReading, heldCountText, slotKeyText, theirsText } from './bookings'
import { type ItemAtReading, itemAtText, itemMoveLines } from './list-moves'
import {
  isRecordEffect,
  isRecordReading,
  type RecordReading,
  keptText,
  otherText,
  recordEffectText,
  recordReadingText,
  recordsName
} from './records'
import { charges, testText } from './conditional'
import { isPlacesReading, PLACES_READINGS, type PlacesReading, placesText } from './places'
import { leaderText } from './leaders'
import { rateAddText } from './rates'
import { dayStreakLines } from './streaks'
import { wrapStepText } from './dial'
import { answerText, guardQuestionScenario, readingQuestionScenario } from './guard-question'
import { listedArgument } from './implied'
import { placeEffectLines } from './numbered-places'
import { lineAddLines, lineReadingText, totalAfterLineText } from './priced-lines'
import { endOrWordText } from './end-or-word'

const INDENT = '  '

export interface RenderedStory {
  className: string
  /** `generated/src/<file>.ts` */
  modulePath: string
  accessor: string
  /** `has<Class>(world)`: whether a scenario's World already holds an instance. */
  holder: string
  module: string
  /** Per story step: the body of its step definition (lines). */
  bodies: Map<number, string[]>
  /** One line per method: what it does, as the generated code says it. */
  summary: string[]
  /** For each command whose refusal the examples do not decide: the state and values that would decide it, in the class's words. */
  guardQuestions: string[]
}

function quote(text: string): string {
  return JSON.stringify(text)
}

/** The words of a step without its parameters and optional text ("attempt(s)" is the word attempt). */
function wordsOfStep(step: StoryStep): string[] {
  // Optional endings dropped and the plural of alternatives kept: "person/people steps/step out" names peopleStepOut.
  return wordsOf(withoutAlternatives(step.expression.replace(/\{[^}]*\}/g, ' ')))
}

interface Names {
  count: string
  other: string
  /** What the quantity held before the last command that changed it (a remote's "back"). */
  previous: string
  limit: string
  items: string
  /** The second list items move to, and the length of the queue's front that went ahead. */
  moved: string
  ahead: string
  /** Whether an item ever goes ahead: then taking one off keeps the front's length. */
  queuesAhead: boolean
  table: string
  /** Each item's price beside the table (a cart's lines). */
  prices: string
  /** Slots and who holds each. */
  slots: string
  /** Texts kept by a key. */
  records: string
  mode: string
  /** The mode before the current one, kept where a mode goes on by where it was entered from (`split`). */
  cameFrom: string
  /** Whether the class keeps `cameFrom` (a split mode, or a command that goes back to the mode before). */
  remembers: boolean
  split: readonly string[] | undefined
  flag: string
  produced: string
  /** Undo's and redo's stacks, and the method that takes a snapshot of the state. */
  history: string
  undone: string
  snapshot: string
  methods: Map<number, string>
  params: Map<number, string[]>
  /** The constant that holds a command's amount per kind ("insert" → INSERT_AMOUNTS). */
  amounts: Map<Effect, string>
  /** The constant that holds a "next mode" command's table (NEXT_LIGHT; one per command where several learn one). */
  transitions: Map<Effect, string>
}

/** The list's field: turns going round are the turns, whatever the step that reads them says. */
function itemsField(model: StateModel, fields: NameRegistry, fieldFrom: (read: Reading['read'][], fallback: string) => string): string {
  if (model.meanings.some((meaning) => meaning.effect?.op === 'rotate')) return fields.claim('turns')
  return fieldFrom(['length', 'first', 'last', 'firstOr', 'lastOr', 'sum', 'max', 'contains', 'joined', 'empty'], 'items')
}

/** Field names from the Then steps that read them ("the balance is {int}" → balance), method names from the steps. */
function nameEverything(story: Story, model: StateModel, parameterNames: Map<number, string[]>): Names {
  const fields = new NameRegistry(false, ['refusal', 'attempt', 'constructor'])
  const fieldFrom = (read: Reading['read'][], fallback: string) => {
    const step = story.steps.find(
      (candidate) => candidate.role === 'then' && read.includes(model.meanings[candidate.index]!.reading?.read as Reading['read'])
    )
    const words = step
      ? contentWords(wordsOfStep(step).join(' ')).filter(
          (word) => word.length > 1 && !/^(is|are|shows|holds|has|reads|now|the|of|in|on)$/i.test(word)
        )
      : []
    return fields.claim(toIdentifier(camelCase(words.slice(-2)), fallback, 32))
  }
  const names: Names = {
    count: fieldFrom(['count'], model.meanings.some((meaning) => meaning.effect?.op === 'strikes') ? 'failures' : 'count'),
    other: fieldFrom(['other'], 'total'),
    limit: fields.claim('limit'),
    items: itemsField(model, fields, fieldFrom),
    moved: fieldFrom(['movedJoined'], 'moved'),
    ahead: fields.claim('ahead'),
    queuesAhead: model.meanings.some((meaning) => meaning.effect?.op === 'pushAhead'),
    table: fieldFrom(['tableAt', 'tableSum', 'tableArgmax', 'leader'], 'amounts'),
    prices: fields.claim('prices'),
    slots: fieldFrom(['holderOf'], 'holders'),
    records: recordsField(story, model, fields) ?? fieldFrom(['recordAt'], 'records'),
    mode: fieldFrom(['mode'], checkedWord(story, model) ?? 'state'),
    cameFrom: fields.claim('cameFrom'),
    split: splitModes(model),
    remembers: usedRegisters(model).has('cameFrom'),
    flag: fieldFrom(['flag'], flagWord(story, model)),
    produced: fieldFrom(['produced'], 'latest'),
    history: fields.claim('history'),
    undone: fields.claim('undone'),
    snapshot: fields.claim('snapshot'),
    // Claimed after the fields the Then steps name: "back" is the only command that reads it.
    previous: fields.claim('previous'),
    methods: new Map(),
    params: parameterNames,
    amounts: new Map(),
    transitions: new Map()
  }
  const methods = new NameRegistry(false, [
    ...Object.values(names).filter((value): value is string => typeof value === 'string'),
    'refusal',
    'attempt',
    'constructor',
    ...(names.remembers ? ['enter', 'transitionKey'] : [])
  ])
  for (const step of story.steps) {
    if (step.role === 'then') continue
    const words = wordsOfStep(step)
    const base = step.role === 'when' ? operationNameFromWhen(words) : camelCase(['given', ...contentWords(words.join(' '))])
    names.methods.set(step.index, methods.claim(toIdentifier(base, step.role === 'when' ? 'command' : 'setUp', 40)))
    const effect = model.meanings[step.index]!.effect
    for (const part of effect?.op === 'both' ? [effect.first, effect.second] : [effect])
      if (part?.op === 'kindAdd' && part.key !== undefined)
        names.amounts.set(part, `${constantCase(names.methods.get(step.index)!)}_AMOUNTS`)
  }
  nameTransitions(story, model, names)
  return names
}

/** The constant of each learnt "next mode" table: NEXT_LIGHT where there is one, else one per command (PRESS_BUTTON_NEXT). */
function nameTransitions(story: Story, model: StateModel, names: Names): void {
  const cycles = story.steps.filter((step) => model.meanings[step.index]!.effect?.op === 'modeNext')
  for (const step of cycles)
    names.transitions.set(
      model.meanings[step.index]!.effect!,
      cycles.length === 1 ? `NEXT_${constantCase(names.mode)}` : `${constantCase(names.methods.get(step.index)!)}_NEXT`
    )
}

/** The records named after what a Then step reads them by ("the book {string} is titled {string}" → books). */
function recordsField(story: Story, model: StateModel, fields: NameRegistry): string | undefined {
  for (const step of story.steps) {
    const reading = model.meanings[step.index]!.reading
    if (reading === undefined || !isRecordReading(reading) || !('key' in reading)) continue
    const name = recordsName(step.expression, reading.key)
    if (name !== undefined) return fields.claim(toIdentifier(name, 'records', 32))
  }
  return undefined
}

/** `insertItem` → `INSERT_ITEM`. */
const constantCase = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()

/** What a command checks its value against, named after the Given step that sets it ("a door with the code {string}" → code). */
function checkedWord(story: Story, model: StateModel): string | undefined {
  if (!model.meanings.some((meaning) => meaning.effect?.op === 'strikes' && meaning.effect.check !== undefined)) return undefined
  const setter = story.steps.find((step) => step.role === 'given' && model.meanings[step.index]!.effect?.op === 'modeArg')
  const word = setter ? contentWords(wordsOfStep(setter).join(' ')).slice(-1)[0]?.toLowerCase() : undefined
  return word !== undefined && /^[a-z]{3,}$/.test(word) ? word : undefined
}

/** A yes/no state no Then step names is named after the word of the step that sets it ("the radio is muted" → muted). */
function flagWord(story: Story, model: StateModel): string {
  const setter = story.steps.find((step) => {
    const effect = model.meanings[step.index]!.effect
    return (effect?.op === 'flag' && effect.value) || effect?.op === 'toggleFlag'
  })
  const word = setter ? wordsOfStep(setter).slice(-1)[0]?.toLowerCase() : undefined
  if (word === undefined || !/^[a-z]{3,}$/.test(word)) return 'active'
  if (/(ed|en)$/.test(word)) return word
  // "the stall closes": the state it leaves is the participle the story's words use ("the stall is closed").
  return (
    participleOf(word, [
      story.description,
      ...story.scenarios.flatMap((scenario) => scenario.events.flatMap((event) => event.args.map(String)))
    ]) ?? 'active'
  )
}

/** The TypeScript of an effect, in a method whose parameters are `params`. */
function effectLines(effect: Effect, names: Names, params: string[], decimals: ReadonlySet<number> = NO_DECIMALS): string[] {
  if (effect.op === 'both')
    return [...effectLines(effect.first, names, params, decimals), ...effectLines(effect.second, names, params, decimals)]
  // Accepted, a command that counts its refusals starts the count again.
  if (effect.op === 'strikes') return [...effectLines(effect.accepted, names, params), `this.${names[effect.reg]} = 0`]
  if (effect.op === 'when') return conditionalLines(effect, names, params)
  if (effect.op === 'dayStreak')
    return dayStreakLines(`this.${names.count}`, `this.${names.other}`, `this.${names.mode}`, argument(params, effect.arg))
  return (
    numberEffectLines(effect, names, params, decimals) ?? listEffectLines(effect, names, params) ?? keyedEffectLines(effect, names, params)
  )
}

/** One effect or the other by a test of the state: an if statement. */
function conditionalLines(effect: Extract<Effect, { op: 'when' }>, names: Names, params: string[]): string[] {
  const indented = (lines: string[]) => lines.map((line) => `  ${line}`)
  return [
    `if (${testText(effect.test, (register) => `this.${names[register]}`)}) {`,
    ...indented(effectLines(effect.then, names, params)),
    '} else {',
    ...indented(effectLines(effect.otherwise, names, params)),
    '}'
  ]
}

const NO_DECIMALS: ReadonlySet<number> = new Set()

/** The values of a step that some scenario gives with decimals (money, weights), or writes so ("20.00 is loaded"). */
function decimalArguments(story: Story, step: StoryStep): ReadonlySet<number> {
  const decimals = new Set<number>()
  step.decimals?.forEach((written, index) => {
    if (written > 0) decimals.add(index)
  })
  for (const scenario of story.scenarios)
    for (const event of scenario.events)
      if (event.step === step.index)
        event.args.forEach((value, index) => {
          if (typeof value === 'number' && !Number.isInteger(value)) decimals.add(index)
        })
  return decimals
}

const argument = (params: string[], index: number) => params[index] ?? `undefined`

/** A quantity counted by one (or by an amount the words name), as code: kept within its bounds, a fraction as the decimal it is. */
function stepLines(effect: Extract<Effect, { op: 'step' }>, field: string): string[] {
  const sign = effect.sign > 0 ? '+' : '-'
  const plain = `${field} ${sign} ${effect.by ?? 1}`
  // A fraction (0.5 degrees) adds up as the decimal it is: 0.1 ten times is 1, not 0.9999999999999999.
  const fraction = !Number.isInteger(effect.by ?? 1)
  const stepped = fraction ? `asDecimal(${plain})` : plain
  const raised = effect.low === undefined ? stepped : `Math.max(${effect.low}, ${stepped})`
  if (effect.high !== undefined) return [`${field} = Math.min(${effect.high}, ${raised})`]
  return effect.low === undefined && !fraction ? [`${field} ${sign}= ${effect.by ?? 1}`] : [`${field} = ${raised}`]
}

/** A change to the quantities, as code; undefined when the effect is not one. */
function numberEffectLines(effect: Effect, names: Names, params: string[], decimals: ReadonlySet<number>): string[] | undefined {
  const arg = (index: number) => argument(params, index)
  const sign = (value: 1 | -1) => (value > 0 ? '+' : '-')
  switch (effect.op) {
    case 'none':
      return []
    case 'set':
      return [`this.${names[effect.reg]} = ${arg(effect.arg)}`]
    case 'reset':
      return [`this.${names[effect.reg]} = ${effect.value}`]
    case 'keepBest':
      return [`this.${names.other} = Math.max(this.${names.other}, this.${names.count})`]
    case 'add':
      // Amounts with decimals add up as the decimals they are: 0.30 - 0.10 - 0.20 is 0, not -2.8e-17.
      return decimals.has(effect.arg)
        ? [`this.${names[effect.reg]} = asDecimal(this.${names[effect.reg]} ${sign(effect.sign)} ${arg(effect.arg)})`]
        : [`this.${names[effect.reg]} ${sign(effect.sign)}= ${arg(effect.arg)}`]
    case 'step':
      return stepLines(effect, `this.${names[effect.reg]}`)
    case 'rateAdd':
      return [`this.${names[effect.reg]} = ${rateAddText(effect, `this.${names[effect.reg]}`, arg(effect.arg))}`]
    case 'clampAdd':
      return [
        `this.${names[effect.reg]} = Math.min(${effect.high}, Math.max(${effect.low}, this.${names[effect.reg]} ${sign(effect.sign)} ${arg(effect.arg)}))`
      ]
    case 'travel':
      return [`this.${names.other} += Math.abs(${arg(effect.arg)} - this.${names.count})`, `this.${names.count} = ${arg(effect.arg)}`]
    case 'charge':
      return [`this.${names.produced} = ${effect.amount}`, `this.${names.other} += ${effect.amount}`]
    case 'wrapStep':
      return [`this.${names.count} = ${wrapStepText(effect, `this.${names.count}`, `(this.${names.limit} ?? 0)`)}`]
    case 'recall':
      return [
        `if (this.${names.previous} !== undefined) [this.${names.count}, this.${names.previous}] = [this.${names.previous}, this.${names.count}]`
      ]
    case 'kindAdd': {
      // One amount for every time the command comes is written as the number it is.
      const amount =
        effect.key === undefined ? String(effect.amounts?.[0]?.[1] ?? 0) : `(${names.amounts.get(effect)}.get(${arg(effect.key)}) ?? 0)`
      // A learnt rate is per the command's number (0.2 a minute).
      const charged = effect.per === undefined ? amount : `${amount} * ${arg(effect.per)}`
      return [`this.${names[effect.reg]} = asDecimal(this.${names[effect.reg]} + ${charged})`]
    }
    case 'payOut':
      return [
        `this.${names.produced} = this.${names[effect.reg]}`,
        ...(effect.to === undefined
          ? []
          : [
              `this.${names.table}.set(${arg(effect.to)}, asDecimal((this.${names.table}.get(${arg(effect.to)}) ?? 0) + this.${names[effect.reg]}))`
            ]),
        `this.${names[effect.reg]} = 0`
      ]
    default:
      return undefined
  }
}

/** An item put on the front of the list, as code: from wherever it stood, and the list cut to the items it keeps. */
function unshiftLines(effect: Extract<Effect, { op: 'unshift' }>, items: string, item: string): string[] {
  return [
    ...(effect.unique ? [`${items} = ${items}.filter((other) => other !== ${item})`] : []),
    `${items}.unshift(${item})`,
    ...(effect.keep !== undefined ? [`${items}.length = Math.min(${items}.length, ${effect.keep})`] : [])
  ]
}

/** A change to the list, as code; undefined when the effect is not one. */
function listEffectLines(effect: Effect, names: Names, params: string[]): string[] | undefined {
  const arg = (index: number) => argument(params, index)
  const items = `this.${names.items}`
  switch (effect.op) {
    case 'push':
      return [`${items}.push(${arg(effect.arg)})`]
    case 'pushAll':
      return [`${items}.push(${effect.args.map(arg).join(', ')})`]
    case 'pushUnique':
      return [`if (!${items}.includes(${arg(effect.arg)})) ${items}.push(${arg(effect.arg)})`]
    case 'rotate':
      return [`if (${items}.length > 0) ${items}.push(${items}.shift()!)`]
    case 'pushEach':
      return [`${items}.push(...${arg(effect.arg)})`]
    case 'unshift':
      return unshiftLines(effect, items, arg(effect.arg))
    case 'pushCount':
      return [
        `${items}.push(this.${names.count})`,
        effect.wrapAfter === undefined
          ? `this.${names.count} += 1`
          : `this.${names.count} = this.${names.count} >= ${effect.wrapAfter} ? 1 : this.${names.count} + 1`
      ]
    case 'shift':
    case 'pop': {
      const taken = [`this.${names.produced} = ${items}.${effect.op}()`]
      // Served onward: the one served goes onto the second list.
      if (effect.op === 'shift' && effect.onward) taken.push(`this.${names.moved}.push(this.${names.produced})`)
      if (!names.queuesAhead) return taken
      const ahead = `this.${names.ahead}`
      // The front that went ahead is one shorter when it is what left.
      return [...taken, `${ahead} = Math.min(${items}.length, ${effect.op === 'shift' ? `Math.max(0, ${ahead} - 1)` : ahead})`]
    }
    case 'shiftItem':
    case 'swapItems':
      return itemMoveLines(items, effect, arg)
    case 'remove':
    case 'moveItem':
      return [
        `const index = ${items}.indexOf(${arg(effect.arg)})`,
        ...(effect.op === 'moveItem' ? [`if (index >= 0) this.${names.moved}.push(${arg(effect.arg)})`] : []),
        ...(names.queuesAhead ? [`if (index >= 0 && index < this.${names.ahead}) this.${names.ahead} -= 1`] : []),
        `if (index >= 0) ${items}.splice(index, 1)`
      ]
    case 'pushAhead':
      if (effect.rank === undefined) return [`${items}.splice(this.${names.ahead}++, 0, ${arg(effect.arg)})`]
      return [
        `if (${arg(effect.rank)} === ${quote(effect.value!)}) ${items}.splice(this.${names.ahead}++, 0, ${arg(effect.arg)})`,
        `else ${items}.push(${arg(effect.arg)})`
      ]
    case 'clear':
    case 'listSet': {
      const set = effect.op === 'clear' ? `${items} = []` : listSetLine(items, arg(effect.arg), effect.separator, effect.numbers === true)
      return [set, ...(names.queuesAhead ? [`this.${names.ahead} = 0`] : [])]
    }
    case 'fillPlaces':
    case 'takeLowestPlace':
      return placeEffectLines(effect, items, `this.${names.produced}`, effect.op === 'fillPlaces' ? arg(effect.arg) : '')
    default:
      return undefined
  }
}

/** A change to the table, the mode or the yes/no state, as code. */
function keyedEffectLines(effect: Effect, names: Names, params: string[]): string[] {
  if (isRecordEffect(effect)) return recordEffectText(`this.${names.records}`, effect, params)
  const arg = (index: number) => argument(params, index)
  const table = `this.${names.table}`
  switch (effect.op) {
    case 'tableSet':
      return [`${table}.set(${arg(effect.key)}, ${arg(effect.value)})`]
    case 'tableSetWords':
      return effect.entries.map(([key, value]) => `${table}.set(${JSON.stringify(key)}, ${arg(value)})`)
    case 'tableAdd':
    case 'tableStep': {
      const by = effect.op === 'tableAdd' ? arg(effect.value) : (effect.by ?? 1)
      const plain = `(${table}.get(${arg(effect.key)}) ?? 0) ${effect.sign > 0 ? '+' : '-'} ${by}`
      // A named fraction (2.45) adds up as the decimal it is: 5.00 less 2.45 is 2.55, not 2.5500000000000003.
      const sum = typeof by === 'number' && !Number.isInteger(by) ? `asDecimal(${plain})` : plain
      // A floor ("never below 0") keeps the entry at it.
      const low = effect.op === 'tableAdd' ? effect.low : undefined
      // And a top ("at most 3 per guest") too.
      const high = effect.op === 'tableStep' ? effect.high : undefined
      const floored = low === undefined ? sum : `Math.max(${low}, ${sum})`
      return [`${table}.set(${arg(effect.key)}, ${high === undefined ? floored : `Math.min(${high}, ${floored})`})`]
    }
    case 'tableDelete':
      return [`${table}.delete(${arg(effect.key)})`]
    case 'tableClear':
      return [`${table}.clear()`]
    case 'tally':
      return [
        `${table}.set(${arg(effect.key)}, (${table}.get(${arg(effect.key)}) ?? 0) + 1)`,
        `this.${names.items}.push(${tallyEntryText(params, effect)})`
      ]
    case 'lineAdd':
      return lineAddLines(table, `this.${names.prices}`, arg(effect.key), arg(effect.value), arg(effect.price))
    case 'hold':
      return [`this.${names.slots}.set(${slotKeyText(params, effect.slot)}, ${arg(effect.holder)})`]
    case 'release':
      return [`this.${names.slots}.delete(${slotKeyText(params, effect.slot)})`]
    case 'tableMove':
      return moveLines(table, arg(effect.from), arg(effect.to), arg(effect.value))
    case 'mode':
      return [names.remembers ? `this.enter(${quote(effect.value)})` : `this.${names.mode} = ${quote(effect.value)}`]
    case 'modeArg':
      return [names.remembers ? `this.enter(${arg(effect.arg)})` : `this.${names.mode} = ${arg(effect.arg)}`]
    case 'modeBack':
      return [`this.enter(this.${names.cameFrom} ?? this.${names.mode})`]
    case 'flag':
      return [`this.${names.flag} = ${effect.value}`]
    case 'toggleFlag':
      return [`this.${names.flag} = !this.${names.flag}`]
    case 'modeNext': {
      const table = names.transitions.get(effect) ?? `NEXT_${constantCase(names.mode)}`
      if (names.split) return [`this.enter(${table}.get(this.transitionKey()) ?? this.${names.mode})`]
      if (names.remembers) return [`this.enter(${table}.get(this.${names.mode} ?? '') ?? this.${names.mode})`]
      return [`this.${names.mode} = ${table}.get(this.${names.mode} ?? '') ?? this.${names.mode}`]
    }
    // A snapshot restores the state it was taken of: undo keeps the present for redo, and back.
    case 'undo':
      return [`this.${names.undone}.push(this.${names.snapshot}())`, `this.${names.history}.pop()?.()`]
    case 'redo':
      return [`this.${names.history}.push(this.${names.snapshot}())`, `this.${names.undone}.pop()?.()`]
    default:
      return []
  }
}

/** What a command would leave where it adds or takes an amount (the guard input `after`), as code. */
function afterText(effect: Effect | undefined, names: Names, params: string[]): string {
  const sign = (value: 1 | -1) => (value > 0 ? '+' : '-')
  switch (effect?.op) {
    case 'both':
      return afterText(effect.second, names, params)
    case 'add':
      return `this.${names[effect.reg]} ${sign(effect.sign)} ${params[effect.arg]}`
    case 'step':
      return `this.${names[effect.reg]} ${sign(effect.sign)} ${effect.by ?? 1}`
    case 'rateAdd':
      return rateAddText(effect, `this.${names[effect.reg]}`, params[effect.arg] ?? 'undefined')
    case 'tableAdd':
      return `(this.${names.table}.get(${params[effect.key]}) ?? 0) ${sign(effect.sign)} ${params[effect.value]}`
    case 'tableStep':
      return `(this.${names.table}.get(${params[effect.key]}) ?? 0) ${sign(effect.sign)} ${effect.by ?? 1}`
    case 'tableMove':
      return `(this.${names.table}.get(${params[effect.from]}) ?? 0) - ${params[effect.value]}`
    case 'travel':
      return params[effect.arg] ?? 'after'
    case 'lineAdd':
      return totalAfterLineText(`this.${names.table}`, params[effect.value]!)
    default:
      return 'after'
  }
}

/** Whether the kind a command names has an amount in its table. */
function pricedText(effect: Effect | undefined, names: Names, params: string[]): string {
  const parts = effect?.op === 'both' ? [effect.first, effect.second] : [effect]
  const kind = parts.find((part) => part?.op === 'kindAdd')
  return kind?.op === 'kindAdd' && kind.key !== undefined ? `${names.amounts.get(kind)}.has(${params[kind.key]})` : 'false'
}

/** Whether the list holds the command's item: its text, or else the number it puts on the list or takes off. */
function listedText(key: number, effect: Effect | undefined, names: Names, params: string[]): string {
  if (effect?.op === 'tally') return `this.${names.items}.includes(${tallyEntryText(params, effect)})`
  const item = key >= 0 ? key : listedArgument(effect)
  return item === undefined ? 'false' : `this.${names.items}.includes(${params[item]})`
}

/** Whether the record a command removes is kept with its other text, as code. */
function mineText(effect: Effect | undefined, names: Names, params: string[], step: StoryStep): string {
  if (!isRecordEffect(effect)) return 'false'
  const other = otherText(
    effect,
    step.params.map((type) => (type === 'string' ? '' : 0))
  )
  return other === undefined ? 'false' : `this.${names.records}.get(${params[effect.key]}) === ${params[other]}`
}

/** A guard's rule over the guard inputs, with each input written as the code that holds it. */
function guardText(program: Program, names: Names, params: string[], step: StoryStep, effect?: Effect, readArg = -1): string {
  const key = step.params.findIndex((type) => type === 'string')
  const standingKey = step.params.findIndex((type, index) => type === 'string' && index !== readArg)
  const inCode = (name: string): string => {
    const match = /^arg(\d+)$/.exec(name)
    if (match) return params[Number(match[1])] ?? name
    const state: Record<string, string> = {
      count: `this.${names.count}`,
      other: `this.${names.other}`,
      size: `this.${names.items}.length`,
      front: `(this.${names.items}[0] ?? '')`,
      limit: `(this.${names.limit} ?? Infinity)`,
      stock: key >= 0 ? `(this.${names.table}.get(${params[key]}) ?? 0)` : '0',
      known: key >= 0 ? `this.${names.table}.has(${params[key]})` : 'false',
      // What the limit leaves the key (an allowance less what they used).
      room: key >= 0 ? `((this.${names.limit} ?? 0) - (this.${names.table}.get(${params[key]}) ?? 0))` : '0',
      listed: listedText(key, effect, names, params),
      copies: key >= 0 ? `this.${names.items}.filter((item) => item === ${params[key]}).length` : '0',
      turn: key >= 0 ? `(this.${names.items}[0] === ${params[key]})` : 'false',
      mode: `(this.${names.mode} ?? '')`,
      flag: `this.${names.flag}`,
      history: `this.${names.history}.length`,
      undone: `this.${names.undone}.length`,
      left: `(this.${names.count} - [...this.${names.table}.values()].reduce((sum, value) => sum + value, 0))`,
      total: `this.${names.items}.reduce((sum, item) => sum + item, 0)`,
      allKeys: `[...this.${names.table}.values()].reduce((sum, value) => sum + value, 0)`,
      // Where the key stands (standing.ts): its place on the list from 1, and whether it went onward.
      place: standingKey >= 0 ? `(this.${names.items}.indexOf(${params[standingKey]}) + 1)` : '0',
      onward: standingKey >= 0 ? `this.${names.moved}.includes(${params[standingKey]})` : 'false',
      after: `(${afterText(effect, names, params)})`,
      taken: effect?.op === 'hold' || effect?.op === 'release' ? `this.${names.slots}.has(${slotKeyText(params, effect.slot)})` : 'false',
      held: effect?.op === 'hold' ? heldCountText(`this.${names.slots}`, params[effect.holder]!) : '0',
      theirs: theirsText(effect, `this.${names.slots}`, params),
      recorded: isRecordEffect(effect) ? `this.${names.records}.has(${params[effect.key]})` : 'false',
      mine: mineText(effect, names, params, step),
      kept: keptText(`this.${names.records}`, isRecordEffect(effect) ? effect : undefined, params),
      recordCount: `this.${names.records}.size`,
      priced: pricedText(effect, names, params)
    }
    return state[name] ?? name
  }
  // Every node that names an input (a lookup's or a match's key too) reads it in the class's words.
  const rename = (node: Program): Program => {
    switch (node.kind) {
      case 'input':
      case 'lookup':
        return node.kind === 'input' ? { ...node, name: inCode(node.name) } : { ...node, input: inCode(node.input) }
      case 'match':
        return { ...node, input: inCode(node.input), cases: node.cases.map((entry) => ({ ...entry, result: rename(entry.result) })) }
      case 'apply':
        return { ...node, args: node.args.map(rename) }
      case 'conditional':
        return { ...node, condition: rename(node.condition), then: rename(node.then), otherwise: rename(node.otherwise) }
      default:
        return node
    }
  }
  return describeProgram(rename(program))
}

/** What a Then step's check reads from the table of amounts, or undefined for another reading. */
function tableReadingText(reading: Reading, names: Names, instance: string, args: string[]): string | undefined {
  switch (reading.read) {
    case 'tableSum':
      return `[...${instance}.${names.table}.values()].reduce((sum, value) => sum + value, 0)`
    case 'tableLeft':
      return `${instance}.${names.count} - [...${instance}.${names.table}.values()].reduce((sum, value) => sum + value, 0)`
    case 'room':
      return `(${instance}.${names.limit} ?? 0) - ${instance}.${names.count}`
    case 'under':
      return `${reading.bound} - ${instance}.${names[reading.reg]}`
    case 'tableArgmax':
      return (
        `[...${instance}.${names.table}].reduce((best, entry) => (best === undefined || entry[1] > best[1] ? entry : best), ` +
        'undefined as [string, number] | undefined)?.[0]'
      )
    case 'tableAt':
      return `${instance}.${names.table}.get(${args[reading.key]}) ?? 0`
    case 'tableRoom':
      return `(${instance}.${names.limit} ?? 0) - (${instance}.${names.table}.get(${args[reading.key]}) ?? 0)`
    case 'leader':
      return leaderText(`${instance}.${names.items}`, `${instance}.${names.table}`, reading.tie)
    case 'tableSize':
    case 'lineTotal':
      return lineReadingText(reading, `${instance}.${names.table}`, `${instance}.${names.prices}`)
    default:
      return undefined
  }
}

/** A reading of places or of booked slots. */
function placeReadingText(reading: PlacesReading | BookingReading, names: Names, instance: string, args: string[]): string {
  if (isPlacesReading(reading)) return placesText(reading, `${instance}.${names.items}`, `${instance}.${names.limit}`, args)
  if (reading.read === 'holderOf' && reading.arg < 0) return `!${instance}.${names.slots}.has(${slotKeyText(args, reading.slot)})`
  if (reading.read === 'holderOf') return `(${instance}.${names.slots}.get(${slotKeyText(args, reading.slot)}) ?? ${quote(reading.free)})`
  return heldCountText(`${instance}.${names.slots}`, args[reading.key]!)
}

type CollectionReading = PlacesReading | BookingReading | RecordReading | ItemAtReading

function isCollectionReading(reading: Reading): reading is CollectionReading {
  return isPlacesReading(reading) || isRecordReading(reading) || ['holderOf', 'heldBy', 'itemAt'].includes(reading.read)
}

/** A reading of places, booked slots, records or the list's places. */
function collectionReadingText(reading: CollectionReading, names: Names, instance: string, args: string[]): string {
  if (isRecordReading(reading)) return recordReadingText(`${instance}.${names.records}`, reading, args)
  return reading.read === 'itemAt'
    ? itemAtText(`${instance}.${names.items}`, reading, args)
    : placeReadingText(reading, names, instance, args)
}

/** What a Then step's check reads, as an expression on the instance. */
function readingText(reading: Reading, names: Names, instance: string, args: string[], step: StoryStep): string {
  if (isCollectionReading(reading)) return collectionReadingText(reading, names, instance, args)
  switch (reading.read) {
    case 'tableSum':
    case 'tableLeft':
    case 'room':
    case 'under':
    case 'tableArgmax':
    case 'tableAt':
    case 'tableRoom':
    case 'leader':
    case 'tableSize':
    case 'lineTotal':
      return tableReadingText(reading, names, instance, args)!
    case 'count':
    case 'other':
      return `${instance}.${names[reading.read]}`
    case 'length':
      return `${instance}.${names.items}.length`
    case 'sum':
      return `${instance}.${names.items}.reduce((sum, item) => sum + Number(item), 0)`
    case 'max':
      return `Math.max(...${instance}.${names.items}.map(Number))`
    case 'produced':
      return `${instance}.${names.produced}`
    case 'first':
      return `${instance}.${names.items}[0]`
    case 'last':
      return `${instance}.${names.items}[${instance}.${names.items}.length - 1]`
    case 'firstOr':
    case 'lastOr':
      return endOrWordText(`${instance}.${names.items}`, reading)
    case 'mode':
      return `${instance}.${names.mode}`
    case 'refusal':
      return `${instance}.refusal`
    case 'contains':
      return `${reading.negate ? '!' : ''}${instance}.${names.items}.includes(${args[reading.key]})`
    case 'accepted':
      return reading.negate ? `${instance}.refusal !== undefined` : `${instance}.refusal === undefined`
    case 'flag':
      return `${reading.negate ? '!' : ''}${instance}.${names.flag}`
    case 'joined':
      return `${instance}.${names.items}.join(${quote(reading.separator)})`
    case 'movedJoined':
      return `${instance}.${names.moved}.join(${quote(reading.separator)})`
    case 'empty':
      return `${instance}.${names.items}.length ${reading.negate ? '>' : '==='} 0`
    case 'derived':
      return reading.rule === undefined
        ? 'undefined'
        : guardText(reading.rule, names, args, step, undefined, reading.arg).replace(/\bthis\./g, `${instance}.`)
    default: {
      // Every kind of reading is written above: a new kind is a compile error here until it is.
      const unwritten: never = reading
      return unwritten
    }
  }
}

/** The register a reading reads. */
const READING_REGISTER: Record<string, string> = {
  count: 'count',
  other: 'other',
  length: 'items',
  sum: 'items',
  max: 'items',
  produced: 'produced',
  first: 'items',
  last: 'items',
  firstOr: 'items',
  lastOr: 'items',
  mode: 'mode',
  flag: 'flag',
  tableSum: 'table',
  tableArgmax: 'table',
  tableAt: 'table',
  tableRoom: 'table',
  leader: 'table',
  tableLeft: 'table',
  tableSize: 'table',
  lineTotal: 'table',
  room: 'limit',
  contains: 'items',
  joined: 'items',
  movedJoined: 'moved',
  holderOf: 'slots',
  heldBy: 'slots',
  recordAt: 'records',
  recordHas: 'records',
  recordCount: 'records',
  empty: 'items',
  ...Object.fromEntries([...PLACES_READINGS].map((read) => [read, 'items']))
}

/** The registers a guard or derived rule input reads. */
const INPUT_REGISTERS: ReadonlyArray<readonly [string, string]> = [
  ['"count"', 'count'],
  ['"other"', 'other'],
  ['"size"', 'items'],
  ['"limit"', 'limit'],
  ['"stock"', 'table'],
  ['"room"', 'table'],
  ['"room"', 'limit'],
  ['"listed"', 'items'],
  ['"copies"', 'items'],
  ['"turn"', 'items'],
  ['"mode"', 'mode'],
  ['"flag"', 'flag'],
  ['"history"', 'history'],
  ['"undone"', 'history'],
  ['"left"', 'table'],
  ['"left"', 'count'],
  ['"total"', 'items'],
  ['"place"', 'items'],
  ['"onward"', 'moved'],
  ['"taken"', 'slots'],
  ['"held"', 'slots'],
  ['"theirs"', 'slots'],
  ['"recorded"', 'records']
]

const LIST_EFFECTS = [
  'push',
  'pushUnique',
  'pushAll',
  'pushEach',
  'unshift',
  'pushCount',
  'shift',
  'pop',
  'rotate',
  'remove',
  'moveItem',
  'pushAhead',
  'clear',
  'listSet',
  'fillPlaces',
  'takeLowestPlace'
]

function addEffectRegisters(effect: Effect | undefined, used: Set<string>): void {
  if (effect === undefined || effect.op === 'none') return
  if (effect.op === 'both') {
    addEffectRegisters(effect.first, used)
    addEffectRegisters(effect.second, used)
    return
  }
  if (effect.op === 'strikes') addEffectRegisters(effect.accepted, used)
  if (effect.op === 'when') {
    addEffectRegisters(effect.then, used)
    addEffectRegisters(effect.otherwise, used)
    used.add(effect.test.reg)
    if (effect.test.kind === 'reached') used.add('limit')
    return
  }
  if (effect.op === 'charge') for (const register of ['produced', 'other']) used.add(register)
  if (effect.op === 'dayStreak') for (const register of ['count', 'other', 'mode']) used.add(register)
  if (effect.op === 'payOut') used.add('produced')
  if (effect.op === 'payOut' && effect.to !== undefined) used.add('table')
  if ('reg' in effect) used.add(effect.reg)
  if (LIST_EFFECTS.includes(effect.op)) used.add('items')
  if (effect.op === 'pushCount' || effect.op === 'travel') used.add('count')
  if (effect.op === 'wrapStep') for (const register of ['count', 'limit']) used.add(register)
  if (effect.op === 'recall') for (const register of ['count', 'previous']) used.add(register)
  if (effect.op === 'moveItem' || (effect.op === 'shift' && effect.onward)) used.add('moved')
  if (effect.op === 'pushAhead') used.add('ahead')
  if (effect.op === 'hold' || effect.op === 'release') used.add('slots')
  if (isRecordEffect(effect)) used.add('records')
  if (effect.op === 'travel') used.add('other')
  if (effect.op === 'shift' || effect.op === 'pop' || effect.op === 'takeLowestPlace') used.add('produced')
  if (effect.op.startsWith('table')) used.add('table')
  // A tally counts in the table and remembers each pair on the list.
  if (effect.op === 'tally') for (const register of ['table', 'items']) used.add(register)
  if (effect.op === 'lineAdd') for (const register of ['table', 'prices']) used.add(register)
  if (effect.op.startsWith('mode')) used.add('mode')
  if ((effect.op === 'modeNext' && effect.split !== undefined) || effect.op === 'modeBack') used.add('cameFrom')
  if (effect.op === 'flag' || effect.op === 'toggleFlag') used.add('flag')
  if (effect.op === 'undo' || effect.op === 'redo') used.add('history')
}

function usedRegisters(model: StateModel): Set<string> {
  const used = new Set<string>()
  for (const meaning of model.meanings) {
    addEffectRegisters(meaning.effect, used)
    const reading = meaning.reading
    const register = reading ? READING_REGISTER[reading.read] : undefined
    if (register) used.add(register)
    if (reading?.read === 'tableLeft' || reading?.read === 'room') used.add('count')
    if (reading?.read === 'tableRoom') used.add('limit')
    // A standing counts those on the list who never scored.
    if (reading?.read === 'leader') used.add('items')
    if (reading?.read === 'lineTotal') used.add('prices')
    if (reading !== undefined && isPlacesReading(reading)) used.add('limit')
    const rule = reading?.read === 'derived' ? reading.rule : undefined
    if (meaning.guard || rule) {
      const text =
        JSON.stringify(meaning.guard?.condition ?? null) + JSON.stringify(meaning.guard?.message ?? null) + JSON.stringify(rule ?? null)
      for (const [input, inputRegister] of INPUT_REGISTERS) if (text.includes(`"name":${input}`)) used.add(inputRegister)
    }
  }
  return used
}

/** The item type of the list: numbers or text, as the steps that fill it give them. */
function itemType(story: Story, model: StateModel): string {
  for (const step of story.steps) {
    const effect = model.meanings[step.index]!.effect
    if (effect === undefined) continue
    if (
      effect.op === 'pushCount' ||
      effect.op === 'fillPlaces' ||
      effect.op === 'takeLowestPlace' ||
      effect.op === 'payOut' ||
      charges(effect)
    )
      return 'number'
    if (effect.op === 'push' || effect.op === 'pushUnique' || effect.op === 'unshift')
      return step.params[effect.arg] === 'number' ? 'number' : 'string'
  }
  return 'string'
}

/**
 * The class module and the step bodies for a story. `parameterNames` gives, per story step,
 * the names its step definition gives its parameters (the method uses the same).
 */
export function renderStory(
  story: Story,
  model: StateModel,
  parameterNames: Map<number, string[]>,
  callArguments: Map<number, string[]>,
  options: {
    /** `no-rule`: the model of every scenario but `blocking`, which no model reproduces beside them. */
    status: 'synthesised' | 'ambiguous' | 'no-rule'
    blocking?: { name: string; source: string }
    question?: string[]
    unconfirmed?: Array<{ step: number; question?: DistinguishingExample; from?: string }>
  }
): RenderedStory {
  const { className, accessor, holder, modulePath } = storyClassNames(story)
  const rendering: Rendering = {
    story,
    model,
    names: nameEverything(story, model, parameterNames),
    parameterNames,
    className,
    accessor,
    holder
  }
  const summary: string[] = []
  const lines = [...preamble(rendering), ...classLines(rendering, summary), ...accessorLines(rendering)]
  const bodies = stepBodies(rendering, callArguments)
  // A rounded calculation calls the helper synthesis writes for it (numbers.ts `asDecimal`); a Then
  // step that reads such a calculation imports it from the class's module.
  const stepsRound = [...bodies.values()].some((lines) => lines.some(callsDecimal))
  const helper = stepsRound ? DECIMAL_HELPER.replace('function asDecimal', 'export function asDecimal') : DECIMAL_HELPER
  const rounded = lines.some(callsDecimal) || stepsRound ? [...lines, '', ...helper.split('\n')] : lines
  // A message may show a time on the twelve-hour clock ("the 9am slot is taken"): the helper synthesis writes for it.
  const body = lines.some(callsTwelveHour) ? [...rounded, '', ...TWELVE_HOUR_HELPER.split('\n')] : rounded
  return {
    className,
    modulePath,
    accessor: rendering.accessor,
    holder,
    module: `${[...headerLines(story, options), '', ...body].join('\n')}\n`,
    bodies,
    summary,
    guardQuestions: (options.unconfirmed ?? []).flatMap((entry) => guardQuestionLines(rendering, entry))
  }
}

/** What every part of the class's rendering needs. */
interface Rendering {
  story: Story
  model: StateModel
  names: Names
  parameterNames: Map<number, string[]>
  className: string
  accessor: string
  holder: string
}

const inComment = (text: string) => text.replace(/\*\//g, '*\\/')

/** The module's doc comment: the feature, the scenarios it comes from, and what they leave undecided. */
function headerLines(story: Story, options: Parameters<typeof renderStory>[4]): string[] {
  const lines = ['/**', ` * ${story.name}.`]
  if (story.description.trim() !== '') for (const line of story.description.trim().split('\n')) lines.push(` * ${inComment(line.trim())}`)
  const from = story.scenarios.filter((scenario) => scenario.source !== options.blocking?.source)
  lines.push(
    ' *',
    ` * Synthesised by specloop offline from the scenarios ${inComment(from.map((scenario) => JSON.stringify(scenario.name)).join(', '))}.`
  )
  if (options.status === 'no-rule' && options.blocking !== undefined)
    lines.push(
      ' *',
      inComment(
        ` * NOT REPRODUCED: no model reproduces "${options.blocking.name}" (${options.blocking.source}) beside the other scenarios; ` +
          'this is the model of every other one, and that scenario fails.'
      )
    )
  if (options.status === 'ambiguous') {
    if (options.question?.length) {
      lines.push(' *', ' * UNCONFIRMED: the scenarios do not decide this model. A scenario that would:')
      for (const line of options.question) lines.push(` *   ${inComment(line)}`)
    } else {
      // Only a refusal's edge is undecided: name the commands (the generate output has the values).
      const parts = undecidedParts(story, options.unconfirmed ?? [])
      lines.push(
        ' *',
        inComment(
          ` * UNCONFIRMED: the scenarios do not decide ${parts.length > 0 ? parts.join(', nor ') : 'this model'}: add a scenario at that edge.`
        )
      )
    }
  }
  lines.push(' */')
  return lines
}

/** The Refusal class and the transition tables of "next mode" commands. */
function preamble({ story, model, names }: Rendering): string[] {
  const counted = model.meanings.some((meaning) => refusalEffect(meaning.effect) !== undefined)
  const lines = [
    counted
      ? '/** A command the state does not allow: it changes nothing but the count of its refusals, and its message says why. */'
      : '/** A command the state does not allow: it changes nothing, and its message says why. */',
    'export class Refusal extends Error {}',
    ''
  ]
  for (const [effect, constant] of names.amounts) {
    if (effect.op !== 'kindAdd') continue
    lines.push(
      `/** What each kind adds, as the scenarios' totals show it; a kind not listed is not taken. */`,
      `const ${constant} = new Map<string, number>([${(effect.amounts ?? []).map(([kind, amount]) => `[${quote(kind)}, ${amount}]`).join(', ')}])`,
      ''
    )
  }
  for (const step of story.steps) {
    const effect = model.meanings[step.index]!.effect
    if (effect?.op !== 'modeNext') continue
    const constant = names.transitions.get(effect)!
    lines.push(
      `/** What each ${names.mode} is followed by, as the scenarios show it. */`,
      `const ${constant} = new Map<string, string>([${effect.next.map(([from, to]) => `[${quote(from)}, ${quote(to)}]`).join(', ')}])`,
      ''
    )
  }
  return lines
}

/** The class: its fields, a method per Given and When step (summarised in `summary`), and `attempt`. */
function classLines(rendering: Rendering, summary: string[]): string[] {
  const { story, className } = rendering
  const lines = [`export class ${className} {`, ...fieldLines(rendering)]
  for (const step of story.steps) if (step.role !== 'then') lines.push(...methodLines(rendering, step, summary))
  if (usedRegisters(rendering.model).has('history')) lines.push(...snapshotLines(rendering))
  if (rendering.names.remembers) lines.push(...rememberingLines(rendering.names, rendering.names.split))
  lines.push(
    '',
    `${INDENT}/** Runs a command and keeps its refusal for the Then steps that check it; a refused command changes nothing. */`,
    `${INDENT}attempt(command: () => void): void {`,
    `${INDENT}${INDENT}try {`,
    `${INDENT}${INDENT}${INDENT}command()`,
    `${INDENT}${INDENT}${INDENT}this.refusal = undefined`,
    `${INDENT}${INDENT}} catch (error) {`,
    `${INDENT}${INDENT}${INDENT}if (!(error instanceof Refusal)) throw error`,
    `${INDENT}${INDENT}${INDENT}this.refusal = error.message`,
    `${INDENT}${INDENT}}`,
    `${INDENT}}`,
    '}'
  )
  return lines
}

/** The modes that go on by where they were entered from, where a "next mode" table has any. */
function splitModes(model: StateModel): readonly string[] | undefined {
  for (const meaning of model.meanings) if (meaning.effect?.op === 'modeNext' && meaning.effect.split?.length) return meaning.effect.split
  return undefined
}

/** Entering a mode remembers the one left; a split mode's table entry names both ("paused after shuffling"). */
function rememberingLines(names: Names, split: readonly string[] | undefined): string[] {
  const mode = `this.${names.mode}`
  const entering = [
    '',
    `${INDENT}/** Moves to a mode, remembering the one it leaves. */`,
    `${INDENT}private enter(next: string | undefined): void {`,
    `${INDENT}${INDENT}if (next === ${mode}) return`,
    `${INDENT}${INDENT}this.${names.cameFrom} = ${mode}`,
    `${INDENT}${INDENT}${mode} = next`,
    `${INDENT}}`
  ]
  if (split === undefined) return entering
  return [
    ...entering,
    '',
    `${INDENT}/** The entry of a "next" table for the mode now: ${split.map((value) => quote(value)).join(', ')} by the mode it was entered from as well. */`,
    `${INDENT}private transitionKey(): string {`,
    `${INDENT}${INDENT}const split: string[] = [${split.map((value) => quote(value)).join(', ')}]`,
    `${INDENT}${INDENT}return split.includes(${mode} ?? '') ? \`\${${mode}} after \${this.${names.cameFrom} ?? ''}\` : (${mode} ?? '')`,
    `${INDENT}}`
  ]
}

/** The registers a snapshot keeps, with the code that copies each (a list or a table is copied, not shared). */
const SNAPSHOT_COPIES: Array<[string, (field: string) => string]> = [
  ['count', (field) => field],
  ['other', (field) => field],
  ['previous', (field) => field],
  ['limit', (field) => field],
  ['items', (field) => `[...${field}]`],
  ['moved', (field) => `[...${field}]`],
  ['ahead', (field) => field],
  ['table', (field) => `new Map(${field})`],
  ['prices', (field) => `new Map(${field})`],
  ['slots', (field) => `new Map(${field})`],
  ['records', (field) => `new Map(${field})`],
  ['mode', (field) => field],
  ['cameFrom', (field) => field],
  ['flag', (field) => field],
  ['produced', (field) => field]
]

/** The method undo and redo keep the state with: the state now, as a function that brings it back. */
function snapshotLines({ model, names }: Rendering): string[] {
  const used = usedRegisters(model)
  const kept = SNAPSHOT_COPIES.filter(([register]) => used.has(register)).map(
    ([register, copy]) => [names[register as keyof Names] as string, copy] as const
  )
  return [
    '',
    `${INDENT}/** The state as it is now, as a function that brings it back (what undo and redo keep). */`,
    `${INDENT}private ${names.snapshot}(): () => void {`,
    ...kept.map(([field, copy]) => `${INDENT}${INDENT}const ${field} = ${copy(`this.${field}`)}`),
    `${INDENT}${INDENT}return () => {`,
    ...kept.map(([field]) => `${INDENT}${INDENT}${INDENT}this.${field} = ${field}`),
    `${INDENT}${INDENT}}`,
    `${INDENT}}`
  ]
}

/** The fields the model uses: the state. */
function fieldLines({ story, model, names }: Rendering): string[] {
  const used = usedRegisters(model)
  const item = itemType(story, model)
  const fields: Array<[string, string]> = [
    ['count', `${names.count} = 0`],
    ['other', `${names.other} = 0`],
    ['previous', `${names.previous}: number | undefined`],
    ['limit', `${names.limit}: number | undefined`],
    ['items', `${names.items}: ${item}[] = []`],
    ['moved', `${names.moved}: ${item}[] = []`],
    ['ahead', `${names.ahead} = 0`],
    ['table', `${names.table} = new Map<string, number>()`],
    ['prices', `${names.prices} = new Map<string, number>()`],
    ['slots', `${names.slots} = new Map<string, string>()`],
    ['records', `${names.records} = new Map<string, string>()`],
    ['mode', `${names.mode}: string | undefined`],
    ['cameFrom', `${names.cameFrom}: string | undefined`],
    ['flag', `${names.flag} = false`],
    ['produced', `${names.produced}: ${item} | undefined`],
    ['history', `${names.history}: Array<() => void> = []`],
    ['history', `${names.undone}: Array<() => void> = []`]
  ]
  const lines = fields.filter(([register]) => used.has(register)).map(([, field]) => `${INDENT}${field}`)
  lines.push(`${INDENT}/** Why the last command was refused, if it was. */`, `${INDENT}refusal: string | undefined`)
  return lines
}

/** The method of a Given or When step: its guard, then its effect; its one-line summary goes to `summary`. */
function methodLines({ story, model, names, parameterNames }: Rendering, step: StoryStep, summary: string[]): string[] {
  const meaning = model.meanings[step.index]!
  const params = parameterNames.get(step.index) ?? []
  const signature = params.map((name, index) => `${name}: ${step.params[index]}`).join(', ')
  const lines = [
    '',
    `${INDENT}/** ${step.role === 'given' ? 'Given' : 'When'} ${inComment(step.expression)} */`,
    `${INDENT}${names.methods.get(step.index)}(${signature}): void {`
  ]
  const always = meaning.guard?.condition.kind === 'constant' && meaning.guard.condition.value === true
  const inCode = (program: Program) => guardText(program, names, params, step, meaning.effect)
  if (meaning.guard) lines.push(...refusalLines(meaning.guard, meaning.effect, { names, params, inCode }, always))
  const effect = always ? [] : effectLines(meaning.effect ?? { op: 'none' }, names, params, decimalArguments(story, step))
  // With undo, every other accepted command keeps the state it started from, and forgets what was undone.
  const op = meaning.effect?.op
  if (!always && step.role === 'when' && op !== 'undo' && op !== 'redo' && usedRegisters(model).has('history'))
    effect.unshift(`this.${names.history}.push(this.${names.snapshot}())`, `this.${names.undone} = []`)
  // With "back", every other accepted command that changes the quantity keeps what it held before.
  if (!always && step.role === 'when' && op !== 'recall' && effect.length > 0 && usedRegisters(model).has('previous')) {
    effect.unshift(`const before = this.${names.count}`)
    effect.push(`if (this.${names.count} !== before) this.${names.previous} = before`)
  }
  const refused = !meaning.guard
    ? []
    : [
        always
          ? `refused with ${describeProgram(meaning.guard.message)}`
          : `refused with ${inCode(meaning.guard.message)} when ${inCode(meaning.guard.condition)}`
      ]
  summary.push(`${names.methods.get(step.index)}(${params.join(', ')}): ${[...refused, ...effect].join('; ') || 'nothing'}`)
  if (effect.length === 0 && !meaning.guard) lines.push(`${INDENT}${INDENT}// Nothing to do: the state starts this way.`)
  for (const line of effect) lines.push(`${INDENT}${INDENT}${line}`)
  lines.push(`${INDENT}}`)
  return lines
}

/**
 * The refusal of a guarded command: thrown as it is, or, where the command counts its refusals,
 * with its message taken from the state it met before the count moves on.
 */
function refusalLines(
  guard: Guard,
  effect: Effect | undefined,
  { names, params, inCode }: { names: Names; params: string[]; inCode: (program: Program) => string },
  always: boolean
): string[] {
  const strike = refusalEffect(effect)
  if (strike === undefined) {
    const refusal = `throw new Refusal(${inCode(guard.message)})`
    return [always ? `${INDENT}${INDENT}${refusal}` : `${INDENT}${INDENT}if (${inCode(guard.condition)}) ${refusal}`]
  }
  // A command that checks its value refuses one other than the state's, whatever else its guard says.
  const checked =
    effect?.op === 'strikes' && effect.check !== undefined ? ` || ${argument(params, effect.check)} !== (this.${names.mode} ?? '')` : ''
  const body = [`const message = ${inCode(guard.message)}`, ...effectLines(strike, names, []), 'throw new Refusal(message)']
  if (always) return body.map((line) => `${INDENT}${INDENT}${line}`)
  return [
    `${INDENT}${INDENT}if (${checked === '' ? inCode(guard.condition) : `(${inCode(guard.condition)})${checked}`}) {`,
    ...body.map((line) => `${INDENT}${INDENT}${INDENT}${line}`),
    `${INDENT}${INDENT}}`
  ]
}

/** Each scenario's World has its own instance. */
function accessorLines({ className, accessor, holder }: Rendering): string[] {
  return [
    '',
    `const instances = new WeakMap<object, ${className}>()`,
    '',
    `/** The ${className} of a scenario: each scenario's World has its own, created when first used. */`,
    `export function ${accessor}(world: object): ${className} {`,
    `${INDENT}let instance = instances.get(world)`,
    `${INDENT}if (instance === undefined) {`,
    `${INDENT}${INDENT}instance = new ${className}()`,
    `${INDENT}${INDENT}instances.set(world, instance)`,
    `${INDENT}}`,
    `${INDENT}return instance`,
    '}',
    '',
    `/** Whether a scenario's World already holds its ${className} (a step several stories share calls the class its scenario uses). */`,
    `export function ${holder}(world: object): boolean {`,
    `${INDENT}return instances.has(world)`,
    '}'
  ]
}

/** The step definitions' bodies: Given and When steps call methods, Then steps check what they read. */
function stepBodies({ story, model, names, accessor }: Rendering, callArguments: Map<number, string[]>): Map<number, string[]> {
  const bodies = new Map<number, string[]>()
  for (const step of story.steps) {
    const meaning = model.meanings[step.index]!
    // What the step definition passes: its parameters, or the values an exact-text step's text holds.
    const args = callArguments.get(step.index) ?? []
    if (step.role === 'given') bodies.set(step.index, [`${accessor}(this).${names.methods.get(step.index)}(${args.join(', ')})`])
    else if (step.role === 'when')
      bodies.set(step.index, [
        `const instance = ${accessor}(this)`,
        `instance.attempt(() => instance.${names.methods.get(step.index)}(${args.join(', ')}))`
      ])
    else if (meaning.reading) {
      const actual = readingText(meaning.reading, names, `${accessor}(this)`, args, step)
      const expected = meaning.reading.arg < 0 ? 'true' : args[meaning.reading.arg]!
      const check =
        step.params[meaning.reading.arg] === 'number'
          ? `expect(${actual}).to.be.closeTo(${expected}, 1e-9 * Math.max(1, Math.abs(${expected})))`
          : `expect(${actual}).to.equal(${expected})`
      bodies.set(step.index, [check])
    }
  }
  return bodies
}

/** Rules up to this long are shown beside their answer in a story question. */
const QUESTION_RULE_CHARS = 48

/** What the examples leave open about one step, in the class's words, with the values that would decide it. */
function guardQuestionLines(
  { story, model, names, parameterNames }: Rendering,
  entry: { step: number; question?: DistinguishingExample; from?: string }
): string[] {
  const step = story.steps[entry.step]!
  if (entry.from !== undefined) return [`${step.expression}: what it leads to from ${JSON.stringify(entry.from)}, which no example leaves`]
  const reading = step.role === 'then'
  const question = entry.question
  // No scenario parts the candidates here: what to add is said in words, never steps the feature does not have.
  if (question === undefined)
    return [
      reading
        ? `${step.expression}: what it reads rests on too few examples; a scenario ending with it in another state would decide it`
        : `${step.expression}: its refusal (when, or the message) rests on too few examples; a scenario where it is refused in another state would decide it`
    ]
  const params = parameterNames.get(step.index) ?? []
  const effect = model.meanings[entry.step]!.effect
  const inCode = (name: string) => guardText({ kind: 'input', name, type: 'number' }, names, params, step, effect)
  // The candidates' rules name the guard inputs: written in the class's words.
  const inWords = (text: string) =>
    text.replace(/\b(arg\d+|count|other|size|limit|stock|room|listed|copies|turn|mode|flag|after)\b/g, inCode)
  if (reading) {
    const decimals = step.decimals?.[model.meanings[entry.step]!.reading?.arg ?? -1]
    // A rule longer than a glance is code a product team cannot weigh: its answer is what they decide on.
    const answers = question.answers.map((answer, position) => {
      const rule = inWords(answer.rule)
      return `${rule.length <= QUESTION_RULE_CHARS ? rule : position === 0 ? 'one model' : 'another'} says ${answerText(answer.value, decimals)}`
    })
    const scenario = readingQuestionScenario(story, model, entry.step, question)
    if (scenario !== undefined) return [...scenario, `  # ${answers.join('; ')}`]
    return [`# ${unreached(`the readings of "${step.expression}"`, question, inCode)}: ${answers.join('; ')}`]
  }
  const answers = question.answers.map((answer) => `refused when ${inWords(answer.rule)}: ${answer.value}`)
  // As a scenario to paste: the feature's own steps with the values the rules disagree on.
  const scenario = guardQuestionScenario(story, model, entry.step, question)
  if (scenario !== undefined) return [...scenario, `  # ${answers.join('; ')}`]
  // No start of a scenario reaches the state: a comment, never steps the feature does not have.
  return [`# ${unreached(`the rules of "${step.expression}"`, question, inCode)}: ${answers.join('; ')}`]
}

/**
 * Where the rules differ, in the class's words (`this.dockBikes` 5, `slots` 8), and that a scenario getting there
 * would decide them. The search tries the starts of the examples' scenarios (guard-question.ts): it says what it
 * tried, not that no scenario exists.
 */
export function unreached(what: string, question: DistinguishingExample, inCode: (name: string) => string): string {
  // The values the rules read, where they name some; at most four.
  const read = Object.entries(question.inputs).filter(([name]) =>
    question.answers.some((answer) => new RegExp(`\\b${name}\\b`).test(answer.rule))
  )
  const state = (read.length > 0 ? read : Object.entries(question.inputs))
    .slice(0, 4)
    .map(([name, value]) => `${inCode(name)} is ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
    .join(', ')
  return (
    `${what} differ where ${state}: a scenario that gets there would decide them ` +
    "(none of the examples' own beginnings, with other numbers, does)"
  )
}
