/**
 * Rule families a program's conditions belong to: thresholds on score, divisibility of year,
 * the category of tier... A rule that sticks to one family is preferred over one of the same
 * size that mixes several: `n % 15 === 0` over `n > 10` among FizzBuzz's divisibility tests.
 */
import { describeProgram } from './describe'
import { subprograms } from './program'
import type { Program } from './program'

const ORDERING = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual'])

export function familiesOf(program: Program, into: Set<string> = new Set()): Set<string> {
  if (program.kind === 'input' && program.type === 'boolean') into.add(`boolean:${program.name}`)
  if (program.kind === 'match') into.add(`category:${program.input}`)
  if (program.kind === 'binary') {
    const { operator, left, right } = program
    const againstConstant = right.kind === 'constant'
    // A comparison is a rule family of its own: what it compares is not looked into.
    if (ORDERING.has(operator)) return into.add(againstConstant ? `threshold:${describeProgram(left)}` : 'compare')
    if (operator === 'divisibleBy') return into.add(`divisible:${describeProgram(left)}`)
    if (operator === 'equal' || operator === 'notEqual') return into.add(againstConstant ? `category:${describeProgram(left)}` : 'compare')
  }
  for (const part of subprograms(program)) familiesOf(part, into)
  return into
}
