/**
 * Cucumber's own tag-expression parser, which the site ships as assets/tag-expressions.js
 * (a global, wrapped by `../assets.ts`), so the report filters exactly as cucumber does.
 */
export interface TagExpression {
  evaluate(tags: string[]): boolean
}

interface TagExpressions {
  parse(text: string): TagExpression
}

export function parseTagExpression(text: string): TagExpression {
  return (window as unknown as { specloopTagExpressions: TagExpressions }).specloopTagExpressions.parse(text)
}

/** The tags of a data row, space-separated ("" for none). */
export const tagList = (tags: string): string[] => (tags ? tags.split(' ') : [])
