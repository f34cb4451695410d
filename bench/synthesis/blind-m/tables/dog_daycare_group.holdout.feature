Feature: Dog daycare play groups

  Scenario Outline: choosing a play group
    Given a dog that is <age> months old
    And the dog weighs <weight> kg
    When the daycare picks a play group
    Then the dog plays with the "<group>"

    Examples:
      | age | weight | group       |
      | 2   | 12     | puppies     |
      | 7   | 3      | small dogs  |
      | 60  | 26     | big dogs    |
      | 18  | 15     | medium dogs |
      | 5   | 9      | puppies     |
      | 120 | 8      | small dogs  |
