Feature: Bus fare

  Background:
    Given the base fare is 2.00

  Scenario Outline: fares by zones and passenger
    Given a journey across <zones> zones
    And a <passenger> passenger
    And travelling at peak time: <peak>
    When the fare is calculated
    Then the fare is <fare>

    Examples:
      | zones | passenger | peak | fare |
      | 1     | adult     | no   | 2.00 |
      | 3     | adult     | yes  | 3.00 |
      | 5     | adult     | no   | 4.00 |
      | 3     | child     | no   | 1.50 |
      | 4     | child     | yes  | 1.75 |
      | 2     | senior    | no   | 0.00 |
      | 2     | senior    | yes  | 2.50 |
