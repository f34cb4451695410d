Feature: Hotel stay

  Scenario Outline: the day the guest leaves
    Given a check-in on "<arrival>"
    And a stay of <nights> nights
    When the booking is confirmed
    Then the check-out is on "<departure>"

    Examples:
      | arrival    | nights | departure  |
      | 2026-07-20 | 7      | 2026-07-27 |
      | 2026-08-29 | 4      | 2026-09-02 |
      | 2026-11-25 | 10     | 2026-12-05 |
      | 2028-02-25 | 7      | 2028-03-03 |
      | 2026-05-31 | 14     | 2026-06-14 |
