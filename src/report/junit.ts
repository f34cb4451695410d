import type { ReportModel, ReportScenario } from './model'

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped, not escaped.
  return (
    text
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

const seconds = (milliseconds: number): string => (milliseconds / 1000).toFixed(3)

function stepsListing(scenario: ReportScenario): string {
  return scenario.steps.map((step) => `${step.keyword.trim()} ${step.text}`.trim().padEnd(60, '.') + step.status).join('\n')
}

/**
 * JUnit XML for CI systems: a testsuite per feature, a testcase per scenario (each Examples
 * row its own). Like cucumber's own JUnit formatter, skipped scenarios are <skipped/> and
 * pending, undefined and ambiguous ones are failures (they would fail a strict run).
 */
export function renderJunit(model: ReportModel): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>']
  let tests = 0
  let failures = 0
  let skipped = 0
  let time = 0
  const suites: string[] = []
  for (const feature of model.features) {
    const suiteFailures = feature.scenarios.filter((scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped').length
    const suiteSkipped = feature.counts.skipped
    tests += feature.scenarios.length
    failures += suiteFailures
    skipped += suiteSkipped
    time += feature.durationMs
    suites.push(
      `  <testsuite name="${escapeXml(feature.name)}" tests="${feature.scenarios.length}" failures="${suiteFailures}" skipped="${suiteSkipped}" errors="0" time="${seconds(feature.durationMs)}" file="${escapeXml(feature.uri)}">`
    )
    const names = new Map<string, number>()
    for (const scenario of feature.scenarios) {
      // Outline rows share a name: the line keeps each testcase distinct for CI dashboards.
      const seen = names.get(scenario.name) ?? 0
      names.set(scenario.name, seen + 1)
      const name = seen > 0 || scenario.outline ? `${scenario.name} (line ${scenario.line})` : scenario.name
      const open = `    <testcase classname="${escapeXml(feature.name)}" name="${escapeXml(name)}" time="${seconds(scenario.durationMs)}" file="${escapeXml(feature.uri)}" line="${scenario.line}"`
      if (scenario.status === 'passed') {
        suites.push(`${open}>`, `      <system-out>${escapeXml(stepsListing(scenario))}</system-out>`, '    </testcase>')
        continue
      }
      suites.push(`${open}>`)
      if (scenario.status === 'skipped') suites.push('      <skipped/>')
      else {
        const failed = scenario.steps.find((step) => step.status === scenario.status)
        const message =
          failed?.error?.message ?? `${scenario.status}: ${failed ? `${failed.keyword.trim()} ${failed.text}`.trim() : scenario.name}`
        const type = failed?.error?.type ? ` type="${escapeXml(failed.error.type)}"` : ` type="${scenario.status}"`
        const detail = [failed?.error?.stack ?? failed?.error?.message ?? '', stepsListing(scenario)].filter(Boolean).join('\n\n')
        suites.push(`      <failure message="${escapeXml(message.split('\n')[0])}"${type}>${escapeXml(detail)}</failure>`)
      }
      suites.push(`      <system-out>${escapeXml(stepsListing(scenario))}</system-out>`, '    </testcase>')
    }
    suites.push('  </testsuite>')
  }
  lines.push(
    `<testsuites name="${escapeXml(model.title)}" tests="${tests}" failures="${failures}" skipped="${skipped}" errors="0" time="${seconds(model.run.durationMs ?? time)}">`
  )
  lines.push(...suites, '</testsuites>', '')
  return lines.join('\n')
}
