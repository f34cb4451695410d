import type { GherkinDocument, Scenario, Step } from '@cucumber/messages'
import { SpecloopError, specloopError } from '../errors'
import { editDistance } from './keyword-typos'

/** `<name>` as Cucumber substitutes it, its name neither starting nor ending with a space ("x < 5 and y > 3" is prose). */
const PLACEHOLDER = /<([^<>\s](?:[^<>]*[^<>\s])?)>/gu

/**
 * Placeholders of a Scenario Outline that name no column of one of its Examples tables. Cucumber
 * leaves them as they are written, so `Then the tax is <taxx>` becomes a step about the text
 * "<taxx>" and the column's values are never checked: a spec problem, located at the placeholder.
 * Pure: a parsed document in, located errors out.
 */
export function unknownPlaceholders(uri: string, document: GherkinDocument | undefined): SpecloopError[] {
  const errors: SpecloopError[] = []
  for (const scenario of outlinesOf(document)) {
    const tables = scenario.examples.filter((examples) => examples.tableHeader !== undefined)
    if (tables.length === 0) continue
    for (const step of scenario.steps) {
      for (const { name, line, column } of placeholdersOf(step)) {
        const lacking = tables.filter((examples) => !examples.tableHeader!.cells.some((cell) => cell.value === name))
        if (lacking.length === 0) continue
        const columns = lacking[0]!.tableHeader!.cells.map((cell) => cell.value)
        const near = nearest(name, columns)
        errors.push(
          specloopError(
            'PLACEHOLDER_UNKNOWN',
            `<${name}> names no column of the Examples at line ${lacking[0]!.location.line} (its columns: ${columns.join(', ')}): ` +
              'Cucumber would leave it as text, and that column would never be checked',
            { file: uri, line, column },
            near !== undefined ? `did you mean <${near}>?` : `add a column "${name}" to the Examples, or write the value itself`
          )
        )
      }
    }
  }
  return errors
}

function outlinesOf(document: GherkinDocument | undefined): Scenario[] {
  const scenarios: Scenario[] = []
  for (const child of document?.feature?.children ?? []) {
    if (child.scenario) scenarios.push(child.scenario)
    for (const ruleChild of child.rule?.children ?? []) if (ruleChild.scenario) scenarios.push(ruleChild.scenario)
  }
  return scenarios.filter((scenario) => scenario.examples.length > 0)
}

/**
 * Each placeholder of a step's text, and each data table cell that is one placeholder, where it is
 * written. Doc strings and text around a cell's placeholder are left alone: HTML and the like are
 * written there (`<p>`), and Cucumber's own features keep `<duration-stat>` in one on purpose.
 */
function placeholdersOf(step: Step): Array<{ name: string; line: number; column: number }> {
  const found: Array<{ name: string; line: number; column: number }> = []
  const textColumn = (step.location.column ?? 1) + step.keyword.length
  for (const match of step.text.matchAll(PLACEHOLDER))
    found.push({ name: match[1]!, line: step.location.line, column: textColumn + match.index })
  for (const row of step.dataTable?.rows ?? [])
    for (const cell of row.cells) {
      const whole = new RegExp(`^${PLACEHOLDER.source}$`, 'u').exec(cell.value.trim())
      if (whole) found.push({ name: whole[1]!, line: cell.location.line, column: cell.location.column ?? 1 })
    }
  return found
}

/** The column a misspelt name most likely meant: at most two edits away, and closer than any other. */
function nearest(name: string, columns: readonly string[]): string | undefined {
  const scored = columns.map((column) => ({ column, distance: editDistance(name.toLowerCase(), column.toLowerCase()) }))
  const best = Math.min(...scored.map((entry) => entry.distance))
  const closest = scored.filter((entry) => entry.distance === best)
  return best <= Math.min(2, Math.max(1, name.length - 2)) && closest.length === 1 ? closest[0]!.column : undefined
}

/**
 * Empty Examples cells whose placeholder a step's text holds unquoted: the row's step reads
 * "the tax is " and becomes a step of its own. Quoted (`"<name>"`), an empty cell is an empty text,
 * written on purpose. Warnings, located at the cell. Pure.
 */
export function emptyExampleCells(uri: string, document: GherkinDocument | undefined): SpecloopError[] {
  const warnings: SpecloopError[] = []
  for (const scenario of outlinesOf(document)) {
    for (const examples of scenario.examples) {
      const header = examples.tableHeader?.cells.map((cell) => cell.value) ?? []
      for (const row of examples.tableBody)
        row.cells.forEach((cell, index) => {
          const name = header[index]
          if (name === undefined || cell.value.trim() !== '') return
          const step = scenario.steps.find((candidate) => unquotedPlaceholder(candidate.text, name))
          if (step === undefined) return
          const reads = JSON.stringify(step.text.split(`<${name}>`).join(''))
          warnings.push(
            specloopError(
              'EXAMPLES_CELL_EMPTY',
              `this Examples cell of "${name}" is empty: "${step.keyword.trim()} ${step.text}" reads ${reads} for its row`,
              { file: uri, line: cell.location.line, column: cell.location.column ?? 1 },
              `write a value, or quote the placeholder ("<${name}>") where an empty text is meant`
            )
          )
        })
    }
  }
  return warnings
}

function unquotedPlaceholder(text: string, name: string): boolean {
  const placeholder = `<${name}>`
  for (let at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + 1)) {
    const before = text[at - 1]
    const after = text[at + placeholder.length]
    if (!(before === after && (before === '"' || before === "'"))) return true
  }
  return false
}
