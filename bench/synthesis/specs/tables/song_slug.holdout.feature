Feature: Song page addresses
  The web address of a song page is the title in lower case with the words joined by hyphens.

  Scenario Outline: making the address of a song page
    Given a song titled "<title>"
    When the song page address is made
    Then the address ends in "<slug>"

    Examples:
      | title              | slug               |
      | Purple Rain        | purple-rain        |
      | Heroes             | heroes             |
      | Sweet Child O Mine | sweet-child-o-mine |
      | ROCK THE CASBAH    | rock-the-casbah    |
