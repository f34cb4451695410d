/**
 * Lines of one width with a run of one mark between two texts, as a contents page or a price
 * list lays them out ("Maps ........ 6"): the text before the run and the text after it are
 * templates of their own, and the run fills the line up to its width.
 */
import { type Candidate, type Problem, candidateOf, explains } from './candidate'
import { type Program, apply, constant } from './program'
import { templatesOn } from './templates'

interface Run {
  mark: string
  start: number
  end: number
}

/** The longest run of one mark (not a letter, a digit or a space) in a text, two long at least. */
function longestRun(text: string): Run | undefined {
  let best: Run | undefined
  for (const match of text.matchAll(/([^\p{L}\p{N}\s])\1+/gu)) {
    const run = { mark: match[1]!, start: match.index, end: match.index + match[0].length }
    if (best === undefined || run.end - run.start > best.end - best.start) best = run
  }
  return best
}

/** The leader line that explains every example, where the outputs are such lines; none otherwise. */
export function leaderLinesOn(problem: Problem, ceiling: number): Candidate[] {
  if (problem.output.type !== 'string' || !problem.target.every((value) => typeof value === 'string')) return []
  const texts = problem.target as string[]
  const width = texts[0]!.length
  if (width < 6 || !texts.every((text) => text.length === width)) return []
  const runs = texts.map(longestRun)
  const mark = runs[0]?.mark
  if (mark === undefined || runs.some((run) => run?.mark !== mark)) return []
  // A run as long on every row is a constant of the text, not a filler.
  if (new Set(runs.map((run) => run!.end - run!.start)).size < 2) return []
  const before = texts.map((text, row) => text.slice(0, runs[row]!.start))
  const after = texts.map((text, row) => text.slice(runs[row]!.end))
  if (before.every((text) => text === '') || after.every((text) => text === '')) return []
  const side = (target: string[]): Program | undefined => templatesOn({ ...problem, target }, 0, ceiling, { choices: 0 })[0]?.program
  const [left, right] = [side(before), side(after)]
  if (left === undefined || right === undefined) return []
  const room = apply('subtract', constant(width), apply('length', right))
  const program = apply('concat', apply('fittedText', left, room, constant(mark)), right)
  return explains(program, problem) ? [candidateOf(program, problem.prior.bits(program), 'template')] : []
}
