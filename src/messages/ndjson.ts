import fs from 'node:fs'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { NdjsonToMessageStream } from '@cucumber/message-streams'
import type { Envelope } from '@cucumber/messages'
import { jsonErrorLocation } from '../errors'

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

/** Thrown from the line parser to stop the stream; read back from the stream's error. */
class MalformedLineError extends Error {
  constructor(readonly malformed: MalformedLine) {
    super(malformed.message)
  }
}

/**
 * How much of the text the stream is given at a time. The stream joins what it is given into one
 * string and splits that into lines: given a whole large run at once, it would hold a copy of it
 * and an array of all its lines, work for the garbage collector that chunks spare.
 */
const CHUNK_SIZE = 1 << 20

/**
 * The one reader of Cucumber Messages (NDJSON, as `cucumber-js --format message` writes it):
 * @cucumber/message-streams splits the lines and calls `visit` with each envelope in order, as its
 * line is parsed (writing to the stream parses synchronously, and nothing is queued). Tolerates a
 * byte-order mark, CRLF and blank lines. Given the bytes of a file (UTF-8), it decodes them a
 * chunk at a time rather than all at once.
 */
export function readMessages(text: string | Uint8Array, visit: (envelope: Envelope) => void, options: ReadOptions = {}): ReadOutcome {
  const parser = lineParser(options)
  let failure: unknown
  const stream = new NdjsonToMessageStream((line) => {
    try {
      const envelope = parser.parse(line)
      if (envelope) visit(envelope)
    } catch (thrown) {
      failure = thrown
      throw thrown
    }
    return null
  })
  // A failure is kept above and reported as the outcome (or thrown) below, not as the stream's event.
  stream.on('error', () => undefined)
  for (const chunk of chunksAtNewlines(text)) {
    stream.write(chunk)
    if (failure !== undefined) break
  }
  if (failure === undefined) stream.write('\n')
  stream.destroy()
  if (failure instanceof MalformedLineError) {
    const whole = typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8')
    return { envelopes: parser.envelopes(), malformed: { ...failure.malformed, line: lineInFile(whole, failure.malformed.line) } }
  }
  if (failure !== undefined) throw failure
  return { envelopes: parser.envelopes() }
}

/** The text in pieces of about CHUNK_SIZE, each ending just after a newline (so no character of the bytes is cut), the last as it ends. */
function* chunksAtNewlines(text: string | Uint8Array): Generator<string | Buffer> {
  if (typeof text === 'string') {
    for (let start = 0; start < text.length;) {
      const end = chunkEnd(text.length, start, (from) => text.indexOf('\n', from))
      yield text.slice(start, end)
      start = end
    }
    return
  }
  const bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength)
  for (let start = 0; start < bytes.length;) {
    const end = chunkEnd(bytes.length, start, (from) => bytes.indexOf(0x0a, from))
    yield bytes.subarray(start, end)
    start = end
  }
}

/** Where the chunk from `start` ends: after the first newline CHUNK_SIZE on, else at the end. */
function chunkEnd(length: number, start: number, newlineFrom: (from: number) => number): number {
  const newline = start + CHUNK_SIZE < length ? newlineFrom(start + CHUNK_SIZE) : -1
  return newline < 0 ? length : newline + 1
}

/** The same reader over a stream: a file is read without being held in memory. */
export async function readMessageStream(
  input: Readable,
  visit: (envelope: Envelope) => void,
  options: ReadOptions = {}
): Promise<ReadOutcome> {
  const parser = lineParser(options)
  const sink = new Writable({
    objectMode: true,
    write(envelope: Envelope, _encoding, done) {
      visit(envelope)
      done()
    }
  })
  try {
    await pipeline(input, endingWithNewline, new NdjsonToMessageStream(parser.parse), sink)
  } catch (thrown) {
    const cause = thrown instanceof Error ? thrown.cause : undefined
    if (cause instanceof MalformedLineError) return { envelopes: parser.envelopes(), malformed: cause.malformed }
    throw thrown
  }
  return { envelopes: parser.envelopes() }
}

/** Streams a file of Cucumber Messages; a malformed line is located in the file. */
export async function readMessageFile(file: string, visit: (envelope: Envelope) => void, options: ReadOptions = {}): Promise<ReadOutcome> {
  // Decoded by the file stream, so a character split between two chunks stays whole.
  const outcome = await readMessageStream(fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), visit, options)
  if (!outcome.malformed) return outcome
  return { ...outcome, malformed: { ...outcome.malformed, line: lineInFile(fs.readFileSync(file, 'utf8'), outcome.malformed.line) } }
}

/**
 * The stream parses only at a newline and parses a last line without one by itself, past the
 * line parser: every stream ends with one.
 */
async function* endingWithNewline(source: AsyncIterable<string | Buffer>): AsyncGenerator<string | Buffer> {
  yield* source
  yield '\n'
}

/** The parser the stream calls for each line that is not blank; it numbers them as it goes. */
function lineParser(options: ReadOptions) {
  const skip = options.skipPrefixes ?? []
  let nonBlankLine = 0
  let envelopes = 0
  const malformed = (found: Omit<MalformedLine, 'line'>): null => {
    if (options.tolerateMalformed) return null
    throw new MalformedLineError({ line: nonBlankLine, ...found })
  }
  const parse = (text: string): Envelope | null => {
    nonBlankLine++
    let line = nonBlankLine === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    if (skip.length > 0 && skip.some((prefix) => line.startsWith(prefix))) {
      envelopes++
      return null
    }
    if (line.endsWith('\r')) line = line.slice(0, -1)
    let envelope: unknown
    try {
      envelope = JSON.parse(line)
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown)
      return malformed({ column: jsonErrorLocation(line, message).column, message: `not a Cucumber Messages line: ${message}` })
    }
    if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope))
      return malformed({ column: 1, message: 'not a Cucumber Messages envelope: expected a JSON object' })
    envelopes++
    return envelope as Envelope
  }
  return { parse, envelopes: () => envelopes }
}

/** The stream never shows the parser a blank line: the line number of the `nonBlank`-th line that is not blank. */
function lineInFile(text: string, nonBlank: number): number {
  let seen = 0
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start)
    const content = text.slice(start, end < 0 ? text.length : end)
    if (content.trim().length > 0 && ++seen === nonBlank) return line
    if (end < 0) break
    start = end + 1
  }
  return nonBlank
}
