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
 * The order the description names its states in, as a "next mode" table: each named state is
 * followed by the next one named ("wash", "rinse", "spin", "done"). Where the scenarios leave a
 * chain of changes open (two moves from "wash" reach "spin" through a stage no Then step reads),
 * the words decide it.
 */
export function statedSuccession(modes: readonly string[]): Array<[string, string]> | undefined {
  if (modes.length < 3) return undefined
  return modes.slice(1).map((mode, index): [string, string] => [modes[index]!, mode])
}
