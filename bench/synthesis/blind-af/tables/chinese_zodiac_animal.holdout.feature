Feature: Chinese zodiac animal
  The animals follow a twelve-year cycle: Rat, Ox, Tiger, Rabbit, Dragon, Snake, Horse,
  Goat, Monkey, Rooster, Dog, Pig, and then Rat again. 2020 was a Rat year. Here the
  whole calendar year counts, from 1 January.

  Scenario Outline: the animal for a birth year
    Given someone was born in <year>
    When the zodiac animal is looked up
    Then the animal is "<animal>"

    Examples:
      | year | animal  |
      | 2022 | Tiger   |
      | 2023 | Rabbit  |
      | 1993 | Rooster |
      | 2006 | Dog     |
      | 1967 | Goat    |
      | 2037 | Snake   |
