Feature: Residents survey returns

  Scenario Outline: the response rate
    Given <sent> survey forms were delivered
    And <returned> came back
    When the response rate is reported
    Then the response rate is "<rate>"
    And the number still out is <out>

    Examples:
      | sent | returned | rate  | out |
      | 250  | 83       | 33.2% | 167 |
      | 60   | 59       | 98.3% | 1   |
      | 500  | 123      | 24.6% | 377 |
      | 12   | 7        | 58.3% | 5   |
      | 33   | 2        | 6.1%  | 31  |
      | 1000 | 1        | 0.1%  | 999 |
