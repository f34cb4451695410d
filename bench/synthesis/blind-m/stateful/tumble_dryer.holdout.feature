Feature: Laundrette tumble dryer
  Each 0.50 coin buys 6 minutes of drying, and coins put in while the dryer
  runs add to the time left. The display shows the minutes left, "finished"
  when the time has run out, and "insert coins" once the door has been opened.
  The door stays locked while the dryer runs: "the door is locked". The time
  left can never go over 60 minutes; coins that would take it over are all
  refused with "maximum 60 minutes".

  Scenario: a heavy load
    Given the dryer is idle
    When Ana puts in 4 coins
    And 20 minutes pass
    Then the display shows "4 minutes left"
    When Ana puts in 3 coins
    Then the display shows "22 minutes left"
    And the cash box holds 3.50
    When Ana opens the door
    Then the request is refused with "the door is locked"
    When 22 minutes pass
    Then the display shows "finished"

  Scenario: a full hour
    Given the dryer is idle
    When Ana opens the door
    Then the display shows "insert coins"
    When Ana puts in 11 coins
    Then the request is refused with "maximum 60 minutes"
    And the cash box holds 0.00
    When Ana puts in 10 coins
    And 59 minutes pass
    Then the display shows "1 minute left"
