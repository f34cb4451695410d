Feature: Holiday countdown

  Scenario Outline: the countdown on the booking page
    Given today is "<today>"
    And the holiday starts on "<start>"
    When the countdown is shown
    Then the countdown says "<text>"

    Examples:
      | today      | start      | text             |
      | 2026-03-30 | 2026-04-02 | 3 days to go     |
      | 2026-10-31 | 2026-11-01 | 1 day to go      |
      | 2027-12-30 | 2028-01-05 | 6 days to go     |
      | 2028-02-27 | 2028-03-01 | 3 days to go     |
      | 2026-09-10 | 2026-09-09 | already started  |
      | 2026-05-05 | 2026-05-05 | today is the day |
