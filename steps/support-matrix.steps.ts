import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { Given, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'

interface MatrixRow {
  node: string
  cucumber: string
  scenarios: number
  passed: number
  ok: boolean
  log: string
  leftOut: string[]
}

interface MatrixResult {
  commit: string
  rows: MatrixRow[]
}

const RESULT_FILE = path.join(repositoryRoot, '.cache', 'support-matrix.json')
let matrix: MatrixResult | undefined

function headCommit(): string {
  return spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).stdout.trim()
}

function readResult(): MatrixResult | undefined {
  return fs.existsSync(RESULT_FILE) ? (JSON.parse(fs.readFileSync(RESULT_FILE, 'utf8')) as MatrixResult) : undefined
}

// CI runs the matrix just before this profile (.ci/run); anywhere else it runs here, once.
Given('the support matrix of this commit, run by scripts\\/support-matrix.js', { timeout: 900_000 }, function (this: SpecloopWorld) {
  let result = readResult()
  if (!result || result.commit !== headCommit()) {
    spawnSync(process.execPath, [path.join(repositoryRoot, 'scripts', 'support-matrix.js')], { cwd: repositoryRoot, stdio: 'inherit' })
    result = readResult()
  }
  expect(result, RESULT_FILE).to.not.equal(undefined)
  matrix = result
})

Then('every cell of the support matrix passed', function () {
  expect(matrix!.rows.length).to.be.greaterThan(0)
  for (const row of matrix!.rows)
    expect(row.ok, `Node ${row.node} with cucumber-js ${row.cucumber}: ${row.passed}/${row.scenarios} passed (${row.log})`).to.equal(true)
})

Then('it covers Node.js {string} with cucumber-js {string}', function (node: string, cucumber: string) {
  const found = matrix!.rows.filter((row) => row.node.split('.')[0] === node && row.cucumber.split('.')[0] === cucumber)
  expect(found, `Node ${node} × cucumber-js ${cucumber}`).to.have.length(1)
})

Then('the README\'s "What it needs" table names every tested version', function () {
  const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### What it needs'), readme.indexOf('## Commands at a glance'))
  for (const row of matrix!.rows) {
    expect(section, 'the README names the tested Node.js version').to.include(row.node)
    expect(section, 'the README names the tested cucumber-js version').to.include(row.cucumber)
    for (const gap of row.leftOut)
      expect(section, `the README states the known gap: ${gap}`).to.include(gap.split(' ').slice(0, 4).join(' '))
  }
})
