Feature: Hotel stays

  Scenario Outline: nights in a stay
    Given a check-in on "<arrival>"
    And a check-out on "<departure>"
    When the stay is booked
    Then the stay is <nights> nights

    Examples:
      | arrival    | departure  | nights |
      | 2026-05-01 | 2026-05-02 | 1      |
      | 2026-05-01 | 2026-05-08 | 7      |
      | 2026-01-30 | 2026-02-02 | 3      |
      | 2024-02-28 | 2024-03-01 | 2      |
      | 2025-02-28 | 2025-03-01 | 1      |
      | 2026-12-30 | 2027-01-02 | 3      |
      | 2026-03-28 | 2026-03-30 | 2      |
      | 2026-06-15 | 2026-07-15 | 30     |
