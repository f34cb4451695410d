Feature: hollow scenarios
  A scenario that executes no implementation code (only step code), or whose Then steps
  execute no assertion, is a test that asserts nothing. `verify` warns about each with its
  location; `--strict` makes them fail the run.

  Background:
    Given a project with the file "src/greeting.ts":
      """
      export function greet(name: string): string {
        return `Hello, ${name}!`
      }
      """
    And the file "steps/greeting.steps.ts":
      """
      import { Given, When, Then } from '@cucumber/cucumber'
      import { expect } from 'chai'
      import { greet } from '../src/greeting'

      let name = ''
      let greeting = ''
      Given('a visitor called {word}', function (visitor: string) {
        name = visitor
      })
      When('the visitor is greeted', function () {
        greeting = greet(name)
      })
      When('the visitor is ignored', function () {
        greeting = `Hello, ${name}!`
      })
      Then('the greeting is {string}', function (expected: string) {
        expect(greeting).to.equal(expected)
      })
      Then('the greeting is shown', function () {
        console.log(greeting)
      })
      """
    And the file "features/greeting.feature":
      """
      Feature: greeting
        Scenario: a real test
          Given a visitor called Ada
          When the visitor is greeted
          Then the greeting is "Hello, Ada!"

        Scenario: only step code runs
          Given a visitor called Bob
          When the visitor is ignored
          Then the greeting is "Hello, Bob!"

        Scenario: nothing is checked
          Given a visitor called Cy
          When the visitor is greeted
          Then the greeting is shown
      """

  Scenario: hollow scenarios are warnings with their location
    When I run "specloop verify"
    Then the exit code is 0
    And the output contains "3 scenarios (3 passed)"
    And the output contains:
      """
      warning: features/greeting.feature:7: hollow scenario "only step code runs": it ran no implementation code, only step definitions
      warning: features/greeting.feature:12: hollow scenario "nothing is checked": its Then steps executed no assertion
      """
    And the output does not contain "a real test"

  Scenario: --strict makes them fail the run
    When I run "specloop verify --strict --format json"
    Then the exit code is 1
    And the JSON output has "hollow.length" equal to 2
    And the JSON output has "scenarioCounts.passed" equal to 3

  Scenario: implementation in JavaScript runs untraced, and is not mistaken for no implementation
    Given the file "src/shout.js":
      """
      exports.shout = function (text) {
        return text.toUpperCase()
      }
      """
    And the file "steps/shout.steps.ts":
      """
      import { When, Then } from '@cucumber/cucumber'
      import { expect } from 'chai'
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { shout } = require('../src/shout.js')

      let shouted = ''
      When('{word} is shouted', function (word: string) {
        shouted = shout(word)
      })
      Then('the shout is {word}', function (expected: string) {
        expect(shouted).to.equal(expected)
      })
      """
    And the file "features/shout.feature":
      """
      Feature: shout
        Scenario: shouting
          When hey is shouted
          Then the shout is HEY
      """
    When I run "specloop verify --strict"
    Then the output contains "warning: JavaScript of the project ran untraced: src/shout.js"
    And the output does not contain "hollow scenario \"shouting\""
    And the output contains "hollow scenario \"nothing is checked\": its Then steps executed no assertion"
