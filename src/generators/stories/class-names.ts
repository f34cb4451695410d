/** The names a story's class goes by: the class, its module, and the accessor each scenario's World calls. */
import { camelCase, toIdentifier, wordsOf } from '../steps/naming'
import type { Story } from './model'

/** The class, file and accessor names of a story, as the offline renderer gives them. */
export function storyClassNames(story: Story): { className: string; modulePath: string; accessor: string; holder: string } {
  // The thing is named before the words that qualify it: "To-do list with priorities" is a ToDoList.
  // A qualifier starts a word of its own: the "in" of "Walk-in clinic queue" is part of "walk-in".
  const tokens = story.name.split(/\s+/).map((token) => wordsOf(token))
  const all = tokens.flat()
  const starts = new Set(tokens.map((_, index) => tokens.slice(0, index).flat().length))
  const joint = all.findIndex((word, index) => index > 0 && starts.has(index) && QUALIFIER.test(word))
  const words = (joint > 0 ? all.slice(0, joint) : all).slice(0, 4)
  const camel = camelCase(words)
  const className = toIdentifier(camel.charAt(0).toUpperCase() + camel.slice(1), 'Story', 40).replace(/^./, (first) => first.toUpperCase())
  const fileBase = className.charAt(0).toLowerCase() + className.slice(1)
  // `holder`: whether a scenario's World already holds one (a step several stories share asks it).
  return { className, modulePath: `generated/src/${fileBase}.ts`, accessor: `${fileBase}Of`, holder: `has${className}` }
}

/** Words that join a qualifier to the thing a feature names ("with priorities", "on a ride card"). */
const QUALIFIER = /^(with|without|for|of|on|in|at|by|from|per|under|over|via|and|or|that|which|where|when|whose)$/i
