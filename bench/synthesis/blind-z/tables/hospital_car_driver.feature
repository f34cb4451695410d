Feature: Hospital car scheme drivers
  Volunteers can drive patients to appointments if they are aged 21 to 75, have held a full
  licence for at least 3 years and have no more than 3 penalty points. Drivers over 75 can
  carry on if they have passed an eyesight check this year.

  Scenario Outline: checking a volunteer driver
    Given the volunteer is <age> years old
    And has held a full licence for <years> years
    And the penalty points on the licence come to <points>
    And passed an eyesight check this year: <eyesight>
    When the scheme checks the volunteer
    Then the volunteer may drive: <may_drive>

    Examples:
      | age | years | points | eyesight | may_drive |
      | 20  | 2     | 0      | no       | no        |
      | 21  | 3     | 0      | no       | yes       |
      | 45  | 2     | 0      | yes      | no        |
      | 45  | 10    | 3      | no       | yes       |
      | 45  | 10    | 4      | no       | no        |
      | 75  | 50    | 0      | no       | yes       |
      | 76  | 50    | 0      | no       | no        |
      | 76  | 50    | 0      | yes      | yes       |
      | 80  | 40    | 6      | yes      | no        |
