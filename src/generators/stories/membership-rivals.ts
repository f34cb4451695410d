/**
 * Rivals a membership guard implies. A command refused when its item is not on the list ("Milo is
 * not here") that leaves the list as it was accepts the same item again and again: the scenarios
 * may never repeat it, but the guard says the command is about the item being there, so the model
 * where it also takes the item off is a rival the confidence test must hear, however many bits the
 * search's margin put between them. Likewise a command refused when its item is on the list
 * already that does not put it there. Pure: a story and a model in, rival models out.
 */
import { type Effect, type Meaning, type StateModel, type Story, runScenario } from './model'
import { listedArgument } from './implied'
import type { Program } from '../synthesis'

/** Where the guard reads `listed`: refused when it is not (`!listed`), or when it is. */
function readsListed(program: Program, negated = false): Array<'absent' | 'present'> {
  if (program.kind === 'input') return program.name === 'listed' ? [negated ? 'absent' : 'present'] : []
  if (program.kind === 'apply')
    return program.args.flatMap((argument) => readsListed(argument, program.operator === 'not' ? !negated : negated))
  if (program.kind === 'conditional')
    return [program.condition, program.then, program.otherwise].flatMap((part) => readsListed(part, negated))
  return []
}

/** What a remove or a push costs the search: a rival is weighed as that much longer than the model. */
export const MEMBERSHIP_RIVAL_BITS = 2.5

/**
 * For each command whose guard reads whether its text is listed while its effect changes no list:
 * the model where the command also takes the text off (refused when absent) or puts it on (refused
 * when present), where that model reproduces every scenario too.
 */
export function membershipRivals(story: Story, model: StateModel): StateModel[] {
  const rivals: StateModel[] = []
  story.steps.forEach((step, index) => {
    const meaning = model.meanings[index]
    if (step.role !== 'when' || meaning?.guard === undefined || listedArgument(meaning.effect) !== undefined) return
    const key = step.params.findIndex((type) => type === 'string')
    if (key < 0) return
    for (const reading of new Set(readsListed(meaning.guard.condition))) {
      const change: Effect = reading === 'absent' ? { op: 'remove', arg: key } : { op: 'pushUnique', arg: key }
      const effect: Effect =
        meaning.effect === undefined || meaning.effect.op === 'none' ? change : { op: 'both', first: change, second: meaning.effect }
      const meanings: Meaning[] = model.meanings.map((each, at) => (at === index ? { ...each, effect } : each))
      const rival: StateModel = { ...model, meanings }
      const reproduces = story.scenarios.every(
        (scenario) => runScenario(story, rival, scenario)?.every((observation) => observation.agrees) ?? false
      )
      if (reproduces) rivals.push(rival)
    }
  })
  return rivals
}
