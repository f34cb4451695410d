Feature: Chess congress sections
  Players rated 1800 or more play in the Open, whatever their age. Below that, players under 16
  play in the Junior; everyone else plays in the Major from 1500 and in the Minor below 1500.

  Scenario Outline: entering a player
    Given a player aged <age> with a rating of <rating>
    When the player is entered for the congress
    Then the player is placed in the "<section>" section

    Examples:
      | age | rating | section |
      | 12  | 1950   | Open    |
      | 14  | 1200   | Junior  |
      | 17  | 1650   | Major   |
      | 55  | 1100   | Minor   |
      | 16  | 1000   | Minor   |
      | 25  | 1820   | Open    |
