import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { parseFeature } from '../../gherkin'
import type { Value, ValueType } from '../operation'
import { CORPUS } from './corpus-operations'

const testdata = path.resolve(__dirname, '..', '..', '..', 'src', 'testdata', 'synthesis')

function cellValue(text: string, type: ValueType): Value {
  if (type === 'boolean') return text === 'true'
  if (type === 'number') return Number(text)
  return text
}

test('the corpus operations have the exact example rows of src/testdata/synthesis, line for line', () => {
  const files = fs.readdirSync(testdata).filter((name) => name.endsWith('.feature') && name !== 'account.feature')
  assert.deepEqual(CORPUS.map((specification) => specification.origin).sort(), files.sort())
  for (const specification of CORPUS) {
    const parsed = parseFeature({ uri: `features/${specification.origin}`, data: fs.readFileSync(path.join(testdata, specification.origin), 'utf8') })
    assert.deepEqual(parsed.errors, [])
    const scenario = parsed.gherkinDocument!.feature!.children.find((child) => child.scenario !== undefined)!.scenario!
    assert.equal(specification.operation.scenarios[0], scenario.name)
    const table = scenario.examples[0]!
    const header = table.tableHeader!.cells.map((cell) => cell.value)
    const examples = specification.operation.examples
    assert.equal(examples.length, table.tableBody.length, specification.origin)
    table.tableBody.forEach((row, index) => {
      const example = examples[index]!
      assert.equal(example.source, `features/${specification.origin}:${row.location.line}`)
      row.cells.forEach((cell, column) => {
        const name = header[column]!
        const field = [...specification.operation.inputs, ...specification.operation.outputs].find((candidate) => candidate.name === name)
        assert.ok(field, `${specification.origin}: column ${name} is an input or an output`)
        assert.deepEqual(example.inputs[name] ?? example.outputs[name], cellValue(cell.value, field.type), `${specification.origin}:${row.location.line} ${name}`)
      })
    })
  }
})
