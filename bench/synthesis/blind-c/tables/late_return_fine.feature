Feature: Late return fine

  Scenario Outline: fines for items returned late
    Given a <item> returned <days> days late
    When the fine is worked out
    Then the fine is <fine> euros
    And the fine was capped: <capped>

    Examples:
      | item     | days | fine  | capped |
      | book     | 0    | 0.00  | no     |
      | book     | 3    | 0.60  | no     |
      | book     | 25   | 5.00  | no     |
      | book     | 30   | 5.00  | yes    |
      | dvd      | 2    | 2.00  | no     |
      | dvd      | 15   | 10.00 | yes    |
      | magazine | 5    | 0.50  | no     |
      | magazine | 40   | 2.00  | yes    |
