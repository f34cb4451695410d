/**
 * Bookings: a slot named by some of a command's texts ("Court 1" at "09:00") held by the one
 * its other text names ("Ana books "Court 1" at "09:00""). A Then step reads who holds a slot
 * (or the word for nobody, "free"), or how many slots a holder has ("Ana holds 1 bookings"); a
 * guard reads whether the slot is taken and how many the holder has already (at most two a day).
 */
import type { Value } from '../operation'
import { FREE, HOLD, RELEASE } from './lexicon'

/** The command's first text holds the slot its other texts name. */
export type HoldEffect = { op: 'hold'; holder: number; slot: number[] }
/** The slot its texts name is free again (a cancellation). */
export type ReleaseEffect = { op: 'release'; slot: number[] }
export type BookingEffect = HoldEffect | ReleaseEffect

/**
 * Who holds the slot the step's texts name, or `free` where nobody does; with no value to read
 * (`arg` -1, "the "09:00" slot is free"), whether nobody holds it.
 */
export type HolderReading = { read: 'holderOf'; slot: number[]; arg: number; free: string }
/** How many slots the holder the step names has. */
export type HeldReading = { read: 'heldBy'; key: number; arg: number }
export type BookingReading = HolderReading | HeldReading

/** A slot's key: its texts, in order. */
export function slotKey(args: readonly Value[], slot: readonly number[]): string {
  return JSON.stringify(slot.map((index) => args[index]))
}

/** How many slots `holder` holds. */
export function heldCount(slots: ReadonlyMap<string, Value>, holder: Value | undefined): number {
  let count = 0
  for (const value of slots.values()) if (value === holder) count++
  return count
}

/** The state after a booking's effect: the slots copied, then changed. */
export function applyBooking(slots: ReadonlyMap<string, Value>, effect: BookingEffect, args: readonly Value[]): Map<string, Value> {
  const next = new Map(slots)
  if (effect.op === 'hold') next.set(slotKey(args, effect.slot), args[effect.holder]!)
  else next.delete(slotKey(args, effect.slot))
  return next
}

/** What a booking reading sees. */
export function readBooking(slots: ReadonlyMap<string, Value>, reading: BookingReading, args: readonly Value[]): Value {
  if (reading.read === 'holderOf' && reading.arg < 0) return !slots.has(slotKey(args, reading.slot))
  if (reading.read === 'holderOf') return slots.get(slotKey(args, reading.slot)) ?? reading.free
  return heldCount(slots, args[reading.key])
}

/**
 * A guard's inputs for a booking command: whether its slot is taken, and how many the holder has
 * already; for a cancellation by someone ("flat "4B" cancels the "09:00" slot"), whether the slot
 * is theirs (only the one who booked it may give it up).
 */
export function bookingInputs(slots: ReadonlyMap<string, Value>, effect: BookingEffect, args: readonly Value[]): Record<string, Value> {
  const inputs: Record<string, Value> = { taken: slots.has(slotKey(args, effect.slot)) }
  if (effect.op === 'hold') inputs.held = heldCount(slots, args[effect.holder])
  const by = cancelledBy(effect, args)
  if (by !== undefined) inputs.theirs = slots.get(slotKey(args, effect.slot)) === args[by]
  return inputs
}

/** The text of a cancellation that is no part of its slot: who cancels. */
export function cancelledBy(effect: BookingEffect, args: readonly Value[]): number | undefined {
  if (effect.op !== 'release') return undefined
  const others = args.flatMap((value, index) => (typeof value === 'string' && !effect.slot.includes(index) ? [index] : []))
  return others.length === 1 ? others[0] : undefined
}

type StepLike = { role: string; words: string; params: string[] }

/**
 * A command with two texts or more: the first holds the slot the others name, or the others'
 * slot is freed. Dearer than a list's or a table's effect: a slot is a register of its own.
 */
export function bookingEffectOptions(step: StepLike): Array<{ value: BookingEffect; bits: number }> {
  const strings = step.params.flatMap((type, index) => (type === 'string' ? [index] : []))
  if (strings.length < 2 || strings.length !== step.params.length) return []
  const holder = strings[0]!
  const slot = strings.slice(1)
  return [
    { value: { op: 'hold', holder, slot }, bits: HOLD.test(step.words) ? 3 : 6 },
    { value: { op: 'release', slot }, bits: RELEASE.test(step.words) ? 3 : 6 }
  ]
}

/** Whether a command with two texts or more says it books, reserves or takes something. */
export function speaksOfBooking(steps: readonly StepLike[]): boolean {
  return steps.some((step) => step.role === 'when' && step.params.filter((type) => type === 'string').length >= 2 && HOLD.test(step.words))
}

/**
 * A Then step that reads who holds a slot (its last text, the others the slot), with the word the
 * examples use for nobody: the one text it expects that no command ever gives; or how many a holder has.
 */
export function bookingReadingOptions(
  step: StepLike,
  expected: (arg: number) => Value[],
  given: ReadonlySet<Value>,
  slotSizes: ReadonlySet<number>,
  /** Whether a command's words book a slot ("flat "4B" books the "09:00" slot"). */
  booked = false
): Array<{ value: BookingReading; bits: number }> {
  // Only where a command could book a slot: every reading more widens the search.
  if (slotSizes.size === 0) return []
  const strings = step.params.flatMap((type, index) => (type === 'string' ? [index] : []))
  const numbers = step.params.flatMap((type, index) => (type === 'number' ? [index] : []))
  if (numbers.length === 1 && strings.length === 1) return [{ value: { read: 'heldBy', key: strings[0]!, arg: numbers[0]! }, bits: 3 }]
  if (numbers.length > 0) return []
  // A slot, with no value to read, said to be free ("the "11:00" slot is free"): whether nobody holds it.
  // Where a command's words book slots, cheaper than a record's absence the same words suggest.
  if (slotSizes.has(strings.length) && FREE.test(step.words))
    return [{ value: { read: 'holderOf', slot: strings, arg: -1, free: '' }, bits: booked ? 1.5 : 3 }]
  // A slot named as a booking command names one.
  if (!slotSizes.has(strings.length - 1)) return []
  const arg = strings[strings.length - 1]!
  const nobody = [...new Set(expected(arg))].filter((value) => !given.has(value))
  if (nobody.length > 1 || (nobody.length === 1 && typeof nobody[0] !== 'string')) return []
  // Where no example reads a free slot, a free slot reads as no holder at all.
  return [{ value: { read: 'holderOf', slot: strings.slice(0, -1), arg, free: String(nobody[0] ?? '') }, bits: 3 }]
}

/** The code of a slot's key, from the method's parameters. */
export function slotKeyText(params: readonly string[], slot: readonly number[]): string {
  return `JSON.stringify([${slot.map((index) => params[index]).join(', ')}])`
}

/** The code of how many slots a holder has. */
export function heldCountText(slots: string, holder: string): string {
  return `[...${slots}.values()].filter((holder) => holder === ${holder}).length`
}

/** The code of whether a cancelled slot is held by the one who cancels it. */
export function theirsText(effect: { op: string; slot?: number[] } | undefined, slots: string, params: readonly string[]): string {
  if (effect?.op !== 'release' || effect.slot === undefined) return 'false'
  const slot = effect.slot
  const by = params.findIndex((_, index) => !slot.includes(index))
  return by < 0 ? 'false' : `(${slots}.get(${slotKeyText(params, slot)}) === ${params[by]})`
}
