import { generateMessages } from '@cucumber/gherkin'
import { GherkinDocument, IdGenerator, Pickle, SourceMediaType } from '@cucumber/messages'
import { SpecloopError, specloopError } from '../errors'
import { describeParseError } from './describe-parse-error'

export interface FeatureSource {
  /** Path relative to the project, with forward slashes: how cucumber names it. */
  uri: string
  data: string
}

export interface ParsedFeature {
  uri: string
  source: string
  gherkinDocument?: GherkinDocument
  pickles: Pickle[]
  errors: SpecloopError[]
}

export interface ParseOptions {
  newId?: IdGenerator.NewId
  defaultDialect?: string
}

function mediaTypeOf(uri: string): SourceMediaType {
  return uri.endsWith('.md') ? SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN : SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN
}

/**
 * Parses one feature. Pure: the same text gives the same document and pickles (ids come
 * from `newId`, incrementing by default). Every parse error of the file is returned.
 */
export function parseFeature(source: FeatureSource, options: ParseOptions = {}): ParsedFeature {
  const result: ParsedFeature = { uri: source.uri, source: source.data, pickles: [], errors: [] }
  const envelopes = generateMessages(source.data, source.uri, mediaTypeOf(source.uri), {
    includeSource: false,
    includeGherkinDocument: true,
    includePickles: true,
    newId: options.newId ?? IdGenerator.incrementing(),
    defaultDialect: options.defaultDialect ?? 'en'
  })
  for (const envelope of envelopes) {
    if (envelope.gherkinDocument) result.gherkinDocument = envelope.gherkinDocument
    if (envelope.pickle) result.pickles.push(envelope.pickle)
    if (envelope.parseError) {
      const { message, source: where } = envelope.parseError
      result.errors.push(
        specloopError('GHERKIN_PARSE', describeParseError(message), {
          file: source.uri,
          line: where.location?.line,
          column: where.location?.column
        })
      )
    }
  }
  return result
}

/** Steps of a pickle back to the Gherkin steps they came from (for keywords and lines). */
export function indexSteps(document: GherkinDocument | undefined): Map<string, StepInfo> {
  const index = new Map<string, StepInfo>()
  if (!document?.feature) return index
  const visitSteps = (
    steps: readonly { id: string; keyword: string; keywordType?: string; location: { line: number; column?: number }; text: string }[]
  ) => {
    for (const step of steps) {
      index.set(step.id, {
        keyword: step.keyword.trim(),
        keywordType: step.keywordType ?? 'Unknown',
        line: step.location.line,
        column: step.location.column ?? 1,
        text: step.text
      })
    }
  }
  for (const child of document.feature.children) {
    if (child.background) visitSteps(child.background.steps)
    if (child.scenario) visitSteps(child.scenario.steps)
    if (child.rule) {
      for (const ruleChild of child.rule.children) {
        if (ruleChild.background) visitSteps(ruleChild.background.steps)
        if (ruleChild.scenario) visitSteps(ruleChild.scenario.steps)
      }
    }
  }
  return index
}

export interface StepInfo {
  keyword: string
  keywordType: string
  line: number
  column: number
  text: string
}
