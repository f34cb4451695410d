Feature: Height check at the Big Dipper

  Scenario Outline: rider at the gate
    Given a rider who is <height> cm tall
    And an adult comes along: <adult>
    When the ride operator checks the rider
    Then the operator says "<answer>"

    Examples:
      | height | adult | answer                  |
      | 125    | no    | enjoy the ride          |
      | 110    | yes   | enjoy the ride          |
      | 110    | no    | come back with an adult |
      | 95     | yes   | sorry, too short        |
      | 101    | no    | come back with an adult |
      | 60     | no    | sorry, too short        |
