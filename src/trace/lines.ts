import { bitmapOfLines, linesOfBitmap } from './format'

/** Line bitmaps as the trace stores them: base64, read and written with Node's Buffer. */
export function encodeLines(lines: Iterable<number>): string {
  return Buffer.from(bitmapOfLines(lines)).toString('base64')
}

export function decodeLines(bitmap: string): number[] {
  return linesOfBitmap(Buffer.from(bitmap, 'base64'))
}
