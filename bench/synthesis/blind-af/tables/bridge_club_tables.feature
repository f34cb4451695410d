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
      | 4       | 1      | 0        |
      | 5       | 2      | 3        |
      | 8       | 2      | 0        |
      | 9       | 3      | 3        |
      | 10      | 3      | 2        |
      | 11      | 3      | 1        |
      | 12      | 3      | 0        |
      | 17      | 5      | 3        |
      | 30      | 8      | 2        |
