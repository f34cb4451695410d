Feature: Holiday countdown

  Scenario Outline: the countdown on the booking page
    Given today is "<today>"
    And the holiday starts on "<start>"
    When the countdown is shown
    Then the countdown says "<text>"

    Examples:
      | today      | start      | text             |
      | 2026-07-01 | 2026-07-13 | 12 days to go    |
      | 2026-07-12 | 2026-07-13 | 1 day to go      |
      | 2026-07-13 | 2026-07-13 | today is the day |
      | 2026-07-14 | 2026-07-13 | already started  |
      | 2026-06-20 | 2026-07-04 | 14 days to go    |
      | 2026-12-25 | 2027-01-02 | 8 days to go     |
      | 2026-02-27 | 2026-03-02 | 3 days to go     |
      | 2026-08-30 | 2026-08-01 | already started  |
      | 2026-01-01 | 2026-12-31 | 364 days to go   |
