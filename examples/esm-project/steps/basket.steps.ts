import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { Basket } from '../src/basket.js'

let basket = new Basket()

Given('an empty basket', function () {
  basket = new Basket()
})

When('I add {int} {word} at {float} each', function (quantity: number, item: string, price: number) {
  basket.add(item, price, quantity)
})

Then('the basket holds {int} items', function (count: number) {
  expect(basket.itemCount).to.equal(count)
})

Then('the total is {float}', function (total: number) {
  expect(basket.total).to.equal(total)
})
