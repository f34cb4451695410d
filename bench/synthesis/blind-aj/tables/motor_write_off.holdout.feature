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
      | 1300  | 650      | owner decides |
      | 2500  | 1000     | repair        |
      | 2600  | 2200     | write-off     |
      | 13000 | 9750     | owner decides |
      | 13000 | 9751     | write-off     |
      | 40000 | 15000    | repair        |
