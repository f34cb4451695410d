'use strict'
// The baseline of the report benchmark: @cucumber/html-formatter (what `cucumber-js --format
// html` uses) turning the same Cucumber Messages stream into its single-file report.
// Usage: node bench/report/html-formatter.js MESSAGES.ndjson OUT.html
const fs = require('node:fs')
const { pipeline } = require('node:stream/promises')
const { NdjsonToMessageStream } = require('@cucumber/message-streams')
const { CucumberHtmlStream } = require('@cucumber/html-formatter')

const [messages, out] = process.argv.slice(2)
pipeline(fs.createReadStream(messages), new NdjsonToMessageStream(), new CucumberHtmlStream(), fs.createWriteStream(out)).catch((error) => {
  console.error(error.message)
  process.exitCode = 1
})
