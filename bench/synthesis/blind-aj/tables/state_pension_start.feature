Feature: State pension start date
  For the people on our books, pension age is 66 if they were born before
  6 April 1960 and 67 if they were born on or after 6 March 1961; nobody born in
  between is on our books. The pension starts on the birthday they reach that
  age. Someone born on 29 February has that birthday on 1 March when the year has
  no 29 February.

  Scenario Outline: working out when the pension starts
    Given a person born on "<born>"
    When the pension date is worked out
    Then the pension age is <age>
    And the pension starts on "<starts>"

    Examples:
      | born       | age | starts     |
      | 1959-07-14 | 66  | 2025-07-14 |
      | 1960-04-05 | 66  | 2026-04-05 |
      | 1960-02-29 | 66  | 2026-03-01 |
      | 1961-03-06 | 67  | 2028-03-06 |
      | 1961-11-30 | 67  | 2028-11-30 |
      | 1958-12-31 | 66  | 2024-12-31 |
      | 1962-01-01 | 67  | 2029-01-01 |
      | 1970-06-15 | 67  | 2037-06-15 |
      | 1955-10-06 | 66  | 2021-10-06 |
