import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nthWeekday } from './calendar'
import { dateText } from './dates'
import { runInNewContext } from 'node:vm'
import { compiler } from '../../compiler'
import { synthesise } from './index'
import { renderOperation } from './render'
import { answerOf, tableOperation } from './testing'

test("a weekday's nth or last occurrence in a month", () => {
  const on = (...args: [number, number, number, number]) => dateText(nthWeekday(...args)!)
  assert.equal(on(2026, 11, 4, 4), '2026-11-26') // the fourth Thursday in November
  assert.equal(on(2026, 5, 1, -1), '2026-05-25') // the last Monday in May
  assert.equal(on(2027, 2, 7, 1), '2027-02-07') // the first Sunday in February
  assert.equal(nthWeekday(2026, 2, 1, 5), undefined) // February 2026 has four Mondays
})

test('a date on the same occurrence of one weekday in one month, of the year the row gives', () => {
  const operation = tableOperation(
    'planFete',
    [['year', 'number']],
    [['fete', 'string']],
    [
      [2024, '2024-06-08'],
      [2025, '2025-06-14'],
      [2026, '2026-06-13'],
      [2027, '2027-06-12'],
      [2028, '2028-06-10'],
      [2029, '2029-06-09']
    ],
    'The village fete is held on the second Saturday in June.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { year: 2030 }), '2030-06-08')
  assert.equal(answerOf(result, { year: 2031 }), '2031-06-14')
  assert.equal(answerOf(result, { year: 2035 }), '2035-06-09')
  // The module as written, compiled strictly and run: its own helper counts the weekdays.
  const ts = compiler()
  const output = ts.transpileModule(renderOperation(operation, result as Extract<typeof result, { ok: true }>), {
    reportDiagnostics: true,
    compilerOptions: { strict: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
  })
  assert.deepEqual(output.diagnostics ?? [], [])
  const exports: Record<string, (year: number) => string> = {}
  runInNewContext(output.outputText, { exports })
  assert.equal(exports.planFete!(2031), '2031-06-14')
})
