Feature: Late return fine

  Scenario Outline: fines for items returned late
    Given a <item> returned <days> days late
    When the fine is worked out
    Then the fine is <fine> euros
    And the fine was capped: <capped>

    Examples:
      | item     | days | fine  | capped |
      | dvd      | 7    | 7.00  | no     |
      | magazine | 20   | 2.00  | no     |
      | book     | 26   | 5.00  | yes    |
      | dvd      | 11   | 10.00 | yes    |
      | magazine | 1    | 0.10  | no     |
