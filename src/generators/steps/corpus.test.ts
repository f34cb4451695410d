import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { generateInto, repositoryRoot, runCheck, runTypeScript, temporaryProject, textsNotMatchedExactlyOnce } from './generated-project'
import { spawnSync } from 'node:child_process'

const corpus = path.join(repositoryRoot, 'src', 'testdata', 'corpus')
const directories = [path.join(corpus, 'gherkin-testdata', 'good'), path.join(corpus, 'cucumber-js-features')]

/** Files `specloop check` reports as not parseable by the project's cucumber-js (so cucumber could not run them either). */
function unparseableByCucumber(project: string): string[] {
  const result = spawnSync(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), 'check', '--format', 'json'], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: 'true' }
  })
  const parsed = JSON.parse(result.stdout) as { parseErrors: { file: string }[] }
  return [...new Set(parsed.parseErrors.map((error) => error.file))].sort()
}

test('the steps generated for every feature of the Gherkin corpus and cucumber-js features compile, and cucumber binds each step once', () => {
  const project = temporaryProject('specloop-corpus-')
  try {
    const files: Record<string, string> = {}
    for (const directory of directories) {
      for (const name of fs
        .readdirSync(directory)
        .filter((file) => file.endsWith('.feature'))
        .sort()) {
        files[`features/${path.basename(directory)}/${name}`] = fs.readFileSync(path.join(directory, name), 'utf8')
      }
    }
    assert.ok(Object.keys(files).length >= 120, `${Object.keys(files).length} corpus features`)
    for (const [uri, data] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(project, uri)), { recursive: true })
      fs.writeFileSync(path.join(project, uri), data)
    }
    const skipped = unparseableByCucumber(project)
    // Only the step with both a data table and a doc string, grammar newer than cucumber-js 12's gherkin.
    assert.deepEqual(skipped, ['features/good/step_with_datatable_and_docstring.feature'])
    for (const file of skipped) {
      fs.rmSync(path.join(project, file))
      delete files[file]
    }
    const { features, analysis } = generateInto(project, files)
    assert.deepEqual(analysis.problems, [])
    assert.ok(analysis.steps.length > 150, `${analysis.steps.length} step definitions`)
    assert.deepEqual(textsNotMatchedExactlyOnce(features, analysis), [])
    const compiled = runTypeScript(project)
    assert.ok(compiled.ok, compiled.output)
    assert.deepEqual(runCheck(project), { undefinedSteps: 0, ambiguousSteps: 0, parseErrors: 0, fatal: [] })
  } finally {
    fs.rmSync(project, { recursive: true, force: true })
  }
})
