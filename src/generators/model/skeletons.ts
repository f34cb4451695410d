/**
 * Class skeletons for a model to fill: modules the offline pass wrote for a story (its class, each
 * method typed and named from the step texts with the scenarios it must satisfy) that nobody has
 * filled in since. The prompt shows them, and an answer that drops or changes one of their
 * methods is refused before it is written: the step definitions call them as they are.
 */
import fs from 'node:fs'
import path from 'node:path'
import { compiler } from '../../compiler'
import { SpecloopError, specloopError } from '../../errors'
import { GENERATED_DIRECTORY, listTypeScriptFiles, PlannedFile, readProvenance, sha256 } from '../../workspace'

interface DeclaredMethod {
  name: string
  /** `(number, string): void`: the parameter and return types, which callers depend on (names do not matter). */
  shape: string
  signature: string
  line: number
  column: number
}

interface Declarations {
  classes: Map<string, { methods: Map<string, DeclaredMethod>; line: number; column: number }>
  functions: Set<string>
}

export interface GivenSkeleton {
  path: string
  /** The module as written offline, without its provenance header. */
  content: string
  sha256: string
  declarations: Declarations
}

/** The skeletons in `generated/src/` still as the offline pass wrote them. */
export function readSkeletons(cwd: string): GivenSkeleton[] {
  return listTypeScriptFiles(path.join(cwd, GENERATED_DIRECTORY, 'src')).flatMap((file) => {
    const read = readProvenance(fs.readFileSync(file, 'utf8'))
    const skeleton = read.provenance?.skeleton
    if (skeleton === undefined || read.editedByHand || skeleton.sha256 !== read.provenance?.bodySha256) return []
    return [skeletonOf(path.relative(cwd, file).split(path.sep).join('/'), read.body)]
  })
}

/** A skeleton module as the model is given it: its classes, their methods' signatures, its functions. */
export function skeletonOf(relativePath: string, content: string): GivenSkeleton {
  return { path: relativePath, content, sha256: sha256(content), declarations: declarationsOf(relativePath, content).declarations }
}

function declarationsOf(file: string, content: string): { declarations: Declarations } {
  const typescript = compiler()
  const source = typescript.createSourceFile(file, content, typescript.ScriptTarget.Latest, true)
  const declarations: Declarations = { classes: new Map(), functions: new Set() }
  for (const statement of source.statements) {
    if (typescript.isFunctionDeclaration(statement) && statement.name) declarations.functions.add(statement.name.text)
    if (!typescript.isClassDeclaration(statement) || !statement.name) continue
    const methods = new Map<string, DeclaredMethod>()
    for (const member of statement.members) {
      if (!typescript.isMethodDeclaration(member) || !typescript.isIdentifier(member.name)) continue
      const types = member.parameters.map((parameter) => compact(parameter.type?.getText(source) ?? 'any'))
      const returns = member.type ? compact(member.type.getText(source)) : undefined
      const at = source.getLineAndCharacterOfPosition(member.name.getStart(source))
      methods.set(member.name.text, {
        name: member.name.text,
        line: at.line + 1,
        column: at.character + 1,
        shape: `(${types.join(', ')})${returns === undefined ? '' : `: ${returns}`}`,
        signature: compact(
          `${member.name.text}(${member.parameters.map((parameter) => parameter.getText(source)).join(', ')})${returns === undefined ? '' : `: ${returns}`}`
        )
      })
    }
    const position = source.getLineAndCharacterOfPosition(statement.name.getStart(source))
    declarations.classes.set(statement.name.text, { methods, line: position.line + 1, column: position.character + 1 })
  }
  return { declarations }
}

const compact = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Why a proposed module is not its skeleton filled in: a class, method or function of the
 * skeleton missing (removed or renamed), or a method whose parameter or return types changed.
 */
export function skeletonDeparture(skeleton: GivenSkeleton, file: PlannedFile): SpecloopError | undefined {
  const proposed = declarationsOf(file.path, file.content).declarations
  const refuse = (message: string, at: { line: number; column: number } = { line: 1, column: 1 }) =>
    specloopError(
      'MODEL_SKELETON_CHANGED',
      message,
      { file: file.path, ...at },
      `keep every class, method and signature of the skeleton ${skeleton.path} (the step definitions call them) and fill in the bodies`
    )
  for (const [className, given] of skeleton.declarations.classes) {
    const found = proposed.classes.get(className)
    if (found === undefined) return refuse(`the class ${className} of the skeleton is missing (removed or renamed)`)
    for (const method of given.methods.values()) {
      const kept = found.methods.get(method.name)
      if (kept === undefined)
        return refuse(`${className} does not keep the skeleton's method ${method.signature} (removed or renamed)`, found)
      if (!sameShape(method.shape, kept.shape))
        return refuse(`${className}.${kept.signature} does not keep the skeleton's signature ${method.signature}`, kept)
    }
  }
  const missing = [...skeleton.declarations.functions].find((name) => !proposed.functions.has(name))
  return missing === undefined ? undefined : refuse(`the function ${missing} of the skeleton is missing (removed or renamed)`)
}

/** Same parameter types; the same return type, or none written (inferred). */
function sameShape(given: string, proposed: string): boolean {
  return proposed === given || (!proposed.includes('):') && given.startsWith(`${proposed}:`))
}

/** The repair loop's check of a proposed file: a skeleton's module must keep the skeleton. */
export function skeletonVet(skeletons: readonly GivenSkeleton[]): (file: PlannedFile) => SpecloopError | undefined {
  const byPath = new Map(skeletons.map((skeleton) => [skeleton.path, skeleton]))
  return (file) => {
    const skeleton = byPath.get(path.posix.normalize(file.path.replace(/\\/g, '/')))
    return skeleton === undefined ? undefined : skeletonDeparture(skeleton, file)
  }
}
