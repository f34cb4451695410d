Feature: Hotel stay

  Scenario Outline: the day the guest leaves
    Given a check-in on "<arrival>"
    And a stay of <nights> nights
    When the booking is confirmed
    Then the check-out is on "<departure>"

    Examples:
      | arrival    | nights | departure  |
      | 2026-03-10 | 3      | 2026-03-13 |
      | 2026-03-28 | 5      | 2026-04-02 |
      | 2026-12-30 | 4      | 2027-01-03 |
      | 2028-02-27 | 2      | 2028-02-29 |
      | 2027-02-27 | 2      | 2027-03-01 |
      | 2026-06-15 | 1      | 2026-06-16 |
      | 2026-01-31 | 30     | 2026-03-02 |
      | 2026-04-30 | 1      | 2026-05-01 |
