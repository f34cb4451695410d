/**
 * Answers shown as a few levels, each on two rows or more (a duvet's 13.5, 10.5, 7.5 and 4.5 tog
 * for bands of temperature), are bands of the inputs. A rule that answers a level no example
 * shows on an ordinary row (16.5 tog on a cold night, from `Math.floor(degrees / 4) * -3 + 22.5`)
 * carries a pattern of the levels past the examples, where the spec may just as well keep its
 * first or last band: not confirmed, and that row is the question. Counts (1, 2, 3 boxes) go on
 * by nature and are no levels.
 */
import type { Value } from '../operation'
import { type Doubt, QUESTION_PLAUSIBILITY } from './confidence'
import { evaluateProgram } from './program'
import { answersOf } from './questions'

/** The levels the answers show, where every one is shown twice or more and they are no run of whole counts. */
function levelsOf(target: readonly Value[]): number[] | undefined {
  if (!target.every((value) => typeof value === 'number')) return undefined
  const counts = new Map<number, number>()
  for (const value of target as number[]) counts.set(value, (counts.get(value) ?? 0) + 1)
  const levels = [...counts.keys()].sort((a, b) => a - b)
  if (levels.length < 3 || levels.length > MAX_LEVELS || [...counts.values()].some((count) => count < 2)) return undefined
  // Whole numbers one apart (boxes, tins) are counts, which go on past the examples.
  const counting = levels.every((level, index) => Number.isInteger(level) && (index === 0 || level - levels[index - 1]! === 1))
  return counting ? undefined : levels
}

const MAX_LEVELS = 6

export const newLevelQuestion: Doubt = (problem, best, _domain, written) => {
  const levels = levelsOf(problem.target)
  if (levels === undefined) return undefined
  const ordinary = [...problem.probes]
    .filter((probe) => probe.plausibility >= QUESTION_PLAUSIBILITY)
    .sort((a, b) => b.plausibility - a.plausibility)
  for (const probe of ordinary) {
    const answer = evaluateProgram(best.program, probe.inputs)
    if (!answer.ok || typeof answer.value !== 'number') continue
    const value = answer.value
    if (levels.some((level) => Math.abs(level - value) <= 1e-9 * Math.max(1, Math.abs(level)))) continue
    return { inputs: probe.inputs, answers: answersOf([{ program: written(best.program), value }]) }
  }
  return undefined
}
