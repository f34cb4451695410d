import { Worker } from 'node:worker_threads'

/** TEST FIXTURE: one scripted advisory the fixture registry holds against a package. */
export interface FixtureAdvisory {
  package: string
  /** The vulnerable versions, as a semver range (`<3.5.0`). */
  vulnerable: string
  /** A version outside the range, which the packument offers as the fix. */
  fixed: string
  severity: string
  title: string
  url: string
}

export interface FixtureNpmRegistry {
  url: string
  /** The package names of every advisory request received so far (the bulk endpoint's body). */
  auditedPackages(): Promise<string[]>
  close(): Promise<void>
}

/**
 * TEST FIXTURE: the part of the npm registry `npm audit` talks to — the bulk advisory endpoint
 * and the packuments it reads to compute fixes — on 127.0.0.1, answering from a script. It runs
 * in a worker thread: the steps run specloop synchronously, and a server on this thread would
 * not answer while they wait.
 */
const REGISTRY = `
const http = require('node:http')
const zlib = require('node:zlib')
const { parentPort, workerData } = require('node:worker_threads')
const advisories = workerData.advisories
const audited = []
const requested = new Map()
const json = (response, value) => { response.setHeader('content-type', 'application/json'); response.end(JSON.stringify(value)) }
const server = http.createServer((request, response) => {
  const chunks = []
  request.on('data', (chunk) => chunks.push(chunk))
  request.on('end', () => {
    const raw = Buffer.concat(chunks)
    if (request.method === 'POST' && request.url.startsWith('/-/npm/v1/security/advisories/bulk')) {
      const body = JSON.parse((request.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8'))
      audited.push(...Object.keys(body))
      const answer = {}
      for (const [name, versions] of Object.entries(body)) {
        requested.set(name, versions)
        const held = advisories.filter((advisory) => advisory.package === name)
        if (held.length > 0)
          answer[name] = held.map((advisory, index) => ({
            id: 1000 + index,
            url: advisory.url,
            title: advisory.title,
            severity: advisory.severity,
            vulnerable_versions: advisory.vulnerable,
            cwe: [],
            cvss: { score: 0 }
          }))
      }
      return json(response, answer)
    }
    const name = decodeURIComponent(request.url.slice(1))
    const held = advisories.find((advisory) => advisory.package === name)
    if (request.method === 'GET' && held) {
      const versions = [...new Set([...(requested.get(name) || []), held.fixed])]
      const packument = Object.fromEntries(versions.map((version) => [version, { name, version }]))
      return json(response, { name, 'dist-tags': { latest: held.fixed }, versions: packument })
    }
    response.statusCode = 404
    json(response, { error: 'not found' })
  })
})
parentPort.on('message', (message) => { if (message === 'audited') parentPort.postMessage({ audited }) })
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }))
`

export function startFixtureNpmRegistry(advisories: FixtureAdvisory[]): Promise<FixtureNpmRegistry> {
  const worker = new Worker(REGISTRY, { eval: true, workerData: { advisories } })
  return new Promise((resolve, reject) => {
    worker.once('error', reject)
    worker.once('message', ({ port }: { port: number }) =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        auditedPackages: () =>
          new Promise((answer) => {
            worker.once('message', ({ audited }: { audited: string[] }) => answer(audited))
            worker.postMessage('audited')
          }),
        close: async () => {
          await worker.terminate()
        }
      })
    )
  })
}
