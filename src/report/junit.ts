import type * as JUnitXmlFormatter from '@cucumber/junit-xml-formatter'
import type { Envelope } from '@cucumber/messages'
import { readMessages } from '../messages'

/** A stream cut short (a killed run) still gets its document: the printer writes when the run finishes. */
const UNFINISHED_RUN: Envelope = { testRunFinished: { success: false, timestamp: { seconds: 0, nanos: 0 } } }

/**
 * JUnit XML for CI systems, rendered from the run's Cucumber Messages by cucumber's own JUnit
 * formatter (@cucumber/junit-xml-formatter): one testsuite named after the report, a testcase per
 * scenario (each Examples row its own), skipped scenarios <skipped/>, pending, undefined and
 * ambiguous ones failures (they would fail a strict run), each step's status in <system-out>.
 */
export function renderJunit(messages: string, suiteName: string): string {
  let xml = ''
  let finished = false
  // Loaded here, not with the module: the printer and what it needs (luxon, xmlbuilder) take ~60 ms
  // to load, which only a JUnit report should pay, not every command nor the html report.
  const { JUnitXmlPrinter } = require('@cucumber/junit-xml-formatter') as typeof JUnitXmlFormatter
  const printer = new JUnitXmlPrinter({ suiteName }, (content) => (xml += content))
  readMessages(
    messages,
    (envelope) => {
      finished ||= envelope.testRunFinished !== undefined
      printer.update(envelope)
    },
    { tolerateMalformed: true }
  )
  if (!finished) printer.update(UNFINISHED_RUN)
  return `${xml}\n`
}
