import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeSetupError, missingPathError } from './verify'
import type { Project } from '../project'

test('a syntax error in support code is located in its source, where the parser found it', () => {
  const project = { cwd: '/p' } as Project
  const stack =
    "/p/steps/a.steps.ts:15\nconst x = ;\n          ^\n\nSyntaxError: Unexpected token ';'\n    at wrapSafe (node:internal/modules/cjs/loader:1464:18)"
  const error = describeSetupError(project, { message: "Unexpected token ';'", stack }, [
    { file: '/p/steps/a.steps.ts', message: 'Unexpected token', line: 21, column: 11 }
  ])
  assert.deepEqual([error.file, error.line, error.column], ['steps/a.steps.ts', 21, 11])
  // Without the parser's place, the compiled line would mislead for TypeScript: the file alone.
  const unparsed = describeSetupError(project, { message: "Unexpected token ';'", stack }, [])
  assert.deepEqual([unparsed.file, unparsed.line], ['steps/a.steps.ts', undefined])
  const javascript = describeSetupError(project, { message: 'x', stack: stack.replace('a.steps.ts', 'a.steps.js') })
  assert.deepEqual([javascript.file, javascript.line], ['steps/a.steps.js', 15])
  const outside = describeSetupError(project, { message: 'x', stack: stack.replace('/p/', '/elsewhere/') })
  assert.equal(outside.file, undefined)
})

test('a feature path that names nothing is refused, located; globs are left to cucumber', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-paths-'))
  fs.mkdirSync(path.join(directory, 'features'))
  fs.writeFileSync(path.join(directory, 'features', 'a.feature'), 'Feature: a\n')
  assert.equal(missingPathError(directory, ['features/a.feature:2:3', 'features', 'features/**/*.feature']), undefined)
  const missing = missingPathError(directory, ['features/a.feature', 'features/nope.feature:4'])
  assert.equal(missing?.file, 'features/nope.feature')
  assert.match(missing?.message ?? '', /no such feature file or folder/)
  assert.match(missingPathError(directory, ['@rerun.txt'])?.message ?? '', /no such rerun file/)
  // cucumber-js names a rerun file with its @: a file called @rerun.txt is found as given.
  fs.writeFileSync(path.join(directory, '@rerun.txt'), 'features/a.feature:1\n')
  fs.writeFileSync(path.join(directory, 'features', 'rerun.txt'), 'features/a.feature:1\n')
  assert.equal(missingPathError(directory, ['@rerun.txt', '@features/rerun.txt']), undefined)
  fs.rmSync(directory, { recursive: true, force: true })
})
