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
      | 30  | 2     | yes    | yes     |
      | 21  | 4     | yes    | yes     |
      | 20  | 4     | yes    | no      |
      | 21  | 5     | yes    | no      |
      | 45  | 0     | no     | no      |
      | 67  | 3     | yes    | yes     |
      | 18  | 3     | yes    | no      |
      | 35  | 6     | no     | no      |
      | 52  | 4     | yes    | yes     |
