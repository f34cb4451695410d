import fs from 'node:fs/promises'
import { SpecloopError, specloopError, messageOf } from '../errors'
import type { FeatureSource } from '../gherkin'

export interface ReadResult {
  sources: FeatureSource[]
  errors: SpecloopError[]
  /** Files too large to work on: the command stops (exit 2) rather than parse them. */
  refused: SpecloopError[]
}

/**
 * A feature file is a specification a person reads: far below this. Above it parsing, binding
 * and the trace take minutes and hundreds of megabytes, so the file is refused before it is read.
 */
const DEFAULT_MAX_FEATURE_MEGABYTES = 10
const MAX_FEATURE_SIZE_VARIABLE = 'SPECLOOP_MAX_FEATURE_MB'

/** The size limit of a feature file: the default, or the environment's `SPECLOOP_MAX_FEATURE_MB`. */
export function maxFeatureBytes(
  env: NodeJS.ProcessEnv = {}
): { bytes: number; error?: undefined } | { bytes?: undefined; error: SpecloopError } {
  const setting = env[MAX_FEATURE_SIZE_VARIABLE]
  if (setting === undefined || setting.trim() === '') return { bytes: DEFAULT_MAX_FEATURE_MEGABYTES * 1024 * 1024 }
  const megabytes = Number(setting)
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    return {
      error: specloopError(
        'CONFIG_INVALID',
        `${MAX_FEATURE_SIZE_VARIABLE} must be a positive number of megabytes, not '${setting}'`,
        {},
        `unset it for the default of ${DEFAULT_MAX_FEATURE_MEGABYTES} MB`
      )
    }
  }
  return { bytes: Math.floor(megabytes * 1024 * 1024) }
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}

function tooLarge(uri: string, bytes: number, limit: number): SpecloopError {
  return specloopError(
    'FEATURE_TOO_LARGE',
    `feature file too large: ${size(bytes)}, the limit is ${size(limit)}`,
    { file: uri },
    `split it into smaller features, or raise the limit with ${MAX_FEATURE_SIZE_VARIABLE}=<megabytes>`
  )
}

/** Line and column (1-based) of a byte offset, for pointing at a bad byte. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1
  return { line, column }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    let length: number
    let minimum: number
    if (lead < 0x80) [length, minimum] = [1, 0]
    else if (lead >= 0xc2 && lead <= 0xdf) [length, minimum] = [2, 0x80]
    else if (lead >= 0xe0 && lead <= 0xef) [length, minimum] = [3, 0x800]
    else if (lead >= 0xf0 && lead <= 0xf4) [length, minimum] = [4, 0x10000]
    else return index
    if (index + length > bytes.length) return index
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1))
    for (let offset = 1; offset < length; offset++) {
      const continuation = bytes[index + offset]
      if ((continuation & 0xc0) !== 0x80) return index
      codePoint = (codePoint << 6) | (continuation & 0x3f)
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index
    index += length
  }
  return -1
}

/**
 * Control characters no text editor writes (NUL, escape, …; tab, line and page breaks are
 * text). A file with one is binary, and printing it in a message would hand its bytes to the
 * terminal: it is refused at the first one, as a file that is not UTF-8 is.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const BINARY_CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/

/** Decodes a feature file's bytes; a file that is not UTF-8, or is binary, is an error at the first bad byte. */
export function decodeFeature(uri: string, bytes: Uint8Array): { source?: FeatureSource; error?: SpecloopError } {
  let data: string
  try {
    data = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const badByte = firstInvalidUtf8Byte(bytes)
    const position = positionOfByte(bytes, badByte)
    const hex = (bytes[badByte] ?? 0).toString(16).padStart(2, '0')
    return {
      error: specloopError(
        'FILE_ENCODING',
        `not valid UTF-8: unexpected byte 0x${hex}`,
        { file: uri, ...position },
        'save the file as UTF-8'
      )
    }
  }
  if (data.charCodeAt(0) === 0xfeff) data = data.slice(1)
  const control = BINARY_CONTROL_CHARACTER.exec(data)
  if (control) {
    const before = data.slice(0, control.index)
    const line = before.split('\n').length
    const column = control.index - before.lastIndexOf('\n')
    const hex = control[0].charCodeAt(0).toString(16).padStart(2, '0')
    return {
      error: specloopError(
        'FILE_ENCODING',
        `binary content, not text: unexpected byte 0x${hex}`,
        { file: uri, line, column },
        'a feature file is text: check that this is the file you meant'
      )
    }
  }
  return { source: { uri, data } }
}

/** Reads a file unless it is larger than `maxBytes` (measured on the open file, so it cannot grow in between). */
async function readUpTo(
  absolutePath: string,
  maxBytes: number
): Promise<{ bytes: Uint8Array; size?: undefined } | { bytes?: undefined; size: number }> {
  const handle = await fs.open(absolutePath, 'r')
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) return { size }
    return { bytes: await handle.readFile() }
  } finally {
    await handle.close()
  }
}

export async function readFeatureSources(
  files: { uri: string; absolutePath: string }[],
  options: { maxBytes?: number } = {}
): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEATURE_MEGABYTES * 1024 * 1024
  const results = await Promise.all(
    files.map(async ({ uri, absolutePath }): Promise<{ source?: FeatureSource; error?: SpecloopError; refused?: SpecloopError }> => {
      try {
        const read = await readUpTo(absolutePath, maxBytes)
        if (read.bytes === undefined) return { refused: tooLarge(uri, read.size, maxBytes) }
        return decodeFeature(uri, read.bytes)
      } catch (thrown) {
        const code = (thrown as NodeJS.ErrnoException).code
        const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : messageOf(thrown)
        return { error: specloopError('FILE_UNREADABLE', `cannot read feature file: ${reason}`, { file: uri }) }
      }
    })
  )
  const read: ReadResult = { sources: [], errors: [], refused: [] }
  for (const result of results) {
    if (result.source) read.sources.push(result.source)
    if (result.error) read.errors.push(result.error)
    if (result.refused) read.refused.push(result.refused)
  }
  return read
}
