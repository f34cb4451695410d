Feature: Batch date code
  Each batch is stamped with the last digit of the year, the day of the year as three
  digits (1 January is 001) and the letter of the packing line, where line 1 is A.

  Scenario Outline: stamping a batch
    Given a batch packed on "<date>"
    And it was packed on line <line>
    When the batch code is stamped
    Then the code is "<code>"

    Examples:
      | date       | line | code  |
      | 2028-02-29 | 2    | 8060B |
      | 2027-09-09 | 1    | 7252A |
      | 2031-05-20 | 6    | 1140F |
      | 2032-11-30 | 4    | 2335D |
      | 2026-01-10 | 3    | 6010C |
      | 2029-06-01 | 2    | 9152B |
