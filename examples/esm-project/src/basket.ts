// TypeScript's ES-module style: the import names the compiled file, `.js`.
import { discountPercent } from './discount.js'

export interface Line {
  item: string
  price: number
  quantity: number
}

export class Basket {
  private readonly lines: Line[] = []

  add(item: string, price: number, quantity = 1): void {
    this.lines.push({ item, price, quantity })
  }

  get itemCount(): number {
    return this.lines.reduce((count, line) => count + line.quantity, 0)
  }

  get subtotal(): number {
    return this.lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  }

  get total(): number {
    const percent = discountPercent(this.itemCount)
    return Math.round(this.subtotal * (100 - percent)) / 100
  }
}
