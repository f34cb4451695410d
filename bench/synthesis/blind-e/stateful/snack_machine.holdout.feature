Feature: Snack machine
  Coins are put in one at a time and add up to the credit. Choosing a snack that
  costs no more than the credit drops it, takes one from its stock and gives the
  rest of the credit back as change, so the credit goes back to 0.00. With too
  little credit the choice is refused with "insert X more", X being the missing
  amount; an empty slot is refused with "sold out". A refused choice keeps the
  credit.

  Scenario: topping up the credit after a refusal
    Given the machine holds 4 "juice" at 1.80 euros
    When a coin of 1.00 euros is put in
    And a coin of 0.50 euros is put in
    And "juice" is chosen
    Then the choice is refused with "insert 0.30 more"
    When a coin of 0.50 euros is put in
    And "juice" is chosen
    Then the change is 0.20 euros
    And the stock of "juice" is 3
    And the credit is 0.00 euros

  Scenario: one cookie only
    Given the machine holds 1 "cookie" at 0.90 euros
    And the machine holds 2 "crisps" at 1.20 euros
    When a coin of 2.00 euros is put in
    And "cookie" is chosen
    Then the change is 1.10 euros
    When a coin of 1.00 euros is put in
    And "cookie" is chosen
    Then the choice is refused with "sold out"
    When "crisps" is chosen
    Then the choice is refused with "insert 0.20 more"
    And the credit is 1.00 euros

  Scenario: exact money
    Given the machine holds 2 "water" at 1.00 euros
    When a coin of 0.50 euros is put in
    And a coin of 0.50 euros is put in
    And "water" is chosen
    Then the change is 0.00 euros
    And the stock of "water" is 1
