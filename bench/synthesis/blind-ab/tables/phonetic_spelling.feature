Feature: Reading out a booking reference
  On the phone we read references out with the NATO phonetic alphabet: each letter as its
  word (Alpha, Bravo, Charlie and so on) and each digit as its name, with a space between.

  Scenario Outline: saying a reference out loud
    Given the booking reference is "<reference>"
    When the agent reads it out to the caller
    Then they say "<spoken>"

    Examples:
      | reference | spoken                    |
      | AB12      | Alpha Bravo One Two       |
      | JX9       | Juliet X-ray Nine         |
      | CAT       | Charlie Alpha Tango       |
      | W0D       | Whiskey Zero Delta        |
      | H4M5      | Hotel Four Mike Five      |
      | QUIZ      | Quebec Uniform India Zulu |
      | P8        | Papa Eight                |
      | LY63      | Lima Yankee Six Three     |
