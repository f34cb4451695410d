Feature: Chinese zodiac animal
  The animals follow a twelve-year cycle: Rat, Ox, Tiger, Rabbit, Dragon, Snake, Horse,
  Goat, Monkey, Rooster, Dog, Pig, and then Rat again. 2020 was a Rat year. Here the
  whole calendar year counts, from 1 January.

  Scenario Outline: the animal for a birth year
    Given someone was born in <year>
    When the zodiac animal is looked up
    Then the animal is "<animal>"

    Examples:
      | year | animal |
      | 2020 | Rat    |
      | 2021 | Ox     |
      | 2024 | Dragon |
      | 1990 | Horse  |
      | 1985 | Ox     |
      | 2031 | Pig    |
      | 2000 | Dragon |
      | 1977 | Snake  |
      | 2016 | Monkey |
