Feature: Clap and stamp counting game

  Scenario Outline: what the player says
    Given the count reaches <number>
    When the player takes a turn
    Then the player says "<call>"

    Examples:
      | number | call       |
      | 2      | 2          |
      | 12     | clap       |
      | 20     | stamp      |
      | 45     | clap stamp |
      | 22     | 22         |
      | 25     | stamp      |
