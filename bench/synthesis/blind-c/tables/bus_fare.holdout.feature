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
      | 6     | child     | yes  | 2.25 |
      | 1     | senior    | yes  | 2.00 |
      | 6     | senior    | no   | 0.00 |
      | 2     | adult     | yes  | 2.50 |
      | 1     | child     | no   | 1.00 |
