import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { After, Then, When } from '@cucumber/cucumber'
import { expect } from 'chai'
import type { BrowserContext, Page } from 'playwright-core'
import { repositoryRoot, SpecloopWorld } from './support/world'
import { escapeRegExp } from '../src/text'

/** SPECLOOP_CHROMIUM, else Debian's Chromium, else the one inside the npm package @sparticuz/chromium (scripts/browser.js). */
const { launchChromium } = require('../scripts/browser') as {
  launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }>
}
const SCREENSHOTS = path.join(repositoryRoot, 'test-results')

// Functions given to waitForFunction run in the page; the project compiles without the DOM library.
declare const document: {
  documentElement: { dataset: Record<string, string | undefined> }
  body: { dataset: Record<string, string | undefined> }
  getElementById(id: string): { hasAttribute(name: string): boolean } | null
}
declare const location: { hash: string }

interface BrowserSession {
  context: BrowserContext
  page: Page
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
  errors: string[]
}
const sessions = new WeakMap<SpecloopWorld, BrowserSession>()

function session(world: SpecloopWorld): BrowserSession {
  const found = sessions.get(world)
  if (!found) throw new Error('no browser is open in this scenario')
  return found
}

/** "4-5, 8" → [4, 5, 8] */
function parseRanges(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [start, end = start] = part.split('-').map(Number)
      return Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
    })
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.body.dataset.view === expected && !document.getElementById('view')?.hasAttribute('aria-busy'),
    view
  )
}

async function listedScenarios(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} .result .name`).allTextContents()
}

When('I open the report in a browser', async function (this: SpecloopWorld) {
  const { context, close } = await launchChromium()
  const page = context.pages()[0] ?? (await context.newPage())
  const opened: BrowserSession = { context, page, close, errors: [] }
  page.on('pageerror', (error) => opened.errors.push(error.message))
  // The report must work offline: any request that is not a file of the report fails the test.
  await context.route(
    (url) => url.protocol !== 'file:',
    (route) => {
      opened.errors.push(`network request to ${route.request().url()}`)
      return route.abort()
    }
  )
  sessions.set(this, opened)
  await page.goto(pathToFileURL(this.pathOf('reports/index.html')).href)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
})

Then('the overview shows {string} with {string}', async function (this: SpecloopWorld, total: string, details: string) {
  const { page } = session(this)
  const tile = page.locator('.tile', { has: page.locator('h2', { hasText: /^Scenarios$/ }) })
  expect((await tile.locator('.big').textContent())?.trim()).to.equal(total)
  const items = (await tile.locator('.status-list li').allTextContents()).map((item) => item.trim())
  expect(items).to.deep.equal(list(details))
})

When('I search for {string}', async function (this: SpecloopWorld, text: string) {
  const { page } = session(this)
  await page.fill('#search', text)
  await page.waitForFunction((query) => location.hash.includes(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`), text)
  await waitForView(page, 'search')
})

When('I clear the search and filter by the tag expression {string}', async function (this: SpecloopWorld, expression: string) {
  const { page } = session(this)
  await page.fill('#search', '')
  await page.fill('#tag-filter', expression)
  await page.waitForFunction(() => location.hash.includes('tags=') && !location.hash.includes('q='))
  await waitForView(page, 'search')
})

Then('the scenarios listed are {string}', async function (this: SpecloopWorld, names: string) {
  const { page } = session(this)
  expect(await listedScenarios(page, '.results')).to.deep.equal(list(names))
})

/** From the overview's feature tree, as a reader gets there. */
async function openFeature(page: Page, feature: string): Promise<void> {
  await page.goto(page.url().split('#')[0] + '#/')
  await waitForView(page, 'overview')
  await page.locator('.tree-feature', { hasText: feature }).click()
  await waitForView(page, 'feature')
}

When('I open the feature {string}', async function (this: SpecloopWorld, feature: string) {
  await openFeature(session(this).page, feature)
})

When(
  'I open the feature {string} and the example row {string} of its outline',
  async function (this: SpecloopWorld, feature: string, cell: string) {
    const { page } = session(this)
    await openFeature(page, feature)
    await page.locator('.examples-table tr.example-row', { hasText: cell }).locator('a').click()
    await waitForView(page, 'scenario')
  }
)

Then(
  'I see a failed example with the values {string} and the error {string}',
  async function (this: SpecloopWorld, values: string, error: string) {
    const { page } = session(this)
    expect(await page.locator('.meta .status').textContent()).to.equal('failed')
    expect(await page.locator('.example-values tr').nth(1).locator('td').allTextContents()).to.deep.equal(list(values))
    expect(await page.locator('.error-message').textContent()).to.include(error)
  }
)

When('I open the scenario {string} and its trace in {string}', async function (this: SpecloopWorld, name: string, file: string) {
  const { page } = session(this)
  await page.fill('#tag-filter', '')
  await page.fill('#search', name)
  await waitForView(page, 'search')
  await page.locator('.results .result', { hasText: name }).first().click()
  await waitForView(page, 'scenario')
  await page.locator('.trace-file summary', { hasText: file }).click()
  await page.locator('.trace-file table.code').waitFor()
})

Then('the marked lines are {string}', async function (this: SpecloopWorld, lines: string) {
  const { page } = session(this)
  const marked = await page
    .locator('.trace-file table.code tr.hit')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-line'))))
  expect(marked).to.deep.equal(parseRanges(lines))
})

When('I open the source file {string} and the scenarios of line {int}', async function (this: SpecloopWorld, file: string, line: number) {
  const { page } = session(this)
  await page.locator('.trace-body a', { hasText: `Open ${file}` }).click()
  await waitForView(page, 'source')
  const row = page.locator(`.code-line[data-line="${line}"]`)
  await row.scrollIntoViewIfNeeded()
  await row.locator('button.runs').click()
  await page.locator('.line-panel .result').first().waitFor()
})

Then('the scenarios listed for the line are {string}', async function (this: SpecloopWorld, names: string) {
  const { page } = session(this)
  expect(await listedScenarios(page, '.line-panel')).to.deep.equal(list(names))
})

When('I follow the link of {string}', async function (this: SpecloopWorld, name: string) {
  const { page } = session(this)
  await page.locator('.line-panel .result', { hasText: name }).click()
  await waitForView(page, 'scenario')
})

Then('I see the scenario {string}', async function (this: SpecloopWorld, name: string) {
  const { page, errors } = session(this)
  expect(await page.locator('article.scenario h1').textContent()).to.include(name)
  expect(errors, 'errors and network requests in the page').to.deep.equal([])
})

Then('a screenshot of the page is saved as {string}', async function (this: SpecloopWorld, name: string) {
  const { page } = session(this)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const target = path.join(SCREENSHOTS, name)
  await page.screenshot({ path: target, fullPage: true })
  expect(fs.statSync(target).size).to.be.greaterThan(1000)
})

After(async function (this: SpecloopWorld) {
  const opened = sessions.get(this)
  if (!opened) return
  sessions.delete(this)
  await opened.close()
})

When(
  'I open the governance page and filter the matrix by the tag expression {string}',
  async function (this: SpecloopWorld, expression: string) {
    const { page } = session(this)
    await page.goto(page.url().replace(/#.*$/, '') + '#/governance')
    await waitForView(page, 'governance')
    await page.fill('.matrix-filter input', expression)
    await page.click('.matrix-filter button')
    await page.waitForFunction((tags) => location.hash === `#/governance?tags=${encodeURIComponent(tags)}`, expression)
    await waitForView(page, 'governance')
  }
)

Then('the governance page says {string}', async function (this: SpecloopWorld, text: string) {
  expect(await session(this).page.textContent('article.governance')).to.include(text)
})

Then('the matrix lists {string}', async function (this: SpecloopWorld, requirements: string) {
  const listed = await session(this).page.locator('table.matrix tr td:first-child a').allTextContents()
  expect(listed).to.deep.equal(list(requirements))
})

When('I open the section {string}', async function (this: SpecloopWorld, section: string) {
  const { page } = session(this)
  const link = page.locator('header nav a', { hasText: new RegExp(`^${escapeRegExp(section)}$`) })
  const view = ((await link.getAttribute('href')) ?? '').replace(/^#\/?/, '').split(/[/?]/)[0] || 'overview'
  await link.click()
  await waitForView(page, view)
})

Then('the view says {string}', async function (this: SpecloopWorld, text: string) {
  expect(await session(this).page.textContent('#view')).to.include(text)
})

const trimmed = (texts: string[]): string[] => texts.map((text) => text.trim())

Then('the hollow scenarios listed are {string}', async function (this: SpecloopWorld, names: string) {
  expect(trimmed(await session(this).page.locator('.hollow-list li').allTextContents())).to.deep.equal(list(names))
})

Then('the code no scenario ran is listed as {string}', async function (this: SpecloopWorld, entry: string) {
  expect(trimmed(await session(this).page.locator('.uncovered-list li').allTextContents())).to.deep.equal([entry])
})

Then('the source files listed are:', async function (this: SpecloopWorld, table: { raw(): string[][] }) {
  const rows = session(this).page.locator('table.files tr')
  const shown: string[][] = []
  for (const row of await rows.all()) shown.push(trimmed(await row.locator('th, td').allTextContents()))
  expect(shown).to.deep.equal(table.raw())
})

When('I follow the code no scenario ran in {string}', async function (this: SpecloopWorld, file: string) {
  const { page } = session(this)
  await page.locator('.uncovered-list a', { hasText: file }).click()
  await waitForView(page, 'source')
  await page.locator('.line-panel p').waitFor()
})

Then('the source view selects line {int} and says {string}', async function (this: SpecloopWorld, line: number, text: string) {
  const { page } = session(this)
  expect(await page.locator('.code-line.selected').getAttribute('data-line')).to.equal(String(line))
  expect((await page.textContent('.line-panel'))?.trim()).to.equal(text)
})

Then('the lines marked as run by no scenario are {string}', async function (this: SpecloopWorld, lines: string) {
  const marked = await session(this)
    .page.locator('.code-line.uncovered')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-line'))))
  expect(marked).to.deep.equal(parseRanges(lines))
})

/** The cells of a table row by its header's titles; a list of specs reads "path: state" per spec (their hashes left out). */
async function rowByHeader(page: Page, table: string, firstCell: string): Promise<Record<string, string>> {
  const titles = trimmed(await page.locator(`${table} tr th`).allTextContents())
  const row = page.locator(`${table} tr`, { has: page.locator('td:first-child', { hasText: firstCell }) })
  expect(await row.count(), `rows of ${table} for ${firstCell}`).to.equal(1)
  const cells: Record<string, string> = {}
  const tds = await row.locator('td').all()
  for (const [position, cell] of tds.entries()) {
    const specs = await cell.locator('ul.plain li').all()
    cells[titles[position]] = specs.length
      ? (
          await Promise.all(
            specs.map(
              async (spec) => `${await spec.locator('code').textContent()}: ${await spec.locator('[class^="spec-"]').textContent()}`
            )
          )
        ).join(', ')
      : ((await cell.textContent()) ?? '').trim()
  }
  return cells
}

Then('the provenance of {string} is:', async function (this: SpecloopWorld, file: string, table: { rowsHash(): Record<string, string> }) {
  const shown = await rowByHeader(session(this).page, 'table.provenance', file)
  const expected = table.rowsHash()
  expect(Object.fromEntries(Object.keys(expected).map((title) => [title, shown[title]]))).to.deep.equal(expected)
  expect(shown.File).to.include(file)
})

Then(
  'the ledger lists entry {int} as a {string} by {string} of {string}',
  async function (this: SpecloopWorld, sequence: number, kind: string, generator: string, files: string) {
    const { page } = session(this)
    const row = page.locator('table.ledger tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${sequence}$`) }) })
    expect(trimmed(await row.locator('td').allTextContents()).filter((_, position) => [2, 3, 4].includes(position))).to.deep.equal([
      kind,
      generator,
      files
    ])
  }
)

Then('the features the overview marks {string} are {string}', async function (this: SpecloopWorld, mark: string, names: string) {
  const { page } = session(this)
  const marked = page.locator('.tree-feature', { has: page.locator('.unconfirmed', { hasText: mark }) }).locator('.name')
  expect(trimmed(await marked.allTextContents())).to.deep.equal(list(names))
})

Then("the ledger's result of entry {int} reads {string}", async function (this: SpecloopWorld, sequence: number, text: string) {
  const { page } = session(this)
  const row = page.locator('table.ledger tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${sequence}$`) }) })
  const items = trimmed(await row.locator('td.ledger-result li').allTextContents())
  expect(items.join('; ')).to.equal(text)
})

Then('the runs listed are:', async function (this: SpecloopWorld, table: { hashes(): Record<string, string>[] }) {
  const { page } = session(this)
  const shown: Record<string, string>[] = []
  for (const row of await page.locator('table.history tr:has(td)').all()) {
    const [run, time, scenarios, results, , coverage] = trimmed(await row.locator('td').allTextContents())
    const current = ((await row.getAttribute('class')) ?? '').split(' ').includes('current')
    shown.push({ Run: current ? 'this run' : run, Time: time, Scenarios: scenarios, Results: results, Coverage: coverage })
  }
  // An empty expected time is not checked: this run's time is the time of the test.
  const expected = table.hashes()
  expect(shown.map((row, position) => ({ ...row, Time: expected[position]?.Time === '' ? '' : row.Time }))).to.deep.equal(expected)
})

Then('the trend chart shows {int} run(s)', async function (this: SpecloopWorld, runs: number) {
  expect(await session(this).page.locator('.trend-box svg.trend g.run').count()).to.equal(runs)
})
