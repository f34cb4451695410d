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
      | 2025-06-30 | 16  | 2027-06-30 |
      | 2025-06-30 | 90  | 2026-06-30 |
      | 2032-02-29 | 50  | 2034-02-28 |
      | 2026-02-28 | 20  | 2028-02-28 |
      | 2029-11-05 | 70  | 2030-11-05 |
      | 2024-02-29 | 72  | 2025-02-28 |
