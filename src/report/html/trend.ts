import type { HistoryEntry } from '../model'
import { totalOf } from '../../messages'

/** Bars shown at most: the most recent runs. */
const RUNS_SHOWN = 40

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The trend over past runs as an inline SVG: one stacked bar per run (passed, failed, other
 * non-passing statuses, skipped), each with a tooltip. Rendered here, not in the browser, so
 * it shows even before the app runs.
 */
export function renderTrendChart(history: HistoryEntry[], width = 640, height = 140): string {
  const runs = history.slice(-RUNS_SHOWN)
  const plotTop = 8
  const plotBottom = height - 22
  const plotHeight = plotBottom - plotTop
  const maximum = Math.max(1, ...runs.map((run) => totalOf(run.scenarios)))
  const slot = (width - 40) / Math.max(runs.length, 1)
  const barWidth = Math.max(2, Math.min(28, slot * 0.7))
  const parts: string[] = [
    `<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `role="img" aria-label="Scenario results of the last ${runs.length} run(s)">`,
    `<line x1="36" y1="${plotBottom}" x2="${width}" y2="${plotBottom}" class="axis"/>`,
    `<text x="32" y="${plotTop + 8}" text-anchor="end" class="label">${maximum}</text>`,
    `<text x="32" y="${plotBottom}" text-anchor="end" class="label">0</text>`
  ]
  runs.forEach((run, index) => {
    const x = 40 + index * slot + (slot - barWidth) / 2
    const segments: [string, number][] = [
      ['passed', run.scenarios.passed],
      ['skipped', run.scenarios.skipped],
      ['other', run.scenarios.pending + run.scenarios.undefined + run.scenarios.ambiguous + run.scenarios.unknown],
      ['failed', run.scenarios.failed]
    ]
    const tooltip =
      `${run.time.replace('T', ' ').slice(0, 19)} · run ${run.runId}\n` +
      `${totalOf(run.scenarios)} scenarios: ${run.scenarios.passed} passed, ${run.scenarios.failed} failed, ${run.scenarios.pending} pending, ` +
      `${run.scenarios.undefined} undefined, ${run.scenarios.ambiguous} ambiguous, ${run.scenarios.skipped} skipped` +
      (run.coverage !== undefined ? `\ncoverage ${run.coverage}%` : '')
    parts.push(`<g class="run"><title>${escapeXml(tooltip)}</title>`)
    let y = plotBottom
    for (const [name, count] of segments) {
      if (count === 0) continue
      const segmentHeight = (count / maximum) * plotHeight
      y -= segmentHeight
      parts.push(
        `<rect class="${name}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${segmentHeight.toFixed(1)}"/>`
      )
    }
    parts.push('</g>')
  })
  if (runs.length > 0) {
    parts.push(`<text x="40" y="${height - 6}" class="label">${escapeXml(runs[0].time.slice(0, 10))}</text>`)
    if (runs.length > 1)
      parts.push(
        `<text x="${width}" y="${height - 6}" text-anchor="end" class="label">${escapeXml(runs[runs.length - 1].time.slice(0, 10))}</text>`
      )
  }
  parts.push('</svg>')
  return parts.join('')
}
