/** Text helpers shared by modules that build regular expressions from user paths. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
