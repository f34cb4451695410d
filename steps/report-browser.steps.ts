import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { After, Then, When } from '@cucumber/cucumber'
import { expect } from 'chai'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import { repositoryRoot, SpecloopWorld } from './support/world'

/** SPECLOOP_CHROMIUM, else Debian's Chromium, else the one inside the npm package @sparticuz/chromium (scripts/browser.js). */
const { locateChromium } = require('../scripts/browser') as {
  locateChromium(): Promise<{ executablePath: string; env: Record<string, string>; source: string }>
}
/** Without these Chromium reaches for the network at start, and the network is closed here. */
const QUIET_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic']
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
  userDataDirectory: string
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
  return text.split(',').map((part) => part.trim()).filter(Boolean).flatMap((part) => {
    const [start, end = start] = part.split('-').map(Number)
    return Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
  })
}

const list = (text: string): string[] => text.split(',').map((item) => item.trim()).filter(Boolean)

async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction((expected) => document.body.dataset.view === expected && !document.getElementById('view')?.hasAttribute('aria-busy'), view)
}

async function listedScenarios(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} .result .name`).allTextContents()
}

When('I open the report in a browser', async function (this: SpecloopWorld) {
  const browser = await locateChromium()
  if (!fs.existsSync(browser.executablePath)) throw new Error(`Chromium is not installed at ${browser.executablePath} (SPECLOOP_CHROMIUM)`)
  const userDataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDirectory, { executablePath: browser.executablePath, env: { ...process.env, ...browser.env }, headless: true, args: QUIET_FLAGS, viewport: { width: 1280, height: 900 } })
  const page = context.pages()[0] ?? (await context.newPage())
  const opened: BrowserSession = { context, page, userDataDirectory, errors: [] }
  page.on('pageerror', (error) => opened.errors.push(error.message))
  // The report must work offline: any request that is not a file of the report fails the test.
  await context.route((url) => url.protocol !== 'file:', (route) => {
    opened.errors.push(`network request to ${route.request().url()}`)
    return route.abort()
  })
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

When('I open the feature {string} and the example row {string} of its outline', async function (this: SpecloopWorld, feature: string, cell: string) {
  const { page } = session(this)
  await page.goto(page.url().split('#')[0] + '#/')
  await waitForView(page, 'overview')
  await page.locator('.tree-feature', { hasText: feature }).click()
  await waitForView(page, 'feature')
  await page.locator('.examples-table tr.example-row', { hasText: cell }).locator('a').click()
  await waitForView(page, 'scenario')
})

Then('I see a failed example with the values {string} and the error {string}', async function (this: SpecloopWorld, values: string, error: string) {
  const { page } = session(this)
  expect(await page.locator('.meta .status').textContent()).to.equal('failed')
  expect(await page.locator('.example-values tr').nth(1).locator('td').allTextContents()).to.deep.equal(list(values))
  expect(await page.locator('.error-message').textContent()).to.include(error)
})

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
  const marked = await page.locator('.trace-file table.code tr.hit').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-line'))))
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
  await opened.context.close()
  fs.rmSync(opened.userDataDirectory, { recursive: true, force: true })
})

When('I open the governance page and filter the matrix by the tag expression {string}', async function (this: SpecloopWorld, expression: string) {
  const { page } = session(this)
  await page.goto(page.url().replace(/#.*$/, '') + '#/governance')
  await waitForView(page, 'governance')
  await page.fill('.matrix-filter input', expression)
  await page.click('.matrix-filter button')
  await page.waitForFunction((tags) => location.hash === `#/governance?tags=${encodeURIComponent(tags)}`, expression)
  await waitForView(page, 'governance')
})

Then('the governance page says {string}', async function (this: SpecloopWorld, text: string) {
  expect(await session(this).page.textContent('article.governance')).to.include(text)
})

Then('the matrix lists {string}', async function (this: SpecloopWorld, requirements: string) {
  const listed = await session(this).page.locator('table.matrix tr td:first-child a').allTextContents()
  expect(listed).to.deep.equal(list(requirements))
})
