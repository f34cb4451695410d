Feature: Morse code
  Scenario Outline: a number in Morse code
    Given the number <n>
    When it is written in morse code
    Then the code is "<code>"

    Examples:
      | n  | code        |
      | 1  | .----       |
      | 4  | ....-       |
      | 9  | ----.       |
      | 14 | .---- ....- |
      | 40 | ....- ----- |
