export { recordingFetch, replayingFetch, readCassette, recordedModel, ReplayMismatch } from './cassette'
export type { Interaction, FetchFunction } from './cassette'
