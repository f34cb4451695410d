import fs from 'node:fs'
import path from 'node:path'

/**
 * The one place that decides what a secret looks like and removes it from text. Every writer
 * that could carry a secret — generated files from a model's answer, prompt records, cassettes,
 * the ledger, reports, error messages — passes its text through `redact` first.
 */

/** Environment variables whose values are secrets: keys, tokens, passwords, credentials. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)/i

/** Values shorter than this are not secrets worth hiding, and replacing them would mangle text. */
const SHORTEST_SECRET = 8

/** The shapes of well-known keys and tokens, found even when no variable names them. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bsk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{16,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bnpm_[A-Za-z0-9]{20,}/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(\/\/\S*?:)_authToken=[^\s"']+/g
]

const REDACTED = '[redacted]'

/** The values of the environment's secret-named variables (OPENAI_API_KEY, NPM_TOKEN, ...). */
export function secretsOf(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= SHORTEST_SECRET)
    .map(([, value]) => value!)
}

/** The text with every given secret and every well-known key shape replaced. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text
  // Longest first: a secret that contains another is removed whole.
  for (const secret of [...secrets]
    .filter((value): value is string => value !== undefined && value.length >= SHORTEST_SECRET)
    .sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(REDACTED)
  }
  for (const pattern of SECRET_PATTERNS)
    result = result.replace(pattern, (match, prefix?: string) =>
      typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}_authToken=${REDACTED}` : REDACTED
    )
  return result
}

/**
 * The text with every word-like token (an identifier, a number) that contains one of `words`
 * (case-insensitive) replaced: for what must not be mentioned even inside a name, such as
 * `dataRoomGlobexOpens` when "Globex" is confidential.
 */
export function redactWords(text: string, words: readonly string[]): string {
  const wanted = words.map((word) => word.toLowerCase()).filter((word) => word !== '')
  if (wanted.length === 0) return text
  return text.replace(/[\p{L}\p{N}_$]+/gu, (token) => (wanted.some((word) => token.toLowerCase().includes(word)) ? REDACTED : token))
}

/** Bits of information per character: random keys score high, words and numbers low. */
function entropyBitsPerCharacter(value: string): number {
  const counts = new Map<string, number>()
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1)
  let bits = 0
  for (const count of counts.values()) {
    const share = count / value.length
    bits -= share * Math.log2(share)
  }
  return bits
}

/** A value that looks generated rather than written: long, varied characters, mixed classes. */
export function looksRandom(value: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length
  return value.length >= 16 && classes >= 2 && entropyBitsPerCharacter(value) >= 3.5
}

/**
 * The secrets of a dotenv file (`KEY=value`, `export KEY="value"`): every value of a
 * secret-named key, and any value that looks random whatever its key is called.
 */
export function secretsInDotenv(text: string): string[] {
  const found: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line)
    if (!match) continue
    let value = match[2]!.trim()
    const quoted = /^(["'`])(.*)\1$/.exec(value)
    value = quoted ? quoted[2]! : value.replace(/\s+#.*$/, '')
    if (value.length < SHORTEST_SECRET) continue
    if (SECRET_NAME.test(match[1]!) || looksRandom(value)) found.push(value)
  }
  return found
}

/** The environment without its secrets: what generated code and the processes it runs in may see. */
export function withoutSecrets<T extends Record<string, string | undefined>>(env: T): T {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SECRET_NAME.test(name))) as T
}

/** `.env`, `.env.local`, `.env.production`, …: where projects keep the secrets their code reads. */
function dotenvFiles(projectRoot: string): string[] {
  try {
    return fs
      .readdirSync(projectRoot)
      .filter((name) => name === '.env' || (name.startsWith('.env.') && !name.endsWith('.example') && !name.endsWith('.sample')))
      .map((name) => path.join(projectRoot, name))
  } catch {
    return []
  }
}

/**
 * Every secret a writer must keep out of what it writes in this project: the values of the
 * environment's secret-named variables and the secrets of the project's dotenv files.
 */
export function projectSecrets(projectRoot: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const secrets = new Set(secretsOf(env))
  for (const file of dotenvFiles(projectRoot)) {
    try {
      for (const secret of secretsInDotenv(fs.readFileSync(file, 'utf8'))) secrets.add(secret)
    } catch {
      // An unreadable dotenv file holds nothing we could leak.
    }
  }
  return [...secrets]
}
