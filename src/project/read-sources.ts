import fs from 'node:fs/promises'
import { SpecloopError, specloopError, messageOf } from '../errors'
import type { FeatureSource } from '../gherkin'

export interface ReadResult {
  sources: FeatureSource[]
  errors: SpecloopError[]
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

/** Decodes a feature file's bytes; a file that is not UTF-8 is an error at the first bad byte. */
export function decodeFeature(uri: string, bytes: Uint8Array): { source?: FeatureSource; error?: SpecloopError } {
  let data: string
  try {
    data = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const badByte = firstInvalidUtf8Byte(bytes)
    const position = positionOfByte(bytes, badByte)
    const hex = (bytes[badByte] ?? 0).toString(16).padStart(2, '0')
    return {
      error: specloopError('FILE_ENCODING', `not valid UTF-8: unexpected byte 0x${hex}`, { file: uri, ...position }, 'save the file as UTF-8')
    }
  }
  if (data.charCodeAt(0) === 0xfeff) data = data.slice(1)
  return { source: { uri, data } }
}

export async function readFeatureSources(files: { uri: string; absolutePath: string }[]): Promise<ReadResult> {
  const results = await Promise.all(
    files.map(async ({ uri, absolutePath }) => {
      try {
        return decodeFeature(uri, await fs.readFile(absolutePath))
      } catch (thrown) {
        const code = (thrown as NodeJS.ErrnoException).code
        const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : messageOf(thrown)
        return { error: specloopError('FILE_UNREADABLE', `cannot read feature file: ${reason}`, { file: uri }) }
      }
    })
  )
  const read: ReadResult = { sources: [], errors: [] }
  for (const result of results) {
    if (result.source) read.sources.push(result.source)
    if (result.error) read.errors.push(result.error)
  }
  return read
}
