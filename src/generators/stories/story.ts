/**
 * Stories from features: the scenarios of one feature as sequences of events over its step
 * definitions, as the step generator grouped them (one story step per step definition).
 */
import { readPercentages } from './percentages'
import type { ParsedFeature } from '../../gherkin'
import type { Value } from '../operation'
import type { PlannedStep, Slot, StepOccurrence } from '../steps'
import { STOP_WORDS, scenarioFlows } from '../steps'
import type { Story, StoryEvent, StoryStep } from './model'
import type { TableColumn } from './table-rows'
import { tableColumns, tableRowDecimals, tableRowValues } from './table-rows'

/** The feature's name and its description, and its rules' descriptions. */
function describe(feature: ParsedFeature): { name: string; description: string } {
  const document = feature.gherkinDocument?.feature
  if (!document) return { name: feature.uri, description: '' }
  const rules = document.children.flatMap((child) => (child.rule ? [child.rule.name, child.rule.description] : []))
  return { name: document.name, description: [document.description, ...rules].filter((text) => text && text.trim() !== '').join('\n') }
}

/** Plain-text Given or Then steps that differ in one word: one story step with that word as its value. */
export interface WordFamily {
  /** "the door is now {word}" */
  expression: string
  /** Given when any member is one (it sets the state up); a use in the other position is its own story step. A family of names may be commands. */
  role: 'given' | 'when' | 'then'
  /** Each member's words, in the order they stand in its text (one, but for a step naming two people). */
  members: Array<{ step: PlannedStep; words: string[] }>
  /** Where the words stand among the step's values (a name family's steps keep their own values beside them). */
  wordIndices: number[]
  /** People's names: any name may come, so the family is one step definition with `{word}` where they stand. */
  names?: boolean
  /** Words that key an amount ("red" bricks, "blue" bricks): the same words vary in other steps of the story too. */
  keys?: boolean
}

const tokensOf = (expression: string) => expression.split(' ')

/** A person's name, with the comma of a list or an owner's "'s" after it as its mark. */
const NAME = /^\p{Lu}\p{Ll}+(,|'s)?$/u

/**
 * "the door starts closed", "the door starts locked", "the door starts open" are three exact-text
 * step definitions (cucumber would never make {word} of unquoted text); read as a story they are
 * one step whose value is the word: the state it starts in. Given and Then steps, whose words
 * are values; a When step's differing word is a different command ("I lock" / "I open"), unless
 * the state's steps read those words as values (see valueCommandFamilies). Given and
 * Then steps of one shape are one family ("Given the light shows green", "Then the light shows
 * amber"): the same words set the state up in one position and check it in the other.
 */
function wordFamilies(steps: readonly PlannedStep[]): WordFamily[] {
  // Names first, in every role: "Ana is being served" and "Cleo is being served" are one step
  // definition with `{word}` (a held-out scenario's new person still matches), not one per name.
  const named = nameFamilies(steps)
  const taken = new Set(named.flatMap((family) => family.members.map((member) => member.step)))
  const keyed = wholeVocabularies(keyFamilies(steps.filter((step) => !taken.has(step))), steps, taken)
  for (const family of keyed) for (const member of family.members) taken.add(member.step)
  return [...named, ...keyed, ...plainWordFamilies(steps.filter((step) => !taken.has(step)))]
}

/**
 * The key families, with each other step that writes one of their keys in its own text as a family
 * of its own ("a delivery brings {int} water bottles", the one step of its shape): every use of a
 * key is then a value. A key written where it cannot be a value (a step naming a person too, "Sam
 * takes {int} pencils", or two keys) would be read two ways, so its families are left as the steps
 * they were. A Given that lists entries ("the bucket has {int} red bricks, {int} blue bricks") reads
 * each key as written.
 */
function wholeVocabularies(families: WordFamily[], steps: readonly PlannedStep[], named: ReadonlySet<PlannedStep>): WordFamily[] {
  const inFamily = new Set(families.flatMap((family) => family.members.map((member) => member.step)))
  const outside = steps.filter((step) => !inFamily.has(step))
  const kept: WordFamily[] = []
  const singles = new Map<PlannedStep, WordFamily>()
  for (const family of families) {
    const words = [...new Set(family.members.flatMap((member) => member.words))]
    const own: WordFamily[] = []
    const whole = outside.every((step) => {
      const tokens = tokensOf(step.group.expression).map((token) => token.replace(/[,;.]$/u, ''))
      const text = ` ${tokens.join(' ')} `
      const written = words.filter((word) => text.includes(` ${word} `))
      if (written.length === 0) return true
      const after = text.split(/\{[a-z]+\}/u).slice(1)
      if (after.length >= 2 && after.every((rest) => words.some((word) => rest.startsWith(` ${word} `)))) return true
      const single = written.length === 1 && !named.has(step) ? singleKeyFamily(step, tokens, written[0]!) : undefined
      if (single !== undefined) own.push(single)
      return single !== undefined
    })
    if (!whole) continue
    kept.push(family)
    for (const single of own) singles.set(single.members[0]!.step, single)
  }
  return [...kept, ...singles.values()]
}

/** A step whose text writes one key once, as a family of one: the key its value, as in the others. */
function singleKeyFamily(step: PlannedStep, tokens: readonly string[], key: string): WordFamily | undefined {
  if (step.group.parameters.length === 0 || step.group.argument !== 'none' || (step.group.constants ?? []).length > 0) return undefined
  const length = key.split(' ').length
  const positions = tokens.flatMap((_, index) => (tokens.slice(index, index + length).join(' ') === key ? [index] : []))
  if (positions.length !== 1) return undefined
  const position = positions[0]!
  const placeholder = length > 1 ? '{phrase}' : '{word}'
  const original = tokensOf(step.group.expression)
  return {
    expression: [...original.slice(0, position), placeholder, ...original.slice(position + length)].join(' '),
    role: step.group.role,
    members: [{ step, words: [key] }],
    wordIndices: [tokens.slice(0, position).filter((token) => token.includes('{')).length],
    keys: true
  }
}

/**
 * Steps with values that differ in one plain word, where the same words vary in another shape of
 * step too ("a model uses {int} red bricks", "the red brick count is {int}", "{int} blue bricks
 * are tipped back in"): the word is a key, each step one step of the story whose value it is. A
 * word that varies in one shape only is left alone ("I lock" and "I open" stay two commands).
 */
function keyFamilies(steps: readonly PlannedStep[]): WordFamily[] {
  const candidates = steps.filter(
    (step) => step.group.parameters.length > 0 && step.group.argument === 'none' && (step.group.constants ?? []).length === 0
  )
  const byPattern = new Map<string, Array<{ step: PlannedStep; words: string[]; at: number }>>()
  for (const step of candidates) {
    const tokens = tokensOf(step.group.expression)
    // A key of one word or two ("flapjacks", "juice cartons").
    for (let position = 0; position < tokens.length; position++)
      for (let length = 1; length <= MAX_KEY_WORDS && position + length <= tokens.length; length++) {
        const span = tokens.slice(position, position + length)
        if (!span.every((token) => /^\p{Ll}[\p{Ll}-]*$/u.test(token) && !STOP_WORDS.has(token))) break
        const pattern = [...tokens.slice(0, position), '{word}', ...tokens.slice(position + length)].join(' ')
        const at = tokens.slice(0, position).filter((other) => other.includes('{')).length
        const key = `${step.group.role === 'when' ? 'when' : 'state'}|${pattern}|${step.group.parameters.map((parameter) => parameter.type).join(',')}`
        byPattern.set(key, [...(byPattern.get(key) ?? []), { step, words: [span.join(' ')], at }])
      }
  }
  const groups = [...byPattern].filter(([, members]) => new Set(members.map((member) => member.words[0])).size >= 2)
  const wordsOf = (members: Array<{ words: string[] }>) => new Set(members.map((member) => member.words[0]!))
  // Keys recur: at least two of the words vary in another shape of step as well.
  const recurring = groups.filter(([key, members]) =>
    groups.some(([other, others]) => other !== key && [...wordsOf(members)].filter((word) => wordsOf(others).has(word)).length >= 2)
  )
  // Largest families first; of two alike, the one whose keys are fewer words ("{word} bricks", not "{word}" for "red bricks").
  const keyWords = (members: Array<{ words: string[] }>) => members.reduce((sum, member) => sum + member.words[0]!.split(' ').length, 0)
  const families: WordFamily[] = []
  const taken = new Set<PlannedStep>()
  for (const [key, members] of recurring.sort((a, b) => b[1].length - a[1].length || keyWords(a[1]) - keyWords(b[1]))) {
    if (members.some((member) => taken.has(member.step))) continue
    for (const member of members) taken.add(member.step)
    const [kind, pattern] = key.split('|') as ['when' | 'state', string]
    const role = kind === 'when' ? 'when' : members.some((member) => member.step.group.role === 'given') ? 'given' : 'then'
    // A key of several words needs a parameter type that takes them: {phrase}.
    const phrased = members.some((member) => member.words[0]!.includes(' '))
    families.push({
      expression: phrased ? pattern.replace('{word}', '{phrase}') : pattern,
      role,
      members: members.map(({ step, words }) => ({ step, words })),
      wordIndices: [members[0]!.at],
      keys: true
    })
  }
  return families
}

/** The most words a key the steps write may have ("juice cartons"). */
const MAX_KEY_WORDS = 2

/** A person's pronoun: "on her card" and "on his card" are one step, whoever the person is. */
const PRONOUN = /^(his|her|their)$/u
// "their" first: the form a question about any person is written with.
const PRONOUNS = 'their/his/her'

function plainWordFamilies(steps: readonly PlannedStep[]): WordFamily[] {
  const families = wordFamiliesOf(
    steps.filter((step) => step.group.role === 'given' || step.group.role === 'then'),
    (members) => (members.some((member) => member.step.group.role === 'given') ? 'given' : 'then')
  )
  return [...families, ...valueCommandFamilies(steps, families)]
}

/**
 * Commands that differ in one word the state's own steps read as values ("I add a banana
 * pancake", "Then the top pancake is banana"): one command whose value is that word. Only where
 * two or more of the commands' words are such values, so "I lock" and "I open" beside "the door
 * is open" stay two commands.
 */
function valueCommandFamilies(steps: readonly PlannedStep[], stateFamilies: readonly WordFamily[]): WordFamily[] {
  const values = new Set(stateFamilies.flatMap((family) => family.members.flatMap((member) => member.words)))
  return wordFamiliesOf(
    steps.filter((step) => step.group.role === 'when'),
    () => 'when'
  ).filter((family) => family.members.filter((member) => member.words.every((word) => values.has(word))).length >= 2)
}

/** Plain-text steps of one shape but for one word, largest families first, a step in one at most. */
function wordFamiliesOf(steps: readonly PlannedStep[], roleOf: (members: WordFamily['members']) => WordFamily['role']): WordFamily[] {
  const candidates = steps.filter(
    (step) =>
      step.group.parameters.length === 0 &&
      (step.group.constants ?? []).length === 0 &&
      step.group.argument === 'none' &&
      !/[{}]/.test(step.group.expression)
  )
  const byPattern = new Map<string, Array<{ step: PlannedStep; word: string }>>()
  for (const step of candidates) {
    const tokens = tokensOf(step.group.expression)
    tokens.forEach((token, position) => {
      if (!/^[\p{L}][\p{L}\p{N}_-]*$/u.test(token)) return
      const pattern = tokens.map((other, index) => (index === position ? '{word}' : other)).join(' ')
      const members = byPattern.get(pattern) ?? []
      members.push({ step, word: token })
      byPattern.set(pattern, members)
    })
  }
  const families: WordFamily[] = []
  const taken = new Set<PlannedStep>()
  // Largest families first; a step belongs to one family at most.
  for (const [pattern, members] of [...byPattern].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    if (members.length < 2 || members.some((member) => taken.has(member.step))) continue
    for (const member of members) taken.add(member.step)
    const familyMembers = members.map(({ step, word }) => ({ step, words: [word] }))
    families.push({ expression: pattern, role: roleOf(familyMembers), members: familyMembers, wordIndices: [0] })
  }
  return families
}

/**
 * The nouns after a number that steps write in more than one form ("1 book", "3 books", "book(s)"
 * where one person's steps used both): each form maps to `book(s)`, so every person's step is one
 * family whose definition matches any count. A form with no other form beside it stays as written.
 */
function countedNouns(steps: readonly PlannedStep[]): Map<string, string> {
  const forms = new Map<string, Set<string>>()
  for (const step of steps) {
    const tokens = tokensOf(step.group.expression)
    tokens.forEach((token, index) => {
      const match = /^(\p{L}{2,}?)(\(s\)|s)?$/u.exec(token)
      if (match === null || !/^\{(int|float)\}$/u.test(tokens[index - 1] ?? '')) return
      forms.set(match[1]!, (forms.get(match[1]!) ?? new Set()).add(token))
    })
  }
  const counted = new Map<string, string>()
  for (const [base, written] of forms)
    if (written.size > 1 || written.has(`${base}(s)`)) for (const form of written) counted.set(form, `${base}(s)`)
  return counted
}

/**
 * Steps that differ only in a person's name ("Dana books {int} tickets", "Eli books {int} tickets")
 * are one step whose first value is the name: a key to that person's own state. Any role, values
 * beside the name kept; only a capitalised word, so "I lock" and "I open" stay two commands.
 */
function nameFamilies(steps: readonly PlannedStep[]): WordFamily[] {
  const candidates = steps.filter((step) => step.group.argument === 'none' && (step.group.constants ?? []).length === 0)
  const counted = countedNouns(candidates)
  const byPattern = new Map<string, Array<{ step: PlannedStep; words: string[] }>>()
  for (const step of candidates) {
    const tokens = tokensOf(step.group.expression)
    // Every name in the text is a value ("Bo pays Ann back {int}": who pays, and whom).
    // A name may end a clause of a list or own something ("for Ana, Ben and Cy", "Ann's balance"): the mark stays a word of the step.
    const isName = tokens.map((token) => NAME.test(token))
    if (!isName.some(Boolean)) continue
    // The values' types, not their names: "Ana has {float}" and "Cleo has {float}" name their amounts after different words.
    const signature = step.group.parameters.map((parameter) => parameter.type).join(',')
    const pattern = tokens
      .map((token, index) =>
        isName[index] ? token.replace(NAME, '{word}$1') : PRONOUN.test(token) ? PRONOUNS : (counted.get(token) ?? token)
      )
      .join(' ')
    // Given and Then steps of one shape are one family, as plain word families are; commands are their own.
    const key = `${step.group.role === 'when' ? 'when' : 'state'}|${pattern}|${signature}`
    byPattern.set(key, [
      ...(byPattern.get(key) ?? []),
      { step, words: tokens.filter((_, index) => isName[index]).map((token) => token.replace(/(,|'s)$/u, '')) }
    ])
  }
  // A step only one person uses is keyed by name too when that name is a person's in other steps ("Bo uses 1.50 tokens").
  const distinct = (members: Array<{ words: string[] }>) => new Set(members.map((member) => member.words.join(' '))).size
  const people = new Set(
    [...byPattern.values()].filter((members) => distinct(members) >= 2).flatMap((members) => members.flatMap((member) => member.words))
  )
  const families: WordFamily[] = []
  for (const [key, members] of byPattern) {
    if (distinct(members) < 2 && !members.every((member) => member.words.every((word) => people.has(word)))) continue
    const [kind, expression] = key.split('|') as ['when' | 'state', string]
    const role = kind === 'when' ? 'when' : members.some((member) => member.step.group.role === 'given') ? 'given' : 'then'
    const placeholders = tokensOf(expression).filter((token) => token.includes('{'))
    const wordIndices = placeholders.flatMap((token, index) => (token.startsWith('{word}') ? [index] : []))
    families.push({ expression, role, members, wordIndices, names: true })
  }
  return families
}

/**
 * One story per feature whose steps all have a planned definition (steps written by hand take
 * part in no story). Values come from the step texts as the definitions capture them; a word
 * family is one story step. `planned[i]` is the definition of story step i (a family's first
 * member), `families` the family of each story step that is one.
 */
export function storiesOf(
  features: ParsedFeature[],
  steps: PlannedStep[]
): Array<{
  feature: ParsedFeature
  story: Story
  planned: PlannedStep[]
  families: Map<number, WordFamily>
  /** The columns of each story step that is a Given's table, its rows one event each. */
  tables: Map<number, TableColumn[]>
}> {
  const stepOfText = new Map<string, PlannedStep>()
  for (const step of steps) for (const { text } of step.group.texts) stepOfText.set(text, step)
  // Families are found over every planned step, so two features (a spec and its held-out
  // scenarios) read the same words the same way.
  const familyOf = new Map<PlannedStep, { family: WordFamily; words: string[] }>()
  for (const family of wordFamilies(steps)) for (const member of family.members) familyOf.set(member.step, { family, words: member.words })
  const stories: ReturnType<typeof storiesOf> = []
  const columnsOf = new Map(steps.map((step) => [step, tableColumns(step)]))
  for (const feature of features) {
    const flows = scenarioFlows([feature], () => true)
    const builder = new StoryStepBuilder(familyOf)
    let complete = flows.length > 0
    const scenarios = flows.map((flow) => ({
      name: flow.name,
      source: flow.source,
      events: flow.steps.flatMap(({ occurrence }) => {
        const step = stepOfText.get(occurrence.text)
        const columns = step && columnsOf.get(step)
        if (step === undefined || (step.group.argument !== 'none' && (columns === undefined || occurrence.role !== 'given'))) {
          complete = false
          return []
        }
        const inFamily = familyOf.get(step)
        const slots = step.group.texts.find((entry) => entry.text === occurrence.text)?.slots ?? []
        const values = slots.map((slot) => slot.value as Value)
        // A Given's table: one event per row.
        if (columns !== undefined) return tableEvents(builder, step, occurrence, columns, slots)
        const args = inFamily ? withWords(inFamily.family, values, inFamily.words) : values
        const index = builder.indexOf(step, occurrence.role)
        const decimals = decimalsOf(slots)
        builder.noteDecimals(
          index,
          inFamily
            ? withWords(
                inFamily.family,
                decimals,
                inFamily.words.map(() => 0)
              )
            : decimals
        )
        return [{ step: index, args, source: `${occurrence.uri}:${occurrence.line}` }]
      })
    }))
    if (!complete) continue
    const { planned, storySteps, families, tables } = builder
    // A family's or a table's values are its own: only a step's own quoted percentages are read as numbers.
    const own = new Set([...families.keys(), ...tables.keys()])
    const story = readPercentages({ ...describe(feature), steps: storySteps, scenarios }, own)
    stories.push({ feature, story, planned, families, tables })
  }
  return stories
}

/** Per value of a step text, the decimals it was written with ("0.50" → 2). */
const decimalsOf = (slots: readonly Slot[]) =>
  slots.map((slot) => (typeof slot.value === 'number' ? (/\.(\d+)/.exec(slot.raw)?.[1]?.length ?? 0) : 0))

/** The events of a Given's table: one per row, the row's cells after the text's own values. */
function tableEvents(
  builder: StoryStepBuilder,
  step: PlannedStep,
  occurrence: StepOccurrence,
  columns: TableColumn[],
  slots: readonly Slot[]
): StoryEvent[] {
  const index = builder.indexOf(step, occurrence.role, columns)
  for (const decimals of tableRowDecimals(occurrence, columns)) builder.noteDecimals(index, [...decimalsOf(slots), ...decimals])
  const values = slots.map((slot) => slot.value as Value)
  return tableRowValues(occurrence, columns).map((row) => ({
    step: index,
    args: [...values, ...row],
    source: `${occurrence.uri}:${occurrence.line}`
  }))
}

/** A family member's values: its own, with the family's words where they stand among them. */
export function withWords<T>(family: WordFamily, values: readonly T[], words: readonly T[]): T[] {
  const all = [...values]
  family.wordIndices.forEach((at, index) => all.splice(at, 0, words[index]!))
  return all
}

/** The story steps of one feature, made as its scenarios first use them. */
class StoryStepBuilder {
  readonly planned: PlannedStep[] = []
  readonly storySteps: StoryStep[] = []
  readonly families = new Map<number, WordFamily>()
  readonly tables = new Map<number, TableColumn[]>()
  private readonly familyIndex = new Map<WordFamily, Map<StoryStep['role'], number>>()
  // One story step per definition and role: a step text used as a Given and as a Then ("the
  // store has 4 packets of thyme") sets the state up in one and checks it in the other.
  private readonly indexByRole = new Map<PlannedStep, Map<StoryStep['role'], number>>()

  constructor(private readonly familyOf: Map<PlannedStep, { family: WordFamily; words: string[] }>) {}

  /** Keeps, per parameter of a story step, the most decimals its examples wrote. */
  noteDecimals(index: number, decimals: number[]): void {
    const step = this.storySteps[index]!
    const known = step.decimals ?? decimals.map(() => 0)
    if (decimals.some((places, position) => places > known[position]!))
      step.decimals = known.map((places, position) => Math.max(places, decimals[position] ?? 0))
  }

  /** The story step of a planned step used in `role`, made when first used. */
  indexOf(step: PlannedStep, role: StoryStep['role'], columns?: TableColumn[]): number {
    if (columns !== undefined) return this.ownStep(step, role, columns)
    const inFamily = this.familyOf.get(step)
    const familyRole = role === 'when' || inFamily?.family.role === 'when' ? inFamily?.family.role : role
    return inFamily ? this.familyStep(step, inFamily.family, familyRole!) : this.ownStep(step, role)
  }

  /** One story step per family and position: a family member used as a Then checks the state, never sets it. */
  private familyStep(step: PlannedStep, family: WordFamily, role: StoryStep['role']): number {
    const roles = this.familyIndex.get(family) ?? new Map<StoryStep['role'], number>()
    this.familyIndex.set(family, roles)
    const known = roles.get(role)
    if (known !== undefined) return known
    const index = this.planned.length
    this.planned.push(step)
    roles.set(role, index)
    this.families.set(index, family)
    this.storySteps.push({
      index,
      role,
      expression: family.expression,
      words: tokensOf(family.expression)
        .map((token) => token.replace(/^\{(word|phrase)\}/u, ''))
        .filter((token) => token !== '' && token !== ',')
        .join(' ')
        .toLowerCase(),
      params: withWords(
        family,
        step.group.parameters.map((parameter) => parameter.type),
        family.wordIndices.map(() => 'string' as const)
      )
    })
    return index
  }

  private ownStep(step: PlannedStep, role: StoryStep['role'], columns?: TableColumn[]): number {
    const mixed = role !== step.group.role && role !== 'when' && step.group.role !== 'when'
    const own = mixed ? role : step.group.role
    const roles = this.indexByRole.get(step) ?? new Map<StoryStep['role'], number>()
    this.indexByRole.set(step, roles)
    const known = roles.get(own)
    if (known !== undefined) return known
    const index = this.planned.length
    this.planned.push(step)
    roles.set(own, index)
    if (columns !== undefined) this.tables.set(index, columns)
    this.storySteps.push({
      index,
      role: own,
      expression: step.group.expression,
      words: step.group.fixed.join(' ').toLowerCase(),
      params: [
        ...(step.group.parameters.length > 0 ? step.group.parameters : (step.group.constants ?? [])).map((parameter) => parameter.type),
        ...(columns ?? []).map((column) => column.type)
      ]
    })
    return index
  }
}
