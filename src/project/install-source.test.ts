import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { installRecordOf, specloopDependencyOf } from './install-source'

const where = { projectDirectory: '/work/shop', packageRoot: '/work/node_modules/specloop', version: '0.1.0' }
const everything = () => true

test('a new project names specloop by the tarball, the folder or the registry version it was installed from', () => {
  assert.deepEqual(specloopDependencyOf({ installedIn: '/work', resolved: 'file:specloop.tgz' }, where, everything), {
    spec: 'file:../specloop.tgz',
    source: '/work/specloop.tgz'
  })
  assert.equal(specloopDependencyOf({ installedIn: '/work', resolved: '../clone', link: true }, where, everything).spec, 'file:../../clone')
  assert.equal(
    specloopDependencyOf({ installedIn: '/work', resolved: 'file:shop/vendor/specloop.tgz' }, where, everything).spec,
    'file:./vendor/specloop.tgz'
  )
  const registry = 'https://registry.npmjs.org/specloop/-/specloop-0.1.0.tgz'
  assert.equal(specloopDependencyOf({ installedIn: '/work', resolved: registry }, where, everything).spec, '^0.1.0')
})

test('without a source it can install again, specloop is left out, with the command that adds it', () => {
  const gone = specloopDependencyOf({ installedIn: '/work', resolved: 'file:specloop.tgz' }, where, () => false)
  assert.equal(gone.spec, undefined)
  assert.match(gone.spec === undefined ? gone.reason : '', /which is gone/)
  const git = specloopDependencyOf({ installedIn: '/work', resolved: 'git+ssh://git@example.com/x.git#abc' }, where, everything)
  assert.equal(git.spec, undefined)
  const unrecorded = specloopDependencyOf({ installedIn: '/work' }, where, everything)
  assert.equal(unrecorded.spec === undefined && unrecorded.command, 'npm install --save-dev /path/to/specloop-0.1.0.tgz')
  const checkout = specloopDependencyOf(undefined, { ...where, packageRoot: '/src/my specloop' }, everything)
  assert.equal(
    checkout.spec === undefined && checkout.command,
    "(cd '/src/my specloop' && npm pack) && npm install --save-dev '/src/my specloop/specloop-0.1.0.tgz'"
  )
})

test("npm's record is read where specloop is installed: a copy under node_modules, or a link found above the project", () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-install-')))
  const copy = path.join(root, 'copied', 'node_modules', 'specloop')
  fs.mkdirSync(copy, { recursive: true })
  const lock = (resolved: string, link?: boolean) =>
    JSON.stringify({ packages: { 'node_modules/specloop': { resolved, ...(link ? { link } : {}) } } })
  fs.writeFileSync(path.join(root, 'copied', 'node_modules', '.package-lock.json'), lock('file:specloop.tgz'))
  assert.deepEqual(installRecordOf(copy, '/'), { installedIn: path.join(root, 'copied'), resolved: 'file:specloop.tgz' })

  const clone = path.join(root, 'clone')
  fs.mkdirSync(clone)
  fs.mkdirSync(path.join(root, 'linked', 'node_modules'), { recursive: true })
  fs.symlinkSync(clone, path.join(root, 'linked', 'node_modules', 'specloop'), 'dir')
  fs.writeFileSync(path.join(root, 'linked', 'package-lock.json'), lock('../clone', true))
  assert.deepEqual(installRecordOf(clone, path.join(root, 'linked', 'shop')), {
    installedIn: path.join(root, 'linked'),
    resolved: '../clone',
    link: true
  })
  assert.equal(installRecordOf(clone, path.join(root, 'elsewhere')), undefined, 'a checkout nobody installed')
  fs.rmSync(root, { recursive: true, force: true })
})
