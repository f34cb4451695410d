import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { renderWithProvenance, sha256 } from '../../workspace'
import { readSkeletons, skeletonDeparture, skeletonOf, skeletonVet } from './skeletons'

const SKELETON = `export class Refusal extends Error {}

export class Till {
  refusal: string | undefined

  ringUp(quantity: number, price: number): void {
    throw new Error('Till.ringUp is not written yet')
  }

  total(): number {
    throw new Error('Till.total is not written yet')
  }
}

export function tillOf(world: object): Till {
  return new Till()
}
`

const FILLED = `export class Refusal extends Error {}

export class Till {
  lines: number[] = []
  refusal: string | undefined

  ringUp(count: number, unitPrice: number): void {
    this.lines.push(count * unitPrice)
  }

  total() {
    return this.lines.reduce((sum, line) => sum + line, 0)
  }
}

export function tillOf(world: object): Till {
  return new Till()
}
`

const skeleton = skeletonOf('generated/src/till.ts', SKELETON)
const proposed = (content: string) => ({ path: 'generated/src/till.ts', content })

test('bodies filled in, fields added, parameters renamed and a return type left to inference keep the skeleton', () => {
  assert.equal(skeletonDeparture(skeleton, proposed(FILLED)), undefined)
})

test('a method removed or renamed is refused, located at its class', () => {
  const renamed = FILLED.replace('ringUp(count', 'addLine(count')
  const refusal = skeletonDeparture(skeleton, proposed(renamed))
  assert.equal(refusal?.code, 'MODEL_SKELETON_CHANGED')
  assert.equal(
    refusal?.message,
    "Till does not keep the skeleton's method ringUp(quantity: number, price: number): void (removed or renamed)"
  )
  assert.deepEqual([refusal?.file, refusal?.line, refusal?.column], ['generated/src/till.ts', 3, 14])
  assert.match(refusal?.hint ?? '', /keep every class, method and signature of the skeleton generated\/src\/till\.ts/)
})

test('a method whose parameter or return types changed is refused, located at the method', () => {
  const retyped = FILLED.replace('unitPrice: number', 'unitPrice: string')
  const refusal = skeletonDeparture(skeleton, proposed(retyped))
  assert.equal(
    refusal?.message,
    "Till.ringUp(count: number, unitPrice: string): void does not keep the skeleton's signature ringUp(quantity: number, price: number): void"
  )
  assert.deepEqual([refusal?.line, refusal?.column], [7, 3])
  const returnsText = FILLED.replace('total() {', 'total(): string {').replace('return this.lines', 'return "" + this.lines')
  assert.match(
    skeletonDeparture(skeleton, proposed(returnsText))?.message ?? '',
    /Till\.total\(\): string does not keep the skeleton's signature total\(\): number/
  )
})

test('a class or a function of the skeleton missing is refused', () => {
  assert.equal(
    skeletonDeparture(skeleton, proposed(FILLED.replace('export class Till {', 'export class Register {').replace(/: Till/g, ': Register')))
      ?.message,
    'the class Till of the skeleton is missing (removed or renamed)'
  )
  assert.equal(
    skeletonDeparture(skeleton, proposed(FILLED.replace('tillOf', 'registerOf')))?.message,
    'the function tillOf of the skeleton is missing (removed or renamed)'
  )
})

test('the vet checks only the skeleton modules', () => {
  const vet = skeletonVet([skeleton])
  assert.equal(vet({ path: 'generated/src/other.ts', content: 'export const x = 1\n' }), undefined)
  assert.equal(vet({ path: './generated/src/till.ts', content: 'export const x = 1\n' })?.code, 'MODEL_SKELETON_CHANGED')
})

test('a skeleton is read while it is as the offline pass wrote it, and no longer once filled in or edited by hand', () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-skeletons-'))
  try {
    const file = path.join(cwd, 'generated', 'src', 'till.ts')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const given = { path: 'generated/src/till.ts', sha256: sha256(SKELETON) }
    fs.writeFileSync(file, renderWithProvenance(SKELETON, { generator: 'offline/stories', version: '0', sources: [], skeleton: given }))
    const read = readSkeletons(cwd)
    assert.deepEqual(
      read.map((entry) => [entry.path, entry.sha256, entry.content]),
      [['generated/src/till.ts', given.sha256, SKELETON]]
    )
    fs.writeFileSync(file, renderWithProvenance(FILLED, { generator: 'openai', version: '0', sources: [], skeleton: given }))
    assert.deepEqual(readSkeletons(cwd), [])
    fs.writeFileSync(
      file,
      renderWithProvenance(SKELETON, { generator: 'offline/stories', version: '0', sources: [], skeleton: given }).replace(
        'total(): number',
        'total(): number '
      )
    )
    assert.deepEqual(readSkeletons(cwd), [])
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true })
  }
})
