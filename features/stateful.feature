Feature: Stateful specifications become a domain class, offline
  Scenarios that tell a short story about one thing — Given steps that set it up, When steps that
  are commands, Then steps that query it or check the last command's refusal — are synthesised
  into one class: its fields are the state, its methods the commands. The generated step
  definitions only translate words into calls, and the project runs with plain cucumber-js.
  Where the scenarios do not decide the model, specloop says which scenario would.

  Background:
    Given a spec project as `specloop init` writes it, without its example

  Scenario: commands, queries and refusals become a class, and plain cucumber-js runs it
    Given the file "features/seeds.feature":
      """
      Feature: Seed store

        Scenario: selling some
          Given the store has 30 packets of "basil"
          When 10 packets of "basil" are sold
          Then the store has 20 packets of "basil"

        Scenario: selling too many
          Given the store has 4 packets of "thyme"
          When 6 packets of "thyme" are sold
          Then the sale is refused with "only 4 packets of thyme left"
          And the store has 4 packets of "thyme"

        Scenario: selling all
          Given the store has 5 packets of "sage"
          When 5 packets of "sage" are sold
          Then the store has 0 packets of "sage"

        Scenario: two kinds of seed
          Given the store has 30 packets of "basil"
          And the store has 8 packets of "sage"
          When 10 packets of "basil" are sold
          And 5 packets of "sage" are sold
          Then the store has 20 packets of "basil"
          And the store has 3 packets of "sage"

        Scenario: more than a full store holds
          Given the store has 5 packets of "sage"
          When 8 packets of "sage" are sold
          Then the sale is refused with "only 5 packets of sage left"
          And the store has 5 packets of "sage"

        Scenario: one packet more than the store holds
          Given the store has 8 packets of "dill"
          When 9 packets of "dill" are sold
          Then the sale is refused with "only 8 packets of dill left"
      """
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "1 operation synthesised (SeedStore)"
    And the output contains "3 step definitions for 16 step texts (16 undefined), 0 operations, 1 story class"
    And the file "generated/src/seedStore.ts" contains "export class SeedStore {"
    And the file "generated/src/seedStore.ts" contains "throw new Refusal(`only ${"
    And the file "generated/steps/seeds.steps.ts" contains "instance.attempt(() => instance.sellPacketsOf(amount, "
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "6 scenarios (6 passed)"

  Scenario: a model the scenarios do not decide is written unconfirmed, with the scenario that would decide it
    Given the file "features/seeds.feature":
      """
      Feature: Seed store

        Scenario: selling some
          Given the store has 30 packets of "basil"
          When 10 packets of "basil" are sold
          Then the store has 20 packets of "basil"

        Scenario: selling too many
          Given the store has 4 packets of "thyme"
          When 6 packets of "thyme" are sold
          Then the sale is refused with "only 4 packets of thyme left"
          And the store has 4 packets of "thyme"

        Scenario: selling all
          Given the store has 5 packets of "sage"
          When 5 packets of "sage" are sold
          Then the store has 0 packets of "sage"
      """
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "1 ambiguous (SeedStore)"
    And the output contains "the scenarios do not decide the model of features/seeds.feature; a scenario that would:"
    And the output contains "When 10 packets of \"basil\" are sold"
    And the output contains "And 5 packets of \"sage\" are sold"
    And the output contains "Then the store has ? packets of \"basil\"   (20 or 15)"
    And the file "generated/src/seedStore.ts" contains "UNCONFIRMED: the scenarios do not decide this model."

  Scenario: commands that each run alone, on the same thing set up and checked by the same steps, are a story
    Given the file "features/jar.feature":
      """
      Feature: Sweet jar

        Scenario: taking sweets
          Given a jar with 10 sweets
          When 3 sweets are taken
          Then the jar holds 7 sweets

        Scenario: adding sweets
          Given a jar with 4 sweets
          When 5 sweets are added
          Then the jar holds 9 sweets

        Scenario: taking the last ones
          Given a jar with 2 sweets
          When 2 sweets are taken
          Then the jar holds 0 sweets

        Scenario: adding to an empty jar
          Given a jar with 0 sweets
          When 6 sweets are added
          Then the jar holds 6 sweets
      """
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "1 story class"
    And the file "generated/src/sweetJar.ts" contains "export class SweetJar {"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"

  Scenario: a step used as a Given and as a Then sets the state up as a Given, and checks it as a Then
    Given the file "features/seeds.feature":
      """
      Feature: Seed store

        Scenario: selling some
          Given the store has 30 packets of "basil"
          When 10 packets of "basil" are sold
          Then the store has 20 packets of "basil"

        Scenario: selling all
          Given the store has 5 packets of "sage"
          When 5 packets of "sage" are sold
          Then the store has 0 packets of "sage"
      """
    And I run "specloop generate"
    When I run "specloop run"
    Then the output contains "0 operations, 1 story class, 0 files written"
    And the file "features/wrong.feature":
      """
      Feature: Seed store, a wrong expectation

        Scenario: the store is checked, not set up again
          Given the store has 30 packets of "basil"
          When 10 packets of "basil" are sold
          Then the store has 99 packets of "basil"

        Scenario: a Then before any sale checks too
          Given the store has 30 packets of "basil"
          And the store has 5 packets of "sage"
          Then the store has 5 packets of "sage"
          And the store has 40 packets of "basil"
      """
    When I run "cucumber-js"
    Then the exit code is 1
    And the output contains "4 scenarios (2 failed, 2 passed)"
    And the output contains "expected 20 to be close to 99"
    And the output contains "expected 30 to be close to 40"

  Scenario: word steps used as a Given and as a Then are one step that takes any word, and a command's next mode is learnt from chains of changes
    Given the file "features/light.feature":
      """
      Feature: Traffic light

        Scenario: green changes to amber
          Given the light shows green
          When the light changes
          Then the light shows amber

        Scenario: two changes from amber
          Given the light shows amber
          When the light changes
          And the light changes
          Then the light shows green

        Scenario: a full cycle
          Given the light shows red
          When the light changes
          And the light changes
          And the light changes
          Then the light shows red
      """
    And I run "specloop generate"
    And the file "features/wrong.feature":
      """
      Feature: Traffic light, a wrong expectation

        Scenario: green does not stay green
          Given the light shows green
          When the light changes
          Then the light shows green
      """
    When I run "cucumber-js"
    Then the exit code is 1
    And the output contains "4 scenarios (1 failed, 3 passed)"
    And the file "generated/src/trafficLight.ts" contains "[\"green\", \"amber\"], [\"amber\", \"red\"], [\"red\", \"green\"]"
    And the file "generated/steps/light.steps.ts" contains "Given(\"the light shows {word}\", function (this: GeneratedWorld, state: string)"

  Scenario: a plain word that keys a stock across several steps is one value, and one Given may list every key
    Given the file "features/paint.feature":
      """
      Feature: Paint store

        Scenario: a busy morning
          Given the store has 30 white tins, 20 grey tins and 12 blue tins
          When a decorator takes 8 white tins
          And a decorator takes 5 blue tins
          Then the white shelf holds 22
          And the blue shelf holds 7
          When 10 blue tins arrive
          Then the blue shelf holds 17
          And the grey shelf holds 20

        Scenario: running low on grey
          Given the store has 5 white tins, 9 grey tins and 40 blue tins
          When a decorator takes 6 grey tins
          And a decorator takes 4 grey tins
          Then the decorator hears "only 3 grey tins left"
          When a decorator takes 3 grey tins
          And a decorator takes 1 grey tins
          Then the decorator hears "no grey tins left"
          When 15 grey tins arrive
          Then the grey shelf holds 15

        Scenario: an empty shelf
          Given the store has 0 white tins, 14 grey tins and 6 blue tins
          When a decorator takes 2 white tins
          Then the decorator hears "no white tins left"
          When 9 white tins arrive
          And a decorator takes 11 white tins
          Then the decorator hears "only 9 white tins left"
          And the blue shelf holds 6
      """
    And I run "specloop generate"
    And the file "features/later.feature":
      """
      Feature: Paint store, written later

        Scenario: blue runs short
          Given the store has 3 white tins, 25 grey tins and 8 blue tins
          When a decorator takes 10 blue tins
          Then the decorator hears "only 8 blue tins left"
          When 4 grey tins arrive
          And a decorator takes 29 grey tins
          Then the grey shelf holds 0
      """
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"
    And the file "generated/steps/paint.steps.ts" contains "When(\"a decorator takes {int} {word} tins\", function (this: GeneratedWorld, amount: number, kind: string)"

  Scenario: keys of two words in a project with its own parameter types get one definition per key
    Given the file "steps/switches.ts":
      """
      import { defineParameterType } from '@cucumber/cucumber'
      defineParameterType({ name: 'boolean', regexp: /on|off/, transformer: (text: string) => text === 'on' })
      """
    And the file "features/tuck.feature":
      """
      Feature: Tuck shop

        Scenario: a busy break
          Given the stock of flapjacks is 10
          And the stock of juice cartons is 6
          When 3 flapjacks are sold
          And 2 juice cartons are sold
          Then the stock of flapjacks is 7
          And the stock of juice cartons is 4
          When 5 juice cartons are delivered
          Then the stock of juice cartons is 9

        Scenario: apples
          Given the stock of apples is 4
          When 3 apples are sold
          Then the stock of apples is 1
          When 6 apples are delivered
          Then the stock of apples is 7
      """
    When I run "specloop generate"
    And I run "cucumber-js"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    And the file "generated/steps/tuck.steps.ts" contains "When(\"{int} juice cartons are sold\""

  Scenario: a refusal the examples leave open is written as the one the command's effect implies
    Given the file "features/voucher.feature":
      """
      Feature: Gift voucher
        A voucher holds at most 300 euros.

        Scenario: spending
          Given a voucher with 40 euros
          When I spend 15 euros
          Then the voucher holds 25 euros

        Scenario: too much
          Given a voucher with 3 euros
          When I spend 4 euros
          Then the shop says "declined"
          And the voucher holds 3 euros

        Scenario: topping up
          Given a voucher with 250 euros
          When I top up 40 euros
          Then the voucher holds 290 euros

        Scenario: past the most it holds
          Given a voucher with 280 euros
          When I top up 40 euros
          Then the shop says "at most 300 euros"
          And the voucher holds 280 euros

        Scenario: a top-up, then spending
          Given a voucher with 10 euros
          When I top up 20 euros
          And I spend 25 euros
          Then the voucher holds 5 euros
      """
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "the examples do not decide when \"I spend {float} euros\" is refused"
    And the output contains ", at the edge of its refusal"
    And the output contains "Then the shop says ?   (or is it accepted?)"
    And the output contains "5/5 scenarios pass"
    And the file "generated/src/giftVoucher.ts" contains "if ((this.voucherEuros - amount) < 0) throw new Refusal('declined')"
    And the file "generated/src/giftVoucher.ts" contains "if ((this.voucherEuros + amount) > 300) throw new Refusal('at most 300 euros')"

  Scenario: words that name a shortfall settle when a take is refused
    Given the file "features/voucher.feature":
      """
      Feature: Gift voucher
        A voucher never goes below zero, and it holds at most 300 euros.

        Scenario: spending
          Given a voucher with 40 euros
          When I spend 15 euros
          Then the voucher holds 25 euros

        Scenario: too much
          Given a voucher with 3 euros
          When I spend 4 euros
          Then the shop says "not enough left"
          And the voucher holds 3 euros

        Scenario: topping up
          Given a voucher with 250 euros
          When I top up 40 euros
          Then the voucher holds 290 euros

        Scenario: past the most it holds
          Given a voucher with 280 euros
          When I top up 40 euros
          Then the shop says "at most 300 euros"
          And the voucher holds 280 euros
      """
    When I run "specloop generate --format json"
    Then the exit code is 0
    And the output contains "\"status\": \"synthesised\""
    And the file "generated/src/giftVoucher.ts" contains "if ((this.voucherEuros - amount) < 0) throw new Refusal('not enough left')"

  Scenario: a refused command that still counts: wrong codes lock the keypad, and the class counts them too
    Given the file "features/pin.feature":
      """
      Feature: Cash machine PIN
        The card works with its PIN. Three wrong PINs in a row block the card: every PIN
        is then refused with "card blocked", even the right one, until the bank unblocks it.
        The right PIN clears the count of wrong PINs.

        Scenario: the right PIN
          Given a card with the PIN "1234"
          When the PIN "1234" is typed
          Then the menu is shown: yes

        Scenario: a wrong PIN
          Given a card with the PIN "1234"
          When the PIN "9999" is typed
          Then the PIN is refused with "wrong PIN"
          And the menu is shown: no
          And there have been 1 wrong PINs

        Scenario: the right PIN after two slips
          Given a card with the PIN "5555"
          When the PIN "1111" is typed
          Then the PIN is refused with "wrong PIN"
          When the PIN "2222" is typed
          Then the PIN is refused with "wrong PIN"
          When the PIN "5555" is typed
          Then the menu is shown: yes
          And there have been 0 wrong PINs

        Scenario: blocked after three slips
          Given a card with the PIN "2468"
          When the PIN "1" is typed
          Then the PIN is refused with "wrong PIN"
          When the PIN "2" is typed
          Then the PIN is refused with "wrong PIN"
          When the PIN "3" is typed
          Then the PIN is refused with "wrong PIN"
          When the PIN "2468" is typed
          Then the PIN is refused with "card blocked"
          And the menu is shown: no
          When the bank unblocks the card
          And the PIN "2468" is typed
          Then the menu is shown: yes

        Scenario: the card is taken out
          Given a card with the PIN "7777"
          When the PIN "7777" is typed
          Then the menu is shown: yes
          When the card is taken out
          Then the menu is shown: no
      """
    When I run "specloop generate"
    Then the output contains "5/5 scenarios pass"
    And the file "generated/src/cashMachinePIN.ts" contains "+= 1"
    And the file "generated/src/cashMachinePIN.ts" contains "throw new Refusal(message)"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "5 scenarios (5 passed)"

  Scenario: people named in the step text keep their own state, and an amount moves from one to another
    Given the file "features/tokens.feature":
      """
      Feature: Club tokens

        Scenario: a gift between members
          Given Ana holds 5.00 tokens
          And Bo holds 1.00 tokens
          When Ana gives Bo 2.50 tokens
          Then Ana holds 2.50 tokens
          And Bo holds 3.50 tokens

        Scenario: using tokens
          Given Bo holds 4.00 tokens
          When Bo uses 1.50 tokens
          Then Bo holds 2.50 tokens

        Scenario: using more than held
          Given Ana holds 3.00 tokens
          And Bo holds 0.50 tokens
          When Bo uses 2.00 tokens
          Then Bo is told "Bo has only 0.50"
          And Bo holds 0.50 tokens

        Scenario: giving more than held
          Given Ana holds 6.00 tokens
          And Bo holds 0.00 tokens
          When Ana gives Bo 7.00 tokens
          Then Ana is told "Ana has only 6.00"
          And Bo holds 0.00 tokens
      """
    When I run "specloop generate"
    Then the output contains "4/4 scenarios pass"
    And the file "generated/src/clubTokens.ts" contains "toFixed(2)"
    And the file "generated/steps/tokens.steps.ts" contains "When(\"{word} gives {word} {float} tokens\""
    And the file "generated/steps/tokens.steps.ts" does not contain "Ana"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"

  Scenario: an effect that depends on the state: every fourth loaf is free
    Given the file "features/loaves.feature":
      """
      Feature: Bakery card

        Scenario: the first loaf
          Given a new bakery card
          When a loaf is bought
          Then that loaf cost 2.40
          And loaves on the card: 1

        Scenario: the fourth loaf
          Given a bakery card with 3 loaves on it
          When a loaf is bought
          Then that loaf cost 0.00

        Scenario: either side of the free one
          Given a bakery card with 2 loaves on it
          When a loaf is bought
          Then that loaf cost 2.40
          When a loaf is bought
          Then that loaf cost 0.00
          When a loaf is bought
          Then that loaf cost 2.40
          And loaves on the card: 5

        Scenario: four on a new card
          Given a new bakery card
          When a loaf is bought
          And a loaf is bought
          And a loaf is bought
          And a loaf is bought
          Then the total paid is 7.20
      """
    When I run "specloop generate"
    Then the output contains "1 operation synthesised (BakeryCard)"
    And the file "generated/src/bakeryCard.ts" contains "% 4 === 0) {"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"

  Scenario: places and a waiting list: the first who waits takes a place that is given up
    Given the file "features/tour.feature":
      """
      Feature: Boat tour

        Scenario: two seats for two
          Given a boat tour with 2 seats
          When "Ida" reserves
          And "Jo" reserves
          Then "Jo" has "seat"
          And the free seats are 0

        Scenario: a queue forms
          Given a boat tour with 1 seats
          When "Ida" reserves
          And "Jo" reserves
          And "Kai" reserves
          Then "Kai" has "waiting"
          And the waiting list is "Jo, Kai"

        Scenario: a seat given up
          Given a boat tour with 1 seats
          When "Ida" reserves
          And "Jo" reserves
          And "Ida" withdraws
          Then "Jo" has "seat"
          And "Ida" has "nothing"

        Scenario: room to spare
          Given a boat tour with 3 seats
          When "Ida" reserves
          Then the free seats are 2
      """
    When I run "specloop generate"
    Then the output contains "4/4 scenarios pass"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"

  Scenario: values the description allows are the rule: any other is refused
    Given the file "features/meter.feature":
      """
      Feature: Parking meter
        The meter accepts only 10, 20 and 50 cent coins.

        Scenario: coins add up
          Given an empty meter
          When a 20 cent coin is inserted
          And a 50 cent coin is inserted
          Then the meter holds 70 cents

        Scenario: a coin it does not take
          Given an empty meter
          When a 5 cent coin is inserted
          Then the coin is rejected with "coin not accepted"
          And the meter holds 0 cents

        Scenario: a big coin
          Given an empty meter
          When a 10 cent coin is inserted
          And a 100 cent coin is inserted
          Then the coin is rejected with "coin not accepted"
          And the meter holds 10 cents
      """
    When I run "specloop generate"
    Then the file "generated/src/parkingMeter.ts" contains "=== 10 || "
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "3 scenarios (3 passed)"

  Scenario: two stories that share a step each get their class, and the step calls the one of its scenario's feature
    Given the file "features/tickets.feature":
      """
      Feature: Concert tickets
        Scenario: selling tickets
          Given the concert has 50 tickets
          When 4 tickets are sold
          Then 46 tickets are left

        Scenario: selling more than are left
          Given the concert has 3 tickets
          When 5 tickets are sold
          Then the request is refused with "only 3 tickets left"
          And 3 tickets are left

        Scenario: selling the last ones
          Given the concert has 6 tickets
          When 2 tickets are sold
          And 4 tickets are sold
          Then 0 tickets are left
      """
    And the file "features/lockers.feature":
      """
      Feature: Gym lockers
        Scenario: taking a locker
          Given the gym has 2 free lockers
          When a member takes a locker
          Then 1 free lockers are left

        Scenario: no locker left
          Given the gym has 1 free lockers
          When a member takes a locker
          And a member takes a locker
          Then the request is refused with "no free lockers"
          And 0 free lockers are left

        Scenario: two members
          Given the gym has 5 free lockers
          When a member takes a locker
          And a member takes a locker
          Then 3 free lockers are left
      """
    When I run "specloop generate"
    Then the output contains "6/6 scenarios pass"
    And the file "generated/steps/common.steps.ts" contains "case \"features/lockers.feature\": {"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "6 scenarios (6 passed)"
    # Held-out scenarios in a file of their own: the shared step calls the class the scenario already uses.
    Given the file "features/held-out.feature":
      """
      Feature: More sales
        Scenario: a refused sale after a good one
          Given the concert has 10 tickets
          When 4 tickets are sold
          And 7 tickets are sold
          Then the request is refused with "only 6 tickets left"
          And 6 tickets are left

        Scenario: the last locker
          Given the gym has 2 free lockers
          When a member takes a locker
          And a member takes a locker
          And a member takes a locker
          Then the request is refused with "no free lockers"
          And 0 free lockers are left
      """
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "8 scenarios (8 passed)"

  Scenario: stories whose people are told their refusals in the same words share that step, and a time of day is one value
    Given the file "features/sauna.feature":
      """
      Feature: Sauna sessions
        Each member may book at most 2 sessions a day.

        Scenario: one booking
          Given the sauna diary is empty
          When Ana books the sauna at 10:30
          Then Ana has 1 sessions today

        Scenario: a third booking is refused
          Given the sauna diary is empty
          When Ana books the sauna at 10:30
          And Ana books the sauna at 12:00
          And Ana books the sauna at 18:15
          Then Ana is told "no sessions left today"
          And Ana has 2 sessions today

        Scenario: each member has their own sessions
          Given the sauna diary is empty
          When Ana books the sauna at 10:30
          And Ana books the sauna at 12:00
          And Ben books the sauna at 12:00
          Then Ben has 1 sessions today

        Scenario: a new day
          Given the sauna diary is empty
          When Ana books the sauna at 10:30
          And Ana books the sauna at 12:00
          And a new day starts
          And Ana books the sauna at 9:45
          Then Ana has 1 sessions today
      """
    And the file "features/boats.feature":
      """
      Feature: Boats
        Scenario: taking a boat out
          Given the boathouse has 3 boats
          When Ben takes a boat out at 9:15
          Then 2 boats are left

        Scenario: no boat left
          Given the boathouse has 1 boats
          When Ben takes a boat out at 9:15
          And Cleo takes a boat out at 9:20
          Then Cleo is told "no boats left"
          And 0 boats are left

        Scenario: two boats out
          Given the boathouse has 4 boats
          When Ben takes a boat out at 9:15
          And Cleo takes a boat out at 9:40
          Then 2 boats are left
      """
    When I run "specloop generate"
    Then the output contains "7/7 scenarios pass"
    And the output has a line with "Then Ana is told ?" and "(or is it accepted?)"
    And the file "generated/steps/boats.steps.ts" contains "Then(\"{word} is told {string}\""
    And the file "generated/steps/boats.steps.ts" contains "case \"features/sauna.feature\": {"
    And the file "generated/steps/sauna.steps.ts" contains "When(\"{word} books the sauna at {time}\", function (this: GeneratedWorld, person: string, time: string)"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "7 scenarios (7 passed)"

  Scenario: a quantity written as a quoted percentage counts as its number, at the rates the words state
    Given the file "features/lamp.feature":
      """
      Feature: Solar garden lamp
        The lamp charges 4% an hour in the sun and stops at 100%. Each hour of light uses 10%.

        Scenario: a sunny day and an evening
          Given the lamp shows "20%"
          When the sun shines for 5 hours
          And the lamp is lit for 3 hours
          Then the lamp shows "10%"

        Scenario: not enough charge
          Given the lamp shows "30%"
          When the lamp is lit for 4 hours
          Then the lamp blinks "not enough charge for 4 hours"
          When the lamp is lit for 3 hours
          Then the lamp shows "0%"

        Scenario: a long summer day
          Given the lamp shows "80%"
          When the sun shines for 10 hours
          And the sun shines for 2 hours
          Then the lamp blinks "the lamp is fully charged"
          When the lamp is lit for 2 hours
          Then the lamp shows "80%"

        Scenario: a grey week
          Given the lamp shows "0%"
          When the sun shines for 15 hours
          And the lamp is lit for 6 hours
          And the lamp is lit for 1 hours
          Then the lamp blinks "not enough charge for 1 hours"
          And the lamp shows "0%"
      """
    When I run "specloop generate"
    Then the output contains "1 ambiguous (SolarGardenLamp)"
    And the output contains "Given the lamp shows \"20%\""
    And the file "generated/src/solarGardenLamp.ts" contains "Math.min(100, this.lamp + 4 * hours)"
    And the file "generated/steps/lamp.steps.ts" contains "Number(shows.replace(/%$/u, ''))"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"

  Scenario: a command refused for several reasons gets a reason for each of its messages
    Given the file "features/fuel.feature":
      """
      Feature: Fuel card
        The pump serves litres in steps of 5. A card can draw at most 80 litres a day.

        Scenario: two fills
          Given the card allows 200 litres
          When 40 litres are drawn
          And 25 litres are drawn
          Then the card allows 135 litres
          And 65 litres have been drawn today

        Scenario: over the day's cap
          Given the card allows 300 litres
          When 50 litres are drawn
          And 45 litres are drawn
          Then the pump shows "only 30 more litres today"
          When 30 litres are drawn
          Then 80 litres have been drawn today

        Scenario: not enough on the card
          Given the card allows 20 litres
          When 25 litres are drawn
          Then the pump shows "the card does not allow that much"
          When 20 litres are drawn
          Then the card allows 0 litres

        Scenario: an odd amount, and a new day
          Given the card allows 150 litres
          When 12 litres are drawn
          Then the pump shows "litres come in steps of 5"
          When 60 litres are drawn
          And a new day starts
          And 10 litres are drawn
          Then the card allows 80 litres
          And 10 litres have been drawn today
      """
    When I run "specloop generate"
    Then the output contains "1 ambiguous (FuelCard)"
    And the file "generated/src/fuelCard.ts" contains "only ${80 - this."
    And the file "generated/src/fuelCard.ts" contains "litres % 5 !== 0"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "4 scenarios (4 passed)"
