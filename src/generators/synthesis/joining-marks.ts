/**
 * Marks a word keeps together: where an example's text has a mark between two letters and an
 * output writes the two sides as one word ("Women's" → "womens"), and no example writes them
 * apart ("T-Shirt" → "t-shirt"). A rule that splits text at its marks drops these first.
 */
import type { ExampleTable } from './table'

const MARK_INSIDE_WORD = /(\p{L}+)([^\p{L}\p{N}\s])(?=(\p{L}+))/gu

export function joiningMarks(table: ExampleTable): string {
  const joining = new Set<string>()
  const splitting = new Set<string>()
  const texts = table.columns.filter((column) => column.type === 'string' && !column.categorical).map((column) => column.name)
  for (const example of table.examples) {
    const outputs = Object.values(example.outputs)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.toLowerCase())
    if (outputs.length === 0) continue
    for (const name of texts) {
      const value = example.inputs[name]
      if (typeof value !== 'string') continue
      for (const [, before, mark, after] of value.matchAll(MARK_INSIDE_WORD)) {
        const joined = `${before}${after}`.toLowerCase()
        if (outputs.some((output) => output.includes(joined))) joining.add(mark!)
        else splitting.add(mark!)
      }
    }
  }
  return [...joining]
    .filter((mark) => !splitting.has(mark))
    .sort()
    .join('')
}
