Feature: Eye test reminder
  An eye test is due two years after the last one, or one year after it for anyone
  aged 70 or over at the test. A test on 29 February is next due on 28 February.

  Scenario Outline: sending the reminder
    Given the last eye test was on "<tested>"
    And the patient was <age> at the time
    When the next test date is set
    Then the reminder is for "<due>"

    Examples:
      | tested     | age | due        |
      | 2026-03-14 | 45  | 2028-03-14 |
      | 2026-03-14 | 70  | 2027-03-14 |
      | 2026-03-14 | 69  | 2028-03-14 |
      | 2024-02-29 | 30  | 2026-02-28 |
      | 2028-02-29 | 75  | 2029-02-28 |
      | 2025-12-31 | 8   | 2027-12-31 |
      | 2027-01-01 | 82  | 2028-01-01 |
      | 2026-02-28 | 71  | 2027-02-28 |
      | 2027-02-28 | 40  | 2029-02-28 |
