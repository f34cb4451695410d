Feature: Season badges

  Scenario Outline: badge at the end of the season
    Given a player with <points> points and <quests> finished quests
    When the season badge is awarded
    Then the badge is "<badge>"

    Examples:
      | points | quests | badge  |
      | 2000   | 30     | gold   |
      | 1000   | 9      | silver |
      | 600    | 6      | silver |
      | 5000   | 4      | bronze |
      | 450    | 8      | bronze |
      | 1001   | 11     | gold   |
