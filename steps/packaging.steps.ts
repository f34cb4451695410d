import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { AfterAll, Given, Then, When } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld, repositoryRoot } from './support/world'

// npm pack builds and packs the whole package: once per cucumber run, shared by its scenarios.
let packDirectory: string | undefined
let tarball: string | undefined
const checkouts: string[] = []

function packOnce(): string {
  if (tarball) return tarball
  packDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-pack-'))
  const packed = spawnSync('npm', ['pack', '--pack-destination', packDirectory], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' }
  })
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stdout}\n${packed.stderr}`)
  const file = fs.readdirSync(packDirectory).find((name) => name.endsWith('.tgz'))
  if (!file) throw new Error(`npm pack wrote no tarball into ${packDirectory}`)
  tarball = path.join(packDirectory, file)
  const unpacked = path.join(packDirectory, 'unpacked')
  fs.mkdirSync(unpacked)
  const untarred = spawnSync('tar', ['xzf', tarball, '-C', unpacked], { encoding: 'utf8' })
  if (untarred.status !== 0) throw new Error(`tar could not unpack ${tarball}: ${untarred.stderr}`)
  return tarball
}

function unpackedPackage(): string {
  packOnce()
  return path.join(packDirectory!, 'unpacked', 'package')
}

AfterAll(function () {
  for (const directory of [packDirectory, ...checkouts]) if (directory) fs.rmSync(directory, { recursive: true, force: true })
})

Given('specloop packed by npm pack', { timeout: 300_000 }, function (this: SpecloopWorld) {
  this.placeholders.tarball = packOnce()
  // As a user's shell would be: no model configured, no npm settings of the run that started this suite.
  for (const name of Object.keys(process.env)) if (name.startsWith('npm_')) this.unsetEnvironment.push(name)
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'SPECLOOP_MODEL']) this.unsetEnvironment.push(name)
  Object.assign(this.extraEnvironment, { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' })
})

Given('a project made by {string}', function (this: SpecloopWorld, commandLine: string) {
  const [program, ...args] = commandLine.split(' ')
  const result = this.run(program, args)
  expect(result.exitCode, `${commandLine}\n${result.stderr}`).to.equal(0)
})

Then('the package has no folder {string}', function (this: SpecloopWorld, relative: string) {
  expect(fs.existsSync(path.join(unpackedPackage(), relative)), relative).to.equal(false)
})

Then('every source map in the package has its sources shipped or inlined', function (this: SpecloopWorld) {
  const root = unpackedPackage()
  const maps = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'))
  expect(maps.length, 'source maps in the package').to.be.greaterThan(0)
  const missing: string[] = []
  for (const relative of maps) {
    const file = path.join(root, relative)
    const map = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources: string[]; sourceRoot?: string; sourcesContent?: (string | null)[] }
    map.sources.forEach((source, index) => {
      const shipped = fs.existsSync(path.resolve(path.dirname(file), map.sourceRoot ?? '', source))
      if (!shipped && typeof map.sourcesContent?.[index] !== 'string') missing.push(`${relative}: ${source}`)
    })
  }
  expect(missing, 'sources neither shipped nor inlined').to.deep.equal([])
})

Then("every relative link in the package's Markdown files points at a file the package ships", function (this: SpecloopWorld) {
  const root = unpackedPackage()
  const documents = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'))
  expect(documents, 'Markdown files in the package').to.include.members(['README.md', path.join('docs', 'README.md')])
  const broken: string[] = []
  for (const relative of documents) {
    const text = fs.readFileSync(path.join(root, relative), 'utf8')
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const file = target!.split('#')[0]!
      if (file === '' || /^[a-z]+:/i.test(file)) continue
      if (!fs.existsSync(path.resolve(root, path.dirname(relative), file))) broken.push(`${relative}: ${target}`)
    }
  }
  expect(broken, 'links to files the package does not ship').to.deep.equal([])
})

Then('the file {string} names specloop by the packed tarball', function (this: SpecloopWorld, relative: string) {
  const spec = (JSON.parse(this.readFile(relative)) as { devDependencies?: Record<string, string> }).devDependencies?.specloop ?? ''
  expect(spec, 'devDependencies.specloop').to.match(/^file:/)
  expect(path.resolve(path.dirname(this.pathOf(relative)), spec.slice('file:'.length))).to.equal(
    fs.realpathSync(this.placeholders.tarball!)
  )
})

When('I move {string} to {string}', function (this: SpecloopWorld, from: string, to: string) {
  fs.mkdirSync(path.dirname(this.pathOf(to)), { recursive: true })
  fs.renameSync(this.pathOf(from), this.pathOf(to))
})

Then('the installed footprint is printed', function (this: SpecloopWorld) {
  const measured = spawnSync('du', ['-sh', 'node_modules'], { cwd: this.projectDirectory, encoding: 'utf8' })
  expect(measured.status, measured.stderr).to.equal(0)
  const size = measured.stdout.split('\t')[0]
  this.log(`node_modules with specloop, cucumber-js and what init adds: ${size}`)
  process.stderr.write(`\n  installed footprint (node_modules): ${size}\n`)
})

Given('a source checkout of specloop that was never built', function (this: SpecloopWorld) {
  const checkout = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-checkout-')))
  checkouts.push(checkout)
  const tracked = fs
    .readdirSync(repositoryRoot)
    .filter((name) => ['bin', 'src', 'generated', 'package.json'].includes(name) || /^tsconfig.*\.json$/.test(name))
  for (const name of tracked) fs.cpSync(path.join(repositoryRoot, name), path.join(checkout, name), { recursive: true })
  fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(checkout, 'node_modules'), 'dir')
  expect(fs.existsSync(path.join(checkout, 'dist')), 'dist in the checkout').to.equal(false)
  this.placeholders.checkout = checkout
})

Given("the project's node_modules are specloop's own", function (this: SpecloopWorld) {
  this.linkNodeModules()
})
