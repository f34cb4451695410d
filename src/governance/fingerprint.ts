import crypto from 'node:crypto'
import type { GherkinDocument, Scenario, Step, Tag } from '@cucumber/messages'
import { parseFeature } from '../gherkin'

/**
 * What an approval is of: the Gherkin that decides behaviour, not how it is laid out. Comments,
 * indentation, blank lines, line numbers and the language's keywords for Feature/Rule/Scenario do
 * not count; names, tags, steps (with their keyword), tables, doc strings and example rows do.
 */
export interface ScenarioFingerprint {
  /** Stable within its feature: `Rule name › Scenario name`, with ` #2` for a repeated name. */
  key: string
  name: string
  line: number
  /** Its own tags and those it inherits from its feature and rule (as cucumber's tag filters see them). */
  tags: string[]
  sha256: string
}

export interface FeatureFingerprint {
  uri: string
  name: string
  sha256: string
  scenarios: ScenarioFingerprint[]
}

const LAYOUT_KEYS = new Set(['location', 'id', 'comments', 'delimiter', 'keyword', 'uri', 'language'])

/** A node without layout: sorted keys, collapsed free text, the step keyword kept (Given ≠ Then). */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item))
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' && (key === 'description' || key === 'name')) return value.replace(/\s+/g, ' ').trim()
    return value
  }
  const record = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(record).sort()) {
    if (LAYOUT_KEYS.has(name) && !(name === 'keyword' && 'keywordType' in record)) continue
    if (name === 'keywordType') continue
    out[name] = name === 'keyword' ? String(record[name]).trim() : normalise(record[name], name)
  }
  return out
}

function hashOf(value: unknown): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(normalise(value)))
    .digest('hex')
}

const tagNames = (tags: readonly Tag[]): string[] => tags.map((tag) => tag.name)

const contextOf = (node: { name: string; description: string; tags: readonly Tag[] }) => ({
  name: node.name,
  description: node.description,
  tags: tagNames(node.tags)
})

/** Every scenario of a parsed feature with its own fingerprint (its backgrounds' steps included: they run with it). */
export function fingerprintFeature(uri: string, document: GherkinDocument | undefined): FeatureFingerprint {
  const feature = document?.feature
  const scenarios: ScenarioFingerprint[] = []
  const seen = new Map<string, number>()
  const add = (
    scenario: Scenario,
    backgrounds: readonly (readonly Step[])[],
    rule?: { name: string; description: string; tags: readonly Tag[] }
  ) => {
    const base = `${rule ? `${rule.name.replace(/\s+/g, ' ').trim()} › ` : ''}${scenario.name.replace(/\s+/g, ' ').trim() || '(unnamed)'}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    scenarios.push({
      key: count === 1 ? base : `${base} #${count}`,
      name: scenario.name,
      line: scenario.location.line,
      // Examples tags too: cucumber's tag filters select the rows by them.
      tags: [
        ...new Set([
          ...tagNames(feature?.tags ?? []),
          ...tagNames(rule?.tags ?? []),
          ...tagNames(scenario.tags),
          ...scenario.examples.flatMap((examples) => tagNames(examples.tags))
        ])
      ],
      // Its feature's and rule's name, description and tags are part of what is approved:
      // a tag decides who governs the scenario, and the text around it is the specification too.
      sha256: hashOf({ feature: feature && contextOf(feature), rule: rule && contextOf(rule), backgrounds, scenario })
    })
  }
  const featureBackground: (readonly Step[])[] = []
  for (const child of feature?.children ?? []) {
    if (child.background) featureBackground.push(child.background.steps)
    if (child.scenario) add(child.scenario, featureBackground)
    if (child.rule) {
      const ruleBackground = [...featureBackground]
      for (const ruleChild of child.rule.children) {
        if (ruleChild.background) ruleBackground.push(ruleChild.background.steps)
        if (ruleChild.scenario) add(ruleChild.scenario, ruleBackground, child.rule)
      }
    }
  }
  return { uri, name: feature?.name ?? '', sha256: hashOf(feature ?? null), scenarios }
}

/**
 * The hash provenance records for a spec: its fingerprint (layout and comments do not count),
 * so a reworded comment does not make generated code stale; a file that does not parse is
 * hashed as it is.
 */
export function specHash(uri: string, text: string, document?: GherkinDocument): string {
  const parsed = document ?? parseFeature({ uri, data: text }).gherkinDocument
  return parsed && parsed.feature !== undefined
    ? fingerprintFeature(uri, parsed).sha256
    : crypto.createHash('sha256').update(text).digest('hex')
}
