Feature: Rescue dog adoption
  The rescue rehomes a dog when the adopter is at least 21, the dog would be alone for
  no more than 4 hours a day, and the garden is fenced.

  Scenario Outline: reviewing an application
    Given the adopter is <age> years old
    And the dog would be alone <hours> hours a day
    And the garden is fenced: <fenced>
    When the rescue reviews the application
    Then the dog can be rehomed: <rehomed>

    Examples:
      | age | hours | fenced | rehomed |
      | 25  | 2     | yes    | yes     |
      | 22  | 3     | no     | no      |
      | 19  | 0     | yes    | no      |
      | 40  | 5     | yes    | no      |
      | 70  | 4     | yes    | yes     |
      | 50  | 2     | yes    | yes     |
