Feature: Deposit return
  The landlord has 10 days from the day the keys are handed back to return the deposit. Days
  are counted from the hand-back date to the date the money arrives, so the same day is 0.

  Scenario Outline: checking the landlord kept to time
    Given the keys were handed back on "<keys>"
    And the deposit came back on "<paid>"
    When the deposit return is checked
    Then the number of days taken is <days>
    And it was on time: <on_time>

    Examples:
      | keys       | paid       | days | on_time |
      | 2026-03-02 | 2026-03-02 | 0    | yes     |
      | 2026-03-02 | 2026-03-12 | 10   | yes     |
      | 2026-03-02 | 2026-03-13 | 11   | no      |
      | 2026-01-28 | 2026-02-05 | 8    | yes     |
      | 2026-12-27 | 2027-01-06 | 10   | yes     |
      | 2028-02-25 | 2028-03-06 | 10   | yes     |
      | 2027-02-25 | 2027-03-08 | 11   | no      |
      | 2026-06-15 | 2026-08-01 | 47   | no      |
      | 2026-09-30 | 2026-10-03 | 3    | yes     |
