/**
 * Records kept by a key: a text under each key ("the book "978-0441013593" titled "Dune""), put
 * there by a Given or a command (added, or changed where the key is kept already) and removed by
 * another. Then steps read the key's text ("the book "978-0441013593" is titled "Dune""), whether
 * a key is kept ("the catalogue has no book "978-0441013593""), or how many are. A guard reads
 * whether the command's key is kept: an update of a key that is not there, or an addition of one
 * that is, is refused.
 */
import type { Value } from '../operation'
import { apply, input, type Program } from '../synthesis'
import { ABSENT, RECORD_REMOVE, SWAP_WORDS } from './lexicon'

/**
 * The text `value` under the key `key` (both parameters of the step); the key's record removed;
 * or the records of two keys swapped ("Monday and Wednesday are swapped": a key with none gets none).
 */
export type RecordEffect =
  { op: 'recordSet'; key: number; value: number } | { op: 'recordDelete'; key: number } | { op: 'recordSwap'; key: number; other: number }

/** The key's text; whether the key is kept (`negate`: whether it is not); how many keys are. */
export type RecordReading =
  | { read: 'recordAt'; key: number; arg: number }
  | { read: 'recordHas'; key: number; arg: number; negate: boolean }
  | { read: 'recordCount'; arg: number }

export const RECORD_READINGS: ReadonlySet<string> = new Set(['recordAt', 'recordHas', 'recordCount'])

export function isRecordReading(reading: { read: string }): reading is RecordReading {
  return RECORD_READINGS.has(reading.read)
}

export function isRecordEffect(effect: { op: string } | undefined): effect is RecordEffect {
  return effect?.op === 'recordSet' || effect?.op === 'recordDelete' || effect?.op === 'recordSwap'
}

/** The records after the effect: copied, then changed. */
export function applyRecord(records: ReadonlyMap<string, Value>, effect: RecordEffect, args: readonly Value[]): Map<string, Value> {
  const next = new Map(records)
  if (effect.op === 'recordSet') next.set(String(args[effect.key]), args[effect.value]!)
  else if (effect.op === 'recordDelete') next.delete(String(args[effect.key]))
  else {
    const [key, other] = [String(args[effect.key]), String(args[effect.other])]
    const [first, second] = [records.get(key), records.get(other)]
    putOrDelete(next, key, second)
    putOrDelete(next, other, first)
  }
  return next
}

function putOrDelete(records: Map<string, Value>, key: string, value: Value | undefined): void {
  if (value === undefined) records.delete(key)
  else records.set(key, value)
}

/** What a reading of the records sees (a key not kept has no text). */
export function readRecord(records: ReadonlyMap<string, Value>, reading: RecordReading, args: readonly Value[]): Value | undefined {
  if (reading.read === 'recordCount') return records.size
  const key = String(args[reading.key])
  if (reading.read === 'recordAt') return records.get(key)
  return reading.negate ? !records.has(key) : records.has(key)
}

/** A guard's input for a command on a record: whether its key is kept already. */
export function recordInputs(
  records: ReadonlyMap<string, Value>,
  effect: RecordEffect,
  args: readonly Value[]
): { recorded: boolean; mine?: boolean; kept?: string } {
  const recorded = records.has(String(args[effect.key]))
  // The text kept under the key already, which a refused addition may quote ("Friday already has curry").
  if (effect.op === 'recordSet') return { recorded, kept: String(records.get(String(args[effect.key])) ?? '') }
  // Whether the key is kept with the command's other text ("only the member who booked a slot can cancel it").
  const other = otherText(effect, args)
  return other === undefined ? { recorded } : { recorded, mine: recorded && records.get(String(args[effect.key])) === args[other] }
}

/** The command's other text beside its key (the member who cancels the slot), where it removes a record. */
export function otherText(effect: RecordEffect, args: readonly unknown[]): number | undefined {
  if (effect.op !== 'recordDelete') return undefined
  const index = args.findIndex((arg, position) => position !== effect.key && typeof arg === 'string')
  return index < 0 ? undefined : index
}

type StepLike = { role: string; words: string; params: readonly string[] }

const texts = (step: StepLike): number[] => step.params.flatMap((type, index) => (type === 'string' ? [index] : []))

/** Whether every text a Then step expects in its parameter `arg` is one a Given or a command gives. */
export type GivesText<S> = (step: S, arg: number) => boolean

/**
 * Whether the feature keeps records: a Given or a command gives two texts or more (a key and its
 * text), and a Then step reads two texts the Given and When steps give, a key and its text (a kept
 * key and text are ones they gave). Only then are records tried.
 */
export function keepsRecords<S extends StepLike>(steps: readonly S[], given: GivesText<S>): boolean {
  return (
    steps.some((step) => step.role !== 'then' && texts(step).length >= 2) &&
    steps.some((step) => step.role === 'then' && texts(step).filter((arg) => given(step, arg)).length >= 2)
  )
}

/**
 * A step's record effects, with their prior cost: any two of its texts, a key and its text (the
 * key first is likelier), and, for a command, one text's record removed.
 */
export function recordEffectOptions(step: StepLike): Array<{ value: RecordEffect; bits: number }> {
  const strings = texts(step)
  const options: Array<{ value: RecordEffect; bits: number }> = []
  for (const key of strings)
    for (const value of strings)
      if (key !== value)
        options.push({ value: { op: 'recordSet', key, value }, bits: (step.role === 'given' ? 2.5 : 3) + (key < value ? 0 : 2) })
  if (step.role === 'when')
    for (const key of strings) options.push({ value: { op: 'recordDelete', key }, bits: RECORD_REMOVE.test(step.words) ? 1 : 4 })
  // Two keys whose records trade places: only a command whose words say so.
  if (step.role === 'when' && strings.length === 2 && SWAP_WORDS.test(step.words))
    options.push({ value: { op: 'recordSwap', key: strings[0]!, other: strings[1]! }, bits: 2 })
  return options
}

/**
 * A Then step's record readings, with their prior cost: a key's text (two texts, the key first is
 * likelier), whether the one key it names is kept (its words say which way round), how many are.
 */
export function recordReadingOptions<S extends StepLike>(step: S, given: GivesText<S>): Array<{ value: RecordReading; bits: number }> {
  const strings = texts(step)
  const options: Array<{ value: RecordReading; bits: number }> = []
  if (strings.length === step.params.length && strings.length >= 2)
    for (const key of strings)
      for (const arg of strings)
        if (key !== arg && given(step, key) && given(step, arg))
          options.push({ value: { read: 'recordAt', key, arg }, bits: key < arg ? 2 : 4 })
  if (strings.length === 1 && step.params.length === 1) {
    const absent = ABSENT.test(step.words)
    for (const negate of [false, true])
      options.push({ value: { read: 'recordHas', key: strings[0]!, arg: -1, negate }, bits: negate === absent ? 2 : 4 })
  }
  if (step.params.length === 1 && step.params[0] === 'number') options.push({ value: { read: 'recordCount', arg: 0 }, bits: 3.5 })
  return options
}

const RECORDED = input('recorded', 'boolean')

/** The refusals a record's command implies: an update of a key not kept, an addition of one kept already; a removal of one not kept. */
export function recordGuards(effect: { op: string } | undefined): Program[] {
  if (effect?.op === 'recordDelete') return [apply('not', RECORDED)]
  return effect?.op === 'recordSet' ? [apply('not', RECORDED), RECORDED] : []
}

/** The code of a record effect on the field `records`, in a method whose parameters are `params`. */
export function recordEffectText(records: string, effect: RecordEffect, params: readonly string[]): string[] {
  if (effect.op === 'recordSet') return [`${records}.set(${params[effect.key]}, ${params[effect.value]})`]
  if (effect.op === 'recordDelete') return [`${records}.delete(${params[effect.key]})`]
  const [key, other] = [params[effect.key]!, params[effect.other]!]
  const put = (to: string, value: string) => `if (${value} === undefined) ${records}.delete(${to})\nelse ${records}.set(${to}, ${value})`
  return [
    `const [first, second] = [${records}.get(${key}), ${records}.get(${other})]`,
    ...put(key, 'second').split('\n'),
    ...put(other, 'first').split('\n')
  ]
}

/** The code of the text kept under a command's key, or nothing. */
export function keptText(records: string, effect: RecordEffect | undefined, params: readonly string[]): string {
  return effect?.op === 'recordSet' ? `String(${records}.get(${params[effect.key]}) ?? '')` : "''"
}

/** The code of a record reading on the field `records`, with the step's arguments `args`. */
export function recordReadingText(records: string, reading: RecordReading, args: readonly string[]): string {
  if (reading.read === 'recordCount') return `${records}.size`
  if (reading.read === 'recordAt') return `${records}.get(${args[reading.key]})`
  return `${reading.negate ? '!' : ''}${records}.has(${args[reading.key]})`
}

/**
 * The records' name, from a Then step that reads them: the word before the key, as a plural ("the
 * book {string} is titled {string}" → books); undefined where that is no plain word.
 */
export function recordsName(expression: string, key: number): string | undefined {
  const before = expression.split(/\{[^}]*\}/)[key] ?? ''
  const word = /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase()
  if (word === undefined || word.length < 3 || /^(the|and|for|with|has|have|is|are|was|of)$/.test(word)) return undefined
  return word.endsWith('s') ? word : `${word}s`
}
