Feature: Focus timer
  A focus round lasts 25 minutes. When it ends, a 5-minute break starts by
  itself; after every fourth focus round of the day the break is 15 minutes
  instead. When a break ends the timer is idle until the next round is
  started. Starting while a round or a break is running is refused with
  "timer already running".

  Scenario: in the middle of a round
    Given the focus timer is idle
    When I start a focus round
    And 10 minutes pass
    Then the timer shows "focus" with 15 minutes left

  Scenario: the break starts by itself
    Given the focus timer is idle
    When I start a focus round
    And 25 minutes pass
    Then the timer shows "break" with 5 minutes left
    And 1 focus rounds are done today

  Scenario: the break runs out
    Given the focus timer is idle
    When I start a focus round
    And 27 minutes pass
    Then the timer shows "break" with 3 minutes left
    When 3 minutes pass
    Then the timer is idle

  Scenario: starting twice
    Given the focus timer is idle
    When I start a focus round
    And 5 minutes pass
    And I start a focus round
    Then the start is refused with "timer already running"
    And the timer shows "focus" with 20 minutes left

  Scenario: the long break
    Given the focus timer is idle
    When I start a focus round
    And 30 minutes pass
    And I start a focus round
    And 30 minutes pass
    And I start a focus round
    And 30 minutes pass
    And I start a focus round
    And 25 minutes pass
    Then the timer shows "break" with 15 minutes left
    And 4 focus rounds are done today
