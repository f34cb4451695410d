Feature: Birthstone for a gift
  Each month has its stone: January garnet, February amethyst, March aquamarine, April
  diamond, May emerald, June pearl, July ruby, August peridot, September sapphire, October
  opal, November topaz and December turquoise.

  Scenario Outline: the stone for a date of birth
    Given a customer born on "<born>"
    When the birthstone is looked up
    Then the stone is "<stone>"

    Examples:
      | born       | stone     |
      | 2011-05-14 | emerald   |
      | 1990-01-31 | garnet    |
      | 2004-02-29 | amethyst  |
      | 1985-04-01 | diamond   |
      | 2000-06-30 | pearl     |
      | 1979-07-04 | ruby      |
      | 1999-09-09 | sapphire  |
      | 2016-10-31 | opal      |
      | 1962-12-25 | turquoise |
