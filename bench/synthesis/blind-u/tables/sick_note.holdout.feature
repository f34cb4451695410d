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
      | 2027-09-15 | 2027-09-22 | 8    | yes      |
      | 2028-02-25 | 2028-03-01 | 6    | no       |
      | 2027-10-31 | 2027-11-01 | 2    | no       |
      | 2027-12-24 | 2028-01-02 | 10   | yes      |
      | 2027-08-05 | 2027-08-05 | 1    | no       |
      | 2029-02-20 | 2029-03-05 | 14   | yes      |
