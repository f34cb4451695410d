/**
 * Which scenarios a depth-first search over the commands' effects can check early. A scenario is
 * whole once every one of its Given and When steps has an effect; before that, its events up to
 * the first step still to choose are decided already (a refused command's place is known, and no
 * effect reads a later step's), so the Then steps among them can reject a choice at once.
 */
import type { Story, StoryStep } from './model'

/**
 * For each depth of the search (`order` lists the action steps' positions in `actionSteps` in the
 * order they are chosen), the scenarios whose decided prefix grows at that depth without being
 * whole yet (those in `checkableAfter` are checked whole).
 */
export function growingPrefixes(
  story: Story,
  actionSteps: readonly StoryStep[],
  order: readonly number[],
  checkableAfter: ReadonlyArray<readonly number[]>
): number[][] {
  const chosen = new Set<number>()
  const decided = story.scenarios.map(() => 0)
  return order.map((position, depth) => {
    chosen.add(actionSteps[position]!.index)
    const growing: number[] = []
    story.scenarios.forEach((scenario, index) => {
      let length = 0
      while (length < scenario.events.length) {
        const step = story.steps[scenario.events[length]!.step]!
        if (step.role !== 'then' && !chosen.has(step.index)) break
        length++
      }
      // Only a prefix that now holds a Then step or more commands than before can reject something.
      if (length > decided[index]! && !checkableAfter[depth]!.includes(index) && length < scenario.events.length) growing.push(index)
      decided[index] = length
    })
    return growing
  })
}
