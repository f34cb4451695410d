Feature: Clap and stamp counting game

  Scenario Outline: what the player says
    Given the count reaches <number>
    When the player takes a turn
    Then the player says "<call>"

    Examples:
      | number | call       |
      | 1      | 1          |
      | 3      | clap       |
      | 5      | stamp      |
      | 6      | clap       |
      | 10     | stamp      |
      | 15     | clap stamp |
      | 30     | clap stamp |
      | 7      | 7          |
      | 9      | clap       |
