import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sha256 } from '../../workspace'
import { buildPrompt, PromptContext, SECTION_LIMITS } from './prompt'
import { promptContextWith } from './testing'

const context = (skeletons: PromptContext['skeletons']): PromptContext => promptContextWith({ skeletons })

const till = 'export class Till {\n  tillTotal(): number {\n    throw new Error("Till.tillTotal is not written yet")\n  }\n}\n'

test('the prompt shows each class skeleton whole in its own section, and the ledger names it with the hash of what was shown', () => {
  const prompt = buildPrompt(context([{ path: 'generated/src/till.ts', content: till }]), '')
  const user = prompt.messages[1]!.content
  assert.match(user, /## Class skeletons to fill in \(keep every class, method and signature/)
  assert.ok(user.includes(`// generated/src/till.ts\n${till}`))
  assert.deepEqual(
    prompt.included.files.filter((file) => file.part === 'skeleton'),
    [{ path: 'generated/src/till.ts', part: 'skeleton', sha256: sha256(till), bytes: Buffer.byteLength(till) }]
  )
  assert.equal(buildPrompt(context([]), '').messages[1]!.content.includes('Class skeletons'), false)
})

test('skeletons beyond their budget are counted, not shown, and not named as included; secrets in one are redacted', () => {
  const large = `// ${'x'.repeat(SECTION_LIMITS.skeletons)}\n`
  const prompt = buildPrompt(
    context([
      { path: 'generated/src/till.ts', content: till.replace('Till.tillTotal', 'Till.tillTotal sk-planted-secret-0123456789') },
      { path: 'generated/src/large.ts', content: large }
    ]),
    '',
    ['sk-planted-secret-0123456789']
  )
  const user = prompt.messages[1]!.content
  assert.match(user, /\/\/ … 1 more skeletons not shown/)
  assert.equal(user.includes('sk-planted-secret-0123456789'), false)
  assert.deepEqual(
    prompt.included.files.filter((file) => file.part === 'skeleton').map((file) => file.path),
    ['generated/src/till.ts']
  )
})
