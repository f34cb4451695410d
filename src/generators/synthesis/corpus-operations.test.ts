import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { parseFeature } from '../../gherkin'
import type { Value, ValueType } from '../operation'
import { CORPUS, type CorpusSpecification, OWN_SPECIFICATIONS } from './corpus-operations'
import { packageRoot } from '../../package-root'

const repository = packageRoot
const testdata = path.join(repository, 'src', 'testdata', 'synthesis')

function cellValue(text: string, type: ValueType): Value {
  if (type === 'boolean') return text === 'true'
  if (type === 'number') return Number(text)
  return text
}

/** The specification's examples are the rows of the feature file's first outline, line for line. */
function assertSameRows(specification: CorpusSpecification, file: string, uri: string): void {
  const parsed = parseFeature({ uri, data: fs.readFileSync(file, 'utf8') })
  assert.deepEqual(parsed.errors, [])
  const scenario = parsed.gherkinDocument!.feature!.children.find((child) => child.scenario !== undefined)!.scenario!
  assert.equal(specification.operation.scenarios[0], scenario.name)
  const table = scenario.examples[0]!
  const header = table.tableHeader!.cells.map((cell) => cell.value)
  const examples = specification.operation.examples
  assert.equal(examples.length, table.tableBody.length, specification.origin)
  table.tableBody.forEach((row, index) => {
    const example = examples[index]!
    assert.equal(example.source, `${uri}:${row.location.line}`)
    row.cells.forEach((cell, column) => {
      const name = header[column]!
      const field = [...specification.operation.inputs, ...specification.operation.outputs].find((candidate) => candidate.name === name)
      assert.ok(field, `${specification.origin}: column ${name} is an input or an output`)
      assert.deepEqual(example.inputs[name] ?? example.outputs[name], cellValue(cell.value, field.type), `${specification.origin}:${row.location.line} ${name}`)
    })
  })
}

test('the corpus operations have the exact example rows of src/testdata/synthesis, line for line', () => {
  const files = fs.readdirSync(testdata).filter((name) => name.endsWith('.feature') && name !== 'account.feature')
  assert.deepEqual(CORPUS.map((specification) => specification.origin).sort(), files.sort())
  for (const specification of CORPUS) assertSameRows(specification, path.join(testdata, specification.origin), `features/${specification.origin}`)
})

test("the calendar example's tables are in the corpus, row for row", () => {
  const fromExamples = OWN_SPECIFICATIONS.filter((specification) => specification.origin.startsWith('examples/'))
  assert.deepEqual(
    fromExamples.map((specification) => specification.origin),
    ['examples/calendar/features/quarter.feature', 'examples/calendar/features/meeting.feature']
  )
  for (const specification of fromExamples) {
    assertSameRows(specification, path.join(repository, specification.origin), specification.origin.replace(/^examples\/[^/]+\//, ''))
  }
})

test("specloop's own plural rule is in the corpus, row for row", () => {
  const plural = OWN_SPECIFICATIONS.filter((specification) => specification.origin.startsWith('features/rules/'))
  assert.deepEqual(
    plural.map((specification) => specification.origin),
    ['features/rules/plural.feature']
  )
  for (const specification of plural) assertSameRows(specification, path.join(repository, specification.origin), specification.origin)
})
