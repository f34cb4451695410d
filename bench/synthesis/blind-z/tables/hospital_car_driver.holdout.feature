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
      | 19  | 0     | 0      | yes      | no        |
      | 28  | 5     | 9      | no       | no        |
      | 33  | 12    | 2      | no       | yes       |
      | 60  | 3     | 3      | yes      | yes       |
      | 82  | 55    | 0      | yes      | yes       |
      | 90  | 60    | 0      | no       | no        |
