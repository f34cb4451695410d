/**
 * Refusal messages that belong to a state rather than to a command. Where two or more commands are
 * refused in one state with one message ("the ticket is closed" for picking up and for reopening a
 * closed ticket), and that state never gives another, the message is the state's: a command whose
 * messages the examples show per state ("only resolved tickets can be reopened" while in progress,
 * "the ticket is closed" once closed) says its own message in every other state it refuses in,
 * and the state's message only in that state, where a lookup per state would have no message at all.
 */
import { conditional, evaluateProgram, type Program } from '../synthesis/program'

/** One refusal the scenarios report: the command refused, the state it met, the message. */
export interface ModeRefusal {
  command: number
  mode: string
  message: string
}

/** The messages that belong to a state: said by two or more commands in it, and the only one said in it. */
export function sharedModeMessages(refusals: readonly ModeRefusal[]): Map<string, string> {
  const shared = new Map<string, string>()
  for (const message of new Set(refusals.map((refusal) => refusal.message))) {
    const saying = refusals.filter((refusal) => refusal.message === message)
    const modes = new Set(saying.map((refusal) => refusal.mode))
    const commands = new Set(saying.map((refusal) => refusal.command))
    if (modes.size !== 1 || commands.size < 2) continue
    const mode = [...modes][0]!
    if (refusals.every((refusal) => refusal.mode !== mode || refusal.message === message)) shared.set(mode, message)
  }
  return shared
}

/**
 * A message looked up per state, rewritten where all its entries but those of one message are the
 * states' own: that message in any state, each state's own message in its state. Unchanged otherwise.
 */
export function withModeMessages(message: Program, shared: ReadonlyMap<string, string>): Program {
  const entries = messagesPerMode(message)
  if (entries === undefined) return message
  const own = entries.filter(([mode, text]) => shared.get(String(mode)) !== text)
  const states = entries.filter(([mode, text]) => shared.get(String(mode)) === text)
  const owned = new Set(own.map(([, text]) => text))
  if (states.length === 0 || owned.size !== 1) return message
  const fallback: Program = { kind: 'constant', value: [...owned][0]! }
  return states.reduceRight<Program>(
    (otherwise, [mode, text]) =>
      conditional(
        {
          kind: 'apply',
          operator: 'sameText',
          args: [
            { kind: 'input', name: 'mode', type: 'string' },
            { kind: 'constant', value: mode }
          ]
        },
        { kind: 'constant', value: text },
        otherwise
      ),
    fallback
  )
}

/** The message said in each state of a lookup or a match on the state (a case may be a template of the state's name). */
function messagesPerMode(message: Program): Array<[string, string]> | undefined {
  if (message.kind === 'lookup' && message.input === 'mode') return message.entries.map(([mode, text]) => [String(mode), String(text)])
  if (message.kind !== 'match' || message.input !== 'mode') return undefined
  const entries: Array<[string, string]> = []
  for (const { value, result } of message.cases) {
    const said = evaluateProgram(result, { mode: value })
    if (!said.ok || typeof said.value !== 'string') return undefined
    entries.push([value, said.value])
  }
  return entries
}
