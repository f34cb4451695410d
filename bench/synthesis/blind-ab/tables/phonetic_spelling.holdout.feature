Feature: Reading out a booking reference
  On the phone we read references out with the NATO phonetic alphabet: each letter as its
  word (Alpha, Bravo, Charlie and so on) and each digit as its name, with a space between.

  Scenario Outline: saying a reference out loud
    Given the booking reference is "<reference>"
    When the agent reads it out to the caller
    Then they say "<spoken>"

    Examples:
      | reference | spoken                      |
      | FOG7      | Foxtrot Oscar Golf Seven    |
      | KEN       | Kilo Echo November          |
      | RS2V      | Romeo Sierra Two Victor     |
      | GAZ81     | Golf Alpha Zulu Eight One   |
      | NOVA      | November Oscar Victor Alpha |
      | BE55      | Bravo Echo Five Five        |
