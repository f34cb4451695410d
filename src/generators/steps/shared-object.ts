import type { OperationDraft } from './scenario-walk'

/**
 * A feature whose scenarios each run one command is still a story when its commands act on one
 * object: two When steps of the feature that start from the same Given state ("a cloakroom with
 * 8 hooks") and are checked by the same Then step ("5 coats are hanging") change one thing's
 * state, the one a Then reads after either. As example tables each command would get its own
 * rule for the same quantity, and the rows of one would never show what the other did to it
 * (a refused hand-in and a collection meet the same count). So is one command whose refusal a
 * Then step reports before another checks a value: what the refusal left unchanged is state, and
 * as a table's row the refusal would only shrink the examples. Marks such drafts stateful; features
 * are taken one at a time, so a step shared by two features joins nothing.
 */
export function markSharedObjects(drafts: readonly OperationDraft[]): void {
  const byFeature = new Map<string, OperationDraft[]>()
  for (const draft of drafts)
    for (const uri of draft.sources) {
      const members = byFeature.get(uri) ?? []
      members.push(draft)
      byFeature.set(uri, members)
    }
  for (const members of byFeature.values()) {
    const sharing = members.filter(
      (draft) =>
        draft.checkedAfterRefusal || refusedUnchanged(draft) || members.some((other) => other !== draft && actOnOneObject(draft, other))
    )
    for (const draft of sharing) draft.stateful = true
  }
}

/**
 * A command some of whose runs end in a quoted message, in any words ("the clerk says "only 2
 * left""), that the other runs never show, after which a reading gives back a value a Given set,
 * while that reading, after a run without the message, gives a value no Given set: the command
 * changes what the reading reads, except where it is refused. A refusal that leaves the state as it
 * was is a story's, not a table row's.
 */
function refusedUnchanged(draft: OperationDraft): boolean {
  return draft.unchangedAfterMessage.some(
    ({ message, reading }) => (draft.thenCounts.get(message) ?? 0) < draft.examples.length && draft.changedReadings.has(reading)
  )
}

/** Two commands that start from a Given step in common and are checked by a Then step in common. */
function actOnOneObject(first: OperationDraft, second: OperationDraft): boolean {
  return shares(first.givenSteps, second.givenSteps) && shares(first.thenSteps, second.thenSteps)
}

const shares = <T>(first: ReadonlySet<T>, second: ReadonlySet<T>) => [...first].some((member) => second.has(member))
