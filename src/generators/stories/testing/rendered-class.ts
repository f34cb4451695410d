/** Test support: a story's class as generated, compiled and loaded, and the method a step calls. */
import assert from 'node:assert/strict'
import { runInNewContext } from 'node:vm'
import { compiler } from '../../../compiler'
import { type runScenario, type Story } from '../model'
import { renderStory } from '../render'

/** A model's class, written, compiled strictly and loaded: its accessor gives a scenario's instance. */
export function renderedClass(
  story: Story,
  model: Parameters<typeof runScenario>[1]
): {
  rendered: ReturnType<typeof renderStory>
  accessor: (world: object) => Record<string, (...args: unknown[]) => void> & { refusal?: string }
} {
  const names = new Map(story.steps.map((step) => [step.index, step.params.map((_, index) => `value${index}`)]))
  const rendered = renderStory(story, model, names, names, { status: 'ambiguous' })
  const ts = compiler()
  const output = ts.transpileModule(rendered.module, {
    reportDiagnostics: true,
    compilerOptions: { strict: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
  })
  assert.deepEqual(output.diagnostics ?? [], [])
  const exports: Record<string, unknown> = {}
  runInNewContext(output.outputText, { exports })
  return { rendered, accessor: exports[rendered.accessor] as ReturnType<typeof renderedClass>['accessor'] }
}

/** The method a rendered class gives a step: named in the summary line that calls it. */
export function methodOf(
  story: Story,
  rendered: ReturnType<typeof renderStory>,
  expression: string,
  role?: 'given' | 'when' | 'then'
): string {
  const step = story.steps.find((candidate) => candidate.expression === expression && (role === undefined || candidate.role === role))!
  const lines = rendered.bodies.get(step.index) ?? []
  // The last call in the body: `instance.attempt(() => instance.typeWord(value0))`.
  const calls = [...lines.join('\n').matchAll(/\.(\w+)\(/g)]
  assert.ok(calls.length > 0, `a call for ${expression}`)
  return calls[calls.length - 1]![1]!
}
