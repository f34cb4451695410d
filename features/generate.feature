Feature: Generating step definitions
  `specloop generate --steps-only` writes typed step definitions for the undefined steps (the
  ones `specloop check` reports), one typed World, the support code they need and a stub for
  each operation a When step names. Steps that differ only in their values share one Cucumber
  Expression. It never overwrites a file edited by hand, and a second run writes nothing.

  Background:
    Given a spec project as `specloop init` writes it, without its example

  Scenario: steps that differ only in their values share one typed expression
    Given the file "features/shipping.feature":
      """
      Feature: Shipping cost
        Scenario Outline: cost by weight
          Given a parcel weighing <weight> kg
          And the customer "<customer>" wants it express: <express>
          When the shipping cost is calculated
          Then the cost is <cost>

          Examples:
            | weight | customer | express | cost |
            | 0.5    | Ada      | no      | 5    |
            | 2      | Bob      | yes     | 9    |

        Scenario: heavy parcels
          Given a parcel weighing 3 kg
          And the customer "Ada" wants it express: no
          When the shipping cost is calculated
          Then the cost is 9
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "4 step definitions for 8 step texts (8 undefined), 1 operation"
    And the output contains "operation calculateShippingCost(weight: number, customer: string, express: boolean) in generated/src/calculateShippingCost.ts (3 examples)"
    And the file "generated/steps/shipping.steps.ts" contains:
      """
      Given("a parcel weighing {float} kg", function (this: GeneratedWorld, weight: number) {
        this.weight = weight
      })
      """
    And the file "generated/steps/shipping.steps.ts" contains:
      """
      Given("the customer {string} wants it express: {boolean}", function (this: GeneratedWorld, customer: string, express: boolean) {
      """
    And the file "generated/steps/shipping.steps.ts" contains:
      """
      When("the shipping cost is calculated", function (this: GeneratedWorld) {
        this.actualCost = calculateShippingCost(requireInput(this, "weight"), requireInput(this, "customer"), requireInput(this, "express"))
      })
      """
    And the file "generated/steps/shipping.steps.ts" contains:
      """
      expect(this.actualCost, "cost").to.be.closeTo(cost, DECIMAL_TOLERANCE * Math.max(1, Math.abs(cost)))
      """
    And the file "generated/support/parameter-types.ts" contains "name: \"boolean\""
    And the file "generated/support/world.ts" contains "setWorldConstructor(GeneratedWorld)"
    When I run "specloop generate --steps-only"
    Then the output contains "4 step definitions for 8 step texts (none undefined), 1 operation"
    When I run "specloop check"
    Then the exit code is 0
    And the TypeScript compiler finds no error in the project

  Scenario: a placeholder some rows fill with several words is one anonymous {} parameter, not a step per value
    Given the file "features/ride.feature":
      """
      Feature: Ride height check
        Scenario Outline: may this rider board
          Given a rider <height> cm tall
          And the rider <company> with an adult
          When the attendant checks the rider
          Then boarding is "<allowed>"

          Examples:
            | height | company | allowed |
            | 125    | is not  | yes     |
            | 115    | is      | yes     |
            | 100    | is not  | no      |
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "operation attendantChecksRider(height: number, company: string)"
    And the file "generated/steps/ride.steps.ts" contains:
      """
      Given("the rider {} with an adult", function (this: GeneratedWorld, company: string) {
        this.company = company
      })
      """
    When I run "specloop check"
    Then the exit code is 0

  Scenario: the generated project runs under plain cucumber-js, fails with the stub's message, and a second run writes nothing
    Given the file "features/billing/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    And the file "features/billing/discount.feature":
      """
      Feature: Discount
        Scenario: no discount
          Given a price of 50
          When the discount is applied
          Then the price is 50
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the file "generated/steps/billing/tax.steps.ts" exists
    And the file "generated/steps/billing/discount.steps.ts" exists
    And the file "generated/steps/common.steps.ts" contains "Given(\"a price of {float}\""
    And the file "generated/src/computeTax.ts" contains "export function computeTax(price: number): number {"
    When I run "cucumber-js"
    Then the exit code is 1
    And the output contains "2 scenarios (2 failed)"
    And the output contains "computeTax is not implemented yet: needed by \"tax on a price\" (features/billing/tax.feature:2)"
    And the output contains "applyDiscount is not implemented yet"
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "Nothing to write: 7 generated files already up to date."
    And the ledger has 2 entries of kind "generate"

  Scenario: a new feature writes only what is new; a file edited by hand is never overwritten
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    And I run "specloop generate --steps-only"
    And I replace "this.price = price" with "this.price = price * 1 // mine" in the file "generated/steps/tax.steps.ts"
    And the file "features/fees.feature":
      """
      Feature: Fees
        Scenario: one fee
          Given a fee of 5
          When the fees are added
          Then the total is 5
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "create                 generated/steps/fees.steps.ts"
    And the output contains "create                 generated/src/addFees.ts"
    And the output contains "update                 generated/support/world.ts"
    And the output contains "kept (edited by hand)  generated/steps/tax.steps.ts — edited by hand since it was generated"
    And the output contains "Wrote 3 files; 1 unchanged."
    And the file "generated/steps/tax.steps.ts" still contains "this.price = price * 1 // mine"
    And the TypeScript compiler finds no error in the project

  Scenario: the World keeps the fields a step file edited by hand uses, with their types, so the project still compiles
    Given the file "features/lock.feature":
      """
      Feature: Lock
        Scenario: a wrong PIN
          When someone enters PIN "1111"
          Then the lock shows "wrong PIN"
      """
    And the file "features/meter.feature":
      """
      Feature: Meter
        Scenario: two coins
          When 2 coins are inserted
          Then the meter shows 30 minutes
      """
    And I run "specloop generate --steps-only"
    And I replace 'expect(this.actualShows, "shows")' with 'expect(this.actualShows, "message")' in the file "generated/steps/lock.steps.ts"
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "kept (edited by hand)  generated/steps/lock.steps.ts"
    And the file "generated/support/world.ts" contains "actualShows?: string"
    And the TypeScript compiler finds no error in the project

  Scenario: a step file whose feature moved is emptied, so no step is defined twice
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    And I run "specloop generate --steps-only"
    And the file "features/tax.feature" is moved to "features/billing/tax.feature"
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "update                 generated/steps/tax.steps.ts"
    And the file "generated/steps/tax.steps.ts" contains "No step needs the definitions that were here any more"
    And the file "generated/steps/billing/tax.steps.ts" contains "Given(\"a price of {float}\""
    When I run "specloop check"
    Then the exit code is 0

  Scenario: a module specloop wrote that nothing needs any more is removed, and one edited by hand is kept
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario Outline: tax on a price
          Given a price of <price>
          When the tax is computed
          Then the tax is <tax>

          Examples:
            | price | tax |
            | 100   | 20  |
            | 50    | 10  |
            | 10    | 2   |
            | 35    | 7   |
      """
    And the file "features/fee.feature":
      """
      Feature: Fee
        Scenario: one fee
          Given an order of 30
          When the fee is charged
          Then the fee is 3
      """
    And I run "specloop generate"
    And I replace "the tax is computed" with "the tax is worked out" in the file "features/tax.feature"
    And I append to the file "generated/src/chargeFee.ts":
      """
      // our note
      """
    And I replace "the fee is charged" with "the fee is worked out" in the file "features/fee.feature"
    When I run "specloop generate --check"
    Then the exit code is 1
    And the output contains "no longer needed: generated/src/computeTax.ts"
    When I run "specloop generate"
    Then the output contains "remove                 generated/src/computeTax.ts"
    And the output contains "Removed 1 file specloop wrote before and no longer needs."
    And the file "generated/src/computeTax.ts" does not exist
    And the file "generated/src/workOutTax.ts" exists
    And the file "generated/src/chargeFee.ts" exists
    When I run "specloop ledger show --format json"
    Then the output contains "\"removed\": ["

  Scenario: hand-written step definitions are respected, never duplicated
    Given the file "steps/price.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a price of {int}', function (price: number) {})
      """
    And the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "2 step definitions for 2 step texts (2 undefined)"
    And the file "generated/steps/tax.steps.ts" does not contain "a price of"

  Scenario: a generated Then after a hand-written When says what the When must set
    Given the file "steps/shipping.steps.ts":
      """
      import { When } from '@cucumber/cucumber'

      When('the shipping cost is calculated', function () {})
      """
    And the file "features/shipping.feature":
      """
      Feature: Shipping
        Scenario: a light parcel
          Given a parcel of 2 kg
          When the shipping cost is calculated
          Then the shipping cost is 4.5
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "warning: features/shipping.feature:5:5: the generated Then \"the shipping cost is {float}\" checks this.actualCost, but the When step before it (\"the shipping cost is calculated\") is written by hand (steps/shipping.steps.ts:3): set this.actualCost there, or write this Then step by hand"

  Scenario: a hand-written Given before a generated When is named: its value cannot reach the operation
    Given the file "steps/visitor.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a visitor named {string}', function (name: string) {})
      """
    And the file "features/display.feature":
      """
      Feature: Display names
        Scenario Outline: a display name
          Given a visitor named "<first>"
          And a last name "<last>"
          When the display name is formatted
          Then the display name is "<display>"

          Examples:
            | first | last     | display        |
            | Ada   | Lovelace | LOVELACE, Ada  |
            | Alan  | Turing   | TURING, Alan   |
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "warning: features/display.feature:3:5: the Given \"a visitor named \"<first>\"\" is written by hand (steps/visitor.steps.ts:3), so the generated When \"the display name is formatted\" cannot pass its value on"

  Scenario: special characters in step text are escaped, so each text matches its own expression
    Given the file "features/odd.feature":
      """
      Feature: Odd text
        Scenario: characters that mean something
          Given the path /tmp/{id}(x) with a \ and `ticks` and ${x} and */ in it
          When I read the "quoted \"text\"" and 'single' and it's fine
          Then the cost is 3.5 € (approx.) for 日本 and עברית 🎉
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the file "generated/steps/odd.steps.ts" contains:
      """
      Given("the path \\/tmp\\/\\{id\\}\\(x\\) with a \\\\ and `ticks` and $\\{x\\} and *\\/ in it", function (this: GeneratedWorld) {
      """
    When I run "specloop check"
    Then the exit code is 0
    And the TypeScript compiler finds no error in the project

  Scenario: data tables and doc strings become typed parameters
    Given the file "features/users.feature":
      """
      Feature: Users
        Scenario: importing users
          Given the following users:
            | name | role  |
            | Ada  | admin |
          And the configuration:
            ```json
            { "strict": true }
            ```
          When the users are imported
          Then the imported count is 1
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the file "generated/steps/users.steps.ts" contains:
      """
      Given("the following users:", function (this: GeneratedWorld, table: DataTable) {
        this.users = table.hashes()
      })

      // features/users.feature:6
      // doc string media type: json
      Given("the configuration:", function (this: GeneratedWorld, docString: string) {
        this.configuration = docString
      })
      """
    And the output contains "operation importUsers(users: Record<string, string>[], configuration: string) in generated/src/importUsers.ts (stateful, it takes or gives a data table: a typed stub; a full `specloop generate` tries to model its story offline)"
    And the TypeScript compiler finds no error in the project

  Scenario: with --steps-only a stateful specification gets compiling steps and typed stubs, and a full generate models its story
    Given the file "features/account.feature":
      """
      Feature: Bank account
        Scenario: deposit then withdraw
          Given an empty account
          When I deposit 100
          And I withdraw 30
          Then the balance is 70
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "operation deposit(amount: number) in generated/src/deposit.ts (stateful, "
    And the output contains "a typed stub; a full `specloop generate` tries to model its story offline)"
    And the output does not contain "needs a model provider"
    And the TypeScript compiler finds no error in the project
    When I run "specloop generate"
    Then the output contains "class BankAccount in generated/src/bankAccount.ts"

  Scenario: --dry-run prints the files and a diff, and writes nothing
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    When I run "specloop generate --steps-only --dry-run"
    Then the exit code is 0
    And the output contains "would create           generated/steps/tax.steps.ts"
    And the output contains "+++ b/generated/steps/tax.steps.ts"
    And the output contains "+Given(\"a price of {float}\", function (this: GeneratedWorld, price: number) {"
    And the output contains "Dry run: 4 files would be written, nothing was."
    And the file "generated/steps/tax.steps.ts" does not exist
    And the file ".specloop/ledger" does not exist

  Scenario: bad input is reported as check reports it, and nothing is written
    Given the file "features/broken.feature":
      """
      Feature: Broken
        Scenario: one
          Given a price of 100
          Exmples:
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 1
    And the output contains "features/broken.feature:4:5: expected"
    And the output contains "nothing was written"
    And the output has no stack trace
    And the directory "generated" contains only:
      """
      README.md
      src
      steps
      """

  Scenario: a run killed while writing leaves every file either as it was or complete
    Given 200 features, each with steps of its own
    When I run "specloop generate --steps-only" and kill it with SIGKILL as soon as it has written a file
    Then every generated file is complete: its body matches its provenance hash
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "Wrote"
    And every generated file is complete: its body matches its provenance hash

  Scenario: a run interrupted with Ctrl-C says, in one line, that it stopped and that every file is whole
    Given 20 features, each with steps of its own
    When I run "specloop generate" and interrupt it with SIGINT once it has written a file
    Then the exit code is 130
    And the output contains "specloop generate: stopped by SIGINT; every file is whole, as it was or as written" 1 times
    And every generated file is complete: its body matches its provenance hash

  Scenario: the steps of a class edited by hand are kept with it, so a new model never breaks the build
    Given the file "features/tally.feature":
      """
      Feature: Tally counter
        Scenario: counting
          Given the counter shows 0
          When the button is clicked
          And the button is clicked
          Then the counter shows 2

        Scenario: starting again
          Given the counter shows 5
          When the reset button is pressed
          Then the counter shows 0
      """
    And I run "specloop generate"
    And I replace "this.counter += 1" with "this.counter += 1 // mine" in the file "generated/src/tallyCounter.ts"
    And the file "features/tally.feature":
      """
      Feature: Tally counter
        Scenario: counting
          Given the counter shows 0
          When the button is clicked
          And the button is clicked
          Then the counter shows 2

        Scenario: starting again
          Given the counter shows 5
          When the reset button is pressed
          Then the counter shows 0

        Scenario: how many resets
          Given the counter shows 3
          When the reset button is pressed
          Then the counter has been reset 1 time
      """
    When I run "specloop generate"
    Then the output contains "kept (edited by hand)  generated/steps/tally.steps.ts — it calls generated/src/tallyCounter.ts, which was edited by hand"
    And the file "generated/src/tallyCounter.ts" still contains "this.counter += 1 // mine"
    And the TypeScript compiler finds no error in the project

  Scenario: an operation edited by hand is reported as the person's code, and --check says how to settle it
    Given the file "features/delivery.feature":
      """
      Feature: Delivery
        Scenario Outline: deciding on free delivery
          When free delivery is decided for a total of <total>
          Then free delivery is <free>

          Examples:
            | total | free  |
            | 10    | false |
            | 49.99 | false |
            | 50    | true  |
            | 120   | true  |
      """
    And I run "specloop generate"
    And I replace "total >= 50" with "50 <= total" in the file "generated/src/decideFreeDeliveryForTotalOf.ts"
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "kept as edited by hand (generated/src/decideFreeDeliveryForTotalOf.ts); specloop would write: free = total >= 50"
    And the output contains "0 operations synthesised, 1 kept as edited by hand (decideFreeDeliveryForTotalOf)"
    And the output does not contain "1 operation synthesised"
    When I run "specloop run"
    Then the output contains "decideFreeDeliveryForTotalOf: kept as edited by hand"
    And the output does not contain "decideFreeDeliveryForTotalOf: synthesised"
    When I run "specloop generate --check"
    Then the exit code is 1
    And the output contains "edited by hand: generated/src/decideFreeDeliveryForTotalOf.ts"
    And the output contains "To keep the edit, delete the `// specloop-provenance:` line"
    And the output does not contain "stale (1): run specloop generate"
    When I replace "// specloop-provenance:" with "// mine:" in the file "generated/src/decideFreeDeliveryForTotalOf.ts"
    And I run "specloop generate --check"
    Then the exit code is 0

  Scenario: a file edited by hand with its provenance hash recomputed is still kept: the ledger never recorded it
    Given the file "features/delivery.feature":
      """
      Feature: Delivery
        Scenario Outline: deciding on free delivery
          When free delivery is decided for a total of <total>
          Then free delivery is <free>

          Examples:
            | total | free  |
            | 10    | false |
            | 49.99 | false |
            | 50    | true  |
            | 120   | true  |
      """
    And I run "specloop generate"
    And I replace "total >= 50" with "total >= 40" in the file "generated/src/decideFreeDeliveryForTotalOf.ts" and recompute its provenance hash
    And I add the row "| 200   | true  |" after "| 120   | true  |" in the file "features/delivery.feature"
    When I run "specloop generate"
    Then the output contains "kept (edited by hand)  generated/src/decideFreeDeliveryForTotalOf.ts — its header says specloop wrote it, but the ledger never recorded this content"
    And the file "generated/src/decideFreeDeliveryForTotalOf.ts" contains "total >= 40"

  Scenario: a project without a cucumber configuration is run by the loop as check and verify read it
    Given I delete the file "cucumber.js"
    And the file "features/tax.feature":
      """
      Feature: Tax
        Scenario Outline: tax on a price
          When the tax on <price> is computed
          Then the tax is <tax>

          Examples:
            | price | tax |
            | 100   | 20  |
            | 50    | 10  |
            | 10    | 2   |
      """
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "3/3 scenarios green"

  Scenario: the hook that makes a scenario checking nothing pending leaves hand-written features alone
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: nothing checked yet
          Given a price of 100
      """
    And the file "features/setup.feature":
      """
      Feature: Setup
        Scenario: only arranging
          Given the shop is open
      """
    And the file "steps/setup.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('the shop is open', function () {})
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    When I run "cucumber-js"
    Then the output contains "2 scenarios (1 pending, 1 passed)"
