export { parseFeature, indexSteps } from './parse'
export type { FeatureSource, ParsedFeature, ParseOptions, StepInfo } from './parse'
export { describeParseError } from './describe-parse-error'
