import type { PlannedFile } from '../../workspace'

/** The answer every output mode asks for. */
export interface ModelAnswer {
  files: PlannedFile[]
  notes: string
}

export type ParsedAnswer = { answer: ModelAnswer; problem?: undefined } | { answer?: undefined; problem: string }

/** The strict JSON schema of an answer (response_format and the tool's parameters). */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['files', 'notes'],
  properties: {
    files: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'content'],
        properties: {
          path: { type: 'string', description: 'relative to the project root, forward slashes' },
          content: { type: 'string', description: 'the whole file' }
        }
      }
    },
    notes: { type: 'string', description: 'what you changed and why, briefly' }
  }
} as const

export const MAX_FILES = 40
const MAX_FILE_CHARACTERS = 200_000
/** Generated files carry a provenance header, a // comment: only code files can have one. */
export const GENERATED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']

/**
 * Validates an answer before anything is used: an object with a `files` array of
 * `{path, content}` strings (within limits, no path twice) and optional `notes`.
 */
export function validateAnswer(value: unknown): ParsedAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'the answer is not a JSON object {"files": [...], "notes": "..."}' }
  const { files, notes } = value as { files?: unknown; notes?: unknown }
  if (!Array.isArray(files)) return { problem: 'the answer has no "files" array' }
  if (files.length > MAX_FILES) return { problem: `the answer has ${files.length} files; at most ${MAX_FILES} are accepted` }
  if (notes !== undefined && typeof notes !== 'string') return { problem: '"notes" must be a string' }
  const seen = new Set<string>()
  const accepted: PlannedFile[] = []
  for (const [index, file] of files.entries()) {
    const { path, content } = (file ?? {}) as { path?: unknown; content?: unknown }
    if (typeof path !== 'string' || path.trim() === '') return { problem: `files[${index}].path must be a non-empty string` }
    if (typeof content !== 'string') return { problem: `files[${index}].content must be a string (the whole file)` }
    if (content.length > MAX_FILE_CHARACTERS)
      return { problem: `files[${index}] (${path}) has ${content.length} characters; at most ${MAX_FILE_CHARACTERS} are accepted` }
    const key = path.replace(/\\/g, '/').replace(/^\.\//, '')
    if (seen.has(key)) return { problem: `${path} appears twice in the answer` }
    seen.add(key)
    accepted.push({ path, content })
  }
  return { answer: { files: accepted, notes: typeof notes === 'string' ? notes : '' } }
}

/** An answer written as JSON, possibly inside one ```json fence. */
export function parseJsonAnswer(text: string): ParsedAnswer {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n```\s*$/.exec(text)
  const json = fenced ? fenced[1] : text
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (thrown) {
    return { problem: `the answer was not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)})` }
  }
  return validateAnswer(value)
}

const PATH_LIKE = /^[\w@.\-/\\]+\.[A-Za-z0-9]+$/

/** The path a line before a fence names: `path`, `// path`, `File: path`, `### path`, `**path**`. */
function pathFromLine(line: string): string | undefined {
  const cleaned = line
    .trim()
    .replace(/^(\/\/|#+|[-*]|\d+\.)\s*/, '')
    .replace(/^(file|path)\s*:\s*/i, '')
    .replace(/^[`*_]+|[`*_:]+$/g, '')
    .trim()
  return PATH_LIKE.test(cleaned) ? cleaned : undefined
}

/**
 * The last-resort format: fenced code blocks, each preceded by a line naming its path (or
 * naming it in the fence's info string: ```ts path=src/x.ts). Blocks without a path are ignored.
 */
export function parseFencedBlocks(text: string): ParsedAnswer {
  const lines = text.split('\n')
  const files: { path: string; content: string }[] = []
  const prose: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/.exec(lines[index])
    if (!open) {
      prose.push(lines[index])
      continue
    }
    const fence = open[1]
    const info = open[3].trim().replace(/^(path|file)\s*=\s*/i, '')
    let previous = index - 1
    while (previous >= 0 && lines[previous].trim() === '') previous--
    const path = (PATH_LIKE.test(info) ? info : undefined) ?? (previous >= 0 ? pathFromLine(lines[previous]) : undefined)
    const body: string[] = []
    index++
    while (index < lines.length && !lines[index].trim().startsWith(fence)) body.push(lines[index++])
    if (path) {
      if (prose.length > 0 && pathFromLine(prose[prose.length - 1])) prose.pop()
      files.push({ path, content: `${body.join('\n')}\n` })
    }
  }
  if (files.length === 0) return { problem: 'the answer had no fenced code blocks with a path line' }
  return validateAnswer({ files, notes: prose.join('\n').trim() })
}

/** A text answer: JSON first, then fenced blocks with a path line. */
export function parseTextAnswer(text: string): ParsedAnswer {
  const json = parseJsonAnswer(text)
  if (json.answer) return json
  const fenced = parseFencedBlocks(text)
  if (fenced.answer) return fenced
  // Whatever the answer looks like decides which problem is worth telling.
  if (/^\s*(```(json)?\s*)?[{[]/.test(text)) return json
  if (fenced.problem !== 'the answer had no fenced code blocks with a path line') return fenced
  return {
    problem: `the answer was neither valid JSON {"files": [...], "notes": "..."} nor fenced code blocks with a path line (${json.problem})`
  }
}
