/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

/**
 * Where JSON.parse stopped in `text`, from its message ("... at position 12"); nothing when the
 * message names no position (Node 20 omits it for some errors).
 */
export function jsonErrorLocation(text: string, message: string): { line?: number; column?: number } {
  const position = /position (\d+)/.exec(message)
  return position ? lineAndColumn(text, Number(position[1])) : {}
}
