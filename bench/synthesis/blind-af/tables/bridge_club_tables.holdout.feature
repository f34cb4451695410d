Feature: Bridge club tables
  A bridge table seats four. The club sets out enough tables for everyone who turns
  up, and the empty seats at the last table are taken by stand-in players.

  Scenario Outline: setting out tables for a club night
    Given the count of players who turn up is <players>
    When the tables are set out
    Then the tables set out are <tables>
    And the stand-ins needed are <standins>

    Examples:
      | players | tables | standins |
      | 6       | 2      | 2        |
      | 7       | 2      | 1        |
      | 13      | 4      | 3        |
      | 16      | 4      | 0        |
      | 23      | 6      | 1        |
      | 41      | 11     | 3        |
