Feature: Repair or write-off
  The engineer compares the repair estimate with what the car was worth before
  the accident, both in whole pounds. Under half the value, we repair it. From
  half up to three quarters, the owner decides. Over three quarters, it is
  written off.

  Scenario Outline: deciding on a damaged car
    Given a car worth <value> before the accident
    And a repair estimate of <estimate>
    When the engineer decides
    Then the outcome is "<outcome>"

    Examples:
      | value | estimate | outcome       |
      | 10000 | 2000     | repair        |
      | 10000 | 4999     | repair        |
      | 10000 | 5000     | owner decides |
      | 10000 | 7500     | owner decides |
      | 10000 | 7501     | write-off     |
      | 4000  | 3000     | owner decides |
      | 4000  | 3001     | write-off     |
      | 1300  | 600      | repair        |
      | 9000  | 12000    | write-off     |
