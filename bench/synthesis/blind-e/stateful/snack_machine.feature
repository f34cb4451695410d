Feature: Snack machine
  Coins are put in one at a time and add up to the credit. Choosing a snack that
  costs no more than the credit drops it, takes one from its stock and gives the
  rest of the credit back as change, so the credit goes back to 0.00. With too
  little credit the choice is refused with "insert X more", X being the missing
  amount; an empty slot is refused with "sold out". A refused choice keeps the
  credit.

  Scenario: buying crisps with change
    Given the machine holds 3 "crisps" at 1.20 euros
    When a coin of 1.00 euros is put in
    And a coin of 0.50 euros is put in
    Then the credit is 1.50 euros
    When "crisps" is chosen
    Then the change is 0.30 euros
    And the credit is 0.00 euros
    And the stock of "crisps" is 2

  Scenario: not enough credit
    Given the machine holds 3 "crisps" at 1.20 euros
    When a coin of 1.00 euros is put in
    And "crisps" is chosen
    Then the choice is refused with "insert 0.20 more"
    And the credit is 1.00 euros
    And the stock of "crisps" is 3

  Scenario: an empty slot
    Given the machine holds 0 "water" at 1.00 euros
    When a coin of 2.00 euros is put in
    And "water" is chosen
    Then the choice is refused with "sold out"
    And the credit is 2.00 euros

  Scenario: the last bar of chocolate
    Given the machine holds 1 "chocolate" at 1.50 euros
    When a coin of 1.00 euros is put in
    And a coin of 0.50 euros is put in
    And "chocolate" is chosen
    Then the change is 0.00 euros
    And the stock of "chocolate" is 0
    When a coin of 2.00 euros is put in
    And "chocolate" is chosen
    Then the choice is refused with "sold out"
    And the credit is 2.00 euros

  Scenario: choosing something cheaper instead
    Given the machine holds 5 "gum" at 0.60 euros
    And the machine holds 2 "crisps" at 1.20 euros
    When a coin of 1.00 euros is put in
    And "crisps" is chosen
    Then the choice is refused with "insert 0.20 more"
    When "gum" is chosen
    Then the change is 0.40 euros
    And the stock of "gum" is 4
    And the stock of "crisps" is 2
