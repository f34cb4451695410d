import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../package-root'
import { renderJunit } from './junit'

const shopMessages = fs.readFileSync(path.join(packageRoot, 'src', 'report', 'testdata', 'shop.ndjson'), 'utf8')
const HOSTILE = '</script><script>alert("x & y")</script>'

/** Checks that tags nest and attribute values hold no raw `<` or `"` (CDATA sections aside): enough to catch broken XML. */
function assertWellFormed(xml: string): void {
  const stack: string[] = []
  const markup = xml.replace(/^<\?xml[^>]*\?>/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  for (const match of markup.matchAll(/<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (match[0] === '<' || match[0] === '>') assert.fail(`raw ${match[0]} at ${match.index}`)
    const [, closing, name, , selfClosing] = match
    if (closing) assert.equal(stack.pop(), name)
    else if (!selfClosing) stack.push(name)
  }
  assert.deepEqual(stack, [])
}

test('JUnit XML as cucumber-js writes it: one suite, a case per scenario, failures as its formatter counts them', () => {
  const xml = renderJunit(shopMessages.replaceAll('"name":"Invoice archived"', `"name":${JSON.stringify(HOSTILE)}`), 'Living documentation')
  assertWellFormed(xml)
  assert.match(xml, /<testsuite name="Living documentation" time="[\d.]+" tests="11" skipped="1" failures="5" errors="0"/)
  assert.equal(xml.match(/<testcase /g)?.length, 11)
  assert.equal(xml.match(/<failure[ />]/g)?.length, 5)
  assert.equal(xml.match(/<skipped\/>/g)?.length, 1)
  assert.match(xml, /<failure type="Error" message="no exchange rate for EUR">/)
  assert.match(xml, /name="&lt;\/script>&lt;script>alert\(&quot;x &amp; y&quot;\)&lt;\/script>"/)
})

test('a run stopped before it finished is reported as far as it went', () => {
  const cut = shopMessages
    .split('\n')
    .filter((line) => !line.startsWith('{"testRunFinished"'))
    .join('\n')
  const xml = renderJunit(`${cut}\n{"testCaseFinished": {"te`, 'Living documentation')
  assertWellFormed(xml)
  assert.match(xml, /tests="11"/)
})
