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
      | 2027-01-01 | 1    | 7001A |
      | 2027-02-03 | 2    | 7034B |
      | 2027-12-31 | 3    | 7365C |
      | 2028-12-31 | 1    | 8366A |
      | 2028-03-01 | 4    | 8061D |
      | 2027-03-01 | 2    | 7060B |
      | 2026-07-04 | 5    | 6185E |
      | 2030-10-10 | 1    | 0283A |
      | 2029-04-15 | 3    | 9105C |
