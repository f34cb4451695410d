import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFencedBlocks, parseJsonAnswer, parseTextAnswer, validateAnswer, MAX_FILES } from './output'

test('a JSON answer, bare or in one ```json fence, gives its files and notes', () => {
  const answer = JSON.stringify({ files: [{ path: 'generated/src/a.ts', content: 'export const a = 1\n' }], notes: 'one file' })
  assert.deepEqual(parseJsonAnswer(answer).answer, {
    files: [{ path: 'generated/src/a.ts', content: 'export const a = 1\n' }],
    notes: 'one file'
  })
  assert.deepEqual(parseJsonAnswer('```json\n' + answer + '\n```').answer?.notes, 'one file')
})

test('malformed JSON and wrong shapes are problems, not exceptions', () => {
  assert.match(parseJsonAnswer('{"files": [').problem ?? '', /not valid JSON/)
  assert.match(validateAnswer([]).problem ?? '', /not a JSON object/)
  assert.match(validateAnswer({ notes: 'x' }).problem ?? '', /no "files" array/)
  assert.match(validateAnswer({ files: [{ path: '', content: 'x' }] }).problem ?? '', /path must be a non-empty string/)
  assert.match(validateAnswer({ files: [{ path: 'a.ts', content: 3 }] }).problem ?? '', /content must be a string/)
  assert.match(validateAnswer({ files: [{ path: 'a.ts', content: '' }], notes: 3 }).problem ?? '', /"notes" must be a string/)
  assert.match(
    validateAnswer({
      files: [
        { path: 'a.ts', content: '' },
        { path: './a.ts', content: '' }
      ]
    }).problem ?? '',
    /appears twice/
  )
  assert.match(
    validateAnswer({ files: Array.from({ length: MAX_FILES + 1 }, (_, index) => ({ path: `f${index}.ts`, content: '' })) }).problem ?? '',
    /at most 40/
  )
  assert.match(validateAnswer({ files: [{ path: 'a.ts', content: 'x'.repeat(200_001) }] }).problem ?? '', /at most 200000/)
})

test('fenced blocks take their path from the line before or the info string', () => {
  const text = [
    'Here is the code.',
    '',
    '**generated/src/account.ts**',
    '```ts',
    'export class Account {}',
    '```',
    'File: generated/steps/account.steps.ts',
    '```typescript',
    "import { Given } from '@cucumber/cucumber'",
    '```',
    '```ts path=generated/support/world.ts',
    'export {}',
    '```',
    '```ts',
    'a block without a path is ignored',
    '```',
    'Done.'
  ].join('\n')
  const parsed = parseFencedBlocks(text)
  assert.deepEqual(
    parsed.answer?.files.map((file) => file.path),
    ['generated/src/account.ts', 'generated/steps/account.steps.ts', 'generated/support/world.ts']
  )
  assert.equal(parsed.answer?.files[0].content, 'export class Account {}\n')
  assert.match(parsed.answer?.notes ?? '', /Here is the code\.[\s\S]*Done\./)
})

test('a text answer tries JSON, then fenced blocks, and says why neither worked', () => {
  assert.equal(parseTextAnswer('src/x.ts\n```ts\nexport const x = 1\n```').answer?.files[0].path, 'src/x.ts')
  assert.match(parseTextAnswer('{"files": 3}').problem ?? '', /no "files" array/)
  assert.match(parseTextAnswer('I cannot help with that.').problem ?? '', /neither valid JSON .* nor fenced code blocks/)
})
