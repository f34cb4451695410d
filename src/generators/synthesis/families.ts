/**
 * Rule families a program's conditions belong to: thresholds on score, divisibility of year,
 * the category of tier... A rule that sticks to one family is preferred over one of the same
 * size that mixes several: `n % 15 === 0` over `n > 10` among FizzBuzz's divisibility tests.
 */
import { describeProgram } from './describe'
import type { Program } from './program'

const ORDERING = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual'])

export function familiesOf(program: Program, into: Set<string> = new Set()): Set<string> {
  switch (program.kind) {
    case 'input':
      if (program.type === 'boolean') into.add(`boolean:${program.name}`)
      break
    case 'constant':
    case 'lookup':
      break
    case 'unary':
      familiesOf(program.operand, into)
      break
    case 'conditional':
      familiesOf(program.condition, into)
      familiesOf(program.then, into)
      familiesOf(program.otherwise, into)
      break
    case 'match':
      into.add(`category:${program.input}`)
      for (const entry of program.cases) familiesOf(entry.result, into)
      break
    case 'binary': {
      const { operator, left, right } = program
      const againstConstant = right.kind === 'constant'
      if (ORDERING.has(operator)) into.add(againstConstant ? `threshold:${describeProgram(left)}` : 'compare')
      else if (operator === 'divisibleBy') into.add(`divisible:${describeProgram(left)}`)
      else if ((operator === 'equal' || operator === 'notEqual') && againstConstant) into.add(`category:${describeProgram(left)}`)
      else if (operator === 'equal' || operator === 'notEqual') into.add('compare')
      else {
        familiesOf(left, into)
        familiesOf(right, into)
      }
      break
    }
  }
  return into
}
