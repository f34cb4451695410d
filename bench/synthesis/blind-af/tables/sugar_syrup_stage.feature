Feature: Sugar syrup stages
  Boiling sugar syrup is judged by its temperature in degrees Celsius: below 110 it is
  "too early", 110 to 111 is "thread", 112 to 117 "soft ball", 118 to 120 "firm ball",
  121 to 130 "hard ball", 131 to 145 "soft crack", 146 to 155 "hard crack" and above
  155 "caramel".

  Scenario Outline: the stage at a temperature
    Given the syrup reads <temp> degrees
    When the sugar stage is read
    Then the stage is "<stage>"

    Examples:
      | temp | stage      |
      | 105  | too early  |
      | 110  | thread     |
      | 112  | soft ball  |
      | 117  | soft ball  |
      | 118  | firm ball  |
      | 125  | hard ball  |
      | 131  | soft crack |
      | 150  | hard crack |
      | 170  | caramel    |
