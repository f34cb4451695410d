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
      | 2026-04-20 | 2026-04-29 | 9    | yes     |
      | 2026-04-20 | 2026-05-01 | 11   | no      |
      | 2027-12-29 | 2028-01-08 | 10   | yes     |
      | 2028-02-28 | 2028-03-10 | 11   | no      |
      | 2026-05-05 | 2026-05-06 | 1    | yes     |
      | 2026-07-01 | 2026-09-30 | 91   | no      |
