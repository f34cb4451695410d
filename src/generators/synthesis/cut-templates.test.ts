import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

const login = (rows: ReadonlyArray<readonly [string, string, string]>, context = '') =>
  synthesise(
    tableOperation(
      'makeLogin',
      [
        ['first', 'string'],
        ['surname', 'string']
      ],
      [['login', 'string']],
      rows,
      context
    )
  )

const rows = [
  ['Ada', 'Lovelace', 'alovelac'],
  ['Alan', 'Turing', 'aturing'],
  ['Grace', 'Hopper', 'ghopper'],
  ['Linus', 'Torvalds', 'ltorvald'],
  ['Bob', 'Ng', 'bng'],
  ['Mary', 'Shelley', 'mshelley'],
  ['Jo', 'Li', 'jli']
] as const

test('a template cut to the length the words name: the rows shorter than it show it whole', () => {
  const result = login(rows, 'A login is the first letter of the first name and the surname, in lower case, at most 8 characters long.')
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { first: 'Bjarne', surname: 'Stroustrup' }), 'bstroust')
  assert.equal(answerOf(result, { first: 'Niklaus', surname: 'Wirth' }), 'nwirth')
})

test('a template cut to a length no words name, where two long inputs show the cut', () => {
  const result = login([...rows, ['Katherine', 'Johnson', 'kjohnson'], ['Katherine', 'Katherine', 'kkatheri']])
  assert.equal(answerOf(result, { first: 'Ada', surname: 'Richardson' }), 'arichard')
})
