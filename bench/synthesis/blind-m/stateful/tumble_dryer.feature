Feature: Laundrette tumble dryer
  Each 0.50 coin buys 6 minutes of drying, and coins put in while the dryer
  runs add to the time left. The display shows the minutes left, "finished"
  when the time has run out, and "insert coins" once the door has been opened.
  The door stays locked while the dryer runs: "the door is locked". The time
  left can never go over 60 minutes; coins that would take it over are all
  refused with "maximum 60 minutes".

  Scenario: a short dry
    Given the dryer is idle
    When Ana puts in 2 coins
    Then the display shows "12 minutes left"
    When 5 minutes pass
    Then the display shows "7 minutes left"
    And the cash box holds 1.00

  Scenario: the dry finishes
    Given the dryer is idle
    When Ana puts in 1 coin
    And 6 minutes pass
    Then the display shows "finished"
    When Ana opens the door
    Then the display shows "insert coins"

  Scenario: too early to open
    Given the dryer is idle
    When Ana puts in 3 coins
    And 10 minutes pass
    And Ana opens the door
    Then the request is refused with "the door is locked"
    When 7 minutes pass
    Then the display shows "1 minute left"
    When 1 minute passes
    Then the display shows "finished"

  Scenario: the hour limit
    Given the dryer is idle
    When Ana puts in 9 coins
    And Ana puts in 2 coins
    Then the request is refused with "maximum 60 minutes"
    And the display shows "54 minutes left"
    And the cash box holds 4.50
    When Ana puts in 1 coin
    Then the display shows "60 minutes left"
    And the cash box holds 5.00

  Scenario: topping up
    Given the dryer is idle
    When Ana puts in 2 coins
    And 10 minutes pass
    And Ana puts in 1 coin
    Then the display shows "8 minutes left"
    And the cash box holds 1.50
    When 20 minutes pass
    Then the display shows "finished"
