/**
 * Stateful specifications, offline: the scenarios of a feature as a story of commands and
 * queries over one object, and the state model that reproduces every one of them.
 */
export { synthesiseStory } from './search'
export { type Blocking, blockingScenario } from './blocking-scenario'
export type { StoryResult, StoryStatus, StorySolution } from './search'
export { storiesOf, withWords } from './story'
export { percentageCode, percentageOf } from './percentages'
export { runScenario, explainsStory, initialState } from './model'
export type { Story, StoryStep, StoryEvent, StoryScenario, StateModel, Meaning, Effect, Reading, Guard } from './model'
export { renderStory } from './render'
export { answerText } from './guard-question'
export type { RenderedStory } from './render'
export { buildClassSkeleton, renderSkeletonModule, skeletonStepBodies, signatureOf } from './skeleton'
export { storyClassNames } from './class-names'
export type { ClassSkeleton, SkeletonMethod } from './skeleton'
export type { WordFamily } from './story'
export { tableRowBody } from './table-rows'
export type { TableColumn } from './table-rows'
