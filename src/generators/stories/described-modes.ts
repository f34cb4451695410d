/**
 * The states a feature's words name: "a programme goes through "wash", "rinse" and "spin" and
 * then it is "done"" names a stage no scenario may ever check ("rinse") but that a chain of
 * changes passes through. Quoted words of the feature's description, less the refusal messages
 * its scenarios report (those are what a command says, not a state it is in).
 */
export function describedModes(description: string, messages: ReadonlySet<string>): string[] {
  const quoted = [...description.matchAll(/"([^"\n]{1,30})"/g)].map((match) => match[1]!)
  // A state is a word or two ("wash", "on hold"); a longer text is a message or an example.
  return [...new Set(quoted.filter((text) => !messages.has(text) && text.trim().split(/\s+/).length <= 2))]
}

/**
 * The states a description lists without quotes ("The door is open, closed or locked."), where the
 * list names two or more of the modes the scenarios show: every word of the list is a state then,
 * those no scenario shows ("closed") too.
 */
export function listedModes(description: string, shown: ReadonlySet<string>): string[] {
  // "and then off", "and finally off": the word after the joining words is the last state.
  const lists = description.toLowerCase().matchAll(/\b[\p{L}-]+(?:, [\p{L}-]+)*,? (?:or|and)(?: then| finally)? [\p{L}-]+\b/gu)
  for (const [list] of lists) {
    const words = list.split(/,? (?:or|and)(?: then| finally)? |, /u)
    const named = words.filter((word) => [...shown].some((mode) => mode.toLowerCase() === word))
    if (named.length >= 2 && words.length >= 3) return words.map((word) => [...shown].find((mode) => mode.toLowerCase() === word) ?? word)
  }
  return []
}

/**
 * The order the description names its states in, as a "next mode" table: each named state is
 * followed by the next one named ("wash", "rinse", "spin", "done"). Where the scenarios leave a
 * chain of changes open (two moves from "wash" reach "spin" through a stage no Then step reads),
 * the words decide it.
 */
export function statedSuccession(modes: readonly string[]): Array<[string, string]> | undefined {
  if (modes.length < 3) return undefined
  return modes.slice(1).map((mode, index): [string, string] => [modes[index]!, mode])
}

/**
 * The states a description names without quotes, in the order of the sentence that names most of
 * them ("goes from cotton to synthetics to wool to quick and back to cotton"): the modes the
 * scenarios show, each time one is named, so that a state named again closes a cycle. Undefined
 * unless the sentence names three or more.
 */
export function namedOrder(description: string, modes: readonly string[]): string[] | undefined {
  let best: string[] = []
  for (const sentence of sentencesOf(description.toLowerCase())) {
    const named = modes
      .flatMap((mode) =>
        [...sentence.matchAll(new RegExp(`(?<![\\w"])${mode.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w"])`, 'g'))].map(
          (match) => ({ mode, at: match.index })
        )
      )
      .sort((a, b) => a.at - b.at)
      .map((entry) => entry.mode)
    if (new Set(named).size > new Set(best).size) best = named
  }
  return new Set(best).size >= 3 ? best : undefined
}

/**
 * The quoted states of the sentence that names most of them, in its order and as often as it names
 * them ("goes from "green" to "amber" to "red" and back to "green""): a state named again closes
 * a cycle. Undefined unless that sentence names three or more of `modes` and one of them twice.
 */
export function quotedCycle(description: string, modes: readonly string[]): string[] | undefined {
  let best: string[] = []
  for (const sentence of sentencesOf(description)) {
    const named = [...sentence.matchAll(/"([^"\n]{1,30})"/g)].map((match) => match[1]!).filter((mode) => modes.includes(mode))
    if (new Set(named).size > new Set(best).size) best = named
  }
  return new Set(best).size >= 3 && new Set(best).size < best.length ? best : undefined
}

/** A description's sentences and lines: a stop ends one only before a space or the end (so "0.5" stays whole). */
function sentencesOf(description: string): string[] {
  return description.split(/[.;!?](?:\s+|$)|\n/)
}

/** A succession with each state's first successor only: the order as one table. */
export function firstSuccessors(pairs: ReadonlyArray<[string, string]>): Array<[string, string]> {
  const moves = pairs.filter((pair) => pair[0] !== pair[1])
  return moves.filter((pair, index) => moves.findIndex((other) => other[0] === pair[0]) === index)
}

/** The same order the other way round ("anticlockwise goes the other way"): each state's predecessor. */
export function reversedSuccession(pairs: ReadonlyArray<[string, string]>): Array<[string, string]> {
  return firstSuccessors(pairs.map(([from, to]): [string, string] => [to, from]))
}
