import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runInNewContext } from 'node:vm'
import { compiler } from '../../compiler'
import { synthesise } from './index'
import { renderOperation } from './render'
import { tableOperation } from './testing'

test('a rule that calculates money returns the decimal it stands for, as written: 7.8, never 7.800000000000001', () => {
  // A courier's fee: 1.20 a started kilometre plus 3.50, a fifth more at night.
  const operation = tableOperation(
    'priceDelivery',
    [
      ['km', 'number'],
      ['night', 'boolean']
    ],
    [['fee', 'number']],
    [
      [2, false, 5.9],
      [5, false, 9.5],
      [10, false, 15.5],
      [2, true, 7.08],
      [5, true, 11.4],
      [10, true, 18.6],
      [1, false, 4.7],
      [8, true, 15.72]
    ],
    'A delivery costs 3.50 plus 1.20 a kilometre; at night the whole fee is 20% higher.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  const ts = compiler()
  const output = ts.transpileModule(renderOperation(operation, result), {
    reportDiagnostics: true,
    compilerOptions: { strict: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
  })
  assert.deepEqual(output.diagnostics ?? [], [])
  const exports: Record<string, (km: number, night: boolean) => number> = {}
  runInNewContext(output.outputText, { exports })
  // In binary, (10 * 1.2 + 3.5) * 1.2 is 18.599999999999998.
  assert.equal(String(exports.priceDelivery!(10, true)), '18.6')
  assert.equal(String(exports.priceDelivery!(3, false)), '7.1')
  assert.equal(String(exports.priceDelivery!(4, true)), '9.96')
})
