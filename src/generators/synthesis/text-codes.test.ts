import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'
import { describeProgram } from './program'

test('text fitted to a field of fixed width: cut to it, or filled up with the mark the outputs show', () => {
  const result = synthesise(
    tableOperation(
      'printShelfTag',
      [['product', 'string']],
      [['tag', 'string']],
      [
        ['tea', 'tea.....'],
        ['oat milk', 'oat milk'],
        ['brown rice', 'brown ri'],
        ['jam', 'jam.....'],
        ['honey', 'honey...'],
        ['sunflower oil', 'sunflowe'],
        ['salt', 'salt....'],
        ['couscous', 'couscous']
      ]
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { product: 'rye' }), 'rye.....')
  assert.equal(answerOf(result, { product: 'basmati rice' }), 'basmati ')
  assert.equal(answerOf(result, { product: 'pasta' }), 'pasta...')
})

test('a piece of the output fitted to a width and filled with the mark the words state', () => {
  const result = synthesise(
    tableOperation(
      'makeKennelTag',
      [
        ['dog', 'string'],
        ['pen', 'number']
      ],
      [['tag', 'string']],
      [
        ['Rex', 4, 'REXZ-4'],
        ['Bella', 12, 'BELL-12'],
        ['Max', 3, 'MAXZ-3'],
        ['Biscuit', 7, 'BISC-7'],
        ['Luna', 21, 'LUNA-21'],
        ['Oscar', 1, 'OSCA-1'],
        ['Pip', 30, 'PIPZ-30']
      ],
      "A kennel tag is the first four letters of the dog's name in capitals, padded with Z, a dash and the pen number."
    )
  )
  assert.equal(answerOf(result, { dog: 'Bo', pen: 5 }), 'BOZZ-5')
  assert.equal(answerOf(result, { dog: 'Winston', pen: 8 }), 'WINS-8')
})

test('a number written in hexadecimal digits where the outputs show them, or the words say hex', () => {
  const coded = synthesise(
    tableOperation(
      'showLampColour',
      [
        ['r', 'number'],
        ['g', 'number'],
        ['b', 'number']
      ],
      [['colour', 'string']],
      [
        [0, 0, 0, '#000000'],
        [255, 0, 0, '#FF0000'],
        [18, 52, 86, '#123456'],
        [250, 128, 114, '#FA8072'],
        [1, 2, 3, '#010203'],
        [160, 32, 240, '#A020F0'],
        [75, 0, 130, '#4B0082'],
        [255, 215, 0, '#FFD700']
      ]
    )
  )
  assert.equal(coded.status, 'synthesised')
  assert.equal(answerOf(coded, { r: 46, g: 139, b: 87 }), '#2E8B57')
  assert.equal(answerOf(coded, { r: 10, g: 200, b: 15 }), '#0AC80F')
  // Two digits alone are no evidence of hex: the words are.
  const byte = synthesise(
    tableOperation(
      'showByte',
      [['value', 'number']],
      [['hex', 'string']],
      [
        [0, '00'],
        [9, '09'],
        [10, '0A'],
        [15, '0F'],
        [16, '10'],
        [171, 'AB'],
        [200, 'C8'],
        [255, 'FF']
      ],
      'The register shows the value as two hex digits.'
    )
  )
  assert.equal(byte.status, 'synthesised')
  assert.equal(answerOf(byte, { value: 127 }), '7F')
  assert.equal(answerOf(byte, { value: 3 }), '03')
})

test('letters moved along the alphabet by the places an input gives or the words name, round from Z to A', () => {
  const shifted = synthesise(
    tableOperation(
      'encodeNote',
      [
        ['note', 'string'],
        ['key', 'number']
      ],
      [['secret', 'string']],
      [
        ['meet at noon', 2, 'oggv cv pqqp'],
        ['zebra', 1, 'afcsb'],
        ['Quiet', 3, 'Txlhw'],
        ['abc', 0, 'abc'],
        ['wolf', 10, 'gyvp'],
        ['yes', 26, 'yes'],
        ['lamp post', 25, 'kzlo onrs'],
        ['hello', 13, 'uryyb']
      ],
      'Each letter of the note moves along the alphabet by the key.'
    )
  )
  assert.equal(shifted.status, 'synthesised')
  assert.equal(answerOf(shifted, { note: 'Spy', key: 4 }), 'Wtc')
  assert.equal(answerOf(shifted, { note: 'xyz abc', key: 5 }), 'cde fgh')
  const spoiler = synthesise(
    tableOperation(
      'hideSpoiler',
      [['line', 'string']],
      [['hidden', 'string']],
      [
        ['the butler did it', 'gur ohgyre qvq vg'],
        ['Rosebud', 'Ebfrohq'],
        ['he was dead', 'ur jnf qrnq'],
        ['twins', 'gjvaf'],
        ['no one', 'ab bar'],
        ['a dream', 'n qernz'],
        ['Keyser', 'Xrlfre'],
        ['vampire', 'inzcver']
      ],
      'Spoilers are hidden by moving every letter 13 places along the alphabet.'
    )
  )
  assert.equal(spoiler.status, 'synthesised')
  assert.equal(answerOf(spoiler, { line: 'the ship sinks' }), 'gur fuvc fvaxf')
})

test('the first letter in upper case is written as such, not as a capitalised word cut to its first letter', () => {
  // tester-aj's badge: a capitalised surname cut to one letter had read `surname.charAt(0).charAt(0).toUpperCase() + …`.
  const result = synthesise(
    tableOperation(
      'printBadge',
      [
        ['first', 'string'],
        ['surname', 'string']
      ],
      [['badge', 'string']],
      [
        ['ana', 'lopez', 'Ana L.'],
        ['Ben', 'Okafor', 'Ben O.'],
        ['CHLOE', 'smith', 'Chloe S.'],
        ['dmitri', 'Ivanov', 'Dmitri I.'],
        ['eva', "o'neil", 'Eva O.']
      ],
      'A badge shows the first name in full and the first letter of the surname with a full stop, each with a capital ' +
        'first letter and the rest in lower case, however the guest typed them.'
    )
  )
  assert.equal(result.status, 'synthesised')
  const rule = result.ok ? describeProgram(result.outputs[0]!.program) : ''
  assert.match(rule, /surname\.charAt\(0\)\.toUpperCase\(\)/)
  assert.doesNotMatch(rule, /charAt\(0\)\.charAt\(0\)|\)\.charAt\(0\)\}/)
  assert.equal(answerOf(result, { first: 'zoe', surname: 'lee' }), 'Zoe L.')
})

test('a mark before the last few characters the words count ("a dash before the last four characters")', () => {
  const result = synthesise(
    tableOperation(
      'writeTicketCode',
      [['code', 'string']],
      [['printed', 'string']],
      [
        ['ab12cd34', 'AB12-CD34'],
        ['x9k2p7', 'X9-K2P7'],
        ['qq1234567', 'QQ123-4567'],
        ['m77nn8', 'M7-7NN8'],
        ['tr3e9w1', 'TR3-E9W1'],
        ['zz00aa11bb', 'ZZ00AA-11BB'],
        ['hj5k8', 'H-J5K8'],
        ['p0p0p0p', 'P0P-0P0P']
      ],
      'A ticket code is printed in capitals with a dash before the last four characters.'
    )
  )
  // Lengths the rows never show: the cut counts from the end, not from the start.
  assert.equal(answerOf(result, { code: 'abcdefghijkl' }), 'ABCDEFGH-IJKL')
  assert.equal(answerOf(result, { code: 'wxyz9' }), 'W-XYZ9')
})
