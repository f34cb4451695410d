Feature: Song page addresses
  The web address of a song page is the title in lower case with the words joined by hyphens.

  Scenario Outline: making the address of a song page
    Given a song titled "<title>"
    When the song page address is made
    Then the address ends in "<slug>"

    Examples:
      | title                   | slug                    |
      | Yellow Submarine        | yellow-submarine        |
      | Imagine                 | imagine                 |
      | Hey Jude                | hey-jude                |
      | Let It Be               | let-it-be               |
      | Born To Run             | born-to-run             |
      | Smells Like Teen Spirit | smells-like-teen-spirit |
