import { test } from 'node:test'
import assert from 'node:assert/strict'
import { wordsToLeaveOut } from './bank'
import { OPERATORS } from './operators'
import { evaluateProgram, synthesise } from './index'
import { tableOperation } from './testing'

test('the words a description quotes, and a list with them left out', () => {
  assert.deepEqual(wordsToLeaveOut('leaving out the words "of", "the" and \u201cfor\u201d; "Two Words" are no word'), ['of', 'the', 'for'])
  assert.deepEqual(OPERATORS.withoutWords.apply([['The', 'Allotment', 'Society'], 'of the']), ['Allotment', 'Society'])
  assert.equal(OPERATORS.withoutWords.apply([['of', 'the'], 'of the']), undefined)
})

test('initials leaving out the small words the description quotes are synthesised', () => {
  const rows: Array<[string, string]> = [
    ['Parent Teacher Association', 'PTA'],
    ['friends of the library', 'FL'],
    ['Royal Society for the Protection of Birds', 'RSPB'],
    ['Westside Running and Walking Club', 'WRWC'],
    ['The Allotment Society', 'AS'],
    ['Hillview Chess Club', 'HCC'],
    ['Youth Orchestra of Leeds', 'YOL'],
    ['Board Games and Coffee', 'BGC']
  ]
  const operation = tableOperation(
    'shortName',
    [['club', 'string']],
    [['short', 'string']],
    rows,
    'The short name is the first letter of each word, in capitals, leaving out the words "of", "the", "and" and "for".'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  const answer = (club: string) => evaluateProgram(result.outputs[0]!.program, { club })
  assert.deepEqual(answer('Friends of the Earth in Leeds'), { ok: true, value: 'FEIL' })
})
