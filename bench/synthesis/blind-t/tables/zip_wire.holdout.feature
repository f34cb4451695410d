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
      | 8   | 35     | no    | no  |
      | 10  | 28     | yes   | no  |
      | 14  | 60     | no    | yes |
      | 5   | 40     | yes   | no  |
      | 40  | 130    | yes   | no  |
      | 9   | 33     | yes   | yes |
