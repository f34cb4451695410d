Feature: Hotel stays

  Scenario Outline: nights in a stay
    Given a check-in on "<arrival>"
    And a check-out on "<departure>"
    When the stay is booked
    Then the stay is <nights> nights

    Examples:
      | arrival    | departure  | nights |
      | 2028-02-27 | 2028-03-02 | 4      |
      | 2026-04-29 | 2026-05-03 | 4      |
      | 2026-12-31 | 2027-01-01 | 1      |
      | 2027-02-27 | 2027-03-01 | 2      |
      | 2026-08-01 | 2026-09-01 | 31     |
      | 2026-10-24 | 2026-10-27 | 3      |
