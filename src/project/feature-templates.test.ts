import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseFeature } from '../gherkin'
import { featureNameOf, readTemplates, renderTemplate, templateOfTags } from './feature-templates'

test('every built-in template renders to a feature with a Background, Rules, an outline, and its @template tag', () => {
  const { templates, errors } = readTemplates(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-templates-')))
  assert.deepEqual(errors, [])
  assert.deepEqual(
    templates.map((template) => [template.name, template.source]),
    [
      ['calculation', 'built-in'],
      ['crud-api', 'built-in'],
      ['rule-table', 'built-in'],
      ['state-machine', 'built-in'],
      ['workflow', 'built-in']
    ]
  )
  for (const template of templates) {
    assert.ok(template.description.length > 20, `${template.name}: a description`)
    const rendered = renderTemplate(template, 'Some rule', `features/${template.name}.feature`)
    assert.ok(rendered.text, `${template.name}: ${rendered.error?.message}`)
    const feature = parseFeature({ uri: 'x.feature', data: rendered.text }).gherkinDocument!.feature!
    assert.equal(feature.name, 'Some rule')
    assert.equal(templateOfTags(feature.tags.map((tag) => tag.name)), template.name)
    assert.ok(
      feature.children.some((child) => child.background),
      `${template.name}: a Background`
    )
    const rules = feature.children.filter((child) => child.rule).map((child) => child.rule!)
    assert.ok(rules.length >= 2, `${template.name}: Rules`)
    const scenarios = rules.flatMap((rule) => rule.children.flatMap((child) => (child.scenario ? [child.scenario] : [])))
    assert.ok(
      scenarios.some((scenario) => scenario.examples.some((examples) => examples.tableBody.length > 0)),
      `${template.name}: an outline with rows`
    )
    assert.ok(
      scenarios.some((scenario) => scenario.examples.length === 0 && scenario.steps.some((step) => /refused/.test(step.text))),
      `${template.name}: a refusal scenario`
    )
  }
})

test('a feature name becomes a file under features/ and a title; anything else is refused', () => {
  assert.deepEqual(featureNameOf('billing/shipping-cost'), { file: 'features/billing/shipping-cost.feature', title: 'Shipping cost' })
  assert.deepEqual(featureNameOf('loyalty_tiers.feature'), { file: 'features/loyalty_tiers.feature', title: 'Loyalty tiers' })
  for (const bad of ['', '../x', '/abs', 'a b', 'x/', '-x']) assert.ok('error' in featureNameOf(bad), bad)
})

test('a project template replaces the built-in of its name; its Gherkin errors are located in the template', () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-templates-'))
  fs.mkdirSync(path.join(cwd, 'ours'))
  fs.writeFileSync(path.join(cwd, 'specloop.json'), '{ "templates": "ours/" }')
  fs.writeFileSync(
    path.join(cwd, 'ours', 'rule-table.feature'),
    '# template: rule-table — ours\nFeature: {{name}}\n  Scenario: a\n    Given b\n'
  )
  fs.writeFileSync(path.join(cwd, 'ours', 'broken.feature'), 'Feature: {{name}}\n  Scenario: a\n    Given b\n  Oops\n')
  const { templates } = readTemplates(cwd)
  const ours = templates.find((template) => template.name === 'rule-table')!
  assert.deepEqual([ours.source, ours.overrides, ours.description], ['ours/rule-table.feature', true, 'ours'])
  const broken = renderTemplate(
    templates.find((template) => template.name === 'broken')!,
    'X',
    'features/x.feature'
  )
  assert.deepEqual([broken.error?.file, broken.error?.line, broken.error?.column], ['ours/broken.feature', 4, 3])
  fs.writeFileSync(path.join(cwd, 'specloop.json'), '{\n  "templates": "../elsewhere" }')
  assert.equal(readTemplates(cwd).errors[0]?.line, 2)
})
