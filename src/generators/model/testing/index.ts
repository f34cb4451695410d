/** TEST FIXTURES of the model generator: not part of specloop's API, and not published. */
export { startFixtureOpenAiServer } from './fixture-openai-server'
export type { FixtureOpenAiServer, ScriptedResponse, ReceivedRequest } from './fixture-openai-server'
export { accountAnswer } from './account-answers'
export type { AccountAnswerName } from './account-answers'
export { tableAnswer } from './table-answers'
export type { TableAnswerName } from './table-answers'
export { tillAnswer } from './till-answers'
export type { TillAnswerName } from './till-answers'
