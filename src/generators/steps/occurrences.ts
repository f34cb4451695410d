import type { GherkinDocument, Pickle } from '@cucumber/messages'
import type { Value } from '../operation'
import { isStandaloneBoolean, splitLiterals, ParsedFeature } from '../../gherkin'

/**
 * The kinds of value a step definition parameter can capture. `text` is several unquoted words
 * filling a placeholder ("is not"): cucumber's anonymous parameter `{}` captures it.
 */
export type SlotKind = 'int' | 'float' | 'string' | 'boolean' | 'word' | 'time' | 'text'

/** A value in a step's text that becomes a parameter when steps are grouped. */
export interface Slot {
  kind: SlotKind
  /** Exactly as in the step text, quotes included. */
  raw: string
  value: Value
  /** The Scenario Outline placeholder this value came from. */
  placeholder?: string
}

/** A step's text as fixed text and values. Joining every piece's text gives back the step text. */
export type Piece = string | Slot

export type StepRole = 'given' | 'when' | 'then'
export type ArgumentKind = 'none' | 'dataTable' | 'docString'

/** One step of one pickle (a scenario, or one Examples row of an outline). */
export interface StepOccurrence {
  text: string
  /** The text as written in the feature: an outline step keeps its <placeholders>. */
  templateText: string
  pieces: Piece[]
  role: StepRole
  argument: ArgumentKind
  docStringMediaType?: string
  docString?: string
  dataTable?: string[][]
  uri: string
  line: number
  column: number
  pickleId: string
  scenario: string
  /** Where the example comes from: the Examples row, or the scenario: "features/a.feature:14". */
  source: string
}

/** The steps of one pickle in order; `needsDefinition` marks the ones no hand-written definition matches. */
export interface ScenarioFlow {
  pickleId: string
  name: string
  uri: string
  source: string
  /** The scenario's own line ("features/a.feature:9"), an outline's rather than its row's. */
  scenarioSource: string
  steps: { occurrence: StepOccurrence; needsDefinition: boolean }[]
}

export const pieceText = (piece: Piece): string => (typeof piece === 'string' ? piece : piece.raw)

/** Strings cucumber's {string} would unescape or fail to match stay fixed text. */
const isCapturableString = (inner: string) => !/[\\\n\r]/.test(inner)

function slotOfLiteral(text: string, placeholder?: string): Slot | undefined {
  const segments = splitLiterals(text)
  if (segments.length === 1 && segments[0].kind !== 'text' && segments[0].kind !== 'placeholder' && segments[0].text === text) {
    const segment = segments[0]
    if (segment.kind === 'string')
      return isCapturableString(segment.value) ? { kind: 'string', raw: text, value: segment.value, placeholder } : undefined
    return { kind: segment.kind, raw: text, value: segment.value, placeholder }
  }
  // A value that fills a placeholder and is one word ("Fizz") is a {word}; several ("is not") are a {}.
  if (placeholder !== undefined && /^[^\s"'<>]+$/u.test(text)) return { kind: 'word', raw: text, value: text, placeholder }
  if (placeholder !== undefined && /^[^\s"'<>]+(?: [^\s"'<>]+)+$/u.test(text)) return { kind: 'text', raw: text, value: text, placeholder }
  return undefined
}

function mergeText(pieces: Piece[]): Piece[] {
  const merged: Piece[] = []
  for (const piece of pieces) {
    if (typeof piece === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += piece
    else if (piece !== '') merged.push(piece)
  }
  return merged
}

/** Pieces of a step text on its own: its literal values become slots. */
function piecesOfText(text: string): Piece[] {
  return mergeText(
    splitLiterals(text).map((segment): Piece => {
      if (segment.kind === 'text' || segment.kind === 'placeholder') return segment.text
      if (segment.kind === 'string')
        return isCapturableString(segment.value) ? { kind: 'string', raw: segment.text, value: segment.value } : segment.text
      return { kind: segment.kind, raw: segment.text, value: segment.value }
    })
  )
}

/**
 * Pieces of an outline step: the template ("a parcel weighing <weight> kg") says where the
 * values are and what they are called, the Examples row what they are. Falls back to the
 * pickle text alone when the substituted values do not line up with it.
 */
function piecesOfOutlineStep(pickleText: string, template: string, row: Record<string, string>): Piece[] {
  const pieces: Piece[] = []
  for (const segment of splitLiterals(template)) {
    if (segment.kind === 'text') pieces.push(segment.text)
    else if (segment.kind === 'placeholder') {
      const value = row[segment.name]
      if (value === undefined) pieces.push(segment.text)
      else pieces.push(slotOfLiteral(value, segment.name) ?? value)
    } else if (segment.kind === 'string') {
      const inner = segment.value.replace(/<([^<>\n]+)>/g, (whole, name: string) => row[name] ?? whole)
      const whole = /^<([^<>\n]+)>$/.exec(segment.value)
      const placeholder = whole && row[whole[1]] !== undefined ? whole[1] : undefined
      if (inner.includes(segment.quote) || !isCapturableString(inner)) return piecesOfText(pickleText)
      pieces.push({ kind: 'string', raw: `${segment.quote}${inner}${segment.quote}`, value: inner, placeholder })
    } else pieces.push({ kind: segment.kind, raw: segment.text, value: segment.value })
  }
  const merged = mergeText(pieces).map((piece, index, all): Piece => {
    // A row's "no" read alone is a boolean; before "loans" ("with <count> loans") it is a word like the other rows' counts.
    const next = all[index + 1]
    if (typeof piece === 'string' || piece.kind !== 'boolean' || typeof next !== 'string' || isStandaloneBoolean(next, 0)) return piece
    return {
      kind: 'word',
      raw: piece.raw,
      value: piece.raw,
      ...(piece.placeholder !== undefined ? { placeholder: piece.placeholder } : {})
    }
  })
  return merged.map(pieceText).join('') === pickleText ? merged : piecesOfText(pickleText)
}

interface DocumentIndex {
  steps: Map<string, { text: string; line: number; column: number }>
  rows: Map<string, { line: number; values: Record<string, string> }>
  scenarios: Map<string, { line: number }>
}

function indexDocument(document: GherkinDocument | undefined): DocumentIndex {
  const index: DocumentIndex = { steps: new Map(), rows: new Map(), scenarios: new Map() }
  const visit = (
    children: readonly {
      background?: { steps: readonly { id: string; text: string; location: { line: number; column?: number } }[] }
      scenario?: import('@cucumber/messages').Scenario
      rule?: import('@cucumber/messages').Rule
    }[]
  ) => {
    for (const child of children) {
      const steps = child.background?.steps ?? child.scenario?.steps ?? []
      for (const step of steps) index.steps.set(step.id, { text: step.text, line: step.location.line, column: step.location.column ?? 1 })
      if (child.scenario) {
        index.scenarios.set(child.scenario.id, { line: child.scenario.location.line })
        for (const examples of child.scenario.examples) {
          const header = examples.tableHeader?.cells.map((cell) => cell.value) ?? []
          for (const row of examples.tableBody) {
            const values: Record<string, string> = {}
            header.forEach((name, column) => (values[name] = row.cells[column]?.value ?? ''))
            index.rows.set(row.id, { line: row.location.line, values })
          }
        }
      }
      if (child.rule) visit(child.rule.children)
    }
  }
  if (document?.feature) visit(document.feature.children)
  return index
}

const ROLE_OF_TYPE: Record<string, StepRole | undefined> = { Context: 'given', Action: 'when', Outcome: 'then' }

/**
 * Every step of every pickle, as occurrences with their values located. `needsDefinition`
 * says which step texts no respected (hand-written) step definition matches.
 */
export function scenarioFlows(features: ParsedFeature[], needsDefinition: (text: string) => boolean): ScenarioFlow[] {
  const flows: ScenarioFlow[] = []
  for (const feature of features) {
    const index = indexDocument(feature.gherkinDocument)
    for (const pickle of feature.pickles) flows.push(flowOf(feature.uri, pickle, index, needsDefinition))
  }
  return flows
}

function flowOf(uri: string, pickle: Pickle, index: DocumentIndex, needsDefinition: (text: string) => boolean): ScenarioFlow {
  const rowId = pickle.astNodeIds[1]
  const row = rowId !== undefined ? index.rows.get(rowId) : undefined
  const scenarioLine = index.scenarios.get(pickle.astNodeIds[0])?.line ?? 0
  const source = `${uri}:${row?.line ?? scenarioLine}`
  let previousRole: StepRole = 'given'
  const steps = pickle.steps.map((pickleStep) => {
    const astStep = index.steps.get(pickleStep.astNodeIds[0])
    // "And"/"But" steps carry the type of the step before them; "*" steps with no type follow it too.
    const role = ROLE_OF_TYPE[pickleStep.type ?? ''] ?? previousRole
    previousRole = role
    const pieces =
      row && astStep && astStep.text !== pickleStep.text
        ? piecesOfOutlineStep(pickleStep.text, astStep.text, row.values)
        : piecesOfText(pickleStep.text)
    const argument: ArgumentKind = pickleStep.argument?.dataTable ? 'dataTable' : pickleStep.argument?.docString ? 'docString' : 'none'
    const occurrence: StepOccurrence = {
      text: pickleStep.text,
      templateText: astStep?.text ?? pickleStep.text,
      pieces,
      role,
      argument,
      uri,
      line: astStep?.line ?? 0,
      column: astStep?.column ?? 0,
      pickleId: pickle.id,
      scenario: pickle.name,
      source
    }
    if (pickleStep.argument?.docString) occurrence.docString = pickleStep.argument.docString.content
    if (pickleStep.argument?.docString?.mediaType) occurrence.docStringMediaType = pickleStep.argument.docString.mediaType
    if (pickleStep.argument?.dataTable)
      occurrence.dataTable = pickleStep.argument.dataTable.rows.map((tableRow) => tableRow.cells.map((cell) => cell.value))
    return { occurrence, needsDefinition: needsDefinition(pickleStep.text) }
  })
  return { pickleId: pickle.id, name: pickle.name, uri, source, scenarioSource: `${uri}:${scenarioLine}`, steps }
}
