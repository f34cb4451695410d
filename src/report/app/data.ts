import { linesOfBitmap } from '../../trace/format'
import { featureFile, INDEX_SCRIPT_ID, MATRIX_FILE, RECEIVER, SCENARIOS_FILE, sourceFile } from '../html/site-data'
import type { DataFile, FeatureData, MatrixRow, ReportProvenanceRow, ScenarioRow, SiteIndex, SourceData } from './types'

/**
 * The report's data: the overview inline in index.html, and the data scripts under data/
 * (one per feature and per source file, the search index, the matrix), loaded when first
 * needed. They register themselves through the RECEIVER global, since fetch() is refused on
 * file:// URLs.
 */
export interface Report {
  index: SiteIndex
  featureByUri: Map<string, number>
  sourceByPath: Map<string, number>
  provenanceOf(path: string): ReportProvenanceRow | undefined
  /** The generated files written from a feature whose rule its examples do not decide (the Provenance page's "unconfirmed"). */
  unconfirmedCodeOf(featureUri: string): ReportProvenanceRow[]
}

/** Unconfirmed generated files by the feature each was generated from. */
function unconfirmedByFeature(provenance: ReportProvenanceRow[]): Map<string, ReportProvenanceRow[]> {
  const byFeature = new Map<string, ReportProvenanceRow[]>()
  for (const row of provenance) {
    if (row.rule !== 'unconfirmed') continue
    for (const source of row.sources) byFeature.set(source.path, [...(byFeature.get(source.path) ?? []), row])
  }
  return byFeature
}

export function openReport(): Report {
  const index = JSON.parse(document.getElementById(INDEX_SCRIPT_ID)?.textContent ?? 'null') as SiteIndex
  return {
    index,
    featureByUri: new Map(index.features.map((feature, featureIndex) => [feature.uri, featureIndex])),
    sourceByPath: new Map(index.sources.map((source, sourceIndex) => [source.path, sourceIndex])),
    provenanceOf: (path) => index.provenance.find((row) => row.path === path),
    unconfirmedCodeOf: (() => {
      const byFeature = unconfirmedByFeature(index.provenance)
      return (featureUri: string) => byFeature.get(featureUri) ?? []
    })()
  }
}

interface Waiting {
  promise: Promise<unknown>
  resolve(data: unknown): void
  reject(error: Error): void
}

const cache = new Map<string, unknown>()
const waiting = new Map<string, Waiting>()

/** Installs the global the data scripts call; before any data is loaded. */
export function listenForData(): void {
  const receiver = {
    receive(key: string, data: unknown): void {
      cache.set(key, data)
      const entry = waiting.get(key)
      if (entry) {
        waiting.delete(key)
        entry.resolve(data)
      }
    }
  }
  ;(window as unknown as Record<string, typeof receiver>)[RECEIVER] = receiver
}

function load<Data>(file: DataFile<Data>): Promise<Data> {
  if (cache.has(file.key)) return Promise.resolve(cache.get(file.key) as Data)
  const pending = waiting.get(file.key)
  if (pending) return pending.promise as Promise<Data>
  let resolve: (data: unknown) => void = () => undefined
  let reject: (error: Error) => void = () => undefined
  const promise = new Promise<unknown>((onData, onError) => {
    resolve = onData
    reject = onError
  })
  waiting.set(file.key, { promise, resolve, reject })
  const script = document.createElement('script')
  script.src = file.path
  script.async = true
  script.onerror = () => {
    waiting.delete(file.key)
    reject(new Error('could not load ' + file.path))
  }
  document.head.appendChild(script)
  return promise as Promise<Data>
}

export const loadFeature = (featureIndex: number): Promise<FeatureData> => load(featureFile(featureIndex))
export const loadScenarios = (): Promise<ScenarioRow[]> => load(SCENARIOS_FILE)
export const loadMatrix = (): Promise<MatrixRow[]> => load(MATRIX_FILE)
export const loadSource = (sourceIndex: number): Promise<SourceData> => load(sourceFile(sourceIndex))

/** A line bitmap of the trace (base64): the same bit layout the Node side reads, decoded with atob. */
export function decodeLines(bitmap: string): number[] {
  const text = atob(bitmap)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return linesOfBitmap(bytes)
}
