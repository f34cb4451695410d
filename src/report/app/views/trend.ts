/** The trend chart, rendered by the Node side into a <template> of index.html (see html/trend.ts). */
export function trendChart(): DocumentFragment {
  const template = document.getElementById('trend-chart') as HTMLTemplateElement
  return template.content.cloneNode(true) as DocumentFragment
}
