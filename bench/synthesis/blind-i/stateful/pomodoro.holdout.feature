Feature: Focus timer
  A focus round lasts 25 minutes. When it ends, a 5-minute break starts by
  itself; after every fourth focus round of the day the break is 15 minutes
  instead. When a break ends the timer is idle until the next round is
  started. Starting while a round or a break is running is refused with
  "timer already running".

  Scenario: starting during a break
    Given the focus timer is idle
    When I start a focus round
    And 26 minutes pass
    And I start a focus round
    Then the start is refused with "timer already running"
    And the timer shows "break" with 4 minutes left
    When 10 minutes pass
    Then the timer is idle
    When I start a focus round
    And 1 minutes pass
    Then the timer shows "focus" with 24 minutes left
    And 1 focus rounds are done today

  Scenario: into the long break
    Given the focus timer is idle
    When I start a focus round
    And 40 minutes pass
    And I start a focus round
    And 40 minutes pass
    And I start a focus round
    And 40 minutes pass
    And I start a focus round
    And 31 minutes pass
    Then the timer shows "break" with 9 minutes left
    And 4 focus rounds are done today
    When 9 minutes pass
    Then the timer is idle
