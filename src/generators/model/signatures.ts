import ts from 'typescript'

const DECLARATION_LIMIT = 600

function hasExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
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
export function summariseClass(node: ts.ClassDeclaration, source: ts.SourceFile): string {
  const members: string[] = []
  for (const member of node.members) {
    const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : []
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword) || (member.name && ts.isPrivateIdentifier(member.name))) continue
    if (ts.isPropertyDeclaration(member)) {
      const withoutInitialiser = source.text.slice(member.getStart(source), member.initializer ? member.initializer.getStart(source) : member.getEnd()).replace(/=\s*$/, '').replace(/;$/, '').trim()
      members.push(cap(withoutInitialiser, 200))
    } else if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
      members.push(headOf(member, source))
    }
  }
  const header = cap(source.text.slice(node.getStart(source), node.members.pos).replace(/\{\s*$/, '').trim(), 300)
  return `${header} {${members.map((member) => `\n  ${member}`).join('')}\n}`
}

/** The exported signatures of a TypeScript module, one declaration per entry. Pure. */
export function exportedSignatures(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const signatures: string[] = []
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      signatures.push(cap(statement.getText(source)))
      continue
    }
    if (!hasExport(statement)) continue
    if (ts.isFunctionDeclaration(statement)) signatures.push(headOf(statement, source))
    else if (ts.isClassDeclaration(statement)) signatures.push(summariseClass(statement, source))
    else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) signatures.push(cap(statement.getText(source)))
    else if (ts.isVariableStatement(statement)) {
      const kind = statement.declarationList.flags & ts.NodeFlags.Const ? 'const' : 'let'
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source)
        if (declaration.type) signatures.push(`export ${kind} ${name}: ${cap(declaration.type.getText(source), 300)}`)
        else if (declaration.initializer && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) signatures.push(`export ${kind} ${name} = ${headOf(declaration.initializer, source)}`)
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
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement) && statement.name?.text === call[1]) return summariseClass(statement, source)
  }
  return `setWorldConstructor(${call[1]}) (declared elsewhere)`
}
