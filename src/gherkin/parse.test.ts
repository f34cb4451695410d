import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { parseFeature } from './parse'
import { describeParseError } from './describe-parse-error'
import { packageRoot } from '../package-root'

// Tests run from dist/src/; the test data stays in src/testdata.
const corpus = path.join(packageRoot, 'src', 'testdata', 'corpus')
const featuresIn = (directory: string) =>
  fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.feature') || name.endsWith('.feature.md'))
    .map((name) => path.join(directory, name))

test('the corpus is where the tests expect it', () => {
  assert.ok(fs.existsSync(path.join(corpus, 'gherkin-testdata', 'bad')), `missing ${corpus}`)
})

test('every bad corpus file fails at exactly the lines and columns of its .errors.ndjson', () => {
  const files = featuresIn(path.join(corpus, 'gherkin-testdata', 'bad'))
  assert.ok(files.length >= 10)
  for (const file of files) {
    const expected = fs
      .readFileSync(`${file}.errors.ndjson`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).parseError.source.location)
      .map((location: { line: number; column?: number }) => `${location.line}:${location.column ?? '-'}`)
    const parsed = parseFeature({ uri: path.basename(file), data: fs.readFileSync(file, 'utf8') })
    const actual = parsed.errors.map((error) => `${error.line}:${error.column ?? '-'}`)
    assert.deepEqual(actual, expected, path.basename(file))
    for (const error of parsed.errors) {
      assert.equal(error.code, 'GHERKIN_PARSE')
      assert.doesNotMatch(error.message, /#[A-Z]/, 'token names are rephrased in words')
    }
  }
})

test('every good corpus file and every cucumber-js feature parses without error', () => {
  const files = [...featuresIn(path.join(corpus, 'gherkin-testdata', 'good')), ...featuresIn(path.join(corpus, 'cucumber-js-features'))]
  assert.ok(files.length >= 100)
  for (const file of files) {
    const parsed = parseFeature({ uri: path.basename(file), data: fs.readFileSync(file, 'utf8') })
    assert.deepEqual(parsed.errors, [], path.basename(file))
  }
})

test('parsing is deterministic: the same text gives the same pickles', () => {
  const data = 'Feature: F\n  Scenario Outline: o\n    Given <x>\n    Examples:\n      | x |\n      | 1 |\n      | 2 |\n'
  const first = parseFeature({ uri: 'a.feature', data })
  const second = parseFeature({ uri: 'a.feature', data })
  assert.deepEqual(first, second)
  assert.deepEqual(
    first.pickles.map((pickle) => pickle.steps[0].text),
    ['1', '2']
  )
})

test('parse errors say what was expected and what was found', () => {
  assert.equal(
    describeParseError("(2:1): expected: #EOF, #Language, #TagLine, #FeatureLine, #Comment, #Empty, got 'invalid line here'"),
    "expected the end of the file, a '# language:' line, a tag line, 'Feature:', a comment or an empty line, found 'invalid line here'"
  )
  assert.equal(
    describeParseError('(5:0): unexpected end of file, expected: #DocStringSeparator, #Other'),
    'unexpected end of file: expected a doc string delimiter (""" or ```) or free text'
  )
})
