Feature: Birthstone for a gift
  Each month has its stone: January garnet, February amethyst, March aquamarine, April
  diamond, May emerald, June pearl, July ruby, August peridot, September sapphire, October
  opal, November topaz and December turquoise.

  Scenario Outline: the stone for a date of birth
    Given a customer born on "<born>"
    When the birthstone is looked up
    Then the stone is "<stone>"

    Examples:
      | born       | stone      |
      | 2020-03-17 | aquamarine |
      | 1993-08-01 | peridot    |
      | 2008-11-11 | topaz      |
      | 1971-01-01 | garnet     |
      | 2012-02-01 | amethyst   |
      | 1988-12-31 | turquoise  |
