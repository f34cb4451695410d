Feature: Chess congress sections
  Players rated 1800 or more play in the Open, whatever their age. Below that, players under 16
  play in the Junior; everyone else plays in the Major from 1500 and in the Minor below 1500.

  Scenario Outline: entering a player
    Given a player aged <age> with a rating of <rating>
    When the player is entered for the congress
    Then the player is placed in the "<section>" section

    Examples:
      | age | rating | section |
      | 40  | 2100   | Open    |
      | 62  | 1800   | Open    |
      | 15  | 1800   | Open    |
      | 16  | 1799   | Major   |
      | 15  | 1799   | Junior  |
      | 16  | 1500   | Major   |
      | 15  | 1500   | Junior  |
      | 30  | 1499   | Minor   |
      | 9   | 800    | Junior  |
