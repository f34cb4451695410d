Feature: Height check at the Big Dipper

  Scenario Outline: rider at the gate
    Given a rider who is <height> cm tall
    And an adult comes along: <adult>
    When the ride operator checks the rider
    Then the operator says "<answer>"

    Examples:
      | height | adult | answer                  |
      | 130    | no    | enjoy the ride          |
      | 120    | no    | enjoy the ride          |
      | 119    | no    | come back with an adult |
      | 119    | yes   | enjoy the ride          |
      | 100    | yes   | enjoy the ride          |
      | 100    | no    | come back with an adult |
      | 99     | yes   | sorry, too short        |
      | 85     | no    | sorry, too short        |
      | 140    | yes   | enjoy the ride          |
