/**
 * A Given step with a data table ("Given the price list:" and its rows) sets the state up one
 * row at a time: as a story it is one event per row, each row's cells the step's values after
 * its own, so the search reads a price list or a stock list as it reads a Given written once
 * per item. Its step definition loops over the table's rows (`table.hashes()`), calling the
 * class once a row.
 */
import type { Value, ValueType } from '../operation'
import type { PlannedStep } from '../steps'
import { camelCase } from '../steps/naming'
import { stringLiteral } from '../steps'
import type { StepOccurrence } from '../steps/occurrences'

/** One column of a Given's table: its header, the parameter name the code gives it, and its type. */
export interface TableColumn {
  header: string
  name: string
  type: ValueType
}

const NUMBER = /^-?\d+(\.\d+)?$/u

/**
 * The columns of a Given step's table, when every use of it has a header row and the same
 * headers; a column is a number where every cell of every use is one. Undefined otherwise
 * (a table with no header row, or headers that differ, is not a list of rows).
 */
export function tableColumns(step: PlannedStep): TableColumn[] | undefined {
  if (step.group.argument !== 'dataTable' || step.group.role !== 'given') return undefined
  const tables = step.group.occurrences.map((occurrence) => occurrence.dataTable)
  const headers = tables[0]?.[0]
  if (headers === undefined || headers.length === 0) return undefined
  if (tables.some((table) => table === undefined || table.length < 2 || table[0]!.join('\u0000') !== headers.join('\u0000')))
    return undefined
  // Headers must name the columns apart: they are the code's names for the row's cells.
  const names = headers.map((header, column) => camelCase(header.split(/\s+/u).filter(Boolean)) || `column${column + 1}`)
  const own = new Set(step.group.parameters.map((parameter) => parameter.name))
  if (new Set(names).size !== names.length || names.some((name) => own.has(name) || name === 'table' || name === 'row')) return undefined
  return headers.map((header, column) => ({
    header,
    name: names[column]!,
    type: tables.every((table) => table!.slice(1).every((row) => NUMBER.test(row[column]?.trim() ?? ''))) ? 'number' : 'string'
  }))
}

/** The rows of one use of the step, each cell as its column's type. */
export function tableRowValues(occurrence: StepOccurrence, columns: readonly TableColumn[]): Value[][] {
  return (occurrence.dataTable ?? []).slice(1).map((row) =>
    columns.map((column, index) => {
      const cell = row[index]?.trim() ?? ''
      return column.type === 'number' ? Number(cell) : cell
    })
  )
}

/** The decimals each cell writes ("1.50" → 2), per column, for the step's readings and questions. */
export function tableRowDecimals(occurrence: StepOccurrence, columns: readonly TableColumn[]): number[][] {
  return (occurrence.dataTable ?? [])
    .slice(1)
    .map((row) => columns.map((column, index) => (column.type === 'number' ? (/\.(\d+)/u.exec(row[index] ?? '')?.[1]?.length ?? 0) : 0)))
}

/**
 * A step definition's body for a table Given: the body a Given with the row's values as its
 * parameters would have, once for each row of the table, the row's cells read by their headers.
 */
export function tableRowBody(columns: readonly TableColumn[], body: readonly string[]): string[] {
  const reads = columns.map((column) => {
    // `row.price` where the header is a name, `row['unit price']` where it is not.
    const cell = /^[A-Za-z_$][\w$]*$/u.test(column.header) ? `row.${column.header}` : `row[${stringLiteral(column.header)}]`
    return `  const ${column.name} = ${column.type === 'number' ? `Number(${cell})` : `${cell} ?? ${stringLiteral('')}`}`
  })
  return ['for (const row of table.hashes()) {', ...reads, ...body.map((line) => `  ${line}`), '}']
}
