Feature: Dog daycare play groups

  Scenario Outline: choosing a play group
    Given a dog that is <age> months old
    And the dog weighs <weight> kg
    When the daycare picks a play group
    Then the dog plays with the "<group>"

    Examples:
      | age | weight | group       |
      | 3   | 4      | puppies     |
      | 5   | 30     | puppies     |
      | 6   | 4      | small dogs  |
      | 24  | 9.5    | small dogs  |
      | 12  | 10     | medium dogs |
      | 36  | 24.9   | medium dogs |
      | 48  | 25     | big dogs    |
      | 6   | 40     | big dogs    |
      | 96  | 18     | medium dogs |
