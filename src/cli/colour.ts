import { Writable } from 'node:stream'
import { colourWanted } from '../processes'
import type { CliIo } from './io'

/** Words of an outcome, by the colour a terminal shows them in: green, red, yellow. */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(\d+ passed|passed|green|synthesised|fresh|confirmed|intact)\b/g, '32'],
  // "0 failed", "0 undefined": nothing to look at.
  [/(?<!\b0 )\b(\d*[1-9]\d* failed|failed|error|refused|no-rule|stale|broken|not green)\b/g, '31'],
  [/(?<!\b0 )\b(ambiguous|undefined|pending|unconfirmed|edited by hand|warning|skipped)\b/g, '33']
]

/** A text with its outcome words coloured; text that carries colour already (cucumber's) is left as it is. */
export function colourise(text: string): string {
  if (text.includes('\u001b[')) return text
  return RULES.reduce((coloured, [pattern, code]) => coloured.replace(pattern, (word) => `\u001b[${code}m${word}\u001b[39m`), text)
}

/** specloop's own lines are coloured on a terminal: never in CI, through a pipe, under NO_COLOR, or in a machine format. */
export function wantsColour(io: CliIo, argv: readonly string[]): boolean {
  if (!colourWanted(io.stdout, io.env)) return false
  const format =
    argv.find((argument, index) => argv[index - 1] === '--format') ??
    argv.find((argument) => argument.startsWith('--format='))?.slice('--format='.length)
  return format === undefined || format === 'text'
}

/** The terminal, colouring what is written to it line by line. */
export function colouring(target: NodeJS.WritableStream & { isTTY?: boolean }): NodeJS.WritableStream & { isTTY?: boolean } {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(colourise(chunk.toString()))
      done()
    }
  })
  return Object.assign(stream, { isTTY: target.isTTY })
}
