import { jsonErrorLocation } from '../errors'
import type { Envelope } from '@cucumber/messages'

/** A line of a Cucumber Messages stream that is not an envelope, 1-based. */
export interface MalformedLine {
  line: number
  column?: number
  message: string
}

export interface ReadOptions {
  /**
   * Lines starting with one of these are counted but never parsed: envelopes the reader has no
   * use for (testStepStarted is a fifth of a typical stream) cost nothing.
   */
  skipPrefixes?: readonly string[]
  /** A run that was killed leaves a partial last line (or several, with workers): read past them. */
  tolerateMalformed?: boolean
}

export interface ReadOutcome {
  /** Envelopes seen, parsed or skipped. */
  envelopes: number
  /** The first malformed line, unless tolerated. Reading stops there. */
  malformed?: MalformedLine
}

/**
 * The one reader of Cucumber Messages (NDJSON, as `cucumber-js --format message` writes it):
 * calls `visit` with each envelope in order. Tolerates a byte-order mark, CRLF and blank lines.
 */
export function readMessages(text: string, visit: (envelope: Envelope) => void, options: ReadOptions = {}): ReadOutcome {
  const skip = options.skipPrefixes ?? []
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let lineNumber = 0
  let envelopes = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNumber++
    let line = text.slice(start, end)
    start = end + 1
    if (skip.length > 0 && skip.some((prefix) => line.startsWith(prefix))) {
      envelopes++
      continue
    }
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.length === 0) continue
    let envelope: Envelope
    try {
      envelope = JSON.parse(line)
    } catch (thrown) {
      // Trimming every line costs more than this: blank lines are rare.
      if (line.trim() === '' || options.tolerateMalformed) continue
      const message = thrown instanceof Error ? thrown.message : String(thrown)
      return {
        envelopes,
        malformed: {
          line: lineNumber,
          column: jsonErrorLocation(line, message).column,
          message: `not a Cucumber Messages line: ${message}`
        }
      }
    }
    if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) {
      if (options.tolerateMalformed) continue
      return { envelopes, malformed: { line: lineNumber, column: 1, message: 'not a Cucumber Messages envelope: expected a JSON object' } }
    }
    envelopes++
    visit(envelope)
  }
  return { envelopes }
}
