import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import { literalGroup, StepGroup } from './group'

/** The {boolean} parameter type the generated support code defines (or the project's own). */
export const BOOLEAN_PARAMETER = { name: 'boolean', regexps: ['true|false|yes|no'] }

/** One to three lower-case words, for a key the steps name in plain words ("juice cartons"): {phrase}. */
export const PHRASE_PARAMETER = { name: 'phrase', regexps: ["[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}"] }
/** A clock time in step text ("at 10:30"), passed on as its text: {time}. */
export const TIME_PARAMETER = { name: 'time', regexps: ['\\d{1,2}:\\d{2}(?::\\d{2})?'] }
/** The parameter types generate writes beside {boolean} that pass on the text they match, each with what it is for. */
export const TEXT_PARAMETERS = [
  { ...PHRASE_PARAMETER, doc: 'One to three lower-case words, for a key steps name in plain words ("juice cartons"): {phrase}.' },
  { ...TIME_PARAMETER, doc: 'A time of day as a clock shows it ("at 10:30"), passed on as its text: {time}.' }
]

export interface ExpressionCheck {
  groups: StepGroup[]
  /** Step texts that still do not match exactly one expression: a bug, reported rather than written. */
  problems: string[]
}

export function parameterTypeRegistry(booleanRegexps: string[] = BOOLEAN_PARAMETER.regexps): ParameterTypeRegistry {
  const registry = new ParameterTypeRegistry()
  registry.defineParameterType(
    new ParameterType(
      'boolean',
      booleanRegexps.map((source) => new RegExp(source)),
      Boolean,
      (text: string) => text === 'true' || text === 'yes',
      false,
      false
    )
  )
  // Text parameter types generate writes beside {boolean}: passed on as the text they match.
  for (const parameter of TEXT_PARAMETERS)
    registry.defineParameterType(
      new ParameterType(
        parameter.name,
        parameter.regexps.map((source) => new RegExp(source)),
        String,
        (text: string) => text,
        false,
        false
      )
    )
  return registry
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Sorted texts, so the texts an expression could match (those starting with its fixed prefix) are found by binary search. */
class TextIndex {
  private readonly entries: { text: string; owner: number }[]
  constructor(entries: { text: string; owner: number }[]) {
    this.entries = [...entries].sort((a, b) => compareText(a.text, b.text))
  }
  *startingWith(prefix: string): Iterable<{ text: string; owner: number }> {
    let low = 0
    let high = this.entries.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.entries[middle].text < prefix) low = middle + 1
      else high = middle
    }
    for (let index = low; index < this.entries.length && this.entries[index].text.startsWith(prefix); index++) yield this.entries[index]
  }
}

function compile(expression: string, registry: ParameterTypeRegistry): CucumberExpression | undefined {
  try {
    return new CucumberExpression(expression, registry)
  } catch {
    return undefined
  }
}

/**
 * Checks, with cucumber's own expression library, that every step text matches its group's
 * expression with exactly the values we think it captures, and that no expression matches a
 * text of another group or a step a hand-written definition already matches. A group that
 * fails is reduced to exact texts, so generation never introduces an ambiguity.
 */
export function checkExpressions(groups: StepGroup[], definedTexts: string[], registry = parameterTypeRegistry()): ExpressionCheck {
  const index = new TextIndex([
    ...groups.flatMap((group, owner) => group.texts.map(({ text }) => ({ text, owner }))),
    ...definedTexts.map((text) => ({ text, owner: -1 }))
  ])
  const checked: StepGroup[] = []
  for (const [owner, group] of groups.entries()) {
    if (group.literal || group.parameters.length === 0 || parameterGroupHolds(group, owner, index, registry)) checked.push(group)
    else checked.push(...group.texts.map(({ text }) => literalGroup(group, text)))
  }
  // An exact-text expression is the text with its special characters escaped: undoing the
  // escapes must give the text back. (The tests check these with the library as well; compiling
  // thousands of long expressions here would cost more than the rest of generation.)
  const problems: string[] = []
  for (const group of checked) {
    if (group.parameters.length > 0) continue
    for (const { text } of group.texts) {
      if (group.expression.replace(/\\(.)/gsu, '$1') !== text || /(^|[^\\])(\\\\)*[(){}/]/.test(group.expression)) {
        problems.push(`the expression ${JSON.stringify(group.expression)} does not match ${JSON.stringify(text)}`)
      }
    }
  }
  return { groups: checked, problems }
}

function parameterGroupHolds(group: StepGroup, owner: number, index: TextIndex, registry: ParameterTypeRegistry): boolean {
  const expression = compile(group.expression, registry)
  if (!expression) return false
  for (const { text, slots } of group.texts) {
    const match = expression.match(text)
    if (!match || match.length !== slots.length || match.some((argument, position) => argument.group.value !== slots[position].raw))
      return false
  }
  const searched = searchedFixedText(group)
  for (const candidate of index.startingWith(group.fixed[0])) {
    if (candidate.owner !== owner && containsFixedText(candidate.text, searched) && expression.match(candidate.text) !== null) return false
  }
  return true
}

/**
 * The fixed pieces a matching text must hold. Optional text ("book(s)", "failed attempt(s)") may
 * add letters inside a piece: the expression's own text around each optional part and each
 * parameter is looked for instead, unescaped.
 */
function searchedFixedText(group: StepGroup): string[] {
  if (!/(^|[^\\])(\\\\)*\(/u.test(group.expression)) return group.fixed
  const pieces = ['']
  const expression = group.expression
  for (let index = 0; index < expression.length; index++) {
    const character = expression[index]!
    if (character === '\\') pieces[pieces.length - 1] += expression[++index] ?? ''
    else if (character === '(' || character === '{') {
      index = expression.indexOf(character === '(' ? ')' : '}', index)
      pieces.push('')
    } else pieces[pieces.length - 1] += character
  }
  return pieces
}

/** A text an expression matches holds its fixed pieces in order, ending with the last: a cheap test before the regex. */
export function containsFixedText(text: string, fixed: string[]): boolean {
  const last = fixed[fixed.length - 1]
  if (fixed.length === 1) return text === last
  if (!text.startsWith(fixed[0]) || !text.endsWith(last)) return false
  let from = fixed[0].length
  for (let index = 1; index < fixed.length - 1; index++) {
    const at = text.indexOf(fixed[index], from)
    if (at < 0) return false
    from = at + fixed[index].length
  }
  return text.length - last.length >= from
}
