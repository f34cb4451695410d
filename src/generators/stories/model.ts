/**
 * The state model of a stateful specification, and its one interpreter.
 *
 * A story is the scenarios of a feature read as sequences of events: Given steps build the
 * state, When steps are commands, Then steps observe the state or the outcome of the last
 * command. A model gives every step a meaning over a small, typed register file — a quantity
 * and a second one, a limit, a list (used as a queue, a stack or a set), a table from a key to
 * a number, and a mode (a finite state) — and every command a guard that refuses it with a
 * message. The same interpreter runs the examples, the probe sequences and the benchmark.
 */
import type { Value, ValueType } from '../operation'
import { evaluateProgram, type Program } from '../synthesis'
import { moveBetween, splitList } from './collections'
import { type StateTest, testHolds } from './conditional'
import { isPlacesReading, type PlacesReading, readPlaces } from './places'
import { type RateAdd, rateAddAfter } from './rates'
import { listedArgument } from './implied'
import { type PlaceEffect, filledPlaces, lowestFreePlace } from './numbered-places'
import { type BookingEffect, type BookingReading, applyBooking, bookingInputs, readBooking } from './bookings'
import { type KindAdd, type PayOut, applyKindEffect, kindAmount, kindAmountAfter } from './kind-amounts'
import { type LeaderReading, readLeader } from './leaders'
import { type LineAdd, type LineReading, addLine, readLines, totalAfterLine } from './priced-lines'
import { type EndOrWord, readEndOrWord } from './end-or-word'
import { type Recall, type WrapStep, wrapStepAfter } from './dial'
import { type Tally, tallyEntry } from './tally'
import { type DayStreak, dayStreakAfter } from './streaks'
import { type ItemAtReading, type ItemMove, movedItems, readItemAt } from './list-moves'
import { type RecordEffect, type RecordReading, applyRecord, isRecordEffect, isRecordReading, readRecord, recordInputs } from './records'

export type Role = 'given' | 'when' | 'then'

/** A sum of amounts as the decimal it stands for (0.30 - 0.10 is 0.2, not 0.19999999999999998), as generated code's asDecimal gives it. */
const decimalSum = (total: number, amount: number): number =>
  Number.isInteger(amount) ? total + amount : Number((total + amount).toPrecision(14))

/** The words of a Then step that reports a refusal and its message ("is refused with", "the barrier stays shut with"). */
export const REFUSAL_WORDS =
  /\b(refused|refuses|rejected|rejects|denied|declined|not allowed|error|fails|failed|hears|reports|says|warns|warning|told|blocked|message|turned away|(stays|stay|remains) (shut|closed|locked))\b/

export interface StoryStep {
  index: number
  role: Role
  /** The step's Cucumber Expression, as generated for it. */
  expression: string
  /** Its fixed words, lower case, for the lexicon and for names. */
  words: string
  params: ValueType[]
  /** Per parameter, the most decimals an example wrote ("0.50" → 2): a question writes its values the same way. */
  decimals?: number[]
  /** Whether this Then step reports a refusal, where the scenarios decided it (observed-refusals.ts); else its words do. */
  refusal?: boolean
  /** Parameters written as quoted percentages ("40%"), read as the numbers they state (percentages.ts). */
  percent?: number[]
}

export interface StoryEvent {
  step: number
  args: Value[]
  /** `feature:line` of the step. */
  source: string
  /** A command the scenario shows refused though no Then step says so (unreported-refusals.ts). */
  unreportedRefusal?: true
}

export interface StoryScenario {
  name: string
  source: string
  events: StoryEvent[]
}

export interface Story {
  /** The feature's name and description, for the lexicon and the class name. */
  name: string
  description: string
  steps: StoryStep[]
  scenarios: StoryScenario[]
}

export type NumberRegister = 'count' | 'other'
export type Register = NumberRegister | 'limit' | 'items' | 'moved' | 'table' | 'slots' | 'records' | 'mode' | 'flag' | 'history'

/** What a Given or When step does to the state. `arg` and `key` index the step's parameters. */
export type Effect =
  | { op: 'none' }
  | { op: 'set'; reg: NumberRegister | 'limit'; arg: number }
  | { op: 'reset'; reg: NumberRegister | 'limit'; value: number }
  | { op: 'add'; reg: NumberRegister; arg: number; sign: 1 | -1 }
  /**
   * By one, or by an amount the description names ("a free coffee uses 8 stamps"); with `low`,
   * never below it (a car park full at 0 free spaces turns the next car away).
   */
  /** With `high` too, kept within bounds the feature names ("the volume goes from 0 to 10"). */
  | { op: 'step'; reg: NumberRegister; sign: 1 | -1; by?: number; low?: number; high?: number }
  | { op: 'clampAdd'; reg: NumberRegister; arg: number; sign: 1 | -1; low: number; high: number }
  /** The best so far (`other`) raised to the quantity (`count`) where it is past it: after a run counted up, its best. */
  | { op: 'keepBest' }
  /** At a rate the feature states ("30 minutes per euro"), or time passing down to nothing. */
  | RateAdd
  /** Round a dial of `limit` positions, and back to the value before the last change (a TV remote). */
  | WrapStep
  | Recall
  /** Numbered places: filled from 1, the lowest free one taken. */
  | PlaceEffect
  /** A slot held by the one a command names, or freed. */
  | BookingEffect
  /** An amount per kind learnt from the totals ("a can" adds 0.15), and a quantity handed out and started again (a voucher). */
  | KindAdd
  | PayOut
  /** A quantity of an item at the price the command states (a cart's line). */
  | LineAdd
  /** A text kept under a key, or the key's record removed (a catalogue's books by their ISBN). */
  | RecordEffect
  | { op: 'travel'; arg: number }
  | { op: 'push'; arg: number }
  | { op: 'pushUnique'; arg: number }
  /** Every name a Given lists, in its order ("a score sheet for Ana, Ben and Cy"): who takes part. */
  | { op: 'pushAll'; args: number[] }
  /** A text as its characters, one item each: typing "abc" and then a backspace leaves "ab". */
  | { op: 'pushEach'; arg: number }
  /**
   * Onto the front; with `unique`, from wherever it stood (a file opened again goes back to the
   * top); with `keep`, the list then cut to that many, the oldest dropped (the last five files).
   */
  | { op: 'unshift'; arg: number; unique?: true; keep?: number }
  /** The next number onto the list; with `wrapAfter`, the number after it is 1 again (tickets go round after 99). */
  | { op: 'pushCount'; wrapAfter?: number }
  /** With `onward`, the one served goes onto the second list (a caller an agent picks up is talking to one). */
  | { op: 'shift'; onward?: true }
  /** The one at the front goes to the back: turns go round (Ana moves, and it is Ben's turn, then Ana's again). */
  | { op: 'rotate' }
  | { op: 'pop' }
  | { op: 'remove'; arg: number }
  /** The item leaves the list for a second one ("I mark "Dune" as watched": off the watchlist, onto the watched list). */
  | { op: 'moveItem'; arg: number }
  /** An item moved one place along the list, or two trading places (list-moves.ts). */
  | ItemMove
  /**
   * Onto the queue, ahead of every item that did not go ahead where the text `rank` is `value`
   * ("urgent" cases before every "routine" one, behind the urgent ones that came earlier).
   */
  /** Onto the queue behind those ahead: where the rank text is the value, or always where the command says so (rank unset). */
  | { op: 'pushAhead'; arg: number; rank?: number; value?: string }
  | { op: 'clear' }
  /** The list given whole in one text ("the packing list "tent, stove, map""), its items between separators. */
  | { op: 'listSet'; arg: number; separator: string; numbers?: true }
  | { op: 'tableSet'; key: number; value: number }
  /** Several entries from one Given's own words ("40 red bricks, 25 blue bricks"): each key with the value before it. */
  | { op: 'tableSetWords'; entries: Array<[string, number]> }
  /** With `low`, never below it ("a score never goes below 0": a penalty larger than the score leaves 0). */
  | { op: 'tableAdd'; key: number; value: number; sign: 1 | -1; low?: number }
  /** By one, or by an amount the feature names ("a hot lunch costs 2.45": a child's balance down by it). */
  /** With `high`, never above it: a booking beyond the limit the feature names leaves the entry where it was. */
  | { op: 'tableStep'; key: number; sign: 1 | -1; by?: number; high?: number }
  /** A person's count up by one, and the item remembered under their name ("Lily logs "Holes""). */
  | Tally
  /** A streak of days: one up for the day after the last, 1 again after a gap, the best kept (`other`). */
  | DayStreak
  /** The key's entry goes (a booking cancelled gives its seats back to what is left). */
  | { op: 'tableDelete'; key: number }
  /** Every key's entry goes at once ("a new week starts": everyone's allowance is whole again). */
  | { op: 'tableClear' }
  /** An amount moved from one key's entry to another's ("Mia lends Leo 1.50"). */
  | { op: 'tableMove'; from: number; to: number; value: number }
  | { op: 'mode'; value: string }
  | { op: 'modeArg'; arg: number }
  /** `stated`: the table is the order the feature's words name the states in, not one learnt from the scenarios. */
  /**
   * The mode after this one, by a table; a mode in `split` goes on by the mode it was entered from
   * as well (a door "stopped" on its way up or down), its entries keyed `transitionKey`'s way.
   */
  | { op: 'modeNext'; next: Array<[string, string]>; stated?: boolean; split?: string[] }
  /** Back to the mode before the current one (a cool shot let go: the heat it interrupted). */
  | { op: 'modeBack' }
  /** A yes/no state beside the mode (muted, running, locked): set or cleared by a command. */
  | { op: 'flag'; value: boolean }
  /** The yes/no state turned the other way (a light button: on if off, off if on). */
  | { op: 'toggleFlag' }
  /**
   * The state before the last command that changed it ("undo"), or the one an undo left
   * ("redo"): every accepted command keeps the state it started from, and a new one forgets
   * what was undone.
   */
  | { op: 'undo' }
  | { op: 'redo' }
  /**
   * One command, two registers: the mode or the yes/no state it sets, and the quantity it
   * changes (a coin unlocks the turnstile and goes into the cash box).
   */
  | { op: 'both'; first: Effect; second: Effect }
  /**
   * A command whose refusals are counted ("three wrong codes in a row lock the keypad"): each
   * refusal counts one more on `reg`; accepted, it does `accepted` and starts the count again.
   */
  /**
   * With `check`, the command also refuses, by itself, a value other than the one the state
   * holds (a wrong code), whether or not a Then step reports that refusal.
   */
  | { op: 'strikes'; reg: NumberRegister; accepted: Effect; check?: number }
  /** What one command costs: the last thing produced, and added to the running total (`other`). */
  | { op: 'charge'; amount: number }
  /** One effect or another by a test of the state it meets ("every fifth wash is free"). */
  | { op: 'when'; test: StateTest; then: Effect; otherwise: Effect }

/** What a Then step reads; compared with its parameter `arg` (or true, when it has none). */
export type Reading =
  | {
      read:
        | 'count'
        | 'other'
        | 'length'
        | 'sum'
        | 'max'
        | 'produced'
        | 'first'
        | 'last'
        | 'mode'
        | 'refusal'
        | 'tableSum'
        | 'tableArgmax'
        /** What the quantity leaves once the table's entries are taken from it: seats free, with bookings by name. */
        | 'tableLeft'
        /** What the limit leaves once the quantity is taken from it: free docks at a station of 10 docks with 4 bikes. */
        | 'room'
      arg: number
    }
  /** What a bound the words name leaves once a quantity is taken from it ("50.00 a week": 29.51 can still be spent). */
  | { read: 'under'; reg: 'count' | 'other'; bound: number; arg: number }
  /** The item at a place of the list counted from 1 (list-moves.ts). */
  | ItemAtReading
  | { read: 'tableAt'; key: number; arg: number }
  /** What the limit leaves once the key's entry is taken from it: a student's pages left of the week's allowance. */
  | { read: 'tableRoom'; key: number; arg: number }
  | { read: 'contains'; key: number; arg: number; negate?: boolean }
  | { read: 'accepted'; arg: number; negate: boolean }
  | { read: 'flag'; arg: number; negate: boolean }
  /** The list as one text, its items joined by a separator ("Dear Sam," from "Dear" and "Sam,"). */
  | { read: 'joined'; arg: number; separator: string }
  /** The second list (the items moved there) as one text ("I have watched "Rocky, Jaws""). */
  | { read: 'movedJoined'; arg: number; separator: string }
  /** Whether the list is empty ("the document is blank"), for a Then step with no value. */
  | { read: 'empty'; arg: number; negate: boolean }
  /** Anything else the state says (a sign, whether a speaker is silent): a rule learnt over it. */
  | { read: 'derived'; arg: number; rule?: Program }
  /** Places and a waiting list: the first `limit` items hold a place, the rest wait. */
  | PlacesReading
  /** Who holds a slot, or how many a holder has. */
  | BookingReading
  /** Who stands alone on top of the table, or the word for a shared top. */
  | LeaderReading
  /** What a cart's lines come to, and how many lines (entries of the table) there are. */
  | LineReading
  /** An end of the list, or a word for none when it is empty ("nothing to do"). */
  | EndOrWord
  /** A key's text, whether a key is kept, how many are. */
  | RecordReading

/** A refusal: when the condition holds before the command, the state stays and the message is the outcome. */
export interface Guard {
  /** Over the guard inputs (see `guardInputs`): a synthesised rule. */
  condition: Program
  message: Program
}

export interface Meaning {
  effect?: Effect
  guard?: Guard
  reading?: Reading
}

export interface StateModel {
  meanings: Meaning[]
}

export interface State {
  count: number
  /** What the quantity held before the last accepted command that changed it (a remote's "back"). */
  previous: number | undefined
  other: number
  limit: number | undefined
  items: Value[]
  /** The items moved off the list, in the order they left it. */
  moved: Value[]
  /** How many items at the list's front went ahead of the others (a priority queue's urgent part). */
  ahead: number
  table: Map<string, number>
  /** The price of each item of the table, where a command states one (a cart's line). */
  prices: Map<string, number>
  /** Slots (a court at an hour) and who holds each. */
  slots: Map<string, Value>
  /** Texts kept by a key (records.ts). */
  records: Map<string, Value>
  mode: string | undefined
  /** The mode before the current one: where a split mode was entered from. */
  cameFrom: string | undefined
  flag: boolean
  produced: Value | undefined
  refusal: string | undefined
  refused: boolean
  /** The states before the accepted commands so far (undo), and those undone since (redo). */
  past: History | undefined
  future: History | undefined
}

/** A stack of whole states, shared between the states that grew it (pushing copies nothing). */
export interface History {
  state: State
  rest: History | undefined
  depth: number
}

const pushed = (state: State, rest: History | undefined): History => ({ state, rest, depth: (rest?.depth ?? 0) + 1 })

export function initialState(): State {
  return {
    count: 0,
    previous: undefined,
    other: 0,
    limit: undefined,
    items: [],
    moved: [],
    ahead: 0,
    table: new Map(),
    prices: new Map(),
    slots: new Map(),
    records: new Map(),
    mode: undefined,
    cameFrom: undefined,
    flag: false,
    produced: undefined,
    refusal: undefined,
    refused: false,
    past: undefined,
    future: undefined
  }
}

/**
 * A Given or an accepted When step's effect, with the history undo and redo read: a command
 * keeps the state it started from and forgets what was undone; Given steps only set up.
 */
export function applyStep(state: State, effect: Effect, args: readonly Value[], role: Role): State | undefined {
  if (effect.op === 'undo') {
    if (state.past === undefined) return undefined
    return { ...state.past.state, refusal: state.refusal, refused: state.refused, future: pushed(state, state.future) }
  }
  if (effect.op === 'redo') {
    if (state.future === undefined) return undefined
    return { ...state.future.state, refusal: state.refusal, refused: state.refused, future: state.future.rest }
  }
  const next = applyEffect(state, effect, args)
  if (next !== undefined && next.mode !== state.mode) next.cameFrom = state.mode
  if (next === undefined || role !== 'when') return next
  // A command that changes the quantity keeps what it held before; going back swaps the two itself.
  if (effect.op !== 'recall' && next.count !== state.count) next.previous = state.count
  next.past = pushed(state, state.past)
  next.future = undefined
  return next
}

/**
 * The next state shares the list and the table with the previous one until an effect changes
 * them (copy on write): most effects change a number, and copying a table per event was most of
 * a story search's time.
 */
function withOwnItems(state: State): State {
  state.items = [...state.items]
  return state
}

function withOwnTable(state: State): State {
  state.table = new Map(state.table)
  return state
}

const tableSum = (state: State): number => [...state.table.values()].reduce((sum, value) => sum + value, 0)
const asNumber = (value: Value | undefined): number => (typeof value === 'number' ? value : Number.NaN)
const asKey = (value: Value | undefined): string => String(value)

/** Applies an effect; undefined when it cannot apply (a shift from an empty queue with no guard). */
export function applyEffect(state: State, effect: Effect, args: readonly Value[]): State | undefined {
  if (effect.op === 'both') {
    const first = applyEffect(state, effect.first, args)
    return first === undefined ? undefined : applyEffect(first, effect.second, args)
  }
  if (effect.op === 'when') return applyEffect(state, testHolds(effect.test, state) ? effect.then : effect.otherwise, args)
  if (effect.op === 'strikes') {
    const accepted = applyEffect(state, effect.accepted, args)
    return accepted === undefined ? undefined : { ...accepted, [effect.reg]: 0 }
  }
  const next: State = { ...state }
  if (effect.op === 'kindAdd' || effect.op === 'payOut') return applyKindEffect(next, effect, args)
  if (effect.op === 'dayStreak') {
    const after = dayStreakAfter(next.count, next.other, next.mode, String(args[effect.arg]))
    return { ...next, count: after.streak, other: after.best, mode: after.last }
  }
  if (effect.op === 'wrapStep') {
    const after = wrapStepAfter(effect, state.count, state.limit)
    return after === undefined ? undefined : { ...next, count: after }
  }
  if (effect.op === 'recall') return state.previous === undefined ? undefined : { ...next, count: state.previous, previous: state.count }
  if (effect.op === 'shiftItem' || effect.op === 'swapItems') return { ...next, items: movedItems(next.items, effect, args) ?? next.items }
  const numbers = applyNumberEffect(next, effect, args)
  if (numbers !== null) return numbers
  const list = applyListEffect(next, effect, args)
  return list !== null ? list : applyKeyedEffect(next, effect, args)
}

/** A change to the quantities; null when the effect is not one. */
function applyNumberEffect(next: State, effect: Effect, args: readonly Value[]): State | null {
  switch (effect.op) {
    case 'none':
      return next
    case 'set':
      next[effect.reg] = asNumber(args[effect.arg])
      return next
    case 'reset':
      next[effect.reg] = effect.value
      return next
    case 'keepBest':
      next.other = Math.max(next.other, next.count)
      return next
    case 'add':
      next[effect.reg] = decimalSum(next[effect.reg], effect.sign * asNumber(args[effect.arg]))
      return next
    case 'step':
      next[effect.reg] = Math.min(
        effect.high ?? Infinity,
        // A fraction (0.5 degrees) adds up as the decimal it is, as the rendered class's does.
        Math.max(effect.low ?? -Infinity, decimalSum(next[effect.reg], effect.sign * (effect.by ?? 1)))
      )
      return next
    case 'clampAdd':
      next[effect.reg] = Math.min(effect.high, Math.max(effect.low, next[effect.reg] + effect.sign * asNumber(args[effect.arg])))
      return next
    case 'rateAdd':
      next[effect.reg] = rateAddAfter(effect, next[effect.reg], asNumber(args[effect.arg]))
      return next
    case 'travel':
      next.other += Math.abs(asNumber(args[effect.arg]) - next.count)
      next.count = asNumber(args[effect.arg])
      return next
    case 'charge':
      next.produced = effect.amount
      next.other += effect.amount
      return next
    default:
      return null
  }
}

/** The front or the top taken off the list (and, served onward, put on the second list); undefined when the list is empty. */
function takeAnEnd(next: State, effect: Extract<Effect, { op: 'shift' | 'pop' }>): State | undefined {
  if (next.items.length === 0) return undefined
  withOwnItems(next)
  next.produced = effect.op === 'shift' ? next.items.shift() : next.items.pop()
  if (effect.op === 'shift' && effect.onward) next.moved = [...next.moved, next.produced!]
  // The front that went ahead is one shorter when it is what left.
  next.ahead = Math.min(next.items.length, effect.op === 'shift' ? Math.max(0, next.ahead - 1) : next.ahead)
  return next
}

/** The list with an item put on the front: from wherever it stood where it is one of a kind, cut to the items it keeps. */
function unshifted(items: readonly Value[], effect: Extract<Effect, { op: 'unshift' }>, item: Value): Value[] {
  const rest = effect.unique ? items.filter((other) => other !== item) : items
  return [item, ...rest].slice(0, effect.keep ?? Infinity)
}

/** A change to the list; undefined when it cannot apply, null when the effect is not one. */
function applyListEffect(next: State, effect: Effect, args: readonly Value[]): State | undefined | null {
  switch (effect.op) {
    case 'push':
    case 'pushAll':
      withOwnItems(next).items.push(...(effect.op === 'push' ? [effect.arg] : effect.args).map((arg) => args[arg]!))
      return next
    case 'pushUnique':
      withOwnItems(next)
      if (!next.items.includes(args[effect.arg]!)) next.items.push(args[effect.arg]!)
      return next
    case 'pushEach':
      withOwnItems(next).items.push(...String(args[effect.arg]))
      return next
    case 'unshift':
      next.items = unshifted(next.items, effect, args[effect.arg]!)
      return next
    case 'pushCount':
      withOwnItems(next).items.push(next.count)
      next.count = effect.wrapAfter !== undefined && next.count >= effect.wrapAfter ? 1 : next.count + 1
      return next
    case 'shift':
    case 'pop':
      return takeAnEnd(next, effect)
    case 'rotate':
      withOwnItems(next)
      if (next.items.length > 0) next.items.push(next.items.shift()!)
      return next
    case 'remove':
    case 'moveItem': {
      withOwnItems(next)
      const index = next.items.indexOf(args[effect.arg]!)
      if (index >= 0) next.items.splice(index, 1)
      if (index >= 0 && index < next.ahead) next.ahead -= 1
      if (effect.op === 'moveItem' && index >= 0) next.moved = [...next.moved, args[effect.arg]!]
      return next
    }
    case 'pushAhead':
      withOwnItems(next)
      if (effect.rank === undefined || args[effect.rank] === effect.value) next.items.splice(next.ahead++, 0, args[effect.arg]!)
      else next.items.push(args[effect.arg]!)
      return next
    case 'clear':
      next.items = []
      next.ahead = 0
      return next
    case 'listSet':
      next.items = splitList(args[effect.arg], effect.separator, effect.numbers === true)
      next.ahead = 0
      return next
    case 'fillPlaces':
      next.items = filledPlaces(asNumber(args[effect.arg]))
      return next
    case 'takeLowestPlace':
      next.produced = lowestFreePlace(next.items)
      withOwnItems(next).items.push(next.produced)
      return next
    default:
      return null
  }
}

/** A change to the table, the mode or the yes/no state; undefined when it cannot apply. */
function applyKeyedEffect(next: State, effect: Effect, args: readonly Value[]): State | undefined {
  switch (effect.op) {
    case 'tableSet':
      withOwnTable(next).table.set(asKey(args[effect.key]), asNumber(args[effect.value]))
      return next
    case 'tableSetWords':
      for (const [key, value] of effect.entries) withOwnTable(next).table.set(key, asNumber(args[value]))
      return next
    case 'tableAdd':
    case 'tableStep': {
      const key = asKey(args[effect.key])
      const amount = effect.op === 'tableAdd' ? asNumber(args[effect.value]) : (effect.by ?? 1)
      const low = effect.op === 'tableAdd' ? (effect.low ?? -Infinity) : -Infinity
      const high = effect.op === 'tableStep' ? (effect.high ?? Infinity) : Infinity
      const before = next.table.get(key) ?? 0
      // A named amount (2.45) adds up as the decimal it is, as the rendered class's asDecimal does.
      const sum = effect.op === 'tableStep' ? decimalSum(before, effect.sign * amount) : before + effect.sign * amount
      withOwnTable(next).table.set(key, Math.min(high, Math.max(low, sum)))
      return next
    }
    case 'tableDelete':
      withOwnTable(next).table.delete(asKey(args[effect.key]))
      return next
    case 'tableClear':
      next.table = new Map()
      return next
    case 'tally': {
      const key = asKey(args[effect.key])
      withOwnTable(next).table.set(key, (next.table.get(key) ?? 0) + 1)
      withOwnItems(next).items.push(tallyEntry(args, effect))
      return next
    }
    case 'lineAdd':
      Object.assign(next, addLine(next.table, next.prices, effect, args))
      return next
    case 'tableMove':
      moveBetween(withOwnTable(next).table, asKey(args[effect.from]), asKey(args[effect.to]), asNumber(args[effect.value]))
      return next
    case 'hold':
    case 'release':
      next.slots = applyBooking(next.slots, effect, args)
      return next
    case 'recordSet':
    case 'recordDelete':
    case 'recordSwap':
      next.records = applyRecord(next.records, effect, args)
      return next
    case 'mode':
    case 'modeArg':
    case 'modeBack':
    case 'modeNext':
      next.mode = modeAfter(next, effect, args)
      return next
    case 'flag':
    case 'toggleFlag':
      next.flag = effect.op === 'flag' ? effect.value : !next.flag
      return next
    default:
      return undefined
  }
}

/** The mode a mode effect leads to. */
function modeAfter(
  state: State,
  effect: Extract<Effect, { op: 'mode' | 'modeArg' | 'modeBack' | 'modeNext' }>,
  args: readonly Value[]
): string | undefined {
  if (effect.op === 'mode') return effect.value
  if (effect.op === 'modeArg') return asKey(args[effect.arg])
  if (effect.op === 'modeBack') return state.cameFrom ?? state.mode
  // A mode the table does not know stays, as the generated class does (`NEXT.get(mode) ?? mode`):
  // a probe beyond what the scenarios showed then gets an answer the other models can dispute.
  const key = transitionKey(state, effect.split)
  return effect.next.find(([from]) => from === key)?.[1] ?? state.mode
}

/** The entry of a "next mode" table a state looks up: its mode, and for a split mode where it was entered from. */
export function transitionKey(state: Pick<State, 'mode' | 'cameFrom'>, split: readonly string[] | undefined): string | undefined {
  return state.mode !== undefined && split?.includes(state.mode) === true ? `${state.mode} after ${state.cameFrom ?? ''}` : state.mode
}

/** The mode an entry of a "next mode" table is for ("stopped after opening" → "stopped"). */
export function modeOfKey(key: string, split: readonly string[] | undefined): string {
  const mode = split?.find((candidate) => key.startsWith(`${candidate} after `))
  return mode ?? key
}

/** What a refused command still changes: the count of refusals of a command that keeps one; undefined for every other. */
export function refusalEffect(effect: Effect | undefined): Effect | undefined {
  return effect?.op === 'strikes' ? { op: 'step', reg: effect.reg, sign: 1 } : undefined
}

/** Whether a command refuses by itself: it checks its value against the one the state holds ("the code "1234" is entered"), or takes from an empty list. */
export function refusesItself(state: State, effect: Effect | undefined, args: readonly Value[]): boolean {
  // Nothing to take: the next of an empty queue is no one, whether a Then step says so or not.
  if ((effect?.op === 'shift' || effect?.op === 'pop') && state.items.length === 0) return true
  return effect?.op === 'strikes' && effect.check !== undefined && asKey(args[effect.check]) !== (state.mode ?? '')
}

/**
 * Whether adding to a list that keeps one of each would leave it as it was ("milk" is on it
 * already), or a quantity kept within bounds is at the one it moves towards (a fourth booking
 * of at most 3): no Then step reporting it refused, it may have been refused all the same. Other
 * commands that change nothing (a mode set to what it is) are still evidence of being accepted.
 */
export function changesNothing(state: State, effect: Effect | undefined, args: readonly Value[]): boolean {
  switch (effect?.op) {
    case 'pushUnique':
      return state.items.includes(args[effect.arg]!)
    // A quantity kept within bounds, already at the one it moves towards.
    case 'step':
    case 'clampAdd':
      return effect.sign > 0
        ? effect.high !== undefined && state[effect.reg] >= effect.high
        : effect.low !== undefined && state[effect.reg] <= effect.low
    case 'tableStep':
      return effect.sign > 0 && effect.high !== undefined && (state.table.get(asKey(args[effect.key])) ?? 0) >= effect.high
    default:
      return false
  }
}

/** The state after a refused command: its message recorded, and its count of refusals moved on where it keeps one. */
function refusedState(state: State, effect: Effect | undefined, args: readonly Value[], message: string | undefined): State {
  const refused: State = { ...state, refused: true, refusal: message }
  const strike = refusalEffect(effect)
  return strike === undefined ? refused : (applyEffect(refused, strike, args) ?? refused)
}

/** What a reading sees in a state (undefined: nothing to see, e.g. the first of an empty list). */
export function read(state: State, reading: Reading, args: readonly Value[], step?: StoryStep): Value | undefined {
  if (isPlacesReading(reading)) return readPlaces(state, reading, args)
  if (reading.read === 'holderOf' || reading.read === 'heldBy') return readBooking(state.slots, reading, args)
  if (reading.read === 'firstOr' || reading.read === 'lastOr') return readEndOrWord(state.items, reading)
  if (reading.read === 'tableSize' || reading.read === 'lineTotal') return readLines(reading, state.table, state.prices)
  if (isRecordReading(reading)) return readRecord(state.records, reading, args)
  if (reading.read === 'itemAt') return readItemAt(state.items, reading, args)
  switch (reading.read) {
    case 'count':
    case 'other':
      return state[reading.read]
    case 'length':
      return state.items.length
    case 'sum':
      return state.items.reduce<number>((sum, item) => sum + asNumber(item), 0)
    case 'max':
      return state.items.length === 0 ? undefined : Math.max(...state.items.map(asNumber))
    case 'produced':
      return state.produced
    case 'first':
      return state.items[0]
    case 'last':
      return state.items[state.items.length - 1]
    case 'mode':
      return state.mode
    case 'refusal':
      return state.refusal
    case 'tableSum':
      return tableSum(state)
    case 'tableLeft':
      return state.count - tableSum(state)
    case 'under':
      return decimalSum(reading.bound, -state[reading.reg])
    case 'room':
    case 'tableAt':
    case 'tableRoom':
      return roomOrEntry(state, reading, args)
    case 'tableArgmax':
      return tableArgmax(state.table)
    case 'leader':
      return readLeader(state.items, state.table, reading.tie)
    case 'contains':
      return reading.negate ? !state.items.includes(args[reading.key]!) : state.items.includes(args[reading.key]!)
    case 'accepted':
      return reading.negate ? state.refused : !state.refused
    case 'flag':
      return reading.negate ? !state.flag : state.flag
    case 'joined':
      return state.items.join(reading.separator)
    case 'movedJoined':
      return state.moved.join(reading.separator)
    case 'empty':
      return reading.negate ? state.items.length > 0 : state.items.length === 0
    case 'derived': {
      if (reading.rule === undefined || step === undefined) return undefined
      const value = evaluateProgram(reading.rule, stateInputs(state, args, step, reading.arg))
      return value.ok ? value.value : undefined
    }
  }
}

/** The key with the largest entry (the first of those that share it). */
function tableArgmax(table: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined
  for (const entry of table) if (best === undefined || entry[1] > best[1]) best = entry
  return best?.[0]
}

/** A key's entry, or what the limit leaves once the quantity (`room`) or the key's entry (`tableRoom`) is taken from it. */
function roomOrEntry(state: State, reading: Reading, args: readonly Value[]): number | undefined {
  const entry = 'key' in reading ? (state.table.get(asKey(args[reading.key])) ?? 0) : state.count
  if (reading.read === 'tableAt') return entry
  return state.limit === undefined ? undefined : state.limit - entry
}

/** The state a derived reading may read: as a guard's, without the step's own expected value. */
export function stateInputs(state: State, args: readonly Value[], step: StoryStep, readArg: number): Record<string, Value> {
  const inputs = guardInputs(state, args, step)
  // What undo could take back decides whether it may, never what the state says.
  delete inputs.history
  delete inputs.undone
  delete inputs.left
  // A key ("seat C4") stays; the value the step expects is what the rule must produce, never an input.
  step.params.forEach((type, index) => {
    if (type !== 'string' || index === readArg) delete inputs[`arg${index}`]
  })
  // How many records are kept ("the free evenings come to 5": 7 less the evenings planned).
  inputs.recordCount = state.records.size
  // "the daily goal is reached": what the recorded numbers add up to.
  inputs.total = state.items.reduce<number>((sum, item) => sum + (typeof item === 'number' ? item : 0), 0)
  // A text beside a key says where the key stands; its place comes first, for of two inputs that fit
  // alike a person's place says more than the list's size.
  const key = step.params.findIndex((type, index) => type === 'string' && index !== readArg)
  return key >= 0 && step.params[readArg] === 'string' ? { ...standingInputs(state, args[key]!), ...inputs } : inputs
}

/**
 * Where a key stands, for a rule that reads a person's status ("number 2 in the queue", "talking to
 * an agent"): its place on the list counted from 1 (0 when it is not on it), and whether it went on
 * to the second list.
 */
export function standingInputs(state: State, key: Value): { place: number; onward: boolean } {
  return { place: state.items.indexOf(key) + 1, onward: state.moved.includes(key) }
}

/**
 * What a command that adds or takes an amount would leave where it adds or takes it: "the
 * balance can never go below zero" is `after < 0`, "a card holds at most 100" is `after > 100`.
 * Undefined for every other effect.
 */
function amountAfter(state: State, effect: Effect | undefined, args: readonly Value[]): number | undefined {
  switch (effect?.op) {
    // A command that does something and counts by one besides (a book bought with a credit): what the count would be.
    case 'both':
      return (
        amountAfter(state, effect.second, args) ??
        (effect.second.op === 'step' ? decimalSum(state[effect.second.reg], effect.second.sign) : undefined)
      )
    case 'add':
      return decimalSum(state[effect.reg], effect.sign * asNumber(args[effect.arg]))
    case 'step':
      return effect.by === undefined ? undefined : decimalSum(state[effect.reg], effect.sign * effect.by)
    case 'rateAdd':
      return rateAddAfter(effect, state[effect.reg], asNumber(args[effect.arg]))
    case 'tableAdd':
      return (state.table.get(asKey(args[effect.key])) ?? 0) + effect.sign * asNumber(args[effect.value])
    // A key's entry by an amount the feature names: what the purchase would leave the child.
    case 'tableStep':
      return effect.by === undefined ? undefined : decimalSum(state.table.get(asKey(args[effect.key])) ?? 0, effect.sign * effect.by)
    case 'tableMove':
      return (state.table.get(asKey(args[effect.from])) ?? 0) - asNumber(args[effect.value])
    // Where a move leaves the quantity: the place it goes to (a lift's floor).
    case 'travel':
      return asNumber(args[effect.arg])
    case 'lineAdd':
      return totalAfterLine(state.table, effect, args)
    // An amount learnt from the readings (a watering can's 10 litres): what taking it would leave.
    case 'kindAdd':
      return kindAmountAfter(state[effect.reg], effect, args)
    default:
      return undefined
  }
}

/**
 * The inputs a guard's rule may read: the command's parameters, then the state before it, and
 * (given the command's effect) what the command would leave (`after`).
 */
export function guardInputs(state: State, args: readonly Value[], step: StoryStep, effect?: Effect): Record<string, Value> {
  const inputs: Record<string, Value> = {}
  step.params.forEach((type, index) => (inputs[`arg${index}`] = args[index]!))
  inputs.count = state.count
  inputs.other = state.other
  inputs.size = state.items.length
  // Who or what is first on a list of names (the one who has the drill): a message may name them.
  if (state.items.length === 0 || typeof state.items[0] === 'string') inputs.front = (state.items[0] as string | undefined) ?? ''
  if (state.limit !== undefined) inputs.limit = state.limit
  const key = step.params.findIndex((type) => type === 'string')
  // Whether the item a command puts on the list or takes off is on it (a locker's number too).
  const item = listedArgument(effect)
  if (key < 0 && item !== undefined) inputs.listed = state.items.includes(args[item]!)
  const tally = effect?.op === 'both' ? undefined : effect?.op === 'tally' ? effect : undefined
  if (key >= 0) {
    inputs.stock = state.table.get(asKey(args[key])) ?? 0
    // For a tally, whether this person logged this item already.
    inputs.listed = tally === undefined ? state.items.includes(args[key]!) : state.items.includes(tallyEntry(args, tally))
    // How many of this item the list holds ("at most 2 copies of a title").
    inputs.copies = state.items.filter((item) => item === args[key]).length
    // What the limit leaves this key ("Omar has only 5 pages left this week"), where a Given set an allowance.
    if (state.limit !== undefined && effect?.op === 'tableAdd') inputs.room = state.limit - inputs.stock
    // What every key holds together, for a command that adds to one ("the bowl holds at most 12 pieces of fruit in all").
    if (effect?.op === 'tableAdd') inputs.allKeys = tableSum(state)
    // Whether the key has an entry at all, even of 0 ("we do not sell green beads", where jet is sold out).
    if (effect?.op === 'tableAdd') inputs.known = state.table.has(asKey(args[key]))
    // Whether it is the named one's turn: they are at the front of the turns going round.
    if (effect?.op === 'rotate') inputs.turn = state.items[0] === args[key]
  }
  inputs.mode = state.mode ?? ''
  inputs.flag = state.flag
  // What the quantity leaves once the table's entries are taken from it ("only 3 seats left").
  inputs.left = state.count - tableSum(state)
  // How many commands undo could take back, and redo bring back.
  inputs.history = state.past?.depth ?? 0
  inputs.undone = state.future?.depth ?? 0
  // A booking: whether its slot is taken, and how many the holder has already.
  if (effect?.op === 'hold' || effect?.op === 'release') Object.assign(inputs, bookingInputs(state.slots, effect, args))
  // A record: whether its key is kept already.
  if (isRecordEffect(effect)) Object.assign(inputs, recordInputs(state.records, effect, args))
  // Where an item moved along the list stands, from 1 ("already on first").
  if (effect?.op === 'shiftItem') inputs.place = state.items.indexOf(args[effect.arg]!) + 1
  const after = amountAfter(state, effect, args)
  if (after !== undefined) inputs.after = after
  // Whether the kind a command names has an amount ("a glass jar" is not taken).
  const kinds = effect?.op === 'both' ? [effect.first, effect.second] : [effect]
  for (const part of kinds)
    if (part?.op === 'kindAdd' && part.key !== undefined) inputs.priced = kindAmount(part, args[part.key]) !== undefined
  return inputs
}

export interface Observation {
  event: StoryEvent
  /** The reading's value, and whether it equals what the step expects. */
  value: Value | undefined
  expected: Value
  agrees: boolean
}

function equal(a: Value | undefined, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
  return a === b
}

/** The value a Then step expects: its parameter, or true for a step with none. */
export function expectedOf(reading: Reading, args: readonly Value[]): Value {
  return reading.arg < 0 ? true : args[reading.arg]!
}

/**
 * Runs one scenario under a model; `undefined` when a command cannot run (a queue served empty
 * with no guard). Each Then step's observation says what was read and whether it matched.
 */
export function runScenario(story: Story, model: StateModel, scenario: StoryScenario): Observation[] | undefined {
  let state = initialState()
  const observations: Observation[] = []
  for (const event of scenario.events) {
    const step = story.steps[event.step]!
    const meaning = model.meanings[event.step]!
    if (step.role === 'then') {
      if (meaning.reading === undefined) continue
      const value = read(state, meaning.reading, event.args, step)
      const expected = expectedOf(meaning.reading, event.args)
      observations.push({ event, value, expected, agrees: equal(value, expected) })
      continue
    }
    const next = stepState(story, model, state, event)
    if (next === undefined) return undefined
    state = next
  }
  return observations
}

/** The state after one Given or When step under a model: a command its guard refuses leaves it as it was. */
export function stepState(story: Story, model: StateModel, state: State, event: StoryEvent): State | undefined {
  const step = story.steps[event.step]!
  const meaning = model.meanings[event.step]!
  if (step.role === 'when') {
    state = { ...state, refusal: undefined, refused: false }
    if (meaning.guard !== undefined) {
      const inputs = guardInputs(state, event.args, step, meaning.effect)
      const holds = evaluateProgram(meaning.guard.condition, inputs)
      if ((holds.ok && holds.value === true) || refusesItself(state, meaning.effect, event.args)) {
        const message = evaluateProgram(meaning.guard.message, inputs)
        return refusedState(state, meaning.effect, event.args, message.ok ? String(message.value) : undefined)
      }
    } else if (refusesItself(state, meaning.effect, event.args)) return refusedState(state, meaning.effect, event.args, undefined)
  }
  return applyStep(state, meaning.effect ?? { op: 'none' }, event.args, step.role)
}

/** True when the model reproduces every Then step of every scenario. */
export function explainsStory(story: Story, model: StateModel): boolean {
  return story.scenarios.every((scenario) => runScenario(story, model, scenario)?.every((observation) => observation.agrees) === true)
}

/**
 * What the examples leave open, in the spec's words: the commands whose refusal they do not
 * decide, and the Then steps whose reading in states they never showed they do not decide.
 */
export function undecidedParts(story: Story, unconfirmed: ReadonlyArray<{ step: number; from?: string }>): string[] {
  const named = (role: Role) => [
    ...new Set(
      unconfirmed
        .filter((entry) => story.steps[entry.step]!.role === role && entry.from === undefined)
        .map((entry) => JSON.stringify(story.steps[entry.step]!.expression))
    )
  ]
  const commands = named('when')
  const readings = named('then')
  const unleft = unconfirmed.flatMap((entry) =>
    entry.from === undefined
      ? []
      : [`what ${JSON.stringify(story.steps[entry.step]!.expression)} leads to from ${JSON.stringify(entry.from)}`]
  )
  return [
    ...unleft,
    ...(commands.length > 0 ? [`when ${commands.join(', ')} ${commands.length === 1 ? 'is' : 'are'} refused`] : []),
    ...(readings.length > 0 ? [`what ${readings.join(', ')} ${readings.length === 1 ? 'says' : 'say'} in states they never showed`] : [])
  ]
}
