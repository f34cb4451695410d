Feature: Season badges

  Scenario Outline: badge at the end of the season
    Given a player with <points> points and <quests> finished quests
    When the season badge is awarded
    Then the badge is "<badge>"

    Examples:
      | points | quests | badge  |
      | 1200   | 12     | gold   |
      | 1000   | 10     | gold   |
      | 999    | 15     | silver |
      | 1500   | 9      | silver |
      | 500    | 5      | silver |
      | 499    | 20     | bronze |
      | 800    | 4      | bronze |
      | 0      | 0      | bronze |
