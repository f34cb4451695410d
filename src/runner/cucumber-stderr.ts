import { Writable } from 'node:stream'

/**
 * cucumber's own line for a feature that does not parse (its logger writes one per error). The
 * same error reaches specloop in the run's messages and is reported from there, located and
 * described (`file:line:column: expected …`), so cucumber's copy would say it twice.
 */
const CUCUMBER_PARSE_ERROR = /^Parse error in "/

/** The stderr cucumber writes to in specloop's runs: everything passes but the parse errors specloop reports itself. */
export function withoutParseErrors(target: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (CUCUMBER_PARSE_ERROR.test(chunk.toString())) done()
      else target.write(chunk, done)
    }
  })
}
