/**
 * Test support (used by the reliability tests and bench/generate): writes features into a
 * temporary spec project laid out as `specloop init` lays it out, generates its step
 * definitions with the pure pipeline, and runs the real tsc and the real `specloop check` on it.
 */
import { specHash } from '../../governance'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { CucumberExpression } from '@cucumber/cucumber-expressions'
import { IdGenerator } from '@cucumber/messages'
import { initTemplates } from '../../project/init-templates'
import { parseFeature, ParsedFeature } from '../../gherkin'
import { applyWrites, planWrites } from '../../workspace'
import { analyseSteps, StepAnalysis } from './analyse'
import { planStepFiles } from './plan-files'
import { containsFixedText, parameterTypeRegistry } from './verify'
import { packageRoot } from '../../package-root'

export const repositoryRoot = packageRoot

export function temporaryProject(prefix: string): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
  const templates = initTemplates('generated-project')
  for (const file of ['tsconfig.json', 'cucumber.js', 'package.json']) fs.writeFileSync(path.join(directory, file), templates[file])
  fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
  return directory
}

function parseFeatures(files: Record<string, string>): ParsedFeature[] {
  const newId = IdGenerator.incrementing()
  return Object.entries(files).map(([uri, data]) => parseFeature({ uri, data }, { newId }))
}

/** Writes the features and everything generated for them; returns the analysis. */
export function generateInto(directory: string, files: Record<string, string>): { features: ParsedFeature[]; analysis: StepAnalysis } {
  for (const [uri, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, uri)), { recursive: true })
    fs.writeFileSync(path.join(directory, uri), data)
  }
  const features = parseFeatures(files)
  const analysis = analyseSteps(features, [])
  const planned = planStepFiles({
    analysis,
    featureHashes: new Map(features.map((feature) => [feature.uri, specHash(feature.uri, feature.source, feature.gherkinDocument)])),
    version: '0.0.0'
  })
  applyWrites(directory, planWrites(directory, planned))
  return { features, analysis }
}

export function runTypeScript(directory: string): { ok: boolean; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'],
    { cwd: directory, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
  )
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.slice(0, 4000) }
}

/** `specloop check --format json` on the project: cucumber itself loads the generated step definitions. */
export function runCheck(directory: string): { undefinedSteps: number; ambiguousSteps: number; parseErrors: number; fatal: string[] } {
  const result = spawnSync(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), 'check', '--format', 'json'], {
    cwd: directory,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: 'true' }
  })
  const parsed = JSON.parse(result.stdout)
  return {
    undefinedSteps: parsed.undefinedSteps.length,
    ambiguousSteps: parsed.ambiguousSteps.length,
    parseErrors: parsed.parseErrors.length,
    fatal: parsed.fatalErrors.map((error: { message: string }) => error.message)
  }
}

/**
 * Step texts that do not match exactly one generated expression, checked with
 * @cucumber/cucumber-expressions. Candidates are the expressions whose fixed text the step
 * text holds (a text an expression matches always does); the regex decides.
 */
export function textsNotMatchedExactlyOnce(features: ParsedFeature[], analysis: StepAnalysis): string[] {
  const registry = parameterTypeRegistry()
  const byPrefix = new Map<string, { expression: CucumberExpression; fixed: string[] }[]>()
  for (const step of analysis.steps) {
    const prefix = step.group.fixed[0]
    const list = byPrefix.get(prefix) ?? []
    list.push({ expression: new CucumberExpression(step.group.expression, registry), fixed: step.group.fixed })
    byPrefix.set(prefix, list)
  }
  const prefixLengths = [...new Set([...byPrefix.keys()].map((prefix) => prefix.length))]
  const texts = new Set(features.flatMap((feature) => feature.pickles.flatMap((pickle) => pickle.steps.map((step) => step.text))))
  const failures: string[] = []
  for (const text of texts) {
    let matches = 0
    for (const length of prefixLengths) {
      if (length > text.length) continue
      for (const { expression, fixed } of byPrefix.get(text.slice(0, length)) ?? [])
        if (containsFixedText(text, fixed) && expression.match(text) !== null) matches++
    }
    if (matches !== 1) failures.push(`${JSON.stringify(text)} matches ${matches} generated expressions`)
  }
  return failures
}
