import type { AstScenario, ReportFeature, ReportModel, ReportScenario } from '../model'
import { renderTrendChart } from './trend'
import { featureFile, INDEX_SCRIPT_ID, MATRIX_FILE, RECEIVER, SCENARIOS_FILE, sourceFile } from './site-data'
import type { DataFile, FeatureData, MatrixRow, ScenarioRow, SiteHollowScenario, SiteIndex } from './site-data'

/** The browser app, written into every site (see `assets.ts`). */
export interface SiteAssets {
  appJs: string
  appCss: string
  /** @cucumber/tag-expressions, wrapped for the browser. */
  tagExpressionsJs: string
}

export interface SiteFile {
  /** Relative to the site's root, forward slashes. */
  path: string
  content: string | Uint8Array
}

/** A data file that registers itself with the app (see RECEIVER). */
function dataScript<Data>(file: DataFile<Data>, data: Data): SiteFile {
  return { path: file.path, content: `${RECEIVER}.receive(${JSON.stringify(file.key)},${JSON.stringify(data)})\n` }
}

/** JSON inside an inline <script> must not be able to close it. */
function inlineJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function siteIndex(model: ReportModel): SiteIndex {
  const scenarioRef = (scenario: ReportScenario): Omit<SiteHollowScenario, 'reason'> => ({
    feature: scenario.feature,
    line: scenario.line,
    name: scenario.name
  })
  const scenarios = model.features.flatMap((feature) => feature.scenarios)
  return {
    title: model.title,
    generatedAt: model.generatedAt,
    run: model.run,
    counts: model.counts,
    features: model.features.map((feature) => ({
      uri: feature.uri,
      name: feature.name,
      tags: feature.tags,
      ...(feature.template ? { template: feature.template } : {}),
      status: feature.status,
      counts: feature.counts,
      scenarios: feature.scenarios.length,
      durationMs: feature.durationMs
    })),
    tags: model.tags,
    trace: model.trace && {
      ...model.trace,
      hollow: model.trace.hollow.map((entry) => ({ ...scenarioRef(scenarios[entry.scenario]), reason: entry.reason }))
    },
    sources: model.sources.map((source) => ({
      path: source.path,
      role: source.role,
      lineCount: source.lineCount,
      executableLines: source.executableLines,
      coveredLines: source.coveredLines,
      origin: source.origin
    })),
    provenance: model.provenance,
    ledger: model.ledger,
    governance: model.governance,
    history: model.history,
    ...(model.strength ? { strength: model.strength } : {}),
    metrics: model.metrics,
    parseErrors: model.parseErrors,
    runAttachments: model.runAttachments,
    warnings: model.warnings
  }
}

/**
 * A feature as the browser needs it. A plain scenario is shown from its result steps, so its
 * syntax-tree steps (the same text) are left out; outlines keep theirs, the template.
 */
function featureData(feature: ReportFeature): FeatureData {
  const slim = (scenario: AstScenario): AstScenario => (scenario.examples.length > 0 ? scenario : { ...scenario, steps: [] })
  return {
    ...feature,
    children: feature.children.map((child) =>
      child.scenario ? { scenario: slim(child.scenario) } : { rule: { ...child.rule, scenarios: child.rule.scenarios.map(slim) } }
    )
  }
}

/** The search index: per scenario its feature, line, name, status, tags and step text. */
function scenarioIndex(model: ReportModel): ScenarioRow[] {
  const rows: ScenarioRow[] = []
  for (const feature of model.features) {
    for (const scenario of feature.scenarios) {
      rows.push([
        feature.index,
        scenario.line,
        scenario.name,
        scenario.status,
        scenario.tags.join(' '),
        scenario.steps
          .filter((step) => step.kind !== 'hook')
          .map((step) => step.text)
          .join('\n')
      ])
    }
  }
  return rows
}

/**
 * The traceability matrix, one row per scenario: feature, line, name, tags, approval (state, by,
 * at, ticket), status, the generated sources it executed (indices in `sources`), lines it ran.
 */
function matrixRows(model: ReportModel): MatrixRow[] {
  const generated = new Set(model.sources.filter((source) => source.origin !== 'hand-written').map((source) => source.index))
  const rows: MatrixRow[] = []
  for (const feature of model.features) {
    for (const scenario of feature.scenarios) {
      const trace = scenario.trace ?? []
      const approval = scenario.approval
      rows.push([
        feature.index,
        scenario.line,
        scenario.name,
        scenario.tags.join(' '),
        approval?.state ?? '',
        approval?.by ?? '',
        approval?.at ?? '',
        approval?.ticket ?? '',
        scenario.status,
        trace.filter((entry) => generated.has(entry.source)).map((entry) => entry.source),
        trace.reduce((sum, entry) => sum + entry.count, 0)
      ])
    }
  }
  return rows
}

function indexHtml(model: ReportModel): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="specloop">
<title>${escapeHtml(model.title)}</title>
<link rel="stylesheet" href="assets/app.css">
</head>
<body>
<div id="app"><p class="loading">Loading the report…</p></div>
<noscript><p>This report needs JavaScript. Its data is in the <code>data/</code> folder beside this page.</p></noscript>
<template id="trend-chart">${renderTrendChart(model.history)}</template>
<script id="${INDEX_SCRIPT_ID}" type="application/json">${inlineJson(siteIndex(model))}</script>
<script src="assets/tag-expressions.js"></script>
<script src="assets/app.js"></script>
</body>
</html>
`
}

/** Pure: the files of the static site. `index.html` is last, so a writer can publish it last. */
export function renderSite(model: ReportModel, assets: SiteAssets): SiteFile[] {
  const files: SiteFile[] = [
    { path: 'assets/app.js', content: assets.appJs },
    { path: 'assets/app.css', content: assets.appCss },
    { path: 'assets/tag-expressions.js', content: assets.tagExpressionsJs }
  ]
  for (const feature of model.features) files.push(dataScript(featureFile(feature.index), featureData(feature)))
  files.push(dataScript(SCENARIOS_FILE, scenarioIndex(model)))
  files.push(dataScript(MATRIX_FILE, matrixRows(model)))
  for (const source of model.sources) {
    const { index, path, role, lineCount, lines, executable, functions, hits, loaded, origin } = source
    files.push(dataScript(sourceFile(index), { index, path, role, lineCount, lines, executable, functions, hits, loaded, origin }))
  }
  for (const attachment of model.attachmentFiles) files.push({ path: attachment.path, content: attachment.bytes })
  files.push({ path: 'index.html', content: indexHtml(model) })
  return files
}
