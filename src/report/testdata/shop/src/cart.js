'use strict'
// The implementation the step definitions drive.

function createCart() {
  return { lines: [] }
}

function addItem(cart, item, count, price) {
  if (count <= 0) throw new Error('count must be positive')
  cart.lines.push({ item, count, price })
}

function total(cart) {
  const sum = cart.lines.reduce((acc, line) => acc + line.count * line.price, 0)
  if (sum > 100) return sum * 0.9
  return sum
}

function invoiceText(cart) {
  const lines = cart.lines.map((line) => `${line.item} x${line.count} ${line.price.toFixed(2)}`)
  lines.push(`total ${total(cart).toFixed(2)}`)
  return lines.join('\n')
}

function convert(cart, currency) {
  throw new Error(`no exchange rate for ${currency}`)
}

module.exports = { createCart, addItem, total, invoiceText, convert }
