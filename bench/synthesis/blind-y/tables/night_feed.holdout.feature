Feature: Night feeds
  Babies under six weeks old are fed every 3 hours and older babies every 4 hours, counted
  from the start of the last feed.

  Scenario Outline: planning the next feed
    Given the last feed started at "<last>"
    And the baby is <weeks> weeks old
    When the next feed is planned
    Then the next feed is due at "<next>"

    Examples:
      | last  | weeks | next  |
      | 00:10 | 2     | 03:10 |
      | 19:59 | 10    | 23:59 |
      | 20:00 | 16    | 00:00 |
      | 23:50 | 5     | 02:50 |
      | 13:35 | 7     | 17:35 |
      | 06:05 | 26    | 10:05 |
