Feature: Days off sick
  Count every calendar day from the first day off to the last one, both included, weekends too.
  Up to 7 days may be self-certified; for more than 7 days a fit note is needed.

  Scenario Outline: recording an absence
    Given the first day off was "<first>"
    And the last day off was "<last>"
    When the absence is recorded
    Then the number of days off is <days>
    And a fit note is needed: <fit_note>

    Examples:
      | first      | last       | days | fit_note |
      | 2027-03-01 | 2027-03-01 | 1    | no       |
      | 2027-03-01 | 2027-03-07 | 7    | no       |
      | 2027-03-01 | 2027-03-08 | 8    | yes      |
      | 2027-01-29 | 2027-02-03 | 6    | no       |
      | 2028-02-27 | 2028-03-02 | 5    | no       |
      | 2027-02-27 | 2027-03-02 | 4    | no       |
      | 2026-12-28 | 2027-01-04 | 8    | yes      |
      | 2027-04-10 | 2027-05-09 | 30   | yes      |
      | 2027-06-30 | 2027-07-06 | 7    | no       |
