/**
 * Synthesis of a state model from a story, smallest first:
 *   1. the Then steps that report a refusal are recognised by their words, and the commands
 *      they follow are the refused ones (a refused command leaves the state as it was);
 *   2. each other Then step gets a reading (a quantity, a size, a lookup by key, the last thing
 *      served, the mode...) and each Given and When step an effect, searched together cheapest
 *      first under a prior in bits, every scenario a trace the model must reproduce;
 *   3. each refused command gets a guard and a message, synthesised as example-table rules over
 *      the command's parameters and the state before it (`amount > count`, `size >= limit`);
 *   4. the near-best models are run on probe sequences — the same steps in new orders, with other
 *      values — and where they disagree the story is ambiguous, with the scenario that decides.
 * Pure: data in, data out.
 */
import type { Operation, Value, ValueType } from '../operation'
import { countedByAThenStep, countedByName } from './counted-commands'
import { growingPrefixes } from './prefixes'
import { type ModeRefusal, sharedModeMessages, withModeMessages } from './mode-messages'
import {
  apply,
  CONFIDENCE,
  chargeWork,
  constant,
  describeProgram,
  type DistinguishingExample,
  evaluateProgram,
  input,
  type Program,
  subprograms,
  substituteInputs,
  synthesise,
  withoutNumbers,
  workClock
} from '../synthesis'
import {
  type Effect,
  type Guard,
  type Meaning,
  type Reading,
  type Register,
  type State,
  type StateModel,
  type Story,
  type StoryEvent,
  type StoryScenario,
  type StoryStep,
  applyEffect,
  applyStep,
  expectedOf,
  explainsStory,
  guardInputs,
  initialState,
  modeOfKey,
  read,
  refusalEffect,
  runScenario,
  refusesItself,
  changesNothing,
  stateInputs,
  undecidedParts
} from './model'
import { onwardOptions, standingRegisters, standingSteps } from './standing'
import { consistentReasons, reasonCandidates, reasonsFor, refusalKinds } from './refusal-kinds'
import { acceptedModesGuard, refusedModesGuard, alreadyThereGuard, describedRanges, listGuards, travelGuards } from './implied'
import { emptyListOptions, transferOptions, wholeListOptions } from './collections'
import { describedHours, expandGuard, hoursInputs } from './hours'
import { itemAtOptions, itemMoveOptions } from './list-moves'
import { bookingEffectOptions, bookingReadingOptions, speaksOfBooking } from './bookings'
import { lineAddOptions, lineReadingOptions } from './priced-lines'
import { endOrWordOptions } from './end-or-word'
import { conditionalEffectOptions } from './conditional'
import { isPlacesReading, placesReadingOptions, speaksOfWaitingList } from './places'
import { describedMembership } from './membership'
import { MEMBERSHIP_RIVAL_BITS, membershipRivals } from './membership-rivals'
import { mirroredPairs, opposedCommands, setOppositely } from './opposed-commands'
import { namedThenSteps, opposedPairs, readOppositely, yesNoThenSteps } from './question-steps'
import { learnNextModeTables, nonEmpty } from './transitions'
import {
  type KindAdd,
  amountsMayFit,
  kindOf,
  learnKindAmounts,
  learnsAmounts,
  namesKinds,
  namesPeople,
  unlearnt,
  withLearnt
} from './kind-amounts'
import { rateEffectOptions } from './rates'
import { dialEffectOptions } from './dial'
import { keyedStepAmounts, stepAmounts, valuesBesideNames } from './step-amounts'
import { floorsBelowZero, isFloorGuard, isShortfallGuard, speaksOfShortfall } from './shortfall'
import { describesAnAllowance, isAllowanceGuard, setsAnAllowance, tableClearOptions, tableRoomOptions } from './allowances'
import { isRepeatGuard, speaksOfRepeat, tallyOptions } from './tally'
import { tierReading } from './tiers'
import { quantityRange, describedRangeGuard } from './ranges'
import { comparesWithGivenNumber, cutBesideGivenNumber, refusesAtIsolatedNumber, relationalRules } from './example-numbers'
import { cutsAtUnheldNumber, messageNumberUndecided, messageOnlyNumbers, stepNumbers } from './message-numbers'
import { dayStreakOptions, streakEffectOptions } from './streaks'
import { placeEffectOptions } from './numbered-places'
import {
  describedModes,
  firstSuccessors,
  listedModes,
  namedOrder,
  quotedCycle,
  reversedSuccession,
  statedSuccession
} from './described-modes'
import { type StatedRefusal, statedModeRefusals, statedTarget, statedTargets } from './stated-transitions'
import { escapeRegExp } from '../../text'
import { STOP_WORDS } from '../steps'
import { askedModeReasons, asksForFirst, namedByARefusal, repeatsWordsOf, requiredMode } from './named-by-refusal'
import { leaderReadingOptions } from './leaders'
import { stepText } from './guard-question'
import { reportsRefusal, withObservedRefusals } from './observed-refusals'
import { reportedRefusals, withUnreportedRefusals } from './unreported-refusals'
import { withObservedReadings } from './observed-readings'
import { keepsRecords, recordEffectOptions, recordGuards, recordReadingOptions } from './records'
import { unreadValues, VALUE_READINGS } from './unread-values'
import { untriedMessage, untriedWhereRefused } from './untried-states'
import { readsEveryReachableMode } from './seen-modes'
import {
  AHEAD,
  ALL_KEYS,
  BACKWARDS,
  BACK_TO_BEFORE,
  BEST_SO_FAR,
  CAPACITY_WORDS,
  CYCLE,
  DECREASE,
  EMPTY,
  EMPTY_WORDS,
  INCREASE,
  LEFT_UNDER,
  LIMIT_WORDS,
  LIST_REMOVE,
  MOVE,
  NEW_PERIOD,
  POP,
  REDO,
  REFILL,
  RESET,
  SERVE,
  STOPS_AT,
  STRIKE_WORDS,
  TOGGLE,
  UNDO
} from './lexicon'

export type StoryStatus = 'synthesised' | 'ambiguous' | 'no-rule'

export interface StorySolution {
  model: StateModel
  bits: number
  /**
   * Commands whose refusal rule the examples do not decide, with the inputs that would decide it;
   * or (`from`) a mode a command's "next mode" table reaches but never leaves in the examples.
   */
  unconfirmed: Array<{ step: number; question?: DistinguishingExample; from?: string }>
}

export interface StoryResult {
  status: StoryStatus
  solution?: StorySolution
  /** Why there is no model, or what the examples leave open. */
  message?: string
  /** A scenario that would decide between near-best models, as Gherkin lines with `?` for the answer. */
  /** The deciding scenario: its Given/When lines, the Then step whose value the models dispute ("Then the card holds ? books"), and their answers. */
  question?: {
    scenario: string[]
    then?: string
    answers: Array<{ model: string; value: Value | undefined }>
    /** For a Then step with no value: each answer as the Then step to add (the step, or its opposite). */
    steps?: string[]
  }
  candidates: number
  elapsedMs: number
}

const MAX_READING_COMBINATIONS = 2000
const MAX_VISITS = 400_000
const MARGIN_BITS = 6

interface Option<T> {
  value: T
  bits: number
}

const cue = (step: StoryStep, pattern: RegExp) => pattern.test(step.words)
/** A history of states (undo, redo) is a register of its own: dearer than a count, cheap where a step's words name it. */
const HISTORY_BITS = 7

/** Setting or clearing a yes/no state (muted, running): one of two, beside everything else a step may do. */
const FLAG_BITS = 4.5

function numberParams(step: StoryStep): number[] {
  return step.params.flatMap((type, index) => (type === 'number' ? [index] : []))
}
function stringParams(step: StoryStep): number[] {
  return step.params.flatMap((type, index) => (type === 'string' ? [index] : []))
}

/** Whether every time the step comes, another Given step came before it in its scenario. */
function followsAGiven(step: StoryStep, story: Story): boolean {
  return story.scenarios.every((scenario) =>
    scenario.events.every(
      (event, position) =>
        event.step !== step.index || scenario.events.slice(0, position).some((before) => story.steps[before.step]!.role === 'given')
    )
  )
}

/** A fee or a rate no step states, learnt from the totals. */
const LEARNT_RATE_BITS = 6

/** What a command costs doing nothing where a refusal's message repeats its words: beyond the margin of near-best models. */
const NAMED_REASON_BITS = 7

/**
 * What doing nothing costs a step: little without values. A command whose own words a refusal
 * repeats ("the shop closes": "the shop is closed") is that refusal's reason: doing nothing
 * leaves the message's words unexplained.
 */
function nothingBits(step: StoryStep, story: Story): number {
  return (step.params.length === 0 ? 1 : IGNORED_VALUES_BITS) + (namedByARefusal(story, step) ? NAMED_REASON_BITS : 0)
}

/** What a step with values costs when its effect reads none of them. */
const IGNORED_VALUES_BITS = 6

/** A number followed by a unit of measure and the thing it measures ("a {float} cm trout"): its size, not how many. */
const MEASURED_THING =
  /\{(?:int|float)\}\s*(?:cm|mm|km|kg|g|grams?|lbs?|inch(?:es)?|ft|feet|met(?:re|er)s?|lit(?:re|er)s?|ml|cl)\s+(?!of\b)\p{L}+/u

/** Effects a Given or When step may have, with their prior cost (the words of the step lower it). */
function effectOptions(step: StoryStep, story: Story, modes: string[], bounds: readonly number[], bounded = false): Array<Option<Effect>> {
  const options: Array<Option<Effect>> = []
  // The words of a step say much about a command ("reset", "serve the next"): a cue takes 3 bits off.
  const add: AddOption = (value, bits, cued = false) => options.push({ value, bits: cued ? Math.max(0.5, bits - 3) : bits })
  add({ op: 'none' }, nothingBits(step, story), step.role === 'given' && cue(step, EMPTY))
  // A list given whole ("the packing list "tent, stove, map"").
  for (const option of wholeListOptions(step, story.scenarios, commandsGiveNumbers(story))) add(option.value, option.bits)
  placeEffectOptions(step, `${story.name}\n${story.description}`, numberParams(step), add)
  // A learnt price only where a Then step reads money ("the takings are {float}"): it is searched without pruning.
  const money = story.steps.some((candidate) => candidate.role === 'then' && candidate.expression.includes('{float}'))
  // An amount no step states, learnt from the money the Then steps read: a fee a Given's words
  // charge ("an e-scooter is unlocked": 1.00), or a rate per a command's number ("rides for 10
  // minutes": 0.20 a minute). Dearer than every stated amount.
  if (money && step.role === 'given' && step.params.length === 0) add({ op: 'kindAdd', reg: 'count' }, LEARNT_RATE_BITS)
  // A command without values that changes a quantity by an amount no step states ("a watering can is
  // filled": 10 litres, which only the readings show), learnt as a price is: dearer than a stated one.
  if (step.role === 'when' && step.params.length === 0 && readsNumbers(story)) add({ op: 'kindAdd', reg: 'count' }, LEARNT_RATE_BITS + 1)
  if (money && step.role === 'when')
    for (const per of numberParams(step)) {
      add({ op: 'kindAdd', reg: 'count', per }, LEARNT_RATE_BITS)
      // The mode the command puts the thing in, whose rate it charges ("rides for 5 minutes": riding, at 0.20 a minute).
      for (const mode of modes)
        add(
          { op: 'both', first: { op: 'mode', value: mode }, second: { op: 'kindAdd', reg: 'count', per } },
          (namesMode(step, mode) ? 0.5 : 3) + LEARNT_RATE_BITS + BOTH_BITS
        )
    }
  if (step.role === 'given') {
    givenEffectOptions(step, story, modes, add)
    return options
  }
  for (const option of transferOptions(step)) add(option.value, option.bits)
  // A number the command measures its thing by ("a 34 cm trout is kept"): one thing more, whatever its
  // size; the size is for the guard to read ("too small to keep: 27 cm").
  if (MEASURED_THING.test(step.expression))
    for (const reg of ['count', 'other'] as const) add({ op: 'step', reg, sign: 1 }, IGNORED_VALUES_BITS, true)
  if (step.params.length === 0) {
    countingEffectOptions(step, modesSetWithoutValues(story, modes), bounds, add, {
      counted: countedByAThenStep(story, step),
      history: speaksOfUndo(story),
      wraps: speaksOfGoingRound(story),
      text: `${story.name}\n${story.description}`,
      range: storyRange(story),
      readRightAfter: refillValues(story, step),
      namedByRefusal: namedByARefusal(story, step)
    })
    for (const option of conditionalEffectOptions(story)) add(option.value, option.bits)
    dialEffectOptions(step, `${story.name}\n${story.description}`, add)
    // A streak's period closed, a queue served onward, a new period giving every person their whole allowance back ("a new week starts").
    for (const option of [...periodAndOnwardOptions(story, step), ...tableClearOptions(step, story)]) add(option.value, option.bits)
  }
  nextModeOptions(step, story, options, add)
  numberEffectOptions(step, bounds, add)
  rateEffectOptions(step, `${story.name}\n${story.description}`, numberParams(step), add, bounds)
  textEffectOptions(
    step,
    story,
    add,
    (arg) => namesKinds(story, step.index, arg),
    (arg) => namesPeople(story, step.index, arg),
    bounded
  )
  keyedEffectOptions(step, story, bounds, add)
  // A slot booked; a streak of days kept from the dates a command is given ("Mina meditates on "2026-03-02"").
  for (const option of [...bookingEffectOptions(step), ...dayStreakOptions(story, step)]) add(option.value, option.bits)
  for (const option of lineAddOptions(step)) add(option.value, option.bits, option.cued)
  // Along the list by one place ("moved up one place"), or trading places with another ("Ann and Cat swap legs").
  for (const option of itemMoveOptions(step.words, stringParams(step))) add(option.value, option.bits)
  const all = [...options, ...compoundEffectOptions(options, money, story, step), ...strikeEffectOptions(step, story, modes)]
  // The mode the description says this command leads to ("to "out for delivery" when the driver
  // picks it up") decides it, even where no Then step reads it: only effects that set it remain.
  const target = step.role === 'when' ? statedTarget(story.description, step.words, modes) : undefined
  return target === undefined
    ? all
    : all.filter((option) => setsModeTo(option.value, target)).map((option) => ({ ...option, bits: Math.max(0.5, option.bits - 3) }))
}

/** A command that moves the mode to the next: by a table to learn, or by the order the description names. */
function nextModeOptions(step: StoryStep, story: Story, options: Array<Option<Effect>>, add: AddOption): void {
  // A command whose values never vary ("10 minutes pass", always 10) may move the mode by a learnt
  // table as one without values does: its number is part of its words. Dearer, as ignoring values is.
  if (step.params.length > 0 && valuesNeverVary(story, step)) add({ op: 'modeNext', next: [] }, IGNORED_VALUES_BITS, cue(step, CYCLE))
  // On in one mode or off, where the sentence that names the command names those two modes.
  if (step.params.length === 0) for (const next of onOrOffTables(story, step)) add({ op: 'modeNext', next, stated: true }, 5, true)
  // The next state in the order the description names them ("wash", "rinse", "spin", "done"), in place of a table to learn.
  const stated = step.params.length === 0 ? statedModeTable(story) : undefined
  if (stated === undefined || !ownsStatedOrder(story, step, stated)) return
  options.splice(0, options.length, ...options.filter((option) => !learntLater(option.value)))
  add({ op: 'modeNext', next: stated, stated: true }, 4, cue(step, CYCLE))
  // The order the words state, completed from the scenarios where it leaves a mode without a next
  // ("steady, twinkle, slow fade, chase, and then off"; a press while off turns them on at steady).
  add({ op: 'modeNext', next: stated }, 5, cue(step, CYCLE))
  // The same order the other way round: a dial turned back, a menu scrolled up.
  add({ op: 'modeNext', next: reversedSuccession(stated), stated: true }, 5, cue(step, BACKWARDS))
}

/** Whether every use of a step in the story gives it the same values. */
function valuesNeverVary(story: Story, step: StoryStep): boolean {
  const seen = new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.filter((event) => event.step === step.index).map((event) => JSON.stringify(event.args))
    )
  )
  return seen.size === 1
}

/** What a command does to a person's entry: a tally of items, counted by an amount the feature names, or used up by one. */
function keyedEffectOptions(step: StoryStep, story: Story, bounds: readonly number[], add: AddOption): void {
  // A person's tally of items, each remembered under their name ("Lily logs "Holes""): dearer than a count alone.
  for (const tally of tallyOptions(step.expression, step.params, (arg) => namesPeople(story, step.index, arg)))
    add(tally, 5, speaksOfRepeat([story.description]))
  // A person's entry by an amount the feature names ("a hot lunch costs 2.45"): one cue off for the direction the words say.
  for (const { key, by, sign } of keyedStepAmounts(step.params, (arg) => namesPeople(story, step.index, arg), bounds, story.description))
    add({ op: 'tableStep', key, sign, by }, 6, cue(step, sign > 0 ? INCREASE : DECREASE))
  // Someone does it ("Sam eats a slice"): one more or one fewer, whoever it is; the name says who, not how many.
  if (
    step.role === 'when' &&
    step.params.length > 0 &&
    step.params.every((type, arg) => type === 'string' && namesPeople(story, step.index, arg))
  )
    for (const sign of [1, -1] as const) add({ op: 'step', reg: 'count', sign }, 6, cue(step, sign > 0 ? INCREASE : DECREASE))
  // Someone takes their turn, where the feature speaks of turns: the turns go round.
  if (
    step.role === 'when' &&
    step.params.some((type, arg) => type === 'string' && namesPeople(story, step.index, arg)) &&
    speaksOfTurns(story)
  )
    add({ op: 'rotate' }, 5, true)
  // A person's entry used up by one, each use counted besides ("Ava has a lesson": one fewer left, one more given).
  if (step.role === 'when' && step.params.length === 1 && step.params[0] === 'string' && namesPeople(story, step.index, 0)) {
    const used: Effect = { op: 'tableStep', key: 0, sign: -1, by: 1 }
    add(used, 7, cue(step, DECREASE))
    add({ op: 'both', first: used, second: { op: 'step', reg: 'other', sign: 1 } }, 7 + 5 + BOTH_BITS)
  }
}

/** Whether an effect sets the mode to this one (alone, beside a quantity, or once accepted). */
function setsModeTo(effect: Effect, mode: string): boolean {
  if (effect.op === 'mode') return effect.value === mode
  if (effect.op === 'both') return setsModeTo(effect.first, mode)
  if (effect.op === 'strikes') return setsModeTo(effect.accepted, mode)
  return false
}

/** Counting a command's refusals: one more register, dearer than a count. */
const STRIKE_BITS = 6

/**
 * A command refused in some scenario may count its refusals ("three wrong codes in a row lock
 * the keypad"): accepted, it does nothing else, sets the yes/no state or a mode, and starts the
 * count again ("the right code clears the count"); the guard then reads the count.
 */
function strikeEffectOptions(step: StoryStep, story: Story, modes: string[]): Array<Option<Effect>> {
  const index = story.steps.indexOf(step)
  const everRefused = refusedEvents(story).some((refused, scenario) =>
    [...refused].some((position) => story.scenarios[scenario]!.events[position]!.step === index)
  )
  // Only where the words speak of failures or a lock: every option more widens the whole search.
  if (!everRefused || !STRIKE_WORDS.test(`${story.description}\n${step.words}`.toLowerCase())) return []
  const bits = STRIKE_BITS
  const accepted: Array<Option<Effect>> = [
    { value: { op: 'none' }, bits: 0 },
    ...[true, false].map((value) => ({ value: { op: 'flag' as const, value }, bits: FLAG_BITS })),
    ...modes.map((value) => ({ value: { op: 'mode' as const, value }, bits: namesMode(step, value) ? 0.5 : 3 }))
  ]
  return accepted.flatMap((option) => [
    { value: { op: 'strikes', reg: 'count', accepted: option.value }, bits: bits + option.bits },
    // Or a value checked against the one the state holds: a wrong one is refused whether a Then step says so or not.
    ...stringParams(step).map((check) => ({
      value: { op: 'strikes' as const, reg: 'count' as const, accepted: option.value, check },
      bits: bits + option.bits + 1
    }))
  ])
}

/** A command without values that closes a period (streaks.ts), or serves the front onward (standing.ts). */
function periodAndOnwardOptions(story: Story, step: StoryStep): Array<{ value: Effect; bits: number }> {
  return [...streakEffectOptions(story), ...onwardOptions(story, isRefusalObserver, cue(step, SERVE))]
}

type AddOption = (value: Effect, bits: number, cued?: boolean) => void

/** What keeping the best so far costs beside the count it follows: a second quantity, and the rule that raises it. */
const KEEP_BEST_BITS = 3

/**
 * The best so far kept beside a count, where the words speak of one ("the best run is 40"): a
 * command that counts up raises the best to the count where it is past it, and one that starts
 * everything again sets both back to nothing (a count set back alone keeps the best).
 */
function bestSoFarOptions(options: Array<Option<Effect>>, story: Story): Array<Option<Effect>> {
  const words = [story.name, story.description, ...story.steps.map((step) => step.words)].join('\n').toLowerCase()
  if (!BEST_SO_FAR.test(words)) return []
  const keepBest: Option<Effect> = { value: { op: 'keepBest' }, bits: KEEP_BEST_BITS }
  const countsUp = options.filter(
    ({ value }) =>
      (value.op === 'add' || value.op === 'step') && value.reg === 'count' && value.sign > 0 && !('low' in value && value.low !== undefined)
  )
  const resets = options.filter(({ value }) => value.op === 'reset' && value.value === 0)
  const [count, other] = ['count', 'other'].map((reg) => resets.find(({ value }) => value.op === 'reset' && value.reg === reg))
  return [...countsUp.map((option) => both(option, keepBest)), ...(count && other ? [both(count, other)] : [])]
}

/** Two effects in one command cost both and this besides: one register changed is likelier than two. */
const BOTH_BITS = 2

/**
 * A command that sets the mode or the yes/no state and changes a quantity besides ("a coin
 * unlocks the turnstile and goes into the cash box"): a state it sets, and a count by one or
 * an amount it adds or takes, each as its own option costs it.
 */
function compoundEffectOptions(options: Array<Option<Effect>>, money: boolean, story: Story, step: StoryStep): Array<Option<Effect>> {
  const states = options.filter((option) => option.value.op === 'flag' || option.value.op === 'mode')
  const amounts = options.filter((option) => option.value.op === 'step' || option.value.op === 'add')
  // An amount that changes the quantity and adds to a running total besides ("5 people enter": inside, and the day's total).
  const totals = amounts.filter((option) => option.value.op === 'add' && option.value.reg === 'other' && option.value.sign > 0)
  const counted = amounts.filter((option) => option.value.op === 'add' && option.value.reg === 'count')
  // A key's entry counted down or up by one, and an amount the examples show only in a running total
  // added to it ("a fan buys a shirt in size "M"": one shirt fewer in M, and its price in the takings).
  // Only here is a key's entry counted down by one: alone, it would widen every search.
  const price: Option<Effect> = { value: { op: 'kindAdd', reg: 'other' }, bits: 5 }
  const priced = options.flatMap((entry) =>
    money && entry.value.op === 'tableStep'
      ? [both(entry, price), both({ value: { ...entry.value, sign: -1 }, bits: entry.bits + 1 }, price)]
      : []
  )
  // An amount moved from a key's entry into the quantity, or back ("Ana bets 20": her chips, into the pot).
  const entries = options.filter((option) => option.value.op === 'tableAdd')
  const moved = counted.flatMap((count) =>
    entries
      .filter(
        (entry) =>
          entry.value.op === 'tableAdd' &&
          count.value.op === 'add' &&
          entry.value.value === count.value.arg &&
          entry.value.sign !== count.value.sign
      )
      .map((entry) => both(count, entry))
  )
  // A count changed by the command's number, and a running total by a rate the words state per each
  // ("a deposit of 5.00 for each ball borrowed": fewer balls in the shed, more in the deposit box).
  const rated = options.filter((option) => option.value.op === 'rateAdd' && option.value.reg === 'other' && option.value.low === undefined)
  const countedAtRate = counted.flatMap((count) =>
    rated
      .filter((rate) => rate.value.op === 'rateAdd' && count.value.op === 'add' && rate.value.arg === count.value.arg)
      .map((rate) => both(count, rate))
  )
  // A quantity settled to nothing as the mode moves on ("the driver pays": back to idle, nothing owed).
  const settled = options.filter((option) => option.value.op === 'reset' && option.value.value === 0)
  const [countedItems, countedNamed] = countedBesides(options, amounts)
  // The command's number changes the quantity, and the times it was done are counted besides ("a
  // dive uses 90 bar": 90 bar fewer, one dive more); the amount last, whose outcome the guard reads.
  // Only where two Then steps read numbers, one naming the command ("the dive count"): a second quantity to count in.
  const tally: Option<Effect> = { value: { op: 'step', reg: 'other', sign: 1 }, bits: 5 }
  const tallied = readsTwoNumbers(story) && countedByName(story, step) ? counted.map((count) => both(tally, count)) : []
  return [
    ...tallied,
    ...priced,
    ...bestSoFarOptions(options, story),
    ...countedItems,
    ...moved,
    ...countedAtRate,
    ...countedNamed,
    ...states.flatMap((state) => [...amounts, ...settled].map((amount) => both(state, amount))),
    ...counted.flatMap((count) =>
      totals
        .filter((total) => total.value.op === 'add' && count.value.op === 'add' && total.value.arg === count.value.arg)
        .map((total) => both(count, total))
    )
  ]
}

/** Whether two Then steps (not refusals) read a number each: the state holds two quantities. */
const readsTwoNumbers = perStory(
  (story): boolean =>
    story.steps.filter((step) => step.role === 'then' && !isRefusalObserver(step) && step.params.includes('number')).length >= 2
)

/** Two effects in one command, costed as both and BOTH_BITS besides. */
function both(first: Option<Effect>, second: Option<Effect>): Option<Effect> {
  return { value: { op: 'both', first: first.value, second: second.value }, bits: first.bits + second.bits + BOTH_BITS }
}

/**
 * A command counted by one besides what it does: an amount the words name taken or added ("the
 * photos are taken": 5.00 of credit, one strip more; the amount last, whose outcome the guard
 * reads), or an item put on the list ("a book bought with a credit": in the library, one credit fewer).
 */
function countedBesides(
  options: Array<Option<Effect>>,
  amounts: Array<Option<Effect>>
): [items: Array<Option<Effect>>, named: Array<Option<Effect>>] {
  const named = amounts.filter((option) => option.value.op === 'step' && option.value.reg === 'count' && option.value.by !== undefined)
  const tallies = amounts.filter(
    (option) =>
      option.value.op === 'step' &&
      option.value.reg === 'other' &&
      option.value.sign > 0 &&
      option.value.by === undefined &&
      option.value.low === undefined
  )
  const listed = options.filter((option) => option.value.op === 'push' || option.value.op === 'pushUnique')
  const byOne = amounts.filter(
    (option) =>
      option.value.op === 'step' && option.value.by === undefined && option.value.low === undefined && option.value.high === undefined
  )
  return [
    listed.flatMap((item) => byOne.map((count) => both(item, count))),
    named.flatMap((amount) => tallies.map((tally) => both(tally, amount)))
  ]
}

/** A Given step sets the state up: a quantity, a limit, a mode, the list's first item, a table entry. */
function givenEffectOptions(step: StoryStep, story: Story, modes: string[], add: AddOption): void {
  const numbers = numberParams(step)
  const strings = stringParams(step)
  // A Given that only sets the scene, where the description states how many the thing holds ("the
  // marina has 3 visitor berths", "room for 6 members"): the limit is that number.
  // So does one that only names who takes part ("Ana and Ben are members") where the words give each an allowance.
  const setsTheScene = step.params.length === 0 || (describesAnAllowance(story) && step.params.every((type) => type === 'string'))
  if (setsTheScene && (CAPACITY_WORDS.test(story.description.toLowerCase()) || describesAnAllowance(story)))
    for (const value of mentionedNumbers(story).filter((number) => Number.isInteger(number) && number >= 1))
      add({ op: 'reset', reg: 'limit', value }, 5 + constantDigitsBits(value))
  // A Given that fills the thing up without a number ("a dispenser with a full pouch", "a new book of
  // stamps"): the quantity starts at a number the description states ("a pouch good for 400 pumps").
  if (step.params.length === 0 && cue(step, REFILL))
    for (const value of mentionedNumbers(story).filter((number) => Number.isInteger(number) && number >= 1))
      add({ op: 'reset', reg: 'count', value }, 6 + constantDigitsBits(value), true)
  for (const arg of numbers) {
    add({ op: 'set', reg: 'count', arg }, 2)
    // A Given that builds on the one before ("and 2 cars are already parked"); first in a
    // scenario it would only be a set, from nothing.
    if (followsAGiven(step, story))
      for (const sign of [1, -1] as const) add({ op: 'add', reg: 'count', arg, sign }, 6, cue(step, sign > 0 ? INCREASE : DECREASE))
    add({ op: 'set', reg: 'other', arg }, 3)
    add(
      { op: 'set', reg: 'limit', arg },
      3,
      cue(step, /\b(most|limit|capacity|maximum|allows|holds|up to|room for|docks|places)\b/) || setsAnAllowance(step, story)
    )
  }
  for (const arg of strings) {
    add({ op: 'modeArg', arg }, 2.5)
    add({ op: 'push', arg }, 3)
  }
  for (const key of strings) for (const value of numbers) add({ op: 'tableSet', key, value }, 2)
  // Several entries the Given's own words key ("the bucket has 40 red bricks, 25 blue bricks and 10 yellow bricks").
  const named = wordKeyedEntries(step, story)
  if (named !== undefined) add({ op: 'tableSetWords', entries: named }, 2)
  // Two entries in one Given ("12 "rolls" and 4 "pies""): each text the key of the number beside it.
  if (strings.length === 2 && numbers.length === 2) {
    const [first, second] = [0, 1].map((index) => ({ op: 'tableSet', key: strings[index]!, value: numbers[index]! }) as const)
    add({ op: 'both', first: first!, second: second! }, 3)
  }
  // A mode and a quantity in one Given ("the shower is "off" and set to 38 degrees"): each value sets its own.
  if (strings.length === 1 && numbers.length === 1)
    add(
      { op: 'both', first: { op: 'modeArg', arg: strings[0]! }, second: { op: 'set', reg: 'count', arg: numbers[0]! } },
      2.5 + 3 + BOTH_BITS
    )
  // A mode the Given's words name, and a quantity its number sets ("a closed barrier that has let 3
  // people through"): only a mode the words name, one alone, as a Given without values does.
  const wordsName = modes.filter((mode) => namesMode(step, mode))
  if (strings.length === 0 && numbers.length === 1 && wordsName.length === 1)
    add(
      { op: 'both', first: { op: 'mode', value: wordsName[0]! }, second: { op: 'set', reg: 'count', arg: numbers[0]! } },
      0.5 + 2 + BOTH_BITS
    )
  // A text kept under a key, where the feature keeps records (records.ts).
  if (storyKeepsRecords(story)) for (const option of recordEffectOptions(step)) add(option.value, option.bits)
  // Several names in one Given ("a tab shared by Ann, Bo and Cat"): each of them takes part. It reads every
  // value the step gives, so it is cheaper than a mode set from the first name alone.
  if (strings.length >= 2 && numbers.length === 0) add({ op: 'pushAll', args: strings }, 2)
  // Two numbers, a limit and how much of it is taken ("a station with 10 docks and 4 bikes").
  for (const limit of numbers)
    for (const arg of numbers)
      if (arg !== limit)
        add({ op: 'both', first: { op: 'set', reg: 'limit', arg: limit }, second: { op: 'set', reg: 'count', arg } }, 2 + 3 + BOTH_BITS)
  // A mode the step names ("the light is green") is the one it sets. One that ignores the step's
  // values costs what ignoring them does ("the light shows {word}" setting "red" whatever the word).
  // A Given without values that names one mode ("a draft application") sets no other.
  const namedModes = modes.filter((mode) => namesMode(step, mode))
  const settable = step.params.length === 0 && namedModes.length === 1 ? namedModes : modes
  for (const mode of settable) add({ op: 'mode', value: mode }, step.params.length === 0 ? 3 : IGNORED_VALUES_BITS, namesMode(step, mode))
  if (step.params.length === 0) for (const value of [true, false]) add({ op: 'flag', value }, FLAG_BITS)
}

/**
 * Each number of a Given with the word after it, where every such word is a key other steps give
 * as a value ("a model uses 12 red bricks"): two or more entries, or undefined.
 */
function wordKeyedEntries(step: StoryStep, story: Story): Array<[string, number]> | undefined {
  const numbers = numberParams(step)
  if (numbers.length < 2 || numbers.length !== step.params.length) return undefined
  const keys = new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) => (event.step === step.index ? [] : event.args.filter((arg) => typeof arg === 'string')))
    )
  )
  // The text after each value, up to the next: its first words name the key ("juice cartons, …").
  const after = step.expression.split(/\{[a-z]+\}/u).slice(1)
  const keyAt = (rest: string | undefined) =>
    [...keys]
      .filter(
        (key): key is string => typeof key === 'string' && rest !== undefined && new RegExp(`^ ${escapeRegExp(key)}\\b`, 'u').test(rest)
      )
      .sort((a, b) => b.length - a.length)[0]
  const entries = numbers.map((arg) => [keyAt(after[arg]), arg] as const)
  if (entries.some(([key]) => key === undefined)) return undefined
  if (new Set(entries.map(([key]) => key)).size !== entries.length) return undefined
  return entries.map(([key, arg]) => [key!, arg])
}

/** The next mode by a table to learn, or back to the mode the last change left (a cool shot let go: the heat it interrupted). */
function modeMoveOptions(step: StoryStep, add: AddOption): void {
  add({ op: 'modeNext', next: [] }, 4, cue(step, CYCLE))
  add({ op: 'modeBack' }, 5, cue(step, BACK_TO_BEFORE))
}

/**
 * The modes a command without values may set: not a text another command is given, which is a
 * value of that command (a title bought, a name served), never a state the thing is in.
 */
export function modesSetWithoutValues(story: Story, modes: readonly string[]): string[] {
  const given = new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) =>
        story.steps[event.step]!.role === 'when' ? event.args.filter((arg) => typeof arg === 'string') : []
      )
    )
  )
  return modes.filter((mode) => !given.has(mode))
}

/** A command that uses or earns an amount the description names: "a free coffee uses 8 stamps". */
function namedAmountOptions(
  step: StoryStep,
  bounds: readonly number[],
  text: string,
  range: [number, number] | undefined,
  add: AddOption
): void {
  for (const by of stepAmounts(bounds, text, range)) {
    add({ op: 'step', reg: 'count', sign: -1, by }, 6, cue(step, DECREASE))
    add({ op: 'step', reg: 'count', sign: 1, by }, 6, cue(step, INCREASE))
    // Up to a cap the words name, what would go past it lost ("bank up to 6; credits over 6 are lost").
    if (range === undefined && STOPS_AT.test(text.toLowerCase()))
      for (const high of bounds.filter((bound) => bound > by)) add({ op: 'step', reg: 'count', sign: 1, by, high }, 8, cue(step, INCREASE))
    // Within the range the description names, a press at either end changing nothing ("from 16 to 28, in steps of 0.5").
    if (range === undefined) continue
    add({ op: 'step', reg: 'count', sign: -1, by, low: range[0], high: range[1] }, 8, cue(step, DECREASE))
    add({ op: 'step', reg: 'count', sign: 1, by, low: range[0], high: range[1] }, 8, cue(step, INCREASE))
  }
}

/** A command without values counts, serves, clears, or moves the mode or the yes/no state. */
function countingEffectOptions(
  step: StoryStep,
  modes: string[],
  bounds: readonly number[],
  add: AddOption,
  {
    counted,
    history,
    wraps,
    text,
    range,
    readRightAfter,
    namedByRefusal
  }: {
    counted: 'this' | 'other' | undefined
    history: boolean
    wraps: boolean
    text: string
    range: [number, number] | undefined
    readRightAfter: number[]
    /** A refusal's message repeats the command's own words: the state it leaves is a reason. */
    namedByRefusal: boolean
  }
): void {
  for (const reg of ['count', 'other'] as const) {
    add(
      { op: 'step', reg, sign: 1 },
      reg === 'count' ? 4 : 5,
      // A Then step that counts this command by its verb ("has been reopened 2 times") cues counting
      // it, and no other command's words ("picks up") then do.
      counted === 'this' ||
        (counted === undefined &&
          (cue(step, INCREASE) || cue(step, /\b(click|clicked|clicks|count|counts|counted|visit|visits|tap|tapped|stamp|stamped)\b/)))
    )
    add({ op: 'step', reg, sign: -1 }, reg === 'count' ? 4 : 5, cue(step, DECREASE))
    // Counting down to nothing and staying there: what is left never goes below 0.
    add({ op: 'step', reg, sign: -1, low: 0 }, reg === 'count' ? 6 : 7, cue(step, DECREASE))
    // By one within bounds the feature names, a press at either end changing nothing ("from 0 to 10").
    for (const [low, high] of boundPairs(bounds)) {
      add({ op: 'step', reg, sign: 1, low, high }, reg === 'count' ? 6 : 7, cue(step, INCREASE))
      add({ op: 'step', reg, sign: -1, low, high }, reg === 'count' ? 6 : 7, cue(step, DECREASE))
    }
    add({ op: 'reset', reg, value: 0 }, reg === 'count' ? 3 : 4, cue(step, RESET))
    // Filled up or started again at a value a Then step reads right after it ("I refill the feeder": 6 portions).
    for (const value of readRightAfter)
      if (value !== 0)
        add({ op: 'reset', reg, value }, (reg === 'count' ? 6 : 7) + constantDigitsBits(value), cue(step, REFILL) || cue(step, NEW_PERIOD))
    // The quantity handed out, and started again from nothing (a voucher printed for the total).
    add({ op: 'payOut', reg }, reg === 'count' ? 5 : 6)
  }
  namedAmountOptions(step, bounds, text, range, add)
  add({ op: 'shift' }, 3, cue(step, SERVE))
  add({ op: 'pop' }, 3.5, cue(step, POP))
  add({ op: 'pushCount' }, 4, cue(step, /\b(ticket|number|takes?)\b/))
  // Numbers that go round after one the feature's words name ("the tickets go round after 99"), where they speak of it.
  if (wraps)
    for (const after of bounds.filter((bound) => Number.isInteger(bound) && bound > 1)) add({ op: 'pushCount', wrapAfter: after }, 7, true)
  add({ op: 'clear' }, 4, cue(step, RESET))
  for (const mode of modes) add({ op: 'mode', value: mode }, 3, namesMode(step, mode))
  modeMoveOptions(step, add)
  for (const value of [true, false]) add({ op: 'flag', value }, FLAG_BITS, value && namedByRefusal)
  // One button that turns the yes/no state on and off again (a light, a mute): dearer than setting it one way.
  add({ op: 'toggleFlag' }, FLAG_BITS + 1.5, cue(step, TOGGLE))
  // Taking back the last command, or bringing back what was taken back: a history of states,
  // where the feature speaks of undoing at all (it would otherwise widen every search).
  if (!history) return
  add({ op: 'undo' }, HISTORY_BITS, cue(step, UNDO))
  add({ op: 'redo' }, HISTORY_BITS, cue(step, REDO))
}

/**
 * The values a command without values may fill the quantity to: one Then steps read right after
 * it, or, for a command that starts a new period, a number the words give ("up to 500.00 each year").
 */
function refillValues(story: Story, step: StoryStep): number[] {
  // A command that fills up ("the cylinder is filled") fills to a number the words give ("a full cylinder holds 200 bar").
  const named = cue(step, NEW_PERIOD) || cue(step, REFILL) ? mentionedNumbers(story).filter((value) => value > 0) : []
  return [...new Set([...numbersReadRightAfter(story, step), ...named])]
}

/**
 * How many items a list may keep, where the oldest drop off: the most a Then step reads in one
 * text (five files, newest first), and the whole numbers the words name.
 */
function mostItemsRead(story: Story): number[] {
  const counts = story.scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) =>
      story.steps[event.step]!.role === 'then'
        ? event.args.filter((arg): arg is string => typeof arg === 'string').map((text) => text.split(/,\s*/u).length)
        : []
    )
  )
  const most = Math.max(0, ...counts)
  const named = mentionedNumbers(story).filter((value) => Number.isInteger(value) && value >= 2 && value <= 50)
  return [...new Set([...(most >= 2 ? [most] : []), ...named])]
}

/**
 * The one number a Then step reads right after a command without values, in two scenarios or
 * more: the value the command may fill the quantity to (a feeder refilled to 6 portions, whatever
 * it held). Read once, it is no evidence: any command "sets" what one scenario reads after it.
 */
function numbersReadRightAfter(story: Story, step: StoryStep): number[] {
  const scenariosOf = new Map<number, Set<number>>()
  story.scenarios.forEach((scenario, position) =>
    scenario.events.forEach((event, index) => {
      const next = scenario.events[index + 1]
      if (event.step !== step.index || next === undefined || story.steps[next.step]!.role !== 'then') return
      const numbers = next.args.filter((arg): arg is number => typeof arg === 'number')
      if (numbers.length === 1) scenariosOf.set(numbers[0]!, (scenariosOf.get(numbers[0]!) ?? new Set()).add(position))
    })
  )
  return [...scenariosOf].filter(([, scenarios]) => scenarios.size >= 2).map(([value]) => value)
}

/** What writing a learnt number costs: its digits, as a constant's do in a table rule. */
function constantDigitsBits(value: number): number {
  return Math.log2(String(Math.abs(value)).replace('.', '').length + 1) + (Number.isInteger(value) ? 0 : 1)
}

/** Every pair of the feature's numbers, the lower first: the bounds a quantity may be kept within. */
function boundPairs(bounds: readonly number[]): Array<[number, number]> {
  return bounds.flatMap((low, index) => bounds.slice(index + 1).map((high): [number, number] => [low, high]))
}

/** Whether the feature's words speak of numbers going round ("the tickets go round after 99", "back to 1"). */
function speaksOfGoingRound(story: Story): boolean {
  const text = [story.name, story.description, ...story.scenarios.map((scenario) => scenario.name)].join('\n').toLowerCase()
  return /\b(go|goes|going|went|come|comes) (round|around)\b|\bwraps?\b|\bback to (1|one|0|zero)\b|\bstarts? again\b/.test(text)
}

/** Whether a step's words or the feature's speak of undoing. */
/** Whether the feature's words or steps speak of turns ("it is Ana's turn", "players take turns", "alternate"). */
const speaksOfTurns = perStory((story): boolean =>
  /\b(turns?|alternates?|alternating|in turn)\b/iu.test([story.description, ...story.steps.map((step) => step.words)].join('\n'))
)

function speaksOfUndo(story: Story): boolean {
  return UNDO.test(`${story.name}\n${story.description}`.toLowerCase()) || story.steps.some((step) => cue(step, UNDO))
}

/** A number the state is brought to ("I turn the dial to 5", "the heating is set at 21"), not one added. */
const SETS_TO = /\b(to|at) \{(int|float)\}/
/** What reading "to 5" as "5 more" costs beyond an amount added. */
const SET_TO_ADD_BITS = 3

/** A command's number: added or taken, set, travelled to, clamped within bounds, or listed. */
function numberEffectOptions(step: StoryStep, bounds: readonly number[], add: AddOption): void {
  // A number the state is brought to is no amount added: "to 5" says where the state ends up.
  const setsTo = SETS_TO.test(step.expression)
  for (const arg of numberParams(step)) {
    for (const reg of ['count', 'other'] as const) {
      const bits = (reg === 'count' ? 2 : 3) + (setsTo ? SET_TO_ADD_BITS : 0)
      add({ op: 'add', reg, arg, sign: 1 }, bits, cue(step, INCREASE))
      add({ op: 'add', reg, arg, sign: -1 }, bits, cue(step, DECREASE))
    }
    add({ op: 'set', reg: 'count', arg }, 3, setsTo)
    // A command that sets the limit a Given set up ("the goal is changed to 6000 steps"), only where its words name one.
    if (cue(step, LIMIT_WORDS)) add({ op: 'set', reg: 'limit', arg }, 5, true)
    add({ op: 'travel', arg }, 5, cue(step, /\b(floor|moves?|goes|travel|press|presses|pressed|called)\b/))
    // Kept within bounds the feature names; what is added stops at a top it names alone ("holds at most 200 litres").
    for (const [low, high] of boundPairs(bounds)) {
      add({ op: 'clampAdd', reg: 'count', arg, sign: 1, low, high }, 5, cue(step, INCREASE))
      add({ op: 'clampAdd', reg: 'count', arg, sign: -1, low, high }, 5, cue(step, DECREASE))
    }
    if (!bounds.includes(0))
      for (const high of bounds.filter((bound) => bound > 0))
        add({ op: 'clampAdd', reg: 'count', arg, sign: 1, low: 0, high }, 5, cue(step, INCREASE))
    add({ op: 'push', arg }, 3.5)
    // Numbers kept on a list as items ("hymn {int} is put up", "hymn {int} is taken down").
    add({ op: 'remove', arg }, 4, cue(step, LIST_REMOVE))
  }
}

/**
 * Whether two Then steps other than refusals read one text each, so that a second list could be
 * read: only then is an item moved between lists worth trying (each option widens the search).
 */
function readsTwoLists(story: Story): boolean {
  const texts = story.steps.filter(
    (step) => step.role === 'then' && !isRefusalObserver(step) && step.params.length === 1 && step.params[0] === 'string'
  )
  return texts.length >= 2
}

/** What a bound the words name leaves of a quantity, for a Then step whose words say what is left. */
function underOptions(step: StoryStep, story: Story): Array<Option<Reading>> {
  if (stringParams(step).length > 0 || !LEFT_UNDER.test(step.words)) return []
  return numberParams(step).flatMap((arg) =>
    mentionedNumbers(story)
      .filter((value) => value > 0)
      .flatMap((bound) =>
        (['count', 'other'] as const).map((reg) => ({
          value: { read: 'under' as const, reg, bound, arg },
          bits: reg === 'count' ? 4 : 4.5
        }))
      )
  )
}

/** Who holds a slot, whether it is free, how many a holder has: where a command could book one. */
function bookingReadings(step: StoryStep, story: Story): Array<Option<Reading>> {
  const expected = (arg: number) => expectedValues(story, step, arg)
  return bookingReadingOptions(step, expected, givenTexts(story), slotSizes(story), speaksOfBooking(story.steps))
}

/** The few texts a command's parameter `rank` takes across the scenarios: the values that may put an item ahead. */
function ranks(story: Story, step: StoryStep, rank: number): string[] {
  const values = [
    ...new Set(
      story.scenarios.flatMap((scenario) =>
        scenario.events.flatMap((event) => (event.step === step.index && typeof event.args[rank] === 'string' ? [event.args[rank]] : []))
      )
    )
  ]
  // A rank is one of a few kinds ("urgent", "routine"); a text that is different every time is a name, not a rank.
  return values.length >= 2 && values.length <= 3 ? values : []
}

/** A command's text: listed, removed, made the mode, or the key of a table entry it changes. */
function textEffectOptions(
  step: StoryStep,
  story: Story,
  add: AddOption,
  kinds: (arg: number) => boolean,
  people: (arg: number) => boolean,
  bounded: boolean
): void {
  const numbers = numberParams(step)
  const secondList = readsTwoLists(story)
  const ahead = AHEAD.test(`${story.description}\n${step.words}`.toLowerCase())
  const floored = speaksOfFloor(story)
  // A text kept under a key, or removed, where the feature keeps records (records.ts).
  if (storyKeepsRecords(story)) for (const option of recordEffectOptions(step)) add(option.value, option.bits)
  for (const arg of stringParams(step)) {
    add({ op: 'push', arg }, 2, cue(step, INCREASE))
    add({ op: 'pushUnique', arg }, 3, cue(step, INCREASE))
    add({ op: 'pushEach', arg }, 5, cue(step, /\b(type|types|typed|write|writes|written|enter|enters|entered)\b/))
    add({ op: 'remove', arg }, 2.5, cue(step, LIST_REMOVE))
    add({ op: 'unshift', arg }, 4, cue(step, /\b(front|first|next|top)\b/))
    // Back to the top from wherever it stood, the list kept to the most items a Then step reads in it (recent files).
    add({ op: 'unshift', arg, unique: true }, 5, cue(step, /\b(front|first|next|top|recent|latest|newest)\b/))
    for (const keep of mostItemsRead(story))
      add(
        { op: 'unshift', arg, unique: true, keep },
        8 + constantDigitsBits(keep),
        cue(step, /\b(front|first|next|top|recent|latest|newest)\b/)
      )
    add({ op: 'modeArg', arg }, 3)
    add({ op: 'tableStep', key: arg, sign: 1 }, 3.5, cue(step, INCREASE))
    // One more for the key, never beyond a limit the feature names (`bounded`: tried where no model reproduces
    // the story without): a booking past it that no Then step reports refused leaves the entry where it was.
    for (const high of bounded ? mentionedNumbers(story).filter((bound) => Number.isInteger(bound) && bound > 0) : [])
      add({ op: 'tableStep', key: arg, sign: 1, high }, 6, cue(step, INCREASE))
    if (numbers.length === 0) add({ op: 'tableDelete', key: arg }, 3.5, cue(step, LIST_REMOVE))
    // Off the list and onto a second one ("I mark "Brazil" as watched"), where a Then step could read that second list.
    if (secondList) add({ op: 'moveItem', arg }, 5, cue(step, MOVE))
    // Onto a queue ahead of the others where another text of the command says so ("checks in as "urgent"").
    for (const rank of stringParams(step))
      if (rank !== arg) for (const value of ranks(story, step, rank)) add({ op: 'pushAhead', arg, rank, value }, 6, ahead)
    // A command of its own for those who go ahead ("Ava arrives as urgent"), where its own words say so.
    if (AHEAD.test(step.words.toLowerCase())) add({ op: 'pushAhead', arg }, 6, true)
    // A kind whose own amount, which no step states, is added ("I insert a "can"": 0.15, learnt from the totals).
    if (numbers.length === 0 && kinds(arg)) add({ op: 'kindAdd', reg: 'count', key: arg }, 5)
    // The quantity goes to the key's entry, and starts again from nothing (the winner takes the pot).
    if (numbers.length === 0 && people(arg)) add({ op: 'payOut', reg: 'count', to: arg }, 5)
  }
  for (const key of stringParams(step)) {
    for (const value of numbers) {
      add({ op: 'tableAdd', key, value, sign: 1 }, 2, cue(step, INCREASE))
      add({ op: 'tableAdd', key, value, sign: -1 }, 2, cue(step, DECREASE))
      // Never below nothing ("a score never goes below 0"): dearer than a plain take, cheap where the words say so.
      add({ op: 'tableAdd', key, value, sign: -1, low: 0 }, floored ? 3.5 : 6, cue(step, DECREASE))
      add({ op: 'tableSet', key, value }, 3)
    }
  }
}

/** Whether the feature's words say an amount never goes below nothing ("never goes below 0", "never takes a team below zero"). */
function speaksOfFloor(story: Story): boolean {
  const text = [story.name, story.description, ...story.scenarios.map((scenario) => scenario.name)].join('\n').toLowerCase()
  return /\bbelow (0|zero|nothing)\b|\bnever negative\b|\bnot go negative\b/.test(text)
}

/** Readings a Then step may have, with their prior cost. */
function readingOptions(step: StoryStep, story: Story, derivedValues: boolean, flagged: boolean): Array<Option<Reading>> {
  const options: Array<Option<Reading>> = []
  const numbers = numberParams(step)
  const strings = stringParams(step)
  const booleans = step.params.flatMap((type, index) => (type === 'boolean' ? [index] : []))
  if (step.params.length === 0) {
    const negative = /\b(refused|rejected|denied|declined|not|fails|blocked|stays)\b/.test(step.words)
    // "the document is blank", "nobody is waiting": the list holds nothing (or, with "not", something).
    // Such words speak of the list, not of whether the last command was accepted: that reading costs more.
    const empty = /\b(empty|blank|nothing|clear|nobody|no one|none)\b/.test(step.words)
    options.push({ value: { read: 'accepted', arg: -1, negate: negative }, bits: empty ? 5 : 2 })
    if (empty) options.push({ value: { read: 'empty', arg: -1, negate: negative }, bits: 1.5 })
    // "the turnstile is locked", "the turnstile is unlocked": the yes/no state, one way round or the other.
    if (flagged) for (const negate of [false, true]) options.push({ value: { read: 'flag', arg: -1, negate }, bits: 3 })
    return options
  }
  options.push(...bookingReadings(step, story), ...lineReadingOptions(step, story))
  const given = givesText(story)
  if (storyKeepsRecords(story)) options.push(...recordReadingOptions(step, given))
  for (const arg of numbers) {
    if (strings.length > 0) for (const key of strings) options.push({ value: { read: 'tableAt', key, arg }, bits: 1.5 })
    options.push({ value: { read: 'count', arg }, bits: 1.5 })
    options.push({ value: { read: 'other', arg }, bits: 2.5 })
    options.push({ value: { read: 'length', arg }, bits: 2 })
    options.push({ value: { read: 'sum', arg }, bits: 3.5 })
    options.push({ value: { read: 'max', arg }, bits: 3.5 })
    options.push({ value: { read: 'produced', arg }, bits: 3 })
    options.push({ value: { read: 'first', arg }, bits: 3.5 })
    options.push({ value: { read: 'last', arg }, bits: 3.5 })
    options.push({ value: { read: 'tableSum', arg }, bits: 4 })
    options.push({ value: { read: 'tableLeft', arg }, bits: 4.5 })
    options.push({ value: { read: 'room', arg }, bits: 4.5 })
  }
  // What a person's allowance leaves them ("Omar has 18 pages left this week"), the item at a place of the
  // list ("act 2 is "Magic Max""), what a bound the words name leaves ("29.51 can still be spent this week").
  options.push(
    ...tableRoomOptions(step, story, strings, numbers),
    ...itemAtOptions(step.params, step.expression),
    ...underOptions(step, story)
  )
  // "Ana's badge is "bronze"": the value the step expects is the text beside the person's name, never the name.
  const read = valuesBesideNames(step.expression, strings, (arg) => namesPeople(story, step.index, arg))
  if (numbers.length === 0) for (const arg of read) options.push(...textReadingOptions(step, story, arg))
  for (const arg of booleans) {
    // "seat C4 is free: no": the list holds it; "free", "available", "missing" read the other way round.
    const absent = /\b(free|available|open|missing|absent|gone|not)\b/.test(step.words)
    // The item is a text ("seat C4"), or else a number ("locker 4 is taken: yes").
    for (const key of strings.length > 0 ? strings : numbers) {
      options.push({ value: { read: 'contains', key, arg }, bits: absent ? 4 : 2 })
      options.push({ value: { read: 'contains', key, arg, negate: true }, bits: absent ? 2 : 4 })
    }
    if (strings.length === 0) {
      const negative = /\b(refused|rejected|denied|not|blocked)\b/.test(step.words)
      options.push({ value: { read: 'accepted', arg, negate: negative }, bits: 3 })
    }
  }
  if (strings.length === 1 && numbers.length === 0 && booleans.length === 0) options.push(...statementOptions(step, story, strings[0]!))
  // A yes/no state a command sets ("the machine is running: yes"); which way round is a choice.
  for (const arg of flagged ? booleans : []) {
    options.push({ value: { read: 'flag', arg, negate: false }, bits: 3 })
    options.push({ value: { read: 'flag', arg, negate: true }, bits: 4 })
  }
  // What the state implies (silent, goal reached, "12 free" or "FULL"), as a rule learnt over it
  // once the effects are known. A derived text or number costs more than a yes/no, and its rule
  // must compress its rows as a table's does: a number could otherwise explain any count.
  // Or whether the list is empty ("everything is packed: yes", a yes/no whose words speak of all or nothing).
  for (const arg of booleans) options.push({ value: { read: 'derived', arg }, bits: DERIVED_BITS }, ...emptyListOptions(step, arg))
  if (!derivedValues) return options
  if (numbers.length === 0) for (const arg of read) options.push({ value: { read: 'derived', arg }, bits: DERIVED_VALUE_BITS })
  for (const arg of numbers) options.push({ value: { read: 'derived', arg }, bits: DERIVED_VALUE_BITS + 2 })
  return options
}

/** Words that name a place in a list: a statement with them reads that place. */
const PLACE_WORDS = /\b(next|first|top|front|last|latest|newest|oldest|head)\b/

/** What reading a statement that names a place as "it is there somewhere" costs: beyond the margin of near-best models. */
const PLACE_NAMED_BITS = 7

/**
 * A statement about one named thing, with no yes/no to fill ("Mia is a member", "Zoe is not a
 * member"): the list holds it, or with a denial it does not; or it is their turn.
 */
function statementOptions(step: StoryStep, story: Story, key: number): Array<Option<Reading>> {
  const denied = /\b(not|no longer|never)\b/.test(step.words)
  // Words of being among others ("Eve is on the list") make it the likelier reading than the last one in.
  const among = /\b(on|in|among|inside|member|signed|booked|registered|listed|included|present)\b/.test(step.words)
  // Words that name a place ("the next book to read is "Dune"") say which one, not only that it is there.
  const placed = PLACE_WORDS.test(step.words) ? PLACE_NAMED_BITS : 0
  return [
    { value: { read: 'contains', key, arg: -1, negate: denied }, bits: (among ? 2 : 2.5) + placed },
    ...turnOptions(step, story, denied)
  ]
}

/** "It is Ana's turn": the one at the front of the turns going round is Ana, where the feature speaks of turns. */
function turnOptions(step: StoryStep, story: Story, denied: boolean): Array<Option<Reading>> {
  if (denied || !speaksOfTurns(story)) return []
  const name = step.params.findIndex((type) => type === 'string')
  return [{ value: { read: 'first', arg: name }, bits: /\bturn\b/.test(step.words) ? 1.5 : 3 }]
}

/** Readings of a Then step's one text: the last served, an end of the list, the mode, or a list as one text. */
function textReadingOptions(step: StoryStep, story: Story, arg: number): Array<Option<Reading>> {
  const options: Array<Option<Reading>> = []
  options.push({ value: { read: 'produced', arg }, bits: 2 })
  options.push({ value: { read: 'first', arg }, bits: 2.5 })
  options.push({ value: { read: 'last', arg }, bits: 2.5 })
  options.push({ value: { read: 'mode', arg }, bits: 2 })
  options.push({ value: { read: 'tableArgmax', arg }, bits: 3 })
  // Who leads, or the one word the examples expect for a shared top ("tie").
  options.push(...leaderReadingOptions(step, story, arg, givenTexts(story)))
  options.push(...endOrWordOptions(expectedValues(story, step, arg), givenTexts(story), arg))
  // The list as one text: words joined by a space, entries by a comma, characters by nothing;
  // a separator only where a text the step expects holds it.
  const texts = expectedValues(story, step, arg)
  for (const [separator, bits] of JOINED_SEPARATORS)
    if (texts.some((text) => text.length > 1 && text.includes(separator))) options.push({ value: { read: 'joined', arg, separator }, bits })
  // The second list, the items moved off the first, as one text: a second list costs more.
  if (readsTwoLists(story))
    for (const [separator, bits] of JOINED_SEPARATORS)
      if (separator !== '' && texts.some((text) => text.includes(separator)))
        options.push({ value: { read: 'movedJoined', arg, separator }, bits: bits + 2 })
  return options
}

/** Every text a Given or When step is given: what a booking's holder may be. */
function givenTexts(story: Story): Set<Value> {
  return new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) =>
        story.steps[event.step]!.role === 'then' ? [] : event.args.filter((arg) => typeof arg === 'string')
      )
    )
  )
}

/** A reading of the whole story, made once per story: the search asks for it for every step or candidate model. */
function perStory<T>(read: (story: Story) => T): (story: Story) => T {
  const known = new WeakMap<Story, T>()
  return (story) => {
    if (!known.has(story)) known.set(story, read(story))
    return known.get(story)!
  }
}

/** Whether the feature keeps records (records.ts). */
const storyKeepsRecords = perStory((story) => keepsRecords(story.steps, givesText(story)))

/** Whether every text a Then step expects in its parameter is one a Given or a command gives (what kept records could hold). */
function givesText(story: Story): (step: StoryStep, arg: number) => boolean {
  const given = givenTexts(story)
  return (step, arg) => {
    const values = expectedValues(story, step, arg)
    return values.length > 0 && values.every((value) => given.has(value))
  }
}

/** How many texts name a slot in the commands that could book one. */
function slotSizes(story: Story): Set<number> {
  return new Set(
    story.steps
      .filter((step) => step.role === 'when')
      .flatMap((step) => bookingEffectOptions(step).flatMap((option) => (option.value.op === 'hold' ? [option.value.slot.length] : [])))
  )
}

/** The texts a Then step expects in its parameter `arg`, across the scenarios. */
function expectedValues(story: Story, step: StoryStep, arg: number): string[] {
  return story.scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) => (event.step === step.index && typeof event.args[arg] === 'string' ? [event.args[arg]] : []))
  )
}

/** Whether some command of the story is given numbers alone ("hymn {int} is put up"): a list's items may be numbers. */
function commandsGiveNumbers(story: Story): boolean {
  return story.steps.some((step) => step.role === 'when' && step.params.length > 0 && step.params.every((type) => type === 'number'))
}

/** The separators a list read as one text may have, with their prior cost. */
const JOINED_SEPARATORS: ReadonlyArray<[string, number]> = [
  [' ', 3],
  [', ', 3],
  ['', 4]
]

/** A derived reading costs its rule's bits on top of this. */
const DERIVED_BITS = 6
const DERIVED_VALUE_BITS = 8

/** Which register an effect changes, and which a reading reads. */
function registersOfEffect(effect: Effect): Register[] {
  // A tally counts in the table and remembers each pair on the list.
  if (effect.op === 'tally') return ['table', 'items']
  // Served onward: the one served goes onto the second list.
  if (effect.op === 'shift' && effect.onward) return ['items', 'moved']
  if (effect.op === 'tableClear') return ['table']
  if (effect.op === 'recordSet' || effect.op === 'recordDelete' || effect.op === 'recordSwap') return ['records']
  if (effect.op === 'dayStreak') return ['count', 'other', 'mode']
  if (effect.op === 'both') return [...registersOfEffect(effect.first), ...registersOfEffect(effect.second)]
  if (effect.op === 'strikes') return [effect.reg, ...registersOfEffect(effect.accepted)]
  if (effect.op === 'when') return [...registersOfEffect(effect.then), ...registersOfEffect(effect.otherwise)]
  return registersOfPlainEffect(effect)
}

type PlainEffect = Exclude<
  Effect,
  { op: 'both' | 'strikes' | 'when' | 'tally' | 'tableClear' | 'dayStreak' | 'recordSet' | 'recordDelete' | 'recordSwap' }
>

/** The registers an effect of one part changes. */
function registersOfPlainEffect(effect: PlainEffect): Register[] {
  if (effect.op === 'none') return []
  switch (effect.op) {
    case 'set':
    case 'reset':
    case 'add':
    case 'step':
    case 'clampAdd':
    case 'rateAdd':
    case 'kindAdd':
      return [effect.reg]
    case 'keepBest':
      return ['other']
    case 'travel':
      return ['count', 'other']
    case 'wrapStep':
    case 'recall':
      return ['count']
    case 'pushCount':
      return ['items', 'count']
    case 'push':
    case 'pushUnique':
    case 'pushAll':
    case 'pushEach':
    case 'unshift':
    case 'shift':
    case 'pop':
    case 'rotate':
    case 'remove':
    case 'shiftItem':
    case 'swapItems':
    case 'pushAhead':
    case 'clear':
    case 'listSet':
    case 'fillPlaces':
    case 'takeLowestPlace':
      return ['items']
    case 'moveItem':
      return ['items', 'moved']
    case 'hold':
    case 'release':
      return ['slots']
    case 'undo':
    case 'redo':
      return ['history']
    case 'charge':
      return ['other', 'items']
    case 'payOut':
      return effect.to === undefined ? [effect.reg, 'items'] : [effect.reg, 'table']
    default:
      return keyedRegisters(effect)
  }
}

type KeyedEffect = Extract<
  PlainEffect,
  {
    op:
      | 'tableSet'
      | 'tableSetWords'
      | 'tableAdd'
      | 'tableStep'
      | 'tableDelete'
      | 'tableMove'
      | 'lineAdd'
      | 'mode'
      | 'modeArg'
      | 'modeNext'
      | 'modeBack'
      | 'flag'
      | 'toggleFlag'
  }
>

/** The table, the mode or the yes/no state. */
function keyedRegisters(effect: KeyedEffect): Register[] {
  switch (effect.op) {
    case 'mode':
    case 'modeArg':
    case 'modeNext':
    case 'modeBack':
      return ['mode']
    case 'flag':
    case 'toggleFlag':
      return ['flag']
    default:
      return ['table']
  }
}

function registerOfReading(reading: Reading): Register | undefined {
  if (isPlacesReading(reading)) return 'items'
  if (reading.read === 'under') return reading.reg
  if (reading.read === 'itemAt') return 'items'
  switch (reading.read) {
    case 'count':
      return 'count'
    case 'other':
      return 'other'
    case 'length':
    case 'sum':
    case 'max':
    case 'produced':
    case 'first':
    case 'last':
    case 'firstOr':
    case 'lastOr':
    case 'contains':
    case 'joined':
    case 'empty':
      return 'items'
    case 'movedJoined':
      return 'moved'
    case 'holderOf':
    case 'heldBy':
      return 'slots'
    case 'recordAt':
    case 'recordHas':
    case 'recordCount':
      return 'records'
    case 'tableAt':
    case 'tableRoom':
    case 'tableSum':
    case 'tableLeft':
    case 'tableArgmax':
    case 'leader':
    case 'tableSize':
    case 'lineTotal':
      return 'table'
    case 'room':
      return 'limit'
    case 'mode':
      return 'mode'
    case 'flag':
      return 'flag'
    default:
      return undefined
  }
}

function isYesNo(thenSteps: StoryStep[], index: number): boolean {
  const step = thenSteps[index]
  return step !== undefined && step.params.length === 1 && step.params[0] === 'boolean'
}

/** Whether some Then step of the story reports a refusal. */
const refusesSome = perStory((story): boolean => story.steps.some(isRefusalObserver))

/** A Then step that reports a refusal: its last value is the message, any before it texts (whose refusal: "Eli is told ..."). */
function isRefusalObserver(step: StoryStep): boolean {
  return reportsRefusal(step)
}

/** Which of a refusal's Then step's values is the message: the last. */
const messageArg = (step: StoryStep): number => step.params.length - 1

/** For each scenario, the indices of its When events that were refused (a refusal is reported after them, or the scenario shows it). */
const refusedEvents = reportedRefusals

/**
 * Numbers the feature's words name: the bounds a quantity is kept within ("between 5 and 30"),
 * in its description or a scenario's name ("the wallet holds at most 150 euros").
 */
const mentionedNumbers = perStory((story): readonly number[] => {
  const text = [story.name, story.description, ...story.scenarios.map((scenario) => scenario.name)].join('\n')
  return [...new Set([...text.matchAll(/(?<![\w.])(-?\d+(?:\.\d+)?)(?!\w|\.\d)/g)].map((match) => Number(match[1])))].sort((a, b) => a - b)
})

/** A quotation the words give as an example ("a message that says how many are left, such as "only 10 grams left""). */
const EXAMPLE_QUOTE = /\b(?:such as|for example|for instance|e\.g\.|like)[\s,:]*["\u201c][^"\u201d\n]*["\u201d]/giu

/** The numbers the words name outside the quotations they give as examples: an example's number is not the rule's. */
const statedNumbers = perStory((story): readonly number[] => {
  const text = [story.name, story.description.replace(EXAMPLE_QUOTE, ' '), ...story.scenarios.map((scenario) => scenario.name)].join('\n')
  return [...new Set([...text.matchAll(/(?<![\w.])(-?\d+(?:\.\d+)?)(?!\w|\.\d)/g)].map((match) => Number(match[1])))]
})

/**
 * String values a mode may take: those Then steps compare it with, and those Given steps start
 * it in ("the door starts \"closed\""). A command may lead to a state no Then step ever reads;
 * leaving such a state out would make a wrong target look like the only one.
 */
function modeValues(story: Story): string[] {
  const values = new Set<string>()
  const messages = new Set<string>()
  for (const scenario of story.scenarios) {
    for (const event of scenario.events) {
      const step = story.steps[event.step]!
      if ((step.role === 'then' && !isRefusalObserver(step)) || step.role === 'given')
        for (const arg of event.args) if (typeof arg === 'string') values.add(arg)
      if (isRefusalObserver(step)) messages.add(String(event.args[0]))
    }
  }
  // States the description names beside those the scenarios show ("rinse", between "wash" and "spin"), where it names some they show.
  for (const mode of namedModes(story, values, messages)) values.add(mode)
  return [...values]
}

/** The states the description names, in its order, where it names some the scenarios show; otherwise none. */
function namedModes(story: Story, shown: ReadonlySet<string>, messages: ReadonlySet<string>): string[] {
  // A state the description says a command leads to is one, however many words it has ("out for delivery").
  const targets = statedTargets(story.description).map((target) => target.mode)
  const described = [...new Set([...describedModes(story.description, messages), ...targets.filter((mode) => !messages.has(mode))])]
  if (described.some((mode) => shown.has(mode))) return described
  // Or listed without quotes beside two the scenarios show ("the door is open, closed or locked").
  return listedModes(story.description, shown)
}

/** The description's states in its order, as a "next mode" table the words give (no table to learn). */
function statedModeTable(story: Story): Array<[string, string]> | undefined {
  const modes = modeValues(story)
  // A sentence that names a state again closes the cycle ("and back to "green"").
  const cycle = quotedCycle(story.description, modes)
  if (cycle !== undefined) return firstSuccessors(statedSuccession(cycle) ?? [])
  const quoted = statedSuccession(describedModes(story.description, new Set()).filter((mode) => modes.includes(mode)))
  if (quoted !== undefined) return quoted
  // Or the modes the scenarios show, named in one sentence without quotes ("from cotton to synthetics to wool").
  const named = namedOrder(story.description, modes)
  return named === undefined ? undefined : firstSuccessors(statedSuccession(named) ?? [])
}

/**
 * A command the words say turns the thing on in one mode or off ("The power button turns the
 * purifier on in auto mode, or turns it off"): its sentence names it and exactly two modes. From
 * the one, it goes to the other; from any other mode, to the one (off from turbo, as from auto).
 * Both readings are offered, the scenarios choose.
 */
function onOrOffTables(story: Story, step: StoryStep): Array<Array<[string, string]>> {
  const own = ownWords(story, step)
  const modes = modeValues(story)
  const word = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u')
  const sentences = story.description
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/u)
    .map((text) => text.toLowerCase())
    .filter((text) => own.some((ownWord) => word(ownWord).test(text)))
  if (sentences.length !== 1) return []
  const named = modes.filter((mode) => word(mode).test(sentences[0]!))
  if (named.length !== 2) return []
  return [named, [...named].reverse()].map(([off, on]) => [
    [off!, on!],
    ...modes.filter((mode) => mode !== off).map((mode): [string, string] => [mode, off!])
  ])
}

/** The words a step has that no other command without values has ("power" of "the power button is pressed"). */
function ownWords(story: Story, step: StoryStep): string[] {
  const wordsOf = (other: StoryStep) =>
    other.words
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
  const others = new Set(
    story.steps.filter((other) => other.role === 'when' && other.params.length === 0 && other.index !== step.index).flatMap(wordsOf)
  )
  return wordsOf(step).filter((word) => !others.has(word))
}

/**
 * Whether the order the words state is this command's: the sentence that states it names this
 * command ("The mode button steps from auto to night to turbo"), or names no other command
 * without values. A command another sentence speaks of ("The power button turns it on in auto")
 * keeps a table of its own to learn.
 */
function ownsStatedOrder(story: Story, step: StoryStep, stated: ReadonlyArray<[string, string]>): boolean {
  const modes = [...new Set(stated.flat())].map((mode) => mode.toLowerCase())
  const sentence = story.description
    .split(/(?<=[.!?])\s+/u)
    .map((text) => text.toLowerCase())
    .find((text) => modes.every((mode) => text.includes(mode)))
  if (sentence === undefined) return true
  const names = (candidate: StoryStep) =>
    ownWords(story, candidate).some((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'u').test(sentence))
  if (names(step)) return true
  return !story.steps.some((other) => other.role === 'when' && other.params.length === 0 && other.index !== step.index && names(other))
}

/** A "next mode" command whose table is learnt once the other effects are chosen (not one the words state). */
const learntLater = (effect: Effect | undefined): boolean => effect?.op === 'modeNext' && effect.stated !== true

/** A step names a mode: the mode's word, or a verb it is the state of ("close" → "closed", "lock" → "locked"). */
function namesMode(step: StoryStep, mode: string): boolean {
  const value = mode.toLowerCase()
  return (
    step.words.includes(value) ||
    step.words.split(/\s+/).some((word) => word.length >= 3 && (value === `${word}ed` || value === `${word}d`))
  )
}

/**
 * The mode after a "next mode" command whose table is still to learn, in a prefix's check: the
 * quantities the other commands change are still checked past it (a lock's boats while its water
 * follows a table), so a search over such tables is pruned as early as any other.
 */
const UNKNOWN_MODE = '\u0000unknown mode'

/**
 * Whether a prefix's check can go on past this command: its effect is chosen, and it does not
 * read a mode still unknown.
 */
function checkablePast(effect: Effect | undefined, state: State): boolean {
  if (effect === undefined) return false
  if (state.mode !== UNKNOWN_MODE) return true
  return !(effect.op === 'dayStreak' || (effect.op === 'strikes' && effect.check !== undefined))
}

/** An amount still to learn as NaN: what it changes is unknown, what the other commands change is still checked. */
function withUnknownAmount(effect: Effect | undefined, args: readonly Value[]): Effect | undefined {
  const kind = unlearnt(effect)
  return kind === undefined ? effect : withLearnt(effect!, [[kindOf(kind, args), Number.NaN]])
}

interface Trace {
  /** State before each event, per scenario, with the effects chosen so far. */
  states: State[][]
}

/**
 * Simulates the scenarios with effects (refused commands skipped) and checks the readings of the
 * non-refusal Then steps; returns the traces, or undefined at the first disagreement.
 */
function simulate(
  story: Story,
  effects: Array<Effect | undefined>,
  readings: Array<Reading | undefined>,
  refused: Array<Set<number>>,
  scenarios: number[],
  collect?: Array<{ value: Value | undefined; expected: Value }>,
  prefix = false
): Trace | undefined {
  // Work is the events replayed (and the states copied for them).
  for (const index of scenarios) chargeWork(story.scenarios[index]!.events.length)
  const traces: State[][] = []
  for (const index of scenarios) {
    const scenario = story.scenarios[index]!
    let state = initialState()
    const states: State[] = []
    for (let position = 0; position < scenario.events.length; position++) {
      const event = scenario.events[position]!
      states.push(state)
      const step = story.steps[event.step]!
      // A prefix ends at the first command whose effect is still to choose: what comes before is decided.
      // So does one whose data is learnt from the whole choice (a "next mode" table, amounts per kind).
      if (prefix && step.role !== 'then' && !checkablePast(effects[event.step], state)) break
      if (step.role === 'then') {
        const reading = readings[event.step]
        if (reading === undefined || reading.read === 'derived') continue
        // A mode a table still to learn leads to is any mode: only the other readings can disagree yet.
        if (reading.read === 'mode' && state.mode === UNKNOWN_MODE) continue
        const value = read(state, reading, event.args)
        // So is a quantity an amount still to learn has changed (NaN): any number, for now.
        if (prefix && typeof value === 'number' && Number.isNaN(value)) continue
        const expected = expectedOf(reading, event.args)
        // Collecting what each reading saw (to solve for amounts): a disagreement is an equation, not the end.
        if (collect !== undefined) {
          collect.push({ value, expected })
          continue
        }
        if (!(typeof value === 'number' && typeof expected === 'number' ? Math.abs(value - expected) < 1e-9 : value === expected))
          return undefined
        continue
      }
      // A command that checks its value refuses a wrong one by itself, reported or not.
      // So does one the words refuse in the mode it meets ("approving any other claim is refused with …").
      const isRefused =
        refused[index]!.has(position) ||
        (step.role === 'when' && (refusesItself(state, effects[event.step], event.args) || wordsRefuse(story, event.step, state.mode)))
      if (step.role === 'when') state = { ...state, refused: isRefused, refusal: undefined }
      if (isRefused) {
        // A command that counts its refusals still counts this one.
        const strike = refusalEffect(effects[event.step])
        if (strike !== undefined) state = applyEffect(state, strike, event.args) ?? state
        continue
      }
      if (prefix && learntLater(effects[event.step]) && state.mode !== undefined) {
        state = { ...state, mode: UNKNOWN_MODE }
        continue
      }
      const effect = prefix ? withUnknownAmount(effects[event.step], event.args) : effects[event.step]
      const next = applyStep(state, effect ?? { op: 'none' }, event.args, step.role)
      if (next === undefined) return undefined
      state = next
    }
    traces.push(states)
  }
  return { states: traces }
}

/**
 * The `limit` cheapest ways to pick one option per list, cheapest first: best-first over index
 * vectors (each list sorted by bits), so a cheap combination is never cut off by the order the
 * lists happen to be in.
 */
export function cheapestCombinations<T>(
  choices: ReadonlyArray<ReadonlyArray<Option<T>>>,
  limit: number
): Array<{ readings: Array<Option<T>>; bits: number }> {
  if (choices.some((list) => list.length === 0)) return []
  const sorted = choices.map((list) => [...list].sort((a, b) => a.bits - b.bits))
  const bitsOf = (indices: number[]) => indices.reduce((sum, index, position) => sum + sorted[position]![index]!.bits, 0)
  const start = sorted.map(() => 0)
  const frontier: Array<{ indices: number[]; bits: number }> = [{ indices: start, bits: bitsOf(start) }]
  const seen = new Set([start.join(',')])
  const result: Array<{ readings: Array<Option<T>>; bits: number }> = []
  while (frontier.length > 0 && result.length < limit) {
    // The frontier stays small (at most lists × results): a linear scan for the cheapest is enough.
    let cheapest = 0
    for (let index = 1; index < frontier.length; index++) if (frontier[index]!.bits < frontier[cheapest]!.bits) cheapest = index
    const { indices, bits } = frontier.splice(cheapest, 1)[0]!
    result.push({ readings: indices.map((index, position) => sorted[position]![index]!), bits })
    indices.forEach((index, position) => {
      if (index + 1 >= sorted[position]!.length) return
      const next = [...indices]
      next[position] = index + 1
      const key = next.join(',')
      if (seen.has(key)) return
      seen.add(key)
      frontier.push({ indices: next, bits: bitsOf(next) })
    })
  }
  return result
}

/** `bounded`: keyed counts may stop at a limit the feature names (see textEffectOptions). */
type SearchOptions = { clock?: () => number; timeBudgetMs?: number; bounded?: boolean }

export function synthesiseStory(story: Story, options: SearchOptions = {}): StoryResult {
  const found = searchWithBounds(story, options)
  if (found.solution !== undefined) return found
  // Commands the scenarios show refused though no Then step says so: tried where nothing else fits.
  const unreported = withUnreportedRefusals(story)
  const retried = unreported === undefined ? undefined : searchWithBounds(unreported, options)
  return retried?.solution === undefined ? found : retried
}

function searchWithBounds(story: Story, options: SearchOptions): StoryResult {
  const found = searchReadingsWays(story, options)
  // Commands past a limit that no Then step reports refused: the count stops at the limit the words name.
  if (found.solution !== undefined || !refusesSome(story) || mentionedNumbers(story).length === 0) return found
  const bounded = searchReadingsWays(story, { ...options, bounded: true })
  return bounded.solution === undefined ? found : bounded
}

function searchReadingsWays(story: Story, options: SearchOptions): StoryResult {
  const result = searchWithRefusals(story, options)
  if (result.solution !== undefined) return result
  // Where no model reads them as refusal reports, the Then steps on the refusal word list that
  // the scenarios show reading the state (after another step reported the refusal) are readings.
  const read = withObservedReadings(story)
  return read === undefined ? result : searchWithRefusals(read, options)
}

function searchWithRefusals(story: Story, options: SearchOptions): StoryResult {
  // Then steps the scenarios show reporting a refusal, whatever their verb: a model in which the
  // commands they follow changed nothing comes first; where none exists they are plain readings.
  // Where only the plain reading decides the model ("the barrier shows "FULL"" read from the
  // spaces), that one is kept: both fit every scenario, and the decided one is the answer.
  const observed = withObservedRefusals(story)
  const refusing = observed === undefined ? undefined : searchStory(observed, options)
  if (refusing?.status === 'synthesised') return refusing
  const plain = searchStory(story, options)
  return refusing?.solution === undefined || plain.status === 'synthesised' ? plain : refusing
}

function searchStory(story: Story, options: SearchOptions): StoryResult {
  const clock = options.clock ?? workClock()
  const started = clock()
  const modes = modeValues(story)
  const bounds = mentionedNumbers(story)
  const actionSteps = story.steps.filter((step) => step.role !== 'then')
  const search: StorySearch = {
    story,
    clock,
    deadline: started + (options.timeBudgetMs ?? 4000),
    refused: refusedEvents(story),
    thenSteps: story.steps.filter((step) => step.role === 'then' && !isRefusalObserver(step)),
    actionSteps,
    effectChoices: actionSteps.map((step) => effectOptions(step, story, modes, bounds, options.bounded)),
    ...searchOrder(story, actionSteps),
    solutions: [],
    visits: 0,
    best: Infinity
  }
  // A yes/no state needs a command without values to set it ("the start button is pressed").
  const flagged = story.steps.some((step) => step.role === 'when' && step.params.length === 0)
  // Readings derived as a text or a number from the state widen the search a lot: they are tried
  // only when no model reads its Then steps from the registers themselves.
  for (const derivedValues of [false, true]) {
    if (search.solutions.length > 0) break
    searchReadings(search, derivedValues, flagged)
  }
  return outcome(story, search.solutions, clock() - started)
}

/** The state of one story's search: what it searches over, and the models found so far. */
interface StorySearch {
  story: Story
  clock: () => number
  deadline: number
  refused: Array<Set<number>>
  /** The Then steps that read the state (not those reporting a refusal), and the Given and When steps. */
  thenSteps: StoryStep[]
  actionSteps: StoryStep[]
  effectChoices: Array<Array<Option<Effect>>>
  /** The action steps in the order they are chosen, and the scenarios checkable after each depth. */
  order: number[]
  checkableAfter: number[][]
  solutions: StorySolution[]
  visits: number
  best: number
}

/**
 * Scenarios become checkable once all their action steps are chosen: the steps are chosen in
 * the order they are first used, and after each the scenarios it completes are checked.
 */
function searchOrder(story: Story, actionSteps: StoryStep[]): { order: number[]; checkableAfter: number[][] } {
  const firstUse = (stepIndex: number) => {
    let position = Infinity
    story.scenarios.forEach((scenario, scenarioIndex) =>
      scenario.events.forEach(
        (event, eventIndex) => event.step === stepIndex && (position = Math.min(position, scenarioIndex * 1000 + eventIndex))
      )
    )
    return position
  }
  const order = actionSteps.map((_, index) => index).sort((a, b) => firstUse(actionSteps[a]!.index) - firstUse(actionSteps[b]!.index))
  const checkableAfter = order.map((_, depth) => {
    const chosen = new Set(order.slice(0, depth + 1).map((index) => actionSteps[index]!.index))
    return story.scenarios
      .map((scenario, index) =>
        scenario.events.every((event) => story.steps[event.step]!.role === 'then' || chosen.has(event.step)) ? index : -1
      )
      .filter((index) => index >= 0)
  })
  return { order, checkableAfter }
}

/** Reading assignments, cheapest first (a bounded number), each with the effects that reproduce the scenarios under it. */
function searchReadings(search: StorySearch, derivedValues: boolean, flagged: boolean): void {
  const { story, thenSteps } = search
  const readingChoices = thenSteps.map((step) => [
    ...readingOptions(step, story, derivedValues, flagged),
    ...placesReadingOptions(step, story.scenarios, speaksOfWaitingList(story))
  ])
  const opposed = opposedPairs(thenSteps)
  for (const combination of cheapestCombinations(readingChoices, MAX_READING_COMBINATIONS)) {
    if (search.clock() > search.deadline || search.visits > MAX_VISITS) break
    if (combination.bits > search.best + MARGIN_BITS) break
    if (!pinsTheStateDown(thenSteps, combination.readings)) continue
    // "the account is not locked" reads what "the account is locked" reads, the other way round.
    if (
      !readOppositely(
        opposed,
        combination.readings.map((option) => option.value)
      )
    )
      continue
    const readings: Array<Reading | undefined> = story.steps.map(() => undefined)
    thenSteps.forEach((step, index) => (readings[step.index] = combination.readings[index]!.value))
    const needed = neededRegisters(combination.readings.map((option) => option.value))
    const standing = standingSteps(story, isRefusalObserver)
    thenSteps.forEach((step, index) =>
      standingRegisters(step, combination.readings[index]!.value, standing).forEach((register) => needed.add(register))
    )
    const read = new Set(combination.readings.map((option) => registerOfReading(option.value)))
    // Effects restricted to the registers some reading needs (or to none at all); a limit is free to set.
    const choices = search.effectChoices.map((options) =>
      options
        .filter((option) => {
          // A command that changes a quantity besides its state: only where a Then step reads the quantity itself.
          if (option.value.op === 'both') return registersOfEffect(option.value.second).some((register) => read.has(register))
          const registers = registersOfEffect(option.value)
          return (
            registers.length === 0 ||
            registers.some(
              (register) =>
                needed.has(register) || register === 'limit' || register === 'mode' || register === 'flag' || register === 'history'
            )
          )
        })
        .sort((a, b) => a.bits - b.bits)
    )
    searchEffects(search, readings, choices, combination.bits + SHARED_READING_BITS * sharedReadings(combination.readings))
  }
}

/**
 * Two Then steps in other words ("the cash box holds 6 coins", "people through: 1") are likelier
 * two quantities than one: each Then step that reads what another already reads costs this.
 */
const SHARED_READING_BITS = 10

function sharedReadings(readings: Array<Option<Reading>>): number {
  const values = readings.filter((option) => VALUE_READINGS.has(option.value.read)).map((option) => option.value.read)
  return values.length - new Set(values).size
}

/**
 * At least one reading must pin the state down; a derived yes/no only reads it (a derived text or
 * number is held to a table's compression, which pins it down).
 */
function pinsTheStateDown(thenSteps: StoryStep[], readings: Array<Option<Reading>>): boolean {
  if (thenSteps.length === 0 || !readings.every((option) => option.value.read === 'derived')) return true
  return readings.some((option, index) => option.value.read === 'derived' && !isYesNo(thenSteps, index))
}

/** The registers the effects may change for these readings to see something. */
function neededRegisters(readings: Reading[]): Set<Register> {
  const needed = new Set(readings.map(registerOfReading).filter((register): register is Register => register !== undefined))
  // A standing counts those on the list (who joined) that never scored.
  if (readings.some((reading) => reading.read === 'contains' || reading.read === 'leader')) needed.add('items')
  // Registers that feed others: numbered tickets come from the count, a lift's travel from its floor.
  if (needed.has('items')) needed.add('count')
  if (needed.has('other')) needed.add('count')
  // What is left is the quantity less the table's entries; the room, the limit less the quantity.
  if (readings.some((reading) => reading.read === 'tableLeft' || reading.read === 'room')) needed.add('count')
  // A derived reading reads the quantities: they must be free to change.
  if (readings.some((reading) => reading.read === 'derived')) needed.add('count')
  return needed
}

/** Depth first over the action steps' effects, a scenario checked as soon as all its steps have one. */
function searchEffects(
  search: StorySearch,
  readings: Array<Reading | undefined>,
  choices: Array<Array<Option<Effect>>>,
  startBits: number
): void {
  const { story, refused, order, checkableAfter, actionSteps } = search
  const effects: Array<Effect | undefined> = story.steps.map(() => undefined)
  const growing = growingPrefixes(story, actionSteps, order, checkableAfter)
  const visit = (depth: number, bits: number) => {
    // The time budget is a hard limit, inside a combination too.
    chargeWork()
    if (++search.visits > MAX_VISITS || bits > search.best + MARGIN_BITS || search.clock() > search.deadline) return
    if (depth === order.length) return recordSolution(search, effects, readings, bits)
    const stepIndex = actionSteps[order[depth]!]!.index
    for (const option of choices[order[depth]!]!) {
      effects[stepIndex] = option.value
      if (!toLearn(option.value) && checkableAfter[depth]!.length > 0 && !effects.some(toLearn)) {
        if (simulate(story, effects, readings, refused, checkableAfter[depth]!) === undefined) continue
      } else if (checkableAfter[depth]!.length > 0 && !effects.some(learntLater) && effects.some(learnsAmounts)) {
        // Amounts still to learn: the scenarios so far must at least leave some amounts that fit.
        if (!amountsFit(search, effects, readings, checkableAfter[depth]!)) continue
      }
      // Scenarios not yet complete are checked as far as their commands are chosen: a state
      // machine's first commands are pruned before the commands that complete its scenarios.
      const prefixes = effects.some(toLearn) ? [...checkableAfter[depth]!, ...growing[depth]!] : growing[depth]!
      if (prefixes.length > 0 && simulate(story, effects, readings, refused, prefixes, undefined, true) === undefined) continue
      visit(depth + 1, bits + option.bits)
    }
    effects[stepIndex] = undefined
  }
  visit(0, startBits)
}

/** Whether some amounts could give what these scenarios read (see `amountsMayFit`). */
function amountsFit(
  search: StorySearch,
  effects: Array<Effect | undefined>,
  readings: Array<Reading | undefined>,
  scenarios: number[]
): boolean {
  const { story, refused } = search
  const observe = (candidate: ReadonlyArray<{ op: string } | undefined>) => {
    const collected: Array<{ value: Value | undefined; expected: Value }> = []
    const trace = simulate(story, candidate as Array<Effect | undefined>, readings, refused, scenarios, collected)
    return trace === undefined ? undefined : collected
  }
  return amountsMayFit(story, effects, (scenario, position) => !refused[scenario]!.has(position), observe)
}

/** Effects whose data is learnt once the whole choice is made: a "next mode" table, amounts per kind. */
const toLearn = (effect: Effect | undefined): boolean => learntLater(effect) || learnsAmounts(effect)

/** What one learnt amount per kind costs: a number the examples had to give. */
const KIND_AMOUNT_BITS = 3

/**
 * The choice of effects with its amounts per kind learnt from the readings (each amount costs
 * `KIND_AMOUNT_BITS`); undefined when the readings do not determine them.
 */
function withKindAmounts(
  search: StorySearch,
  effects: Array<Effect | undefined>,
  readings: Array<Reading | undefined>
): { effects: Array<Effect | undefined>; bits: number } | undefined {
  const { story, refused } = search
  if (!effects.some(learnsAmounts)) return { effects, bits: 0 }
  const everyScenario = story.scenarios.map((_, index) => index)
  const observe = (candidate: ReadonlyArray<{ op: string } | undefined>) => {
    const collected: Array<{ value: Value | undefined; expected: Value }> = []
    const trace = simulate(story, candidate as Array<Effect | undefined>, readings, refused, everyScenario, collected)
    return trace === undefined ? undefined : collected
  }
  const tables = learnKindAmounts(story, effects, (scenario, position) => !refused[scenario]!.has(position), observe)
  if (tables === undefined) return undefined
  const learnt = effects.map((effect, index) =>
    effect !== undefined && learnsAmounts(effect) ? withLearnt(effect, tables.get(index) ?? []) : effect
  )
  const entries = [...tables.values()].reduce((sum, table) => sum + table.length, 0)
  return { effects: learnt, bits: KIND_AMOUNT_BITS * entries }
}

/** Whether a Then step reads a number (other than a refusal's): a learnt amount is only ever seen through one. */
function readsNumbers(story: Story): boolean {
  return story.steps.some((step) => step.role === 'then' && !isRefusalObserver(step) && step.params.some((param) => param === 'number'))
}

/** A complete choice of effects: its "next mode" tables learnt, its guards found, and kept if it reproduces every scenario. */
function recordSolution(
  search: StorySearch,
  chosen: Array<Effect | undefined>,
  readings: Array<Reading | undefined>,
  chosenBits: number
): void {
  const { story, refused } = search
  // Amounts per kind first: a "next mode" table is learnt over the states they give.
  const amounts = withKindAmounts(search, chosen, readings)
  if (amounts === undefined) return
  const effects = amounts.effects
  const bits = chosenBits + amounts.bits
  // Learnt once, jointly, for every "next mode" command of this choice of effects.
  const tables = effects.some(learntLater) ? learnNextModeTables(story, effects, readings, refused, modeValues(story)) : undefined
  const learnt = effects.map((effect, index) => (learntLater(effect) ? { index, next: nonEmpty(tables?.tables.get(index)) } : undefined))
  if (learnt.some((entry) => entry !== undefined && entry.next === undefined)) return
  const split = tables?.split ?? []
  const finalEffects = effects.map((effect, index) =>
    learntLater(effect) ? { op: 'modeNext' as const, next: learnt[index]!.next!, ...(split.length > 0 ? { split } : {}) } : effect
  )
  // A yes/no state no step ever sets (it starts cleared) reads the same in every state: it tells nothing.
  if (readings.some((reading) => reading?.read === 'flag') && !finalEffects.some(setsTheFlag)) return
  // "I plug in the toaster" does not unplug it, even where no scenario reads the state in between.
  if (!setOppositely(opposedCommands(story), finalEffects)) return
  if (!givensSetWhatTheirThensRead(story, finalEffects, readings)) return
  const everyScenario = story.scenarios.map((_, index) => index)
  if (simulate(story, finalEffects, readings, refused, everyScenario) === undefined) return
  const model = finishModel(story, finalEffects, readings, refused)
  if (model === undefined) return
  // A mode a table leads to but that no example leaves: what the command does there is a guess.
  model.unconfirmed.push(...unleftModes(finalEffects))
  // A part the examples cannot confirm (a guard's edge, a derived rule that may be a
  // coincidence of the states) makes a model less likely than one whose parts they decide.
  const total =
    bits +
    model.guardBits +
    UNCONFIRMED_BITS * model.unconfirmed.length +
    tableBits(story, learnt) +
    SPLIT_BITS * split.length -
    mirrorSavings(search, finalEffects)
  search.solutions.push({ model: model.model, bits: total, unconfirmed: model.unconfirmed })
  search.best = Math.min(search.best, total)
}

/** A mode that goes on by where it was entered from: one more thing the state remembers. */
const SPLIT_BITS = 4

/**
 * A step text used both as a Given and as a Then ("the counter shows {int}") sets up what it
 * checks: where the Then reads a number or the mode from its value, the Given sets that one.
 */
function givensSetWhatTheirThensRead(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>
): boolean {
  return story.steps.every((given) => {
    if (given.role !== 'given') return true
    const then = story.steps.find((step) => step.role === 'then' && step.expression === given.expression)
    const reading = then === undefined ? undefined : readings[then.index]
    if (reading === undefined || reading.arg < 0) return true
    const effect = effects[given.index]
    if (reading.read === 'count' || reading.read === 'other')
      return effect?.op === 'set' && effect.reg === reading.read && effect.arg === reading.arg
    if (reading.read === 'mode') return effect?.op === 'modeArg' && effect.arg === reading.arg
    // A list's length is set up by filling it with as many ("a queue of 3 people").
    if (reading.read === 'length') return effect?.op === 'fillPlaces' && effect.arg === reading.arg
    return true
  })
}

/** What saying "the other way round from its opposite" costs, in place of a command's own effect. */
const MIRROR_BITS = 1

/**
 * What commands the other way round from their opposites save: the dearer of each pair is
 * described by the other ("I press in" undoes what "I press out" does), at MIRROR_BITS.
 */
function mirrorSavings(search: StorySearch, effects: ReadonlyArray<Effect | undefined>): number {
  const bitsOf = (step: number) => {
    const position = search.actionSteps.findIndex((candidate) => candidate.index === step)
    const wanted = JSON.stringify(effects[step])
    return search.effectChoices[position]?.find((option) => JSON.stringify(option.value) === wanted)?.bits ?? MIRROR_BITS
  }
  return mirroredPairs(opposedCommands(search.story), effects).reduce(
    (saved, [first, second]) => saved + Math.max(0, Math.max(bitsOf(first), bitsOf(second)) - MIRROR_BITS),
    0
  )
}

/** Per learnt "next mode" table, the modes it leads to that it has no entry for (a dial's last setting, never turned on from). */
function unleftModes(effects: ReadonlyArray<Effect | undefined>): Array<{ step: number; from: string }> {
  return effects.flatMap((effect, step) => {
    if (effect?.op !== 'modeNext' || effect.stated === true) return []
    const sources = new Set(effect.next.map(([from]) => modeOfKey(from, effect.split)))
    return [...new Set(effect.next.map(([, to]) => to))].filter((to) => !sources.has(to)).map((from) => ({ step, from }))
  })
}

/** A "next mode" table is learnt data: each entry costs the choice of its successor among the story's modes. */
function tableBits(story: Story, learnt: ReadonlyArray<{ next?: Array<[string, string]> } | undefined>): number {
  const entries = learnt.reduce((sum, entry) => sum + (entry?.next?.length ?? 0), 0)
  return entries === 0 ? 0 : entries * Math.log2(Math.max(2, modeValues(story).length))
}

/** Whether an effect sets the yes/no state (which starts cleared), alone or beside another change. */
function setsTheFlag(effect: Effect | undefined): boolean {
  if (effect?.op === 'flag') return effect.value
  if (effect?.op === 'toggleFlag') return true
  if (effect?.op === 'both') return setsTheFlag(effect.first) || setsTheFlag(effect.second)
  return effect?.op === 'strikes' && setsTheFlag(effect.accepted)
}

/** The story's status: the cheapest model, and whether the probes or its unconfirmed parts leave it undecided. */
function outcome(story: Story, solutions: StorySolution[], elapsedMs: number): StoryResult {
  if (solutions.length === 0)
    return { status: 'no-rule', message: 'no model in the state language reproduces every scenario', candidates: 0, elapsedMs }
  solutions.sort((a, b) => a.bits - b.bits)
  if (process.env.SPECLOOP_STORY_TRACE)
    for (const solution of solutions.slice(0, Number(process.env.SPECLOOP_STORY_TRACE) || 6))
      console.error(
        solution.bits.toFixed(1),
        solution.unconfirmed.map((entry) => entry.step).join(','),
        describeModel(story, solution.model)
      )
  const chosen = solutions[0]!
  // Rivals its membership guards imply are heard however far the search's margin put them.
  const implied = membershipRivals(story, chosen.model).map((model) => ({
    model,
    bits: chosen.bits + MEMBERSHIP_RIVAL_BITS,
    unconfirmed: []
  }))
  const near = [...solutions.filter((solution) => solution.bits <= chosen.bits + MARGIN_BITS), ...implied].sort((a, b) => a.bits - b.bits)
  const question = distinguishingScenario(story, near)
  if (question !== undefined) return { status: 'ambiguous', solution: chosen, question, candidates: solutions.length, elapsedMs }
  // A command's guard, or what a Then step reads from the state: say which, in the spec's words; and
  // a command never tried where another is refused.
  const untried = untriedWhereRefused(story, chosen.model)
  const undecided = [
    ...(chosen.unconfirmed.length > 0
      ? [`the examples do not decide ${undecidedParts(story, chosen.unconfirmed).join(', nor ')}: add a scenario at its edge`]
      : []),
    ...(untried === undefined ? [] : [untriedMessage(story, untried)])
  ]
  if (undecided.length > 0)
    return { status: 'ambiguous', solution: chosen, message: undecided.join('; '), candidates: solutions.length, elapsedMs }
  const hollow = unreadValues(story, chosen.model)[0]
  if (hollow !== undefined) {
    const expression = story.steps[hollow.step]!.expression
    return {
      status: 'ambiguous',
      solution: chosen,
      message: hollowMessage(expression, hollow.values),
      candidates: solutions.length,
      elapsedMs
    }
  }
  return { status: 'synthesised', solution: chosen, candidates: solutions.length, elapsedMs }
}

const hollowMessage = (expression: string, values: number[]) =>
  `the model never reads value ${values.join(' and ')} of "${expression}": a check that passes whatever it says is not confirmed`

const GUARD_BITS = 4
const UNCONFIRMED_BITS = 2

/** Which registers each guard input reads: it is an input only where the model keeps them all. */
const GUARD_INPUT_REGISTERS: Record<string, Register[]> = {
  count: ['count'],
  other: ['other'],
  size: ['items'],
  front: ['items'],
  limit: ['limit'],
  stock: ['table'],
  known: ['table'],
  listed: ['items'],
  copies: ['items'],
  turn: ['items'],
  place: ['items'],
  // Whether the kind a command names has an amount: the command's own table, always kept.
  priced: [],
  mode: ['mode'],
  flag: ['flag'],
  history: ['history'],
  undone: ['history'],
  taken: ['slots'],
  held: ['slots'],
  theirs: ['slots'],
  recorded: ['records'],
  mine: ['records'],
  kept: ['records'],
  recordCount: ['records'],
  // What the quantity leaves after the table's entries: only where the model keeps both.
  left: ['count', 'table'],
  // What a key's allowance leaves them: only where the model keeps the limit and the table.
  room: ['limit', 'table'],
  // What every key holds together: only where the words speak of all of them (`ALL_KEYS`).
  allKeys: ['table']
}

/** A rule's inputs without the state nothing writes: a constant would only stand in for a number it should name. */
function writtenInputs(inputs: Record<string, Value>, written: ReadonlySet<Register>): Record<string, Value> {
  const registersOf: Record<string, Register[] | undefined> = {
    ...GUARD_INPUT_REGISTERS,
    total: ['items'],
    place: ['items'],
    onward: ['moved']
  }
  return Object.fromEntries(
    Object.entries(inputs).filter(([name]) => registersOf[name]?.every((register) => written.has(register)) ?? true)
  )
}

/** The registers a model's effects and readings use. */
function keptRegisters(effects: Array<Effect | undefined>, readings: Array<Reading | undefined>): Set<Register> {
  const kept = new Set<Register>()
  for (const effect of effects) if (effect) for (const register of registersOfEffect(effect)) kept.add(register)
  for (const reading of readings) {
    const register = reading ? registerOfReading(reading) : undefined
    if (register) kept.add(register)
  }
  return kept
}

/** Guards for the refused commands, from the states the effects give; the full model, or undefined. */
function finishModel(
  story: Story,
  effects: Array<Effect | undefined>,
  readings: Array<Reading | undefined>,
  refused: Array<Set<number>>
): { model: StateModel; guardBits: number; unconfirmed: StorySolution['unconfirmed'] } | undefined {
  const everyScenario = story.scenarios.map((_, index) => index)
  const traces = simulate(story, effects, readings, refused, everyScenario)
  if (traces === undefined) return undefined
  const meanings: Meaning[] = story.steps.map((step) => ({ effect: effects[step.index], reading: readings[step.index] }))
  for (const step of story.steps)
    if (isRefusalObserver(step)) meanings[step.index] = { effect: undefined, reading: { read: 'refusal', arg: messageArg(step) } }
  const found = { bits: 0, unconfirmed: [] as StorySolution['unconfirmed'] }
  // The guard may read the command's values and the state the model keeps: nothing it does not.
  const kept = keptRegisters(effects, readings)
  const shared = kept.has('mode') ? sharedModeMessages(modeRefusals(story, traces, refused)) : new Map<string, string>()
  for (const step of story.steps) {
    if (step.role !== 'when') continue
    const learn = (outside?: ReadonlySet<string>) =>
      guardOf(story, step, traces, refused, kept, effects[step.index], modesRead(story, readings), outside)
    const guard = statedGuard(story, step, traces, refused, kept, learn) ?? learn()
    if (guard === null) continue
    if (guard === undefined || refusesWhatScenariosAccept(story, step, refused, guard.guard.condition)) return undefined
    found.bits += GUARD_BITS + guard.bits
    if (!guard.confident) found.unconfirmed.push({ step: step.index, ...(guard.question ? { question: guard.question } : {}) })
    // A message that belongs to a state is said only there; the command's own everywhere else.
    const message = withModeMessages(guard.guard.message, shared)
    meanings[step.index] = { ...meanings[step.index]!, guard: { ...guard.guard, message } }
  }
  for (const step of emptyMessageUntried(story, meanings, traces, refused))
    if (!found.unconfirmed.some((entry) => entry.step === step)) found.unconfirmed.push({ step })
  // Derived readings: a rule over the state each Then step saw, learnt now that the states are known.
  const finalTraces = simulate(story, effects, readings, refused, everyScenario)
  if (finalTraces === undefined || !deriveReadings(story, meanings, finalTraces, found)) return undefined
  const model: StateModel = { meanings }
  if (!thenStepsCanFail(story, meanings)) return undefined
  return explainsStory(story, model) ? { model, guardBits: found.bits, unconfirmed: found.unconfirmed } : undefined
}

/**
 * A message said only where a quantity is 0 ("the drawer has no stamps" beside "only 4 stamps
 * left") belongs to that empty state. Another command refused with a message over the same
 * quantity, never refused at 0 in the examples, may say that one there or its own: the commands
 * whose refusal at the empty state the examples leave open.
 */
function emptyMessageUntried(story: Story, meanings: readonly Meaning[], traces: Trace, refused: Array<Set<number>>): number[] {
  const emptied = new Set(
    meanings.flatMap((meaning) => {
      const message = meaning.guard?.message
      if (message?.kind !== 'conditional' || message.condition.kind !== 'apply' || message.condition.operator !== 'equal') return []
      const [quantity, zero] = message.condition.args
      return quantity?.kind === 'input' && zero?.kind === 'constant' && zero.value === 0 ? [quantity.name] : []
    })
  )
  if (emptied.size === 0) return []
  return story.steps.flatMap((step) => {
    const guard = meanings[step.index]?.guard
    const quantities = [...emptied].filter((name) => guard !== undefined && readsInput(guard.message, name))
    if (guard === undefined || quantities.length === 0 || guard.message.kind === 'conditional') return []
    const metEmpty = story.scenarios.some((scenario, index) =>
      scenario.events.some((event, position) => {
        if (event.step !== step.index || !refused[index]!.has(position)) return false
        const inputs = guardInputs(traces.states[index]![position]!, event.args, step, meanings[step.index]!.effect)
        return quantities.some((name) => inputs[name] === 0)
      })
    )
    return metEmpty ? [] : [step.index]
  })
}

/**
 * Whether a guard refuses the command in every state while some scenario runs it and reports no
 * refusal: a command that never works is not what a scenario that goes on without a word of it
 * describes (a move that changes nothing, always refused, passes "it is Ana's turn" by doing nothing).
 */
function refusesWhatScenariosAccept(story: Story, step: StoryStep, refused: Array<Set<number>>, condition: Program): boolean {
  if (condition.kind !== 'constant' || condition.value !== true) return false
  return story.scenarios.some((scenario, index) =>
    scenario.events.some((event, position) => event.step === step.index && !refused[index]!.has(position))
  )
}

/** Every reported refusal: the command, the mode it met, its message. */
function modeRefusals(story: Story, traces: Trace, refused: Array<Set<number>>): ModeRefusal[] {
  const refusals: ModeRefusal[] = []
  story.scenarios.forEach((scenario, index) =>
    refused[index]!.forEach((position) => {
      const message = messageAfter(story, scenario, position)
      const mode = traces.states[index]![position]!.mode
      if (message !== undefined && mode !== undefined) refusals.push({ command: scenario.events[position]!.step, mode, message })
    })
  )
  return refusals
}

/** The values the Then steps that read the mode expect: the states the scenarios show by name. */
function modesRead(story: Story, readings: Array<Reading | undefined>): Set<Value> {
  const values = new Set<Value>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events) {
      const reading = readings[event.step]
      if (reading?.read === 'mode' && reading.arg >= 0) values.add(event.args[reading.arg]!)
    }
  return values
}

/** The registers the Given and When steps write: what else a Then step reads is a constant. */
function writtenRegisters(effects: ReadonlyArray<Effect | undefined>): Set<Register> {
  const written = new Set<Register>()
  for (const effect of effects) if (effect) for (const register of registersOfEffect(effect)) written.add(register)
  // Numbered tickets come from the count a command keeps.
  if (written.has('items')) written.add('count')
  return written
}

/**
 * The registers that differ between scenarios or change within one: those a command writes, a
 * Given writes from its values, or two Given steps write. A register one Given always sets to the
 * same value ("an account with no failed attempts" setting a yes/no) is a constant.
 */
function changingRegisters(story: Story, meanings: readonly Meaning[]): Set<Register> {
  const changing = writtenRegisters(story.steps.map((step) => (step.role === 'when' ? meanings[step.index]?.effect : undefined)))
  const byGivens = new Map<Register, number>()
  for (const step of story.steps) {
    const effect = meanings[step.index]?.effect
    if (step.role !== 'given' || effect === undefined) continue
    const registers = registersOfEffect(effect)
    if (step.params.length > 0 && effect.op !== 'mode' && effect.op !== 'flag' && effect.op !== 'reset')
      for (const register of registers) changing.add(register)
    for (const register of registers) byGivens.set(register, (byGivens.get(register) ?? 0) + 1)
  }
  for (const [register, givens] of byGivens) if (givens > 1) changing.add(register)
  if (changing.has('items')) changing.add('count')
  return changing
}

/**
 * Whether every Then step after a command can fail: it reads a register some Given or command
 * writes, or (whether the last command was accepted) a command that can be refused. A reading of
 * a register nothing writes passes whatever the commands do, and explains nothing.
 */
function thenStepsCanFail(story: Story, meanings: readonly Meaning[]): boolean {
  const written = changingRegisters(story, meanings)
  const refusable = meanings.some((meaning) => meaning.guard !== undefined)
  return story.steps.every((step) => {
    const reading = meanings[step.index]?.reading
    if (step.role !== 'then' || reading === undefined || isRefusalObserver(step)) return true
    if (reading.read === 'accepted') return refusable
    const register = registerOfReading(reading)
    return register === undefined || written.has(register)
  })
}

/**
 * The modes the description refuses each command it names in, whether a Then step reports it or
 * not. Words that refuse every command in a mode ("every change is refused while it is off") leave
 * out the one that leaves the mode: which that is, the scenarios say.
 */
const wordsRefusals = perStory((story): ReadonlyMap<number, ReadonlySet<string>> => {
  const refusals = new Map<number, Set<string>>()
  for (const entry of storyStatedRefusals(story))
    if (entry.command !== undefined) refusals.set(entry.command, new Set([...(refusals.get(entry.command) ?? []), entry.mode]))
  return refusals
})

/** What the description says is refused, in which mode, for which command (or every one): read once per story. */
const storyStatedRefusals = perStory((story): readonly StatedRefusal[] => {
  const commands = story.steps.filter((step) => step.role === 'when').map((step) => ({ index: step.index, words: step.words }))
  return statedModeRefusals(story.description, modeValues(story), refusalMessages(story), commands, story.name)
})

/** Whether the words refuse this command in this mode. */
function wordsRefuse(story: Story, command: number, mode: string | undefined): boolean {
  return mode !== undefined && story.description !== '' && wordsRefusals(story).get(command)?.has(mode) === true
}

/** The refusal messages the scenarios report. */
function refusalMessages(story: Story): Set<string> {
  const messages = new Set<string>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events) {
      const step = story.steps[event.step]!
      if (isRefusalObserver(step)) messages.add(String(event.args[messageArg(step)]))
    }
  return messages
}

/**
 * A command's guard where the description says it is refused in a mode ("any further update to
 * it is refused with "order is cancelled"", "an open ticket cannot be resolved: that is refused
 * with "work has not started""): refused in that mode with that message, where no scenario shows
 * it otherwise there — a command no scenario tried there too. The words decide that part; its
 * refusals in other modes are learnt from the other times it came (`learn`), and said after.
 * Null where the words say nothing of it.
 */
function statedGuard(
  story: Story,
  step: StoryStep,
  traces: Trace,
  refused: Array<Set<number>>,
  kept: Set<Register>,
  learn: (outside: ReadonlySet<string>) => ReturnType<typeof guardOf>
): ReturnType<typeof synthesiseGuard> | null {
  if (!kept.has('mode')) return null
  const stated = storyStatedRefusals(story).filter((entry) => entry.command === undefined || entry.command === step.index)
  if (stated.length === 0) return null
  const occurrences: Array<{ mode: string; message?: string }> = []
  story.scenarios.forEach((scenario, index) =>
    scenario.events.forEach((event, position) => {
      if (event.step !== step.index) return
      const mode = traces.states[index]![position]!.mode ?? ''
      occurrences.push({ mode, ...(refused[index]!.has(position) ? { message: messageAfter(story, scenario, position) ?? '' } : {}) })
    })
  )
  const applying = stated.filter((entry) => occurrences.every((occurrence) => agreesWithWords(occurrence, entry)))
  const modes = new Set(applying.map((entry) => entry.mode))
  if (applying.length === 0 || modes.size !== applying.length) return null
  const { condition, message } = statedRefusalGuard(applying, modeValues(story))
  // Words about one command in one mode that no scenario shows there say nothing of the modes it never
  // came in ("a submitted application can no longer be edited": in an interview too?): a scenario decides.
  const untried = modeValues(story).filter((mode) => !modes.has(mode) && !occurrences.some((occurrence) => occurrence.mode === mode))
  const unshown = applying.filter(
    (entry) => entry.command !== undefined && !occurrences.some((occurrence) => occurrence.mode === entry.mode)
  )
  const decided = untried.length === 0 || unshown.length === 0
  // The question: the command in the first mode it never came in, refused there as in the stated one, or accepted.
  const question = decided
    ? undefined
    : {
        inputs: { mode: untried[0]! },
        answers: [
          { rule: `mode !== ${JSON.stringify(untried[0])}`, value: false },
          { rule: `mode === ${JSON.stringify(untried[0])}`, value: true }
        ]
      }
  const alone = { guard: { condition, message }, bits: 0, confident: decided, ...(question ? { question } : {}) }
  if (!occurrences.some((occurrence) => !modes.has(occurrence.mode) && occurrence.message !== undefined)) return alone
  const learnt = learn(modes)
  if (learnt === undefined) return undefined
  if (learnt === null) return alone
  return {
    ...learnt,
    confident: learnt.confident && decided,
    ...(question && learnt.question === undefined ? { question } : {}),
    guard: {
      condition: { kind: 'apply', operator: 'or', args: [condition, learnt.guard.condition] },
      message: { kind: 'conditional', condition, then: message, otherwise: learnt.guard.message }
    }
  }
}

/**
 * Whether a time the command came agrees with a refusal the words state: in another mode, or refused
 * there with its message. Words that name the command refuse it whether a Then step reports it or
 * not: only another message goes against them.
 */
function agreesWithWords(occurrence: { mode: string; message?: string }, entry: StatedRefusal): boolean {
  if (occurrence.mode !== entry.mode) return true
  return (occurrence.message ?? (entry.command === undefined ? undefined : entry.message)) === entry.message
}

/**
 * The guard the words' refusals make, one mode after another: the first that holds says its
 * message. Refusals with one message in every mode but a few are the words' "any other": refused
 * outside those few (`mode !== "submitted"`), as they say.
 */
function statedRefusalGuard(
  refusals: ReadonlyArray<{ mode: string; message: string }>,
  modes: readonly string[]
): { condition: Program; message: Program } {
  const inMode = (mode: string): Program => ({
    kind: 'apply',
    operator: 'sameText',
    args: [
      { kind: 'input', name: 'mode', type: 'string' },
      { kind: 'constant', value: mode }
    ]
  })
  const either = (left: Program, right: Program): Program => ({ kind: 'apply', operator: 'or', args: [left, right] })
  const allowed = modes.filter((mode) => !refusals.some((entry) => entry.mode === mode))
  if (allowed.length > 0 && allowed.length < refusals.length && new Set(refusals.map((entry) => entry.message)).size === 1)
    return {
      condition: { kind: 'apply', operator: 'not', args: [allowed.map(inMode).reduce(either)] },
      message: { kind: 'constant', value: refusals[0]!.message }
    }
  const condition = refusals.map((entry) => inMode(entry.mode)).reduce(either)
  const message = refusals.slice(0, -1).reduceRight<Program>(
    (otherwise, entry) => ({
      kind: 'conditional',
      condition: inMode(entry.mode),
      then: { kind: 'constant', value: entry.message },
      otherwise
    }),
    { kind: 'constant', value: refusals.at(-1)!.message }
  )
  return { condition, message }
}

/** A command's guard, from every time it came; null when it was never refused, undefined when no guard fits. */
function guardOf(
  story: Story,
  step: StoryStep,
  traces: Trace,
  refused: Array<Set<number>>,
  kept: Set<Register>,
  effect: Effect | undefined,
  readModes: ReadonlySet<Value> = new Set(),
  /** Modes whose refusals the words already say: the times the command came in them are left out. */
  outside?: ReadonlySet<string>
): ReturnType<typeof synthesiseGuard> | null {
  const occurrences: Array<{ inputs: Record<string, Value>; refused: boolean; message?: string; source: string }> = []
  story.scenarios.forEach((scenario, scenarioIndex) => {
    scenario.events.forEach((event, position) => {
      if (event.step !== step.index) return
      if (outside?.has(traces.states[scenarioIndex]![position]!.mode ?? '')) return
      const inputs = guardInputs(traces.states[scenarioIndex]![position]!, event.args, step, effect)
      // Whether a command refused unreported was refused is what the guard is to say: it is no evidence for it.
      if (event.unreportedRefusal === true) return
      const isRefused = refused[scenarioIndex]!.has(position)
      // A wrong value no Then step reports is refused by the command itself: its message is not known.
      if (!isRefused && refusesItself(traces.states[scenarioIndex]![position]!, effect, event.args)) return
      // Nor does a command that changed nothing tell whether it was refused, where no Then step says.
      if (!isRefused && changesNothing(traces.states[scenarioIndex]![position]!, effect, event.args)) return
      const message = isRefused ? messageAfter(story, scenario, position) : undefined
      occurrences.push({ inputs, refused: isRefused, message, source: event.source })
    })
  })
  if (!occurrences.some((occurrence) => occurrence.refused)) return null
  // Whether a key has an entry is only evidence where some command met a key without one.
  if (occurrences.every((occurrence) => occurrence.inputs.known !== false))
    for (const occurrence of occurrences) delete occurrence.inputs.known
  // The text a key holds already, only where a refused command met one: a message may quote it.
  if (!occurrences.some((occurrence) => occurrence.refused && occurrence.inputs.kept))
    for (const occurrence of occurrences) delete occurrence.inputs.kept
  const allKeys = ALL_KEYS.test(story.description)
  for (const occurrence of occurrences) {
    for (const name of Object.keys(occurrence.inputs))
      if (
        (!/^arg\d+$/.test(name) && name !== 'after' && !(GUARD_INPUT_REGISTERS[name]?.every((register) => kept.has(register)) ?? false)) ||
        (name === 'allKeys' && !allKeys)
      )
        delete occurrence.inputs[name]
  }
  // A value checked against the state's must pass it somewhere: a check nothing passes is no check the examples show.
  if (effect?.op === 'strikes' && effect.check !== undefined && occurrences.every((occurrence) => occurrence.refused)) return undefined
  return (
    withinHours(story, step, occurrences, effect) ??
    synthesiseGuard(story, step, occurrences, effect, readModes, modesNamedByRefusals(story, step, traces, refused, occurrences))
  )
}

/**
 * The mode each refusal's message names by repeating the words of another command ("the tour has
 * already set off" after "the guide sets off"): the one mode that command leaves wherever it was
 * accepted, refused in it (or, for a message that asks for it first, in every other). The reason
 * the words give for the refusal.
 */
function modesNamedByRefusals(
  story: Story,
  step: StoryStep,
  traces: Trace,
  refused: Array<Set<number>>,
  occurrences: ReadonlyArray<{ refused: boolean; message?: string }>
): GuardContext['named'] {
  const messages = [...new Set(occurrences.flatMap((occurrence) => (occurrence.refused && occurrence.message ? [occurrence.message] : [])))]
  const commands = story.steps.filter((other) => other.role === 'when' && other.index !== step.index)
  return messages.flatMap((message) =>
    commands
      .filter((command) => repeatsWordsOf(story, message, command))
      .flatMap((command) => {
        const left = new Set<string>()
        story.scenarios.forEach((scenario, index) =>
          scenario.events.forEach((event, position) => {
            const after = traces.states[index]![position + 1]
            if (event.step === command.index && !refused[index]!.has(position) && after !== undefined) left.add(after.mode ?? '')
          })
        )
        const [mode] = [...left]
        if (left.size !== 1 || mode === '') return []
        // "Switch the dryer on first": refused until that mode; "already set off": refused in it.
        const inMode = apply('sameText', input('mode', 'string'), constant(mode!))
        return [{ message, reason: asksForFirst(message) ? apply('not', inMode) : inMode }]
      })
  )
}

/**
 * Where the feature's words bound the times of day ("from 08:00 ... the last at 20:00") and the
 * command is given a time, whether it is inside the band is an input of the guard; the rule found
 * reads the comparisons it stands for. Undefined where the words name no band or the rule cannot use it.
 */
function withinHours(
  story: Story,
  step: StoryStep,
  occurrences: Occurrence[],
  effect: Effect | undefined
): ReturnType<typeof synthesiseGuard> | undefined {
  const band = describedHours(story.description)
  if (band === undefined) return undefined
  const texts = stringParams(step)
  const rows = occurrences.map((occurrence) => {
    const args = step.params.map((_, index) => occurrence.inputs[`arg${index}`]!)
    return { ...occurrence, inputs: { ...occurrence.inputs, ...hoursInputs(args, texts, band) } }
  })
  const names = Object.keys(rows[0]!.inputs).filter((name) => name.startsWith('within'))
  if (names.length === 0 || !names.every((name) => rows.every((row) => typeof row.inputs[name] === 'boolean'))) return undefined
  const found = synthesiseGuard(story, step, rows, effect)
  if (found === undefined) return undefined
  const guard = expandGuard(found.guard, band)
  // A table keyed by the yes/no is not a comparison that could stand in for it.
  if (JSON.stringify(guard).includes('"within')) return undefined
  return { ...found, guard }
}

/** Each derived reading's rule, learnt over the states its Then step saw; false when one cannot be. */
function deriveReadings(
  story: Story,
  meanings: Meaning[],
  traces: Trace,
  found: { bits: number; unconfirmed: StorySolution['unconfirmed'] }
): boolean {
  for (const step of story.steps) {
    const reading = meanings[step.index]!.reading
    if (reading?.read !== 'derived') continue
    const rows: Array<{ inputs: Record<string, Value>; value: Value; source: string }> = []
    const written = writtenRegisters(meanings.map((meaning) => meaning.effect))
    story.scenarios.forEach((scenario, scenarioIndex) =>
      scenario.events.forEach((event, position) => {
        if (event.step === step.index)
          rows.push({
            inputs: writtenInputs(stateInputs(traces.states[scenarioIndex]![position]!, event.args, step, reading.arg), written),
            value: event.args[reading.arg]!,
            source: event.source
          })
      })
    )
    const rule = synthesiseRuleOnce(story, step, rows, step.params[reading.arg]!)
    // A reading that tells its own step's names apart (`person === 'Mia' ? 70 : 90`) has learnt them by heart: no model.
    if (rule === undefined || tellsOwnNamesApart(story, rule.program)) return false
    found.bits += rule.bits
    if (!rule.confident && !readsEveryReachableMode(rule.program, rows, meanings))
      found.unconfirmed.push({ step: step.index, ...(rule.question ? { question: rule.question } : {}) })
    meanings[step.index] = { reading: { ...reading, rule: rule.program } }
  }
  return true
}

function messageAfter(story: Story, scenario: StoryScenario, position: number): string | undefined {
  for (let index = position + 1; index < scenario.events.length; index++) {
    const event = scenario.events[index]!
    const step = story.steps[event.step]!
    if (step.role === 'when') return undefined
    if (isRefusalObserver(step)) return String(event.args[messageArg(step)])
  }
  return undefined
}

/** The same rows (the same states, another model) give the same rule: learnt once per story. */
const learntRules = new WeakMap<Story, Map<string, ReturnType<typeof synthesiseRule>>>()
function synthesiseRuleOnce(
  story: Story,
  step: StoryStep,
  rows: Array<{ inputs: Record<string, Value>; value: Value; source: string }>,
  type: ValueType
): ReturnType<typeof synthesiseRule> {
  let cache = learntRules.get(story)
  if (!cache) learntRules.set(story, (cache = new Map()))
  const key = `${step.index}\u0000${JSON.stringify(rows.map((row) => [row.inputs, row.value]))}`
  if (!cache.has(key)) cache.set(key, synthesiseRule(story, step, rows, type))
  return cache.get(key)
}

/** The inputs of a rule over the state: the registers every row holds with one type (the mode as a category). */
function ruleInputs(story: Story, rows: ReadonlyArray<{ inputs: Record<string, Value> }>) {
  return Object.keys(rows[0]!.inputs)
    .filter((name) => rows.every((row) => typeof row.inputs[name] === typeof rows[0]!.inputs[name]))
    .map((name) =>
      name === 'mode'
        ? { name, type: 'string' as const, categorical: true, domain: modeValues(story) }
        : { name, type: typeof rows[0]!.inputs[name] as ValueType }
    )
}

/** A reading's rule as an operation for table synthesis: the state's registers in, the step's value out. */
function readingOperation(
  story: Story,
  step: StoryStep,
  rows: ReadonlyArray<{ inputs: Record<string, Value>; value: Value; source: string }>,
  type: ValueType
) {
  return {
    name: 'reading',
    whenText: step.expression,
    context: [story.name, story.description, step.words].join('\n'),
    inputs: ruleInputs(story, rows),
    outputs: [{ name: 'value', type }],
    scenarios: [],
    examples: rows.map((row) => ({ inputs: row.inputs, outputs: { value: row.value }, source: row.source }))
  }
}

/** A derived reading's rule: the value each Then step expects, over the state it saw. */
function synthesiseRule(
  story: Story,
  step: StoryStep,
  rows: Array<{ inputs: Record<string, Value>; value: Value; source: string }>,
  type: ValueType
): { program: Program; bits: number; confident: boolean; question?: DistinguishingExample } | undefined {
  if (rows.length === 0) return undefined
  const distinct = new Set(rows.map((row) => JSON.stringify(row.value)))
  // A value that never changed in the examples says nothing about the states they never showed.
  if (distinct.size === 1) return { program: { kind: 'constant', value: rows[0]!.value }, bits: 2, confident: false }
  // Tiers the words name ("with 3 books the "bronze" badge, with 6 "silver""): their thresholds, not the examples' edges.
  const tiered = type === 'string' ? tierReading(story.description, rows) : undefined
  if (tiered !== undefined) return { program: tiered, bits: 2, confident: true }
  const result = synthesise(
    readingOperation(story, step, rows, type),
    // A yes/no is judged with the whole model, as a guard is; a text or a number must compress its rows.
    { timeBudgetMs: 600, compression: type === 'boolean' ? GUARD_COMPRESSION : undefined, independentInputs: false }
  )
  if (!result.ok) return undefined
  const output = result.outputs[0]!
  // A yes/no that compared with a number a Given happened to give ("the heating is on" as `target >= 20`)
  // compares two quantities the state holds instead, where that fits every state (`room < target`).
  if (type === 'boolean' && comparesWithGivenNumber(output.program, givenNumbers(story), mentionedNumbers(story))) {
    const relational = relationalRules(rows)
    if (relational.length > 0)
      return {
        program: relational[0]!,
        bits: output.bits + UNCONFIRMED_BITS,
        confident: relational.length === 1 && result.status === 'synthesised'
      }
  }
  return {
    program: output.program,
    bits: output.bits,
    confident:
      result.status === 'synthesised' &&
      namesNoExampleItem(story, output.program) &&
      !comparesWithGivenNumber(output.program, givenNumbers(story), mentionedNumbers(story)) &&
      (type === 'boolean' || predictsEachStateWithoutIt(story, step, rows, type)),
    ...(output.question ? { question: output.question } : {})
  }
}

/**
 * Leave-one-out over the states a derived number or text was read in: the rule learnt without a
 * state must still give that state's value. A rule one state alone shapes (a cap only the last
 * row shows) says nothing sure about the states the examples never showed.
 */
function predictsEachStateWithoutIt(
  story: Story,
  step: StoryStep,
  rows: Array<{ inputs: Record<string, Value>; value: Value; source: string }>,
  type: ValueType
): boolean {
  const states = [...new Set(rows.map((row) => JSON.stringify(row.inputs)))]
  if (states.length > LEAVE_ONE_OUT_STATES) return true
  return states.every((state) => {
    const kept = rows.filter((row) => JSON.stringify(row.inputs) !== state)
    const left = rows.find((row) => JSON.stringify(row.inputs) === state)!
    if (new Set(kept.map((row) => JSON.stringify(row.value))).size < 2) return false
    const without = synthesise(readingOperation(story, step, kept, type), {
      timeBudgetMs: LEAVE_ONE_OUT_BUDGET_MS,
      independentInputs: false
    })
    if (!without.ok) return false
    const evaluation = evaluateProgram(without.outputs[0]!.program, left.inputs)
    if (!evaluation.ok) return false
    const predicted = evaluation.value
    return typeof predicted === 'number' && typeof left.value === 'number'
      ? Math.abs(predicted - left.value) <= 1e-9 * Math.max(1, Math.abs(left.value))
      : predicted === left.value
  })
}

/** Leave-one-out is tried on rules read in at most this many states, each relearnt within this budget. */
const LEAVE_ONE_OUT_STATES = 12
const LEAVE_ONE_OUT_BUDGET_MS = 200

/**
 * Whether a rule names no item a command or a Given was given ("Ana", "Ben") unless the feature's
 * words name it too: a rule that does (`who === 'waiting' ? 'Cal' : ...`) has learnt the
 * examples' cast by heart, which says nothing about the next sequence's.
 */
function namesNoExampleItem(story: Story, program: Program): boolean {
  const text = `${story.name}\n${story.description}`.toLowerCase()
  const items = new Set<string>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events)
      if (story.steps[event.step]!.role !== 'then') for (const arg of event.args) if (typeof arg === 'string') items.add(arg)
  const named = (value: unknown) => typeof value !== 'string' || !items.has(value) || text.includes(value.toLowerCase())
  const walk = (node: Program): boolean => {
    if (node.kind === 'constant' && !named(node.value)) return false
    if (node.kind === 'lookup' && !node.entries.every(([key, value]) => named(key) && named(value))) return false
    if (node.kind === 'match' && !node.cases.every((entry) => named(entry.value))) return false
    return subprograms(node).every(walk)
  }
  return walk(program)
}

/**
 * Whether a derived reading compares its own step's text value (`arg0`, a person the Then step
 * names) with a name the examples gave and the words do not: the state it reads says nothing of
 * that person, so the rule has learnt who answered what.
 */
function tellsOwnNamesApart(story: Story, program: Program): boolean {
  const own = (node: Program) => node.kind === 'input' && /^arg\d+$/.test(node.name)
  const walk = (node: Program): boolean => {
    if (node.kind === 'apply' && ['sameText', 'equal', 'notEqual'].includes(node.operator) && node.args.some(own)) {
      const other = node.args.find((arg) => !own(arg))
      if (other?.kind === 'constant' && !namesNoExampleItem(story, other)) return true
    }
    return subprograms(node).some(walk)
  }
  return walk(program)
}

/** The numbers Given steps and commands were given: what a rule may have learnt by heart. */
const givenNumbers = perStory((story): ReadonlySet<Value> => {
  const numbers = new Set<Value>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events)
      if (story.steps[event.step]!.role !== 'then') for (const arg of event.args) if (typeof arg === 'number') numbers.add(arg)
  return numbers
})

function withoutAfter(inputs: Record<string, Value>): Record<string, Value> {
  const { after: _after, ...rest } = inputs
  return rest
}

/**
 * The refusal a command that adds or takes an amount implies, if it is the one the examples
 * show: taking more than there is (`after < 0`), or going past a bound the feature's words
 * name (`after > 100` for "a card holds at most 100 euros"); undo with nothing to take back.
 */
function naturalGuard(
  effect: Effect | undefined,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>,
  bounds: readonly number[],
  ranges: ReadonlyArray<[number, number]> = [],
  readModes: ReadonlySet<Value> = new Set(),
  floors: readonly number[] = []
): Program | undefined {
  // Undo with nothing to take back, redo with nothing undone.
  const stack = effect?.op === 'undo' ? 'history' : effect?.op === 'redo' ? 'undone' : undefined
  if (stack !== undefined)
    return impliedBy(occurrences, [
      {
        kind: 'apply',
        operator: 'lessOrEqual',
        args: [
          { kind: 'input', name: stack, type: 'number' },
          { kind: 'constant', value: 0 }
        ]
      }
    ])
  // A kind with no amount; nothing to hand out.
  const kindGuard = kindAmountGuard(effect)
  const impliedKind = kindGuard === undefined ? undefined : impliedBy(occurrences, [kindGuard])
  if (impliedKind !== undefined) return impliedKind
  // A mode or a yes/no state set to what it already is.
  const alreadyThere = alreadyThereGuard(effect)
  const impliedState = alreadyThere === undefined ? undefined : impliedBy(occurrences, [alreadyThere])
  if (impliedState !== undefined) return impliedState
  // A step of a lifecycle, accepted only in the modes it was seen accepted in.
  const impliedModes = impliedBy(
    occurrences,
    [acceptedModesGuard(effect, occurrences)].filter((guard) => guard !== undefined)
  )
  if (impliedModes !== undefined) return impliedModes
  // An item put on the list that is on it already, a full list, an item taken off that is not on it.
  const impliedList = impliedBy(occurrences, [...listGuards(effect), ...recordGuards(effect)])
  if (impliedList !== undefined) return impliedList
  // A move to a place outside the range the words or the state name (a lift called to a floor).
  const keepsLimit = occurrences.every((occurrence) => typeof occurrence.inputs.limit === 'number')
  const impliedMove = impliedBy(occurrences, travelGuards(effect, ranges, keepsLimit))
  if (impliedMove !== undefined) return impliedMove
  // Last, a state a command left the thing in, where every refusal came (a ride that has ended): only
  // states a Then step reads as the mode (a vote closed by setting the mode "zoo" is no such state).
  const refusedModes = refusedModesGuard(occurrences, readModes)
  const impliedRefusedModes = refusedModes === undefined ? undefined : impliedBy(occurrences, [refusedModes])
  if (effect === undefined || !occurrences.every((occurrence) => typeof occurrence.inputs.after === 'number')) return impliedRefusedModes
  return impliedBy(occurrences, amountGuards(effect, occurrences, bounds, floors)) ?? impliedRefusedModes
}

/**
 * The refusals a command's amount implies: taking more than there is (or than there is and the
 * overdraft the state keeps), or going past the limit the state keeps or a bound the words name.
 */
function amountGuards(
  effect: Effect,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>,
  bounds: readonly number[],
  /** How far below nothing the words let the quantity go ("at most 5.00 below zero"). */
  floors: readonly number[] = []
): Program[] {
  const sign = amountSign(effect.op === 'both' ? effect.second : effect)
  const after: Program = { kind: 'input', name: 'after', type: 'number' }
  // Going past the limit the state holds ("a venue with room for 100 people"), where the model keeps one.
  const limit: Program[] = occurrences.every((occurrence) => typeof occurrence.inputs.limit === 'number')
    ? [{ kind: 'apply', operator: 'greater', args: [after, LIMIT] }]
    : []
  // Taking more than there is, or more than there is and the overdraft the state keeps ("an overdraft limit of 50").
  const overdraft: Program[] =
    limit.length > 0
      ? [
          {
            kind: 'apply',
            operator: 'less',
            args: [
              { kind: 'apply', operator: 'add', args: [after, LIMIT] },
              { kind: 'constant', value: 0 }
            ]
          }
        ]
      : []
  // A quantity raised up to a bound it stops at (a battery charged up to 100%): a command that finds it there is refused.
  const amount = effect.op === 'both' ? effect.second : effect
  const atTheTop: Program[] =
    amount.op === 'rateAdd' && amount.high !== undefined
      ? [
          {
            kind: 'apply',
            operator: 'greaterOrEqual',
            args: [
              { kind: 'input', name: amount.reg, type: 'number' },
              { kind: 'constant', value: amount.high }
            ]
          }
        ]
      : []
  const belowZero = floors.map((floor): Program => ({
    kind: 'apply',
    operator: 'less',
    args: [after, { kind: 'constant', value: -floor }]
  }))
  return sign < 0
    ? [{ kind: 'apply', operator: 'less', args: [after, { kind: 'constant', value: 0 }] }, ...overdraft, ...belowZero]
    : [
        ...atTheTop,
        ...limit,
        ...[...bounds.filter((bound) => bound > 0), ...(keyed(effect) ? [] : pinnedCapacity(occurrences))].map((bound): Program => ({
          kind: 'apply',
          operator: 'greater',
          args: [after, { kind: 'constant', value: bound }]
        }))
      ]
}

/** Whether a command changes a key's entry: its capacity may be the keys' together, which the entry alone does not pin. */
function keyed(effect: Effect): boolean {
  const amount = effect.op === 'both' ? effect.second : effect
  return amount.op === 'tableAdd' || amount.op === 'tableStep' || amount.op === 'tableMove' || amount.op === 'lineAdd'
}

/**
 * A capacity the examples pin without naming it: the most a command was let fill the quantity
 * to, where one more was refused (6 mugs hung on the tree, 7 refused). A gap between the two
 * leaves the capacity open: no bound then.
 */
function pinnedCapacity(occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>): number[] {
  const afterOf = (refused: boolean) =>
    occurrences.flatMap((occurrence) =>
      occurrence.refused === refused && typeof occurrence.inputs.after === 'number' ? [occurrence.inputs.after] : []
    )
  const accepted = afterOf(false)
  const refused = afterOf(true)
  if (accepted.length === 0 || refused.length === 0 || ![...accepted, ...refused].every(Number.isInteger)) return []
  const most = Math.max(...accepted)
  return most > 0 && Math.min(...refused) === most + 1 ? [most] : []
}

const LIMIT: Program = { kind: 'input', name: 'limit', type: 'number' }

/** Whether a command takes from the quantity (-1) or adds to it (1); 0 where it does neither or both. */
function amountSign(amount: Effect): number {
  if (amount.op === 'add' || amount.op === 'step' || amount.op === 'tableAdd' || amount.op === 'tableStep' || amount.op === 'rateAdd')
    return amount.sign
  if (amount.op === 'tableMove') return -1
  return amount.op === 'kindAdd' ? learntAmountSign(amount) : 0
}

/** Whether every amount a command learnt takes (-1) or every one adds (1); 0 where they differ. */
function learntAmountSign(effect: KindAdd): number {
  const signs = new Set((effect.amounts ?? []).map(([, amount]) => Math.sign(amount)))
  return signs.size === 1 ? [...signs][0]! : 0
}

/** The refusal an amount per kind or a hand-out implies: a kind the table does not list, or nothing to hand out. */
function kindAmountGuard(effect: Effect | undefined): Program | undefined {
  if (effect?.op === 'kindAdd') return { kind: 'apply', operator: 'not', args: [{ kind: 'input', name: 'priced', type: 'boolean' }] }
  if (effect?.op === 'payOut')
    return {
      kind: 'apply',
      operator: 'lessOrEqual',
      args: [
        { kind: 'input', name: effect.reg, type: 'number' },
        { kind: 'constant', value: 0 }
      ]
    }
  return undefined
}

const COMPARISONS = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual'])

/**
 * A threshold the examples leave open lies at the edge they showed allowed: a kettle that took
 * 1.70 litres and refused 1.80 is refused above 1.70 (`after > 1.7`), not from 1.80 on; one that
 * refused to boil 0.20 litres and boiled 0.25 is refused below 0.25. A bound the feature's words
 * name is kept as it is; so is every rule that is not one comparison with a constant.
 */
function atTheAllowedEdge(program: Program, occurrences: Occurrence[], story: Story): Program {
  const negated = program.kind === 'apply' && program.operator === 'not' ? program.args[0]! : undefined
  const comparison = negated ?? program
  if (comparison.kind !== 'apply' || !COMPARISONS.has(comparison.operator)) return program
  const [left, right] = comparison.args as [Program, Program]
  const constantFirst = left.kind === 'constant'
  const measured = constantFirst ? right : left
  const bound = constantFirst ? left : right
  if (bound.kind !== 'constant' || typeof bound.value !== 'number' || mentionedNumbers(story).includes(bound.value)) return program
  // Whether the rule refuses above the bound ("greater" with the measure first, or "less" with the constant first, not negated).
  const above = (comparison.operator.startsWith('greater') !== constantFirst) !== (negated !== undefined)
  const values = occurrences.map((occurrence) => {
    const value = evaluateProgram(measured, withoutAfter(occurrence.inputs))
    return { refused: occurrence.refused, value: value.ok && typeof value.value === 'number' ? value.value : undefined }
  })
  if (values.some((entry) => entry.value === undefined)) return program
  const allowed = values.filter((entry) => !entry.refused).map((entry) => entry.value!)
  if (allowed.length === 0) return program
  const edge = above ? Math.max(...allowed) : Math.min(...allowed)
  const snapped: Program = { kind: 'apply', operator: above ? 'greater' : 'less', args: [measured, { kind: 'constant', value: edge }] }
  // Only where the edge still tells every refused example from every allowed one.
  return (
    impliedBy(
      occurrences.map((occurrence) => ({ ...occurrence, inputs: withoutAfter(occurrence.inputs) })),
      [snapped]
    ) ?? program
  )
}

/** What a refusal the command's effect implies costs at most: a comparison of two inputs. */
const NATURAL_GUARD_BITS = 6

/** The first candidate refusal that holds exactly when the command was refused. */
function impliedBy(
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>,
  candidates: Program[]
): Program | undefined {
  return candidates.find((candidate) =>
    occurrences.every((occurrence) => {
      const holds = evaluateProgram(candidate, occurrence.inputs)
      return holds.ok && holds.value === occurrence.refused
    })
  )
}

/** Guards are judged with the whole model: any rule that fits may be one, the probes decide. */
const GUARD_COMPRESSION = 4

/** A command's guard: one reason for every refusal, or where that is not sure, one for each kind of message. */
function synthesiseGuard(
  story: Story,
  step: StoryStep,
  occurrences: Occurrence[],
  effect?: Effect,
  readModes: ReadonlySet<Value> = new Set(),
  named: GuardContext['named'] = []
): SynthesisedGuard | undefined {
  const context: GuardContext = { story, step, occurrences, effect, readModes, named }
  // The mode a message names by another command's words ("the tour has already set off") is the
  // reason where it fits every time the command came, before any coincidence of the rows.
  const messages = occurrences.flatMap((occurrence) => (occurrence.refused && occurrence.message !== undefined ? [occurrence.message] : []))
  const namedReason = named.length > 0 ? askedGuard({ ...context, readModes: new Set() }, messages) : undefined
  if (namedReason !== undefined) return namedReason
  const single = singleReasonGuard(context)
  if (single?.confident === true) return single
  // Refusals that say different things may each have a reason of their own: where that is the shorter account.
  const byKind = reasonByKindGuard(context)
  // A reason a message asks for in words ("stop the escalator first") outweighs a shorter coincidence of the rows,
  // and a guard that leaves those words unexplained is the less likely account.
  if (byKind?.asked === true) return byKind
  const asked = askedGuard(context, messages)
  if (asked !== undefined) return asked
  const chosen = byKind !== undefined && (single === undefined || byKind.bits < single.bits) ? byKind : single
  const asks = requiredMode(messages, readModes)
  return chosen !== undefined && asks !== undefined ? { ...chosen, bits: chosen.bits + UNHEEDED_WORDS_BITS } : chosen
}

/**
 * The reason one kind of message asks for in words ("stop the belt first": refused in every mode
 * but "stopped"), where it fits every time the command came. Not confident: the modes the examples
 * never tried it in are the words' alone. Undefined where the words ask for no mode or the rows disagree.
 */
function askedGuard(
  { story, step, occurrences, effect, readModes, named }: GuardContext,
  messages: readonly string[]
): SynthesisedGuard | undefined {
  const [reason] = [...askedModeReasons(messages, readModes), ...named.map((entry) => entry.reason)]
  if (reason === undefined || refusalKinds(occurrences) !== undefined) return undefined
  const fits = occurrences.every((occurrence) => {
    const value = evaluateProgram(reason, occurrence.inputs)
    return value.ok && value.value === occurrence.refused
  })
  if (!fits) return undefined
  const refused = occurrences.filter((occurrence) => occurrence.refused)
  const message = refusalMessage(story, step, refused, guardProblem(story, step, occurrences), reason, effect)
  if (message === undefined) return undefined
  return { guard: { condition: reason, message: message.program }, bits: NATURAL_GUARD_BITS + message.bits, confident: false, asked: true }
}

/** What a guard costs beside one that reads the mode its refusal's message asks for. */
const UNHEEDED_WORDS_BITS = 4

type SynthesisedGuard = { guard: Guard; bits: number; confident: boolean; question?: DistinguishingExample; asked?: boolean }

/** What a command's guard is learnt from: its story and step, the rows it ran in, its effect, the modes the story reads. */
type GuardContext = {
  story: Story
  step: StoryStep
  occurrences: Occurrence[]
  effect: Effect | undefined
  readModes: ReadonlySet<Value>
  /** The mode a refusal's message names by repeating the words of the command that leads to it ("the tour has already set off"). */
  named: ReadonlyArray<{ message: string; reason: Program }>
}

/**
 * One reason for each kind of message a command is refused with, learnt from the accepted rows
 * and that kind's own: the reason the effect implies, the modes the kind came in, or one of a few
 * plain others (refusal-kinds.ts). Never confident: the kinds' reasons are tried in an order the
 * examples only partly decide. Undefined where the messages are of one kind or a kind has no reason.
 */
function reasonByKindGuard({ story, step, occurrences, effect, readModes, named }: GuardContext): SynthesisedGuard | undefined {
  const kinds = refusalKinds(occurrences)
  if (kinds === undefined) return undefined
  const accepted = occurrences.filter((occurrence) => !occurrence.refused)
  const words = [story.description, ...occurrences.map((occurrence) => occurrence.message ?? '')].join('\n')
  const askedReasons: Program[] = []
  const options = kinds.map((kind) => {
    const rows = [...accepted, ...kind]
    const natural = naturalGuard(
      effect,
      rows,
      mentionedNumbers(story),
      describedRanges(story.description),
      readModes,
      floorsBelowZero(story.description)
    )
    // The modes this kind's refusals came in, where the story reads them ("the machine is off", "still heating up").
    const modes = refusedModesGuard(rows, readModes)
    // The mode the kind's message asks for ("stop the escalator first": "stopped"): refused in every other.
    const said = kind.flatMap((row) => row.message ?? [])
    const asked = [
      ...askedModeReasons(said, readModes),
      ...named.filter((entry) => said.includes(entry.message)).map((entry) => entry.reason)
    ]
    askedReasons.push(...asked)
    const candidates = [...asked, ...(modes === undefined ? [] : [modes]), ...reasonCandidates(rows, words, mentionedNumbers(story))]
    const found = [...reasonsFor(rows, asked), ...(natural === undefined ? [] : [natural]), ...reasonsFor(rows, candidates)]
    return distinctPrograms(found)
  })
  const chosen = consistentReasons(options, kinds)
  if (chosen === undefined) return undefined
  const { reasons, order } = chosen
  const said = order.map((index) =>
    refusalMessage(story, step, kinds[index]!, guardProblem(story, step, kinds[index]!), reasons[index]!, effect)
  )
  if (said.some((message) => message === undefined)) return undefined
  const last = order.length - 1
  const message = order
    .slice(0, last)
    .reduceRight<Program>(
      (otherwise, index, at) => ({ kind: 'conditional', condition: reasons[index]!, then: said[at]!.program, otherwise }),
      said[last]!.program
    )
  const condition = order
    .slice(1)
    .reduce<Program>((either, index) => ({ kind: 'apply', operator: 'or', args: [either, reasons[index]!] }), reasons[order[0]!]!)
  const askedFor = new Set(askedReasons.map(describeProgram))
  return {
    guard: { condition, message },
    bits: NATURAL_GUARD_BITS * reasons.length + said.reduce((sum, message) => sum + message!.bits, 0),
    confident: false,
    asked: reasons.some((reason) => askedFor.has(describeProgram(reason)))
  }
}

/** The programs once each, the first of those that read alike kept. */
function distinctPrograms(programs: readonly Program[]): Program[] {
  const seen = new Set<string>()
  return programs.filter((program) => {
    const described = describeProgram(program)
    if (seen.has(described)) return false
    seen.add(described)
    return true
  })
}

/**
 * The guard's condition and message as example-table rules, synthesised by the table engine
 * over the command's parameters and the state before it. The refusal messages are part of the
 * words the rule comes with ("not enough in fun" speaks of a relation).
 */
function singleReasonGuard({ story, step, occurrences, effect, readModes }: GuardContext): SynthesisedGuard | undefined {
  const problem = guardProblem(story, step, occurrences)
  const condition = countStop(guardCondition(story, occurrences, problem, effect, readModes), occurrences, effect)
  const messages = occurrences.filter((occurrence) => occurrence.refused)
  if (condition === undefined || messages.some((occurrence) => occurrence.message === undefined)) return undefined
  const message = refusalMessage(story, step, messages, problem, condition.program, effect)
  if (message === undefined) return undefined
  return {
    guard: { condition: condition.program, message: message.program },
    bits: condition.bits + message.bits,
    // A rule that refuses a name the examples gave (`arg0 === 'Badgers'`) has learnt their cast by heart, as a derived reading would.
    // So has one that refuses past a number a Given gave (`parked > 4`, where one station had 5 docks),
    // or at one number the examples accepted it below and above (`read === 6`).
    confident:
      condition.status === 'synthesised' &&
      message.confident &&
      !messageNumberUndecided(
        message.program,
        condition.program,
        messages.map((occurrence) => withoutAfter(occurrence.inputs)),
        statedNumbers(story)
      ) &&
      namesNoExampleItem(story, condition.program) &&
      !comparesWithGivenNumber(condition.program, givenNumbers(story), mentionedNumbers(story), { nextTo: true }) &&
      !refusesAtIsolatedNumber(condition.program, occurrences),
    ...(condition.question ? { question: condition.question } : {})
  }
}

/**
 * The refusal's message, where a refusal past a cap (`allKeys + amount > 12`) may quote the room
 * the cap leaves (`12 - allKeys`, "only room for 2 more"), and a take refused for want of enough
 * (`after < 0`) what it lacks (`-after`, "insert 3.00 more"): a quantity of the state, not the
 * amount asked for less a constant that the few refused rows happen to fit.
 */
function refusalMessage(
  story: Story,
  step: StoryStep,
  messages: Occurrence[],
  problem: GuardProblem,
  condition: Program,
  effect: Effect | undefined
): ReturnType<typeof guardMessage> {
  const plain = () => guardMessage(story, messages, { ...problem, names: quotedFirst(problem.names, effect) })
  const quantity = quotedQuantity(condition, effect, messages)
  if (quantity === undefined) return plain()
  const rows = messages.map((row) => {
    const value = evaluateProgram(quantity.program, row.inputs)
    return value.ok && typeof value.value === 'number' ? { ...row, inputs: { ...row.inputs, [quantity.name]: value.value } } : row
  })
  if (!rows.every((row) => typeof row.inputs[quantity.name] === 'number')) return plain()
  const widened = guardProblem(story, step, rows)
  // The room the cap leaves is what a message past it quotes, before the quantity it is the rest of.
  const names = quotedFirst(widened.names, effect)
  const given = names.filter((name) => !QUOTED_STATE.includes(name))
  const rest = names.filter((name) => name !== quantity.name && !given.includes(name))
  const found = guardMessage(story, rows, {
    ...widened,
    names: [...given, quantity.name, ...rest]
  })
  if (found === undefined) return undefined
  // What a take lacks, seen in one state only, may as well be a fixed number of the message ("insert 40 more cents").
  const once = new Set(rows.map((row) => JSON.stringify(withoutAfter(row.inputs)))).size <= 1
  const quotesLack = quantity.name === 'shortBy' && readsInput(found.program, 'shortBy')
  return {
    ...found,
    program: substituteInputs(found.program, { [quantity.name]: quantity.program }),
    confident: found.confident && !(quotesLack && once)
  }
}

/** Whether a program reads the input anywhere in it. */
function readsInput(program: Program, name: string): boolean {
  return (program.kind === 'input' && program.name === name) || subprograms(program).some((part) => readsInput(part, name))
}

/**
 * What a refusal's message may quote beside the state: the room a cap leaves, or what a take
 * lacks where the messages speak of "more" ("3 more stars"); elsewhere a quantity of the state
 * that happens to equal it is the likelier one ("only 2 left").
 */
function quotedQuantity(
  condition: Program,
  effect: Effect | undefined,
  messages: readonly Occurrence[]
): { name: string; program: Program } | undefined {
  const room = roomUnder(condition, effect)
  if (room !== undefined) return { name: 'roomLeft', program: room }
  if (!holdsShortfall(condition) || !messages.some((row) => /\bmore\b/iu.test(row.message ?? ''))) return undefined
  const lack: Program = {
    kind: 'apply',
    operator: 'subtract',
    args: [
      { kind: 'constant', value: 0 },
      { kind: 'input', name: 'after', type: 'number' }
    ]
  }
  return { name: 'shortBy', program: lack }
}

/** Whether the refusal is, or has as one part, a take that would leave less than nothing. */
function holdsShortfall(condition: Program): boolean {
  if (isShortfallGuard(condition)) return true
  return condition.kind === 'apply' && ['not', 'and', 'or'].includes(condition.operator) && condition.args.some(holdsShortfall)
}

/**
 * `K - X` for a refusal past a cap written `X + amount > K` (either order), or `after > K` where
 * the command adds to the quantity X; undefined otherwise.
 */
function roomUnder(condition: Program, effect?: Effect): Program | undefined {
  if (condition.kind !== 'apply') return undefined
  // The cap may be one part of the rule ("not known, or past the shelf's 20"), and written either way round (`<= 20`).
  if (condition.operator === 'not' || condition.operator === 'and' || condition.operator === 'or')
    return condition.args.map((part) => roomUnder(part, effect)).find((room) => room !== undefined)
  if (condition.operator !== 'greater' && condition.operator !== 'lessOrEqual') return undefined
  const [sum, cap] = condition.args
  // What the command would leave is the last part's of a command that does two things.
  const amount = effect?.op === 'both' ? effect.second : effect
  if (sum?.kind === 'input' && sum.name === 'after' && cap?.kind === 'constant' && typeof cap.value === 'number')
    return amount?.op === 'add' && amount.sign === 1
      ? { kind: 'apply', operator: 'subtract', args: [cap, { kind: 'input', name: amount.reg, type: 'number' }] }
      : undefined
  if (sum?.kind !== 'apply' || sum.operator !== 'add' || cap?.kind !== 'constant' || typeof cap.value !== 'number') return undefined
  const state = sum.args.filter((arg) => arg.kind === 'input' && !/^arg\d+$/.test(arg.name))
  const given = sum.args.filter((arg) => arg.kind === 'input' && /^arg\d+$/.test(arg.name))
  if (state.length !== 1 || given.length !== 1) return undefined
  return { kind: 'apply', operator: 'subtract', args: [cap, state[0]!] }
}

/** One time a command came: the guard's inputs then, whether it was refused, and with what message. */
type Occurrence = { inputs: Record<string, Value>; refused: boolean; message?: string; source: string }

/**
 * A count the command raises one at a time, refused at the least count the examples refuse it at,
 * never goes past that count by this command: `vouchers === 3` and `vouchers >= 3` are one rule there,
 * written as a limit is (`>=`), and a question about a count beyond it asks about a state the command
 * cannot reach, which no scenario of the feature's steps could show.
 */
function countStop<C extends { status: 'synthesised' | 'ambiguous'; program: Program; question?: DistinguishingExample }>(
  condition: C | undefined,
  occurrences: readonly Occurrence[],
  effect: Effect | undefined
): C | undefined {
  const count =
    effect?.op === 'step' && effect.sign === 1 && (effect.by ?? 1) === 1
      ? effect.reg
      : effect?.op === 'tableStep' && effect.sign === 1 && (effect.by ?? 1) === 1
        ? 'stock'
        : undefined
  if (condition === undefined || count === undefined) return condition
  const refusedAt = occurrences.filter((occurrence) => occurrence.refused).map((occurrence) => occurrence.inputs[count])
  if (refusedAt.length === 0 || !refusedAt.every((value) => typeof value === 'number')) return condition
  const stop = Math.min(...(refusedAt as number[]))
  const program = condition.program
  const atStop =
    program.kind === 'apply' &&
    program.operator === 'equal' &&
    program.args[0]?.kind === 'input' &&
    program.args[0].name === count &&
    program.args[1]?.kind === 'constant' &&
    program.args[1].value === stop
  const limit: Program = atStop ? { ...program, operator: 'greaterOrEqual' } : program
  const beyond = condition.question !== undefined && (condition.question.inputs[count] as number) > stop
  if (!atStop && !beyond) return condition
  return beyond ? { ...condition, program: limit, status: 'synthesised', question: undefined } : { ...condition, program: limit }
}

/** The guard's inputs, and its condition or message as an example-table problem over some of the occurrences. */
interface GuardProblem {
  step: StoryStep
  names: string[]
  operation: (output: { name: string; type: ValueType }, rows: Occurrence[], value: (row: Occurrence) => Value) => Operation
}

function guardProblem(story: Story, step: StoryStep, occurrences: Occurrence[], unnamed: ReadonlySet<number> = new Set()): GuardProblem {
  const typeOf = (name: string): ValueType => typeof occurrences[0]!.inputs[name] as ValueType
  // The mode is one of the modes the story knows, whether or not this command ever came in it.
  const modes = modeValues(story)
  // What the command would leave is read by the natural guard only: the table engine's search
  // stays as wide as it was.
  // Who is first on the list is for a message to name, not a condition's: the list's own facts (size, listed) are those.
  const inputs = Object.keys(occurrences[0]!.inputs)
    .filter((name) => name !== 'after' && occurrences.every((occurrence) => typeof occurrence.inputs[name] === typeOf(name)))
    .map((name) => (name === 'mode' ? { name, type: typeOf(name), categorical: true, domain: modes } : { name, type: typeOf(name) }))
  const messages = occurrences.filter((occurrence) => occurrence.refused)
  const quoted = new Set(messages.map((occurrence) => withoutNumbers(occurrence.message ?? '', unnamed)))
  const context = [story.name, story.description, step.words, ...quoted].join('\n')
  return {
    step,
    names: inputs.map((input) => input.name),
    operation: (output, rows, value) => ({
      name: 'guard',
      whenText: step.expression,
      context,
      inputs: inputs.filter((input) => input.name !== 'front'),
      outputs: [output],
      scenarios: [],
      examples: rows.map((row) => ({ inputs: withoutAfter(row.inputs), outputs: { [output.name]: value(row) }, source: row.source }))
    })
  }
}

const GUARD_SEARCH = {
  timeBudgetMs: 1500,
  compression: GUARD_COMPRESSION,
  describedBounds: false,
  independentInputs: false,
  // Whether the item is on the list, and how many copies of it the list holds: one fact (guardInputs in model.ts).
  presence: [['listed', 'copies']] as const
}
/** A refusal's message is one sentence or another: one choice of phrases, on one condition. */
const MESSAGE_SEARCH = { ...GUARD_SEARCH, templateChoices: 1 }

/** When the command is refused: a rule the table engine finds, or the refusal its effect implies where the examples leave it open. */
function guardCondition(
  story: Story,
  occurrences: Occurrence[],
  problem: GuardProblem,
  effect: Effect | undefined,
  readModes: ReadonlySet<Value> = new Set()
): { status: 'synthesised' | 'ambiguous'; program: Program; bits: number; question?: DistinguishingExample } | undefined {
  // Refused every time it came: when it would be accepted, the examples do not say.
  if (occurrences.every((occurrence) => occurrence.refused))
    return { status: 'ambiguous', program: { kind: 'constant', value: true }, bits: 2, question: undefined }
  // A list of values the description allows ("accepts only 10, 20 and 50 cent coins") is the spec's own rule.
  const member = describedMembership(story.description, problem.step, occurrences)
  if (member !== undefined) return { status: 'synthesised', program: member, bits: NATURAL_GUARD_BITS }
  // So is a range it names ("can be set from 5 to 30"): a command that would leave the quantity outside is refused.
  const ranged = describedRangeGuard(story.description, effect, occurrences)
  if (ranged !== undefined) return { status: 'synthesised', program: ranged, bits: NATURAL_GUARD_BITS }
  const result = synthesise(
    problem.operation({ name: 'refused', type: 'boolean' }, occurrences, (row) => row.refused),
    GUARD_SEARCH
  )
  if (!result.ok) return undefined
  // A cut only a refusal's message names is confirmed only where the examples alone place it.
  const unplaced = result.status === 'synthesised' ? unplacedMessageCut(story, occurrences, problem, result.outputs[0]!.program) : undefined
  // So is a cut in a gap a Given's size ends: the sizes the scenarios chose may be what decides.
  const sized =
    result.status === 'synthesised' && unplaced === undefined
      ? cutBesideGivenNumber(result.outputs[0]!.program, occurrences, givenNumbers(story), mentionedNumbers(story))
      : undefined
  const status = unplaced?.status ?? (sized === undefined ? result.status : 'ambiguous')
  // Where the examples leave the rule open, the refusal the command's own effect implies
  // (taking more than there is, going past a bound the feature names) is the likelier one.
  const floors = floorsBelowZero(story.description)
  const natural =
    status === 'synthesised'
      ? undefined
      : naturalGuard(effect, occurrences, mentionedNumbers(story), describedRanges(story.description), readModes, floors)
  // A take the words say is refused for want of enough ("cannot cover", "not enough money"): the rule they state.
  const words = [story.description, ...occurrences.map((occurrence) => occurrence.message ?? '')]
  // So is a tally's item logged again where the words say an item is refused a second time ("the same title twice").
  // So is a take past how far below nothing the words let it go ("at most 5.00 below zero").
  const stated =
    natural !== undefined &&
    (isFloorGuard(natural, floors) ||
      ((isShortfallGuard(natural) || isAllowanceGuard(natural, effect)) && speaksOfShortfall(words)) ||
      (effect?.op === 'tally' && isRepeatGuard(natural) && speaksOfRepeat(words)))
  return {
    status: stated ? 'synthesised' : status,
    program: natural ?? atTheAllowedEdge(result.outputs[0]!.program, occurrences, story),
    // A refusal the effect implies is as cheap as the simplest rule: no dearer than a comparison with the limit.
    bits: natural === undefined ? result.outputs[0]!.bits : Math.min(result.outputs[0]!.bits, NATURAL_GUARD_BITS),
    question: unplaced?.question ?? sized?.question ?? result.outputs[0]!.question
  }
}

/**
 * Where the rule cuts at a number only the refusal messages name ("no more than 6 per table", 6 in
 * no step and not in the feature's words) and no example sits at, the same search without those
 * numbers in the words: whether the examples alone place the cut (a gap the policy for cuts
 * closes), and else the row they would need. Undefined where the messages' numbers decide nothing.
 */
function unplacedMessageCut(
  story: Story,
  occurrences: Occurrence[],
  problem: GuardProblem,
  program: Program
): { status: 'ambiguous'; question?: DistinguishingExample } | undefined {
  const messages = occurrences.flatMap((occurrence) => (occurrence.message === undefined ? [] : [occurrence.message]))
  const unnamed = messageOnlyNumbers(messages, mentionedNumbers(story), stepNumbers(story))
  const rows = occurrences.map((occurrence) => withoutAfter(occurrence.inputs))
  if (unnamed.size === 0 || !cutsAtUnheldNumber(program, rows, unnamed)) return undefined
  const words = guardProblem(story, problem.step, occurrences, unnamed)
  const result = synthesise(
    words.operation({ name: 'refused', type: 'boolean' }, occurrences, (row) => row.refused),
    GUARD_SEARCH
  )
  if (result.ok && result.status === 'synthesised') return undefined
  const question = result.ok ? result.outputs[0]!.question : undefined
  return { status: 'ambiguous', ...(question ? { question } : {}) }
}

/** The refusal's message: one text quoting the case's values, or a rule over them where the messages differ. */
function guardMessage(
  story: Story,
  messages: Occurrence[],
  problem: GuardProblem
): { program: Program; bits: number; confident: boolean } | undefined {
  const distinct = [...new Set(messages.map((occurrence) => occurrence.message!))]
  const fixed = new Set(mentionedNumbers(story))
  if (distinct.length === 1) return { ...singleMessage(distinct[0]!, messages[0]!.inputs, problem.names, fixed), confident: true }
  const rule = synthesise(
    problem.operation({ name: 'message', type: 'string' }, messages, (row) => row.message!),
    MESSAGE_SEARCH
  )
  if (!rule.ok) return undefined
  const empty = unknownKeyMessage(messages) ?? emptyStateMessage(messages, problem.names)
  if (empty !== undefined) {
    const said = guardMessage(story, empty.rows, problem)
    const rest = guardMessage(
      story,
      messages.filter((occurrence) => !empty.rows.includes(occurrence)),
      problem
    )
    if (said !== undefined && rest !== undefined)
      return {
        program: {
          kind: 'conditional',
          condition:
            empty.name === 'known'
              ? { kind: 'apply', operator: 'not', args: [{ kind: 'input', name: 'known', type: 'boolean' }] }
              : {
                  kind: 'apply',
                  operator: 'equal',
                  args: [
                    { kind: 'input', name: empty.name, type: 'number' },
                    { kind: 'constant', value: 0 }
                  ]
                },
          then: said.program,
          otherwise: rest.program
        },
        bits: rule.outputs[0]!.bits,
        // The split is the convention itself (an empty state's message exactly where its quantity is 0, an
        // unknown key's where it has no entry), not a guess among the whole table's rivals: each part keeps its own confidence.
        confident: said.confident && rest.confident
      }
  }
  return {
    program: quotingMessages(rule.outputs[0]!.program, messages, problem.names, fixed),
    bits: rule.outputs[0]!.bits,
    confident: rule.status === 'synthesised'
  }
}

/**
 * A message with no number that speaks of nothing being left, said every time a quantity of the
 * state was 0 and never otherwise ("the tube is empty" beside "only 4 cups left"; "there are no
 * pears left" for any fruit): it is the message of an empty state, whatever the command asked
 * for. The rows that say it, and the quantity; undefined where there is none.
 */
function emptyStateMessage(messages: readonly Occurrence[], names: readonly string[]): { rows: Occurrence[]; name: string } | undefined {
  const state = names.filter((name) => QUOTED_STATE.includes(name) && messages.every((row) => typeof row.inputs[name] === 'number'))
  // A message with the texts the command was given left out: "there are no \u0001 left".
  const shapeOf = (row: Occurrence): string =>
    Object.entries(row.inputs).reduce(
      (text, [name, value]) =>
        /^arg\d+$/.test(name) && typeof value === 'string' && value !== '' ? text.split(value).join('\u0001') : text,
      row.message!
    )
  const shapes = messages.map(shapeOf)
  for (const shape of new Set(shapes)) {
    if (/\d/.test(shape) || !EMPTY_WORDS.test(shape) || shapes.every((other) => other === shape)) continue
    const name = state.find((candidate) => messages.every((row, index) => (shapes[index] === shape) === (row.inputs[candidate] === 0)))
    if (name !== undefined) return { rows: messages.filter((_, index) => shapes[index] === shape), name }
  }
  return undefined
}

/**
 * The message said exactly where the command's key has no entry at all ("we do not sell green
 * beads"), beside others said where it has one: those rows apart, the rest a rule of their own.
 */
function unknownKeyMessage(messages: readonly Occurrence[]): { rows: Occurrence[]; name: string } | undefined {
  if (!messages.every((row) => typeof row.inputs.known === 'boolean') || messages.every((row) => row.inputs.known === false))
    return undefined
  const keyOf = (row: Occurrence) =>
    Object.entries(row.inputs).find(([name, value]) => /^arg\d+$/.test(name) && typeof value === 'string')?.[1]
  const shapeOf = (row: Occurrence) => {
    const key = keyOf(row)
    return typeof key === 'string' && key !== '' ? row.message!.split(key).join('\u0001') : row.message!
  }
  const unknown = messages.filter((row) => row.inputs.known === false)
  const shapes = new Set(unknown.map(shapeOf))
  if (unknown.length === 0 || shapes.size !== 1) return undefined
  const [shape] = shapes
  return messages.every((row) => (row.inputs.known === false) === (shapeOf(row) === shape)) ? { rows: unknown, name: 'known' } : undefined
}

/**
 * One refusal message seen: a text that quotes a text parameter quotes it in general ("not
 * enough in fun" for the envelope "fun" is `not enough in ${name}`); otherwise it is constant.
 */
/** Where a message's values come from, most likely first: what the command was given, then the state it met. */
const QUOTED_STATE = ['stock', 'room', 'roomLeft', 'shortBy', 'kept', 'count', 'other', 'size', 'limit', 'left', 'allKeys', 'front']

/** The guard inputs in the order a message quotes them: the values given, the state the command changes, the rest of the state. */
function quotedFirst(names: string[], effect: Effect | undefined): string[] {
  const changed = effect === undefined ? [] : registersOfEffect(effect)
  const inputOf: Partial<Record<Register, string>> = { count: 'count', other: 'other', items: 'size', table: 'stock', limit: 'limit' }
  const first = changed.flatMap((register) =>
    inputOf[register] !== undefined && names.includes(inputOf[register]) ? [inputOf[register]] : []
  )
  const state = [...first, ...QUOTED_STATE.filter((name) => names.includes(name) && !first.includes(name))]
  return [...names.filter((name) => !QUOTED_STATE.includes(name)), ...state]
}

/**
 * A refusal's message written as the code that says it: each value it quotes (a title, a floor,
 * what is left in stock) becomes the input that holds it, where every row with this message
 * agrees on it, so the message speaks of the case at hand, not of the example's.
 */
function quotingMessage(message: string, rows: ReadonlyArray<Record<string, Value>>, names: string[], fixed: ReadonlySet<number>): Program {
  // In the order `quotedFirst` gives: the state the command changes before the rest.
  const candidates = [...names.filter((name) => /^arg\d+$/.test(name)), ...names.filter((name) => QUOTED_STATE.includes(name))]
  const agreed = candidates.filter((name) => rows.every((row) => row[name] !== undefined && row[name] === rows[0]![name]))
  const pieces: Array<string | { name: string; spelling: Spelling }> = [message]
  for (const name of agreed) {
    const value = rows[0]![name]
    if (typeof value === 'string' && value.length < 2) continue
    if (typeof value !== 'string' && typeof value !== 'number') continue
    // A number the feature's words name ("at most 2 copies") is the rule's own, not the case's.
    if (typeof value === 'number' && fixed.has(value)) continue
    quoteValue(pieces, name, value)
  }
  const parts: Program[] = pieces.map((piece) =>
    typeof piece === 'string'
      ? { kind: 'constant' as const, value: piece }
      : piece.spelling === 'text'
        ? { kind: 'input' as const, name: piece.name, type: 'string' as const }
        : {
            kind: 'apply' as const,
            operator: piece.spelling,
            args: [{ kind: 'input' as const, name: piece.name, type: 'number' as const }]
          }
  )
  return parts.slice(1).reduce<Program>((joined, part) => ({ kind: 'apply', operator: 'concat', args: [joined, part] }), parts[0]!)
}

/** How a message spells a value it quotes: a text as it is, a number as written or with two decimals ("only 0.50"). */
type Spelling = 'text' | 'toText' | 'fixed2'

/** Replaces the first whole occurrence of the value in the message's text pieces with the input that holds it. */
function quoteValue(pieces: Array<string | { name: string; spelling: Spelling }>, name: string, value: string | number): void {
  const spellings: Array<[string, Spelling]> =
    typeof value === 'string'
      ? [[value, 'text']]
      : [[String(value), 'toText'], ...(value.toFixed(2) === String(value) ? [] : [[value.toFixed(2), 'fixed2'] as [string, Spelling]])]
  for (const [text, spelling] of spellings) {
    const escaped = escapeRegExp(text)
    // Quoted where it stands whole: a number, or a word ("an" is not found inside "cannot").
    const pattern =
      typeof value === 'number'
        ? new RegExp(`(?<![\\w.-])${escaped}(?![\\w]|\\.\\d)`)
        : new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u')
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index]!
      if (typeof piece !== 'string') continue
      const at = piece.search(pattern)
      if (at < 0) continue
      pieces.splice(index, 1, ...[piece.slice(0, at), { name, spelling }, piece.slice(at + text.length)].filter((part) => part !== ''))
      return
    }
  }
}

function singleMessage(
  message: string,
  inputs: Record<string, Value>,
  names: string[],
  fixed: ReadonlySet<number>
): { program: Program; bits: number } {
  const program = quotingMessage(message, [inputs], names, fixed)
  return { program, bits: program.kind === 'constant' ? 2 : 4 }
}

/**
 * The same for each text a rule over several messages answers with: each constant text (a whole
 * message, or a phrase of one) quotes the values the rows that reach it agree on ("only 6 tonnes
 * in the silo", where the silo held 6: `only ${count} tonnes…`). A conditional sends each row
 * down the branch its condition picks.
 */
function quotingMessages(
  program: Program,
  messages: ReadonlyArray<{ inputs: Record<string, Value>; message?: string }>,
  names: string[],
  fixed: ReadonlySet<number>
): Program {
  if (program.kind === 'constant' && typeof program.value === 'string')
    return messages.length === 0
      ? program
      : quotingMessage(
          program.value,
          messages.map((row) => row.inputs),
          names,
          fixed
        )
  if (program.kind === 'conditional') {
    const picks = messages.map((row) => {
      const condition = evaluateProgram(program.condition, row.inputs)
      return condition.ok && condition.value === true
    })
    return {
      ...program,
      then: quotingMessages(
        program.then,
        messages.filter((_, index) => picks[index]),
        names,
        fixed
      ),
      otherwise: quotingMessages(
        program.otherwise,
        messages.filter((_, index) => !picks[index]),
        names,
        fixed
      )
    }
  }
  if (program.kind === 'apply' && program.operator === 'concat')
    return { ...program, args: program.args.map((part) => quotingMessages(part, messages, names, fixed)) }
  return program
}

/**
 * Probe sequences: each scenario with one command repeated, one left out, or one more from
 * another scenario, and with its numbers changed. Where near-best models read different values
 * at the end, the first such scenario is the question.
 */
function distinguishingScenario(story: Story, near: StorySolution[]): StoryResult['question'] {
  if (near.length < 2) return undefined
  const best = near[0]!.bits
  const weights = near.map((solution) => 2 ** (best - solution.bits))
  for (const probe of probeScenarios(story)) {
    const answers = near.map((solution) => ({ solution, values: finalReadings(story, solution.model, probe) }))
    const first = answers[0]!.values
    if (first === undefined) continue
    // The best model's answers must carry CONFIDENCE of the weight of the models that answer, as for tables.
    const total = answers.reduce((sum, answer, index) => sum + (answer.values === undefined ? 0 : weights[index]!), 0)
    const agreeing = answers.reduce(
      (sum, answer, index) =>
        sum + (answer.values !== undefined && JSON.stringify(answer.values) === JSON.stringify(first) ? weights[index]! : 0),
      0
    )
    if (agreeing / total >= CONFIDENCE) continue
    for (const other of answers.slice(1)) {
      if (other.values === undefined) continue
      // A rival with no answer there (no mode at all after "Given a draft application") is no value a person could write.
      const differs = first.findIndex(
        (value, index) => other.values![index] !== undefined && JSON.stringify(value) !== JSON.stringify(other.values![index])
      )
      if (differs >= 0) {
        const thenStep = story.steps.filter((step) => step.role === 'then')[differs]!
        const disputed = [answers[0]!, other].map((answer) => answer.values![differs])
        // A Then step with a value is asked about only where writing an answer into it tells the models apart.
        if (!decides(story, probe, thenStep, [answers[0]!.solution.model, other.solution.model], disputed)) continue
        const steps =
          yesNoThenSteps(story, thenStep, disputed) ??
          namedThenSteps(story, thenStep, disputed, (expression, name) =>
            disputedThen(story, thenStep, answers[0]!.solution.model, { expression, value: name }).replace(/^Then /u, '')
          )
        return {
          scenario: probe.events.map((event) => describeEvent(story, event)),
          then: disputedThen(story, thenStep, answers[0]!.solution.model),
          answers: [answers[0]!, other].map((answer) => ({
            model: describeModel(story, answer.solution.model),
            value: answer.values![differs]
          })),
          ...(steps ? { steps } : {})
        }
      }
    }
  }
  return undefined
}

/**
 * Whether the Then step, written with each disputed value a person could write into it, passes
 * under one model and fails under the other after the probe: a person adds the step that holds, so
 * a value both models accept ("the next guest is Ana" read as the first in the queue, and as one of
 * those waiting) decides nothing, and asking for it would ask again once it is added.
 */
function decides(
  story: Story,
  probe: StoryScenario,
  step: StoryStep,
  models: readonly [StateModel, StateModel],
  disputed: ReadonlyArray<Value | undefined>
): boolean {
  // Neither model says the step holds (false, or no answer): no Then step a person could add tells them apart.
  if (disputed.every((value) => value === undefined || value === false)) return false
  if (step.params.length === 0) return true
  const example = story.scenarios.flatMap((scenario) => scenario.events).find((event) => event.step === step.index)
  if (example === undefined) return true
  const position = [...models.map((model) => model.meanings[step.index]?.reading?.arg ?? -1), 0].find((at) => at >= 0)!
  // The answers a person can write into the step: each must tell the models apart, or adding the true one leaves them tied.
  const values = disputed.filter((value) => value !== undefined && typeof value === typeof example.args[position]) as Value[]
  if (values.length === 0) return true
  return values.every((value) => {
    const args = example.args.map((arg, index) => (index === position ? value : arg))
    const scenario = {
      ...probe,
      events: [...probe.events.filter((event) => story.steps[event.step]!.role !== 'then'), { ...example, args }]
    }
    const verdicts = models.map((model) => runScenario(story, model, scenario)?.at(-1)?.agrees)
    return verdicts[0] !== undefined && verdicts[1] !== undefined && verdicts[0] !== verdicts[1]
  })
}

function finalReadings(story: Story, model: StateModel, scenario: StoryScenario): Array<Value | undefined> | undefined {
  // What every Then step would read after the whole sequence.
  let state: State | undefined = initialState()
  for (const event of scenario.events) {
    if (story.steps[event.step]!.role === 'then' || state === undefined) continue
    const meaning = model.meanings[event.step]!
    if (story.steps[event.step]!.role === 'when' && meaning.guard !== undefined) {
      // The guard decides whether the effect applies.
      const inputs = guardInputs(state, event.args, story.steps[event.step]!, meaning.effect)
      const holds = evaluateProgram(meaning.guard.condition, inputs)
      if (holds.ok && holds.value === true) continue
    }
    state = applyStep(state, meaning.effect ?? { op: 'none' }, event.args, story.steps[event.step]!.role)
  }
  if (state === undefined) return undefined
  const finalState = state
  return story.steps
    .filter((step) => step.role === 'then')
    .map((step) => {
      const reading = model.meanings[step.index]!.reading
      if (reading === undefined) return undefined
      const example = story.scenarios.flatMap((scenario) => scenario.events).find((event) => event.step === step.index)
      return example ? read(finalState, reading, example.args, step) : undefined
    })
}

function probeScenarios(story: Story): StoryScenario[] {
  const probes: StoryScenario[] = []
  const commands = story.scenarios.flatMap((scenario) => scenario.events.filter((event) => story.steps[event.step]!.role === 'when'))
  // Each command once (with the first values it was given): every command after every scenario.
  const distinctCommands = [...new Map(commands.map((event) => [event.step, event])).values()]
  for (const scenario of story.scenarios) {
    const actions = scenario.events.filter((event) => story.steps[event.step]!.role !== 'then')
    const whens = actions.map((event, index) => (story.steps[event.step]!.role === 'when' ? index : -1)).filter((index) => index >= 0)
    for (const index of whens) {
      probes.push({ ...scenario, events: [...actions.slice(0, index + 1), actions[index]!, ...actions.slice(index + 1)] })
      probes.push({ ...scenario, events: actions.filter((_, other) => other !== index) })
    }
    for (const command of distinctCommands) probes.push({ ...scenario, events: [...actions, command] })
    probes.push({
      ...scenario,
      events: actions.map((event) => ({ ...event, args: event.args.map((arg) => (typeof arg === 'number' ? arg * 2 + 1 : arg)) }))
    })
    probes.push(...atRangeEnds(story, scenario, distinctCommands))
  }
  return probes.filter((probe) => withinDescribedRange(story, probe))
}

/**
 * A scenario started at either end of the range the description names (its Givens' numbers there)
 * and each command once after it: where a near model runs past the end, the examples never said
 * what a press there does ("from 0 to 10": softer at 0).
 */
function atRangeEnds(story: Story, scenario: StoryScenario, commands: StoryEvent[]): StoryScenario[] {
  const range = givenRange(story)
  if (range === undefined) return []
  return range.flatMap((end) => {
    const started = scenario.events.filter((event) => story.steps[event.step]!.role === 'given')
    if (!started.some((event) => event.args.some((arg) => typeof arg === 'number'))) return []
    const atEnd = started.map((event) => ({ ...event, args: event.args.map((arg) => (typeof arg === 'number' ? end : arg)) }))
    return commands.map((command) => ({ ...scenario, events: [...atEnd, command] }))
  })
}

/** The range the story's quantity is kept within: one the description names, or a percentage's. */
function storyRange(story: Story): [number, number] | undefined {
  return quantityRange(
    story.description,
    story.steps.map((step) => step.expression)
  )
}

/** The range the description names, where every number a Given gives in the examples lies within it. */
function givenRange(story: Story): [number, number] | undefined {
  const range = storyRange(story)
  if (range === undefined) return undefined
  const given = story.scenarios.flatMap((scenario) => scenario.events.filter((event) => story.steps[event.step]!.role === 'given'))
  const numbers = given.flatMap((event) => event.args.filter((arg): arg is number => typeof arg === 'number'))
  return numbers.length > 0 && numbers.every((value) => value >= range[0] && value <= range[1]) ? range : undefined
}

/** A probe whose Givens stay within the described range: no question starts from a state the description rules out. */
function withinDescribedRange(story: Story, probe: StoryScenario): boolean {
  const range = givenRange(story)
  if (range === undefined) return true
  return probe.events.every(
    (event) =>
      story.steps[event.step]!.role !== 'given' ||
      event.args.every((arg) => typeof arg !== 'number' || (arg >= range[0] && arg <= range[1]))
  )
}

/**
 * A Then step as Gherkin with `?` where the models disagree (or `answer.value` there, written in
 * `answer.expression`, the step or its opposite), its other values as the scenarios gave them.
 */
function disputedThen(story: Story, step: StoryStep, model: StateModel, answer?: { expression: string; value: Value }): string {
  const example = story.scenarios.flatMap((scenario) => scenario.events).find((event) => event.step === step.index)
  const disputed = model.meanings[step.index]?.reading?.arg ?? -1
  let index = 0
  return `Then ${(answer?.expression ?? step.expression).replace(/\{[^}]*\}/g, (placeholder) => {
    const position = index++
    if (answer !== undefined && (position === disputed || example === undefined)) return gherkinValue(placeholder, answer.value)
    if (position === disputed || example === undefined) return '?'
    return gherkinValue(placeholder, example.args[position])
  })}`
}

/** A value as the step's text holds it: quoted for {string}, bare for {word} and numbers. */
function gherkinValue(placeholder: string, value: Value | undefined): string {
  return typeof value === 'string' && placeholder !== '{word}' ? `"${value}"` : String(value)
}

function describeEvent(story: Story, event: StoryEvent): string {
  return stepText(story.steps[event.step]!, event.args)
}

function describeModel(story: Story, model: StateModel): string {
  return story.steps
    .map((step) => {
      const meaning = model.meanings[step.index]!
      const parts = [
        meaning.effect && meaning.effect.op !== 'none' ? JSON.stringify(meaning.effect) : '',
        meaning.reading
          ? `reads ${meaning.reading.read}${meaning.reading.read === 'derived' && meaning.reading.rule ? ` ${describeProgram(meaning.reading.rule)}` : ''}`
          : '',
        meaning.guard ? `refused when ${describeProgram(meaning.guard.condition)}` : ''
      ].filter(Boolean)
      return parts.length > 0 ? `${step.expression}: ${parts.join(', ')}` : ''
    })
    .filter(Boolean)
    .join('; ')
}
