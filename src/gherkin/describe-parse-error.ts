/**
 * Gherkin's parser speaks in token names (`#StepLine`, `#EOF`). Users think in keywords,
 * so parse errors are rephrased: "expected a step, a table row or 'Examples:', found 'Exmples:'".
 */
const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the file',
  Language: "a '# language:' line",
  TagLine: 'a tag line',
  FeatureLine: "'Feature:'",
  RuleLine: "'Rule:'",
  BackgroundLine: "'Background:'",
  ScenarioLine: "'Scenario:'",
  ExamplesLine: "'Examples:'",
  StepLine: 'a step',
  DocStringSeparator: 'a doc string delimiter (""" or ```)',
  TableRow: 'a table row',
  Comment: 'a comment',
  Empty: 'an empty line',
  Other: 'free text'
}

function listInWords(tokens: string[]): string {
  const words = tokens.map((token) => TOKEN_WORDS[token] ?? token)
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
}

function parseTokenList(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.trim().replace(/^#/, ''))
    .filter((part) => part.length > 0)
}

/** Strips gherkin's "(line:col): " prefix and rewrites the token lists into words. */
export function describeParseError(rawMessage: string): string {
  const message = rawMessage.replace(/^\(\d+:\d+\):\s*/, '')
  const unexpected = /^expected: (.*), got '(.*)'$/s.exec(message)
  if (unexpected) {
    return `expected ${listInWords(parseTokenList(unexpected[1]))}, found '${unexpected[2]}'`
  }
  const endOfFile = /^unexpected end of file, expected: (.*)$/s.exec(message)
  if (endOfFile) {
    return `unexpected end of file: expected ${listInWords(parseTokenList(endOfFile[1]))}`
  }
  const language = /^Language not supported: (.*)$/.exec(message)
  if (language) {
    return `language '${language[1]}' is not supported: expected a Gherkin dialect code such as 'en', 'fr' or 'de'`
  }
  if (message === 'inconsistent cell count within the table') {
    return 'inconsistent cell count within the table: expected every row to have as many cells as the first'
  }
  if (message === 'A tag may not contain whitespace') {
    return 'a tag may not contain whitespace: expected @tag names without spaces'
  }
  return message
}
