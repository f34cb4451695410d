const { synthesise } = require('/work/main/dist/src/generators/synthesis')
const rows = [
  [5000, 0],
  [10000, 0],
  [20000, 2000],
  [30000, 4000],
  [60000, 10000]
]
const op = {
  name: 'tax',
  whenText: 'the tax is calculated',
  context: 'Income tax\nThe first 10000 euros of income are tax free; every euro above that is taxed at 20 percent.\nthe tax is calculated',
  inputs: [{ name: 'income', type: 'number' }],
  outputs: [{ name: 'tax', type: 'number' }],
  scenarios: [],
  examples: rows.map((r, i) => ({ inputs: { income: r[0] }, outputs: { tax: r[1] }, source: 'x:' + i }))
}
const t = Date.now()
const r = synthesise(op)
console.log(Date.now() - t, r.status, r.ok && r.outputs[0].description)
