'use strict'
/*
 * The report benchmark: on a synthetic suite of 10,000 scenarios run by real cucumber-js,
 * the time and total bytes of `specloop report` against @cucumber/html-formatter on the same
 * Cucumber Messages, then, in headless Chromium, the time until the overview is interactive and
 * the time to open one scenario (and, for comparison, until the html-formatter's page shows).
 *
 *   npm run bench:report [-- --scenarios 10000 --runs 3 --quick]
 *
 * --quick leaves out loading the html-formatter's page in Chromium (over a minute at 10,000).
 *
 * Work files go to bench/.work/report (the suite and its messages are reused between runs),
 * results to bench/results/report.json.
 */
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { pathToFileURL } = require('node:url')
const { writeSyntheticSuite } = require('./synthetic-suite')
const { launchChromium } = require('../../scripts/browser')

const root = path.resolve(__dirname, '..', '..')
const work = path.join(root, 'bench', '.work', 'report')
const resultsFile = path.join(root, 'bench', 'results', 'report.json')
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const SCENARIOS = option('scenarios', 10000)
const RUNS = option('runs', 3)
const QUICK = process.argv.includes('--quick')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const log = (text) => process.stderr.write(`${text}\n`)

function directorySize(directory) {
  let total = 0
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    total += entry.isDirectory() ? directorySize(full) : fs.statSync(full).size
  }
  return total
}

/** Runs a command, returning its wall-clock and CPU time in milliseconds. */
function timed(command, args, cwd) {
  const before = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wallMs = Number(process.hrtime.bigint() - before) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`)
  const [user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number)
  return { wallMs, cpuMs: (user + system) * 1000 }
}

function messagesOfSuite() {
  const suite = path.join(work, `suite-${SCENARIOS}`)
  const messages = path.join(work, `messages-${SCENARIOS}.ndjson`)
  if (fs.existsSync(messages)) return messages
  log(`writing a synthetic suite of ${SCENARIOS} scenarios and running it with cucumber-js…`)
  const { features, scenarios } = writeSyntheticSuite(suite, SCENARIOS)
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(suite, 'node_modules'), 'dir')
  spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'), '--format', `message:${messages}`],
    { cwd: suite, stdio: 'ignore' }
  )
  if (!fs.existsSync(messages)) throw new Error('cucumber-js did not write the messages')
  log(`  ${features} features, ${scenarios} scenarios, ${(fs.statSync(messages).size / 1e6).toFixed(1)} MB of messages`)
  return messages
}

async function inBrowser(siteIndex, formatterHtml) {
  const { context, close } = await launchChromium()
  try {
    const interactive = []
    const openScenario = []
    const search = []
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage()
      await page.goto(pathToFileURL(siteIndex).href)
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
      interactive.push(await page.evaluate(() => window.specloopTimings.interactive))
      // One scenario from the middle of the suite, opened by its deep link: its feature's data loads then.
      const target = await page.evaluate(() => {
        const index = JSON.parse(document.getElementById('specloop-index').textContent)
        const feature = index.features[Math.floor(index.features.length / 2)]
        return { uri: feature.uri }
      })
      const opened = await page.evaluate(async ({ uri }) => {
        const started = performance.now()
        const views = window.specloopTimings.views.length
        location.hash = '#/feature/' + encodeURI(uri)
        await new Promise((resolve) => {
          const check = () => (window.specloopTimings.views.length > views ? resolve() : requestAnimationFrame(check))
          check()
        })
        const link = document.querySelector('.scenario-card h3 a')
        const hash = link.getAttribute('href')
        const before = performance.now()
        const count = window.specloopTimings.views.length
        location.hash = hash
        await new Promise((resolve) => {
          const check = () => (window.specloopTimings.views.length > count ? resolve() : requestAnimationFrame(check))
          check()
        })
        await new Promise((resolve) => requestAnimationFrame(() => resolve()))
        return { featureMs: before - started, scenarioMs: performance.now() - before }
      }, target)
      openScenario.push(opened.scenarioMs)
      const searched = await page.evaluate(async () => {
        const started = performance.now()
        const count = window.specloopTimings.views.length
        location.hash = '#/search?q=value+5001&tags=' + encodeURIComponent('@slow and not @wip')
        await new Promise((resolve) => {
          const check = () => (window.specloopTimings.views.length > count ? resolve() : requestAnimationFrame(check))
          check()
        })
        return { ms: performance.now() - started, found: document.querySelector('.result-count').textContent }
      })
      search.push(searched.ms)
      if (run === 0) log(`  search "value 5001" with "@slow and not @wip": ${searched.found}`)
      await page.close()
    }
    if (QUICK) return { interactiveMs: median(interactive), openScenarioMs: median(openScenario), searchMs: median(search) }
    // The baseline's page: until its first feature is on screen.
    const page = await context.newPage()
    const started = Date.now()
    await page.goto(pathToFileURL(formatterHtml).href, { timeout: 300000 })
    await page.waitForSelector('text=Capability 0 of area 0', { timeout: 300000 })
    const formatterShownMs = Date.now() - started
    await page.close()
    return { interactiveMs: median(interactive), openScenarioMs: median(openScenario), searchMs: median(search), formatterShownMs }
  } finally {
    await close()
  }
}

async function main() {
  fs.mkdirSync(work, { recursive: true })
  // The suite is a project of its own, as a user's is: the report's metrics read its git history,
  // not that of the repository the benchmark happens to sit in.
  if (!fs.existsSync(path.join(work, '.git'))) spawnSync('git', ['init', '--quiet', work])
  const messages = messagesOfSuite()
  const formatterHtml = path.join(work, 'html-formatter.html')
  const site = path.join(work, 'site')
  const formatter = []
  const specloop = []
  // Interleaved, so a busy machine slows both alike.
  for (let run = 0; run < RUNS; run++) {
    formatter.push(timed(process.execPath, [path.join(__dirname, 'html-formatter.js'), messages, formatterHtml], root))
    specloop.push(
      timed(process.execPath, [path.join(root, 'bin', 'specloop.js'), 'report', '--from', messages, '--out', site, '--no-history'], work)
    )
    log(`  run ${run + 1}: html-formatter ${formatter[run].wallMs.toFixed(0)} ms, specloop report ${specloop[run].wallMs.toFixed(0)} ms`)
  }
  const formatterBytes = fs.statSync(formatterHtml).size
  const specloopBytes = directorySize(site)
  const browser = await inBrowser(path.join(site, 'index.html'), formatterHtml)
  const results = {
    scenarios: SCENARIOS,
    messagesBytes: fs.statSync(messages).size,
    runs: RUNS,
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))), node: process.version },
    htmlFormatter: {
      wallMs: median(formatter.map((run) => run.wallMs)),
      cpuMs: median(formatter.map((run) => run.cpuMs)),
      bytes: formatterBytes,
      shownInBrowserMs: browser.formatterShownMs
    },
    specloop: {
      wallMs: median(specloop.map((run) => run.wallMs)),
      cpuMs: median(specloop.map((run) => run.cpuMs)),
      bytes: specloopBytes,
      files: fs.readdirSync(path.join(site, 'data', 'features')).length,
      interactiveMs: browser.interactiveMs,
      openScenarioMs: browser.openScenarioMs,
      searchMs: browser.searchMs
    }
  }
  results.ratios = {
    time: Number((results.specloop.wallMs / results.htmlFormatter.wallMs).toFixed(2)),
    cpu: Number((results.specloop.cpuMs / results.htmlFormatter.cpuMs).toFixed(2)),
    bytes: Number((results.specloop.bytes / results.htmlFormatter.bytes).toFixed(3))
  }
  results.goals = {
    timeAtMostFormatter: results.ratios.time <= 1,
    bytesAtMostFormatter: results.ratios.bytes <= 1,
    interactiveWithinOneSecond: results.specloop.interactiveMs <= 1000
  }
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
  console.log(
    `report of ${SCENARIOS} scenarios (${mb(results.messagesBytes)} of messages), median of ${RUNS} runs, load average ${results.machine.loadAverage.join(' ')} on ${results.machine.cpus} CPUs`
  )
  console.log(
    `  time     specloop report ${results.specloop.wallMs.toFixed(0)} ms (cpu ${results.specloop.cpuMs.toFixed(0)} ms)  html-formatter ${results.htmlFormatter.wallMs.toFixed(0)} ms (cpu ${results.htmlFormatter.cpuMs.toFixed(0)} ms)  ratio ${results.ratios.time} (cpu ${results.ratios.cpu})`
  )
  console.log(
    `  bytes    specloop report ${mb(results.specloop.bytes)}  html-formatter ${mb(results.htmlFormatter.bytes)}  ratio ${results.ratios.bytes}`
  )
  console.log(
    `  browser  overview interactive ${results.specloop.interactiveMs.toFixed(0)} ms, one scenario opened in ${results.specloop.openScenarioMs.toFixed(0)} ms, search + tag filter over all scenarios ${results.specloop.searchMs.toFixed(0)} ms; html-formatter's page ${results.htmlFormatter.shownInBrowserMs === undefined ? 'not loaded (--quick)' : `shown after ${results.htmlFormatter.shownInBrowserMs} ms`}`
  )
  console.log(
    `  goals    time ≤ 1.0×: ${results.goals.timeAtMostFormatter ? 'met' : 'NOT met'}; bytes ≤ 1.0×: ${results.goals.bytesAtMostFormatter ? 'met' : 'NOT met'}; interactive ≤ 1 s: ${results.goals.interactiveWithinOneSecond ? 'met' : 'NOT met'}`
  )
}

main().catch((error) => {
  console.error(error.stack || error.message)
  process.exitCode = 1
})
