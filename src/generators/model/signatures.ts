import type * as ts from 'typescript'
import { compiler } from '../../compiler'

const DECLARATION_LIMIT = 600

function hasExport(node: ts.Node): boolean {
  return (
    compiler().canHaveModifiers(node) &&
    (compiler().getModifiers(node) ?? []).some((modifier) => modifier.kind === compiler().SyntaxKind.ExportKeyword)
  )
}

function cap(text: string, limit = DECLARATION_LIMIT): string {
  const single = text.replace(/\s*\n\s*/g, ' ')
  return single.length > limit ? `${single.slice(0, limit)} …` : single
}

/** The text of a declaration up to its body: `function f(a: number): string`. */
function headOf(node: ts.Node & { body?: ts.Node }, source: ts.SourceFile): string {
  const start = node.getStart(source)
  const end = node.body ? node.body.getStart(source) : node.getEnd()
  return cap(source.text.slice(start, end).trim().replace(/[{;]$/, '').trim())
}

/** A class as its header and its members' signatures, bodies and initialisers left out. */
function summariseClass(node: ts.ClassDeclaration, source: ts.SourceFile): string {
  const members: string[] = []
  for (const member of node.members) {
    const modifiers = compiler().canHaveModifiers(member) ? (compiler().getModifiers(member) ?? []) : []
    if (
      modifiers.some((modifier) => modifier.kind === compiler().SyntaxKind.PrivateKeyword) ||
      (member.name && compiler().isPrivateIdentifier(member.name))
    )
      continue
    if (compiler().isPropertyDeclaration(member)) {
      const withoutInitialiser = source.text
        .slice(member.getStart(source), member.initializer ? member.initializer.getStart(source) : member.getEnd())
        .replace(/=\s*$/, '')
        .replace(/;$/, '')
        .trim()
      members.push(cap(withoutInitialiser, 200))
    } else if (
      compiler().isMethodDeclaration(member) ||
      compiler().isConstructorDeclaration(member) ||
      compiler().isGetAccessorDeclaration(member) ||
      compiler().isSetAccessorDeclaration(member)
    ) {
      members.push(headOf(member, source))
    }
  }
  const header = cap(
    source.text
      .slice(node.getStart(source), node.members.pos)
      .replace(/\{\s*$/, '')
      .trim(),
    300
  )
  return `${header} {${members.map((member) => `\n  ${member}`).join('')}\n}`
}

/** The exported signatures of a TypeScript module, one declaration per entry. Pure. */
export function exportedSignatures(fileName: string, text: string): string[] {
  const source = compiler().createSourceFile(fileName, text, compiler().ScriptTarget.Latest, true)
  const signatures: string[] = []
  for (const statement of source.statements) {
    if (compiler().isExportDeclaration(statement) || compiler().isExportAssignment(statement)) {
      signatures.push(cap(statement.getText(source)))
      continue
    }
    if (!hasExport(statement)) continue
    if (compiler().isFunctionDeclaration(statement)) signatures.push(headOf(statement, source))
    else if (compiler().isClassDeclaration(statement)) signatures.push(summariseClass(statement, source))
    else if (
      compiler().isInterfaceDeclaration(statement) ||
      compiler().isTypeAliasDeclaration(statement) ||
      compiler().isEnumDeclaration(statement)
    )
      signatures.push(cap(statement.getText(source)))
    else if (compiler().isVariableStatement(statement)) {
      const kind = statement.declarationList.flags & compiler().NodeFlags.Const ? 'const' : 'let'
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source)
        if (declaration.type) signatures.push(`export ${kind} ${name}: ${cap(declaration.type.getText(source), 300)}`)
        else if (
          declaration.initializer &&
          (compiler().isArrowFunction(declaration.initializer) || compiler().isFunctionExpression(declaration.initializer))
        )
          signatures.push(`export ${kind} ${name} = ${headOf(declaration.initializer, source)}`)
        else signatures.push(`export ${kind} ${name} = ${cap(declaration.initializer?.getText(source) ?? '', 80)}`)
      }
    }
  }
  return signatures
}

/** The World a project's support code sets with `setWorldConstructor(X)`: X's summary, if X is declared in that file. */
export function worldDeclaration(fileName: string, text: string): string | undefined {
  const call = /setWorldConstructor\(\s*([A-Za-z_$][\w$]*)/.exec(text)
  if (!call) return undefined
  const source = compiler().createSourceFile(fileName, text, compiler().ScriptTarget.Latest, true)
  for (const statement of source.statements) {
    if (compiler().isClassDeclaration(statement) && statement.name?.text === call[1]) return summariseClass(statement, source)
  }
  return `setWorldConstructor(${call[1]}) (declared elsewhere)`
}
