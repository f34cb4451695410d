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
      | 22:30 | 2     | 01:30 |
      | 18:00 | 5     | 21:00 |
      | 18:00 | 6     | 22:00 |
      | 23:15 | 8     | 03:15 |
      | 02:45 | 3     | 05:45 |
      | 21:00 | 6     | 01:00 |
      | 10:20 | 12    | 14:20 |
      | 20:59 | 4     | 23:59 |
      | 21:00 | 4     | 00:00 |
