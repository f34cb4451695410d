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
      | 1959-04-06 | 66  | 2025-04-06 |
      | 1956-02-29 | 66  | 2022-03-01 |
      | 1968-02-29 | 67  | 2035-03-01 |
      | 1963-09-09 | 67  | 2030-09-09 |
      | 1957-01-31 | 66  | 2023-01-31 |
      | 1975-12-25 | 67  | 2042-12-25 |
