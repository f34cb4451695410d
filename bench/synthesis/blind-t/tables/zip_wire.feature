Feature: Zip wire
  Riders must be at least 7 years old and weigh from 30 to 125 kg. Riders under 12 also need
  an adult with them on the platform.

  Scenario Outline: checking a rider
    Given a rider aged <age>
    And weighing <weight> kg
    And an adult is with them: <adult>
    When the instructor checks the rider
    Then the rider may go: <go>

    Examples:
      | age | weight | adult | go  |
      | 6   | 30     | yes   | no  |
      | 7   | 30     | yes   | yes |
      | 7   | 29     | yes   | no  |
      | 11  | 40     | no    | no  |
      | 11  | 40     | yes   | yes |
      | 12  | 45     | no    | yes |
      | 35  | 125    | no    | yes |
      | 35  | 126    | no    | no  |
      | 50  | 80     | yes   | yes |
