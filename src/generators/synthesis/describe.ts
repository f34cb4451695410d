/** One-line human forms of programs, for summaries and doc comments. */
import { expressionText } from './expression'
import type { Program } from './program'

/** `max(weight * 2 + 3, 5)`, `score >= 90 ? 'A' : score >= 80 ? 'B' : 'C'`. */
export function describeProgram(program: Program): string {
  return expressionText(program, { style: 'plain' })
}
