Feature: Caffeine tally

  Scenario Outline: rating the day
    Given today's drinks add up to <mg> mg of caffeine
    When the caffeine tracker sums up the day
    Then the day is rated "<rating>"

    Examples:
      | mg   | rating   |
      | 150  | light    |
      | 250  | moderate |
      | 380  | moderate |
      | 420  | too much |
      | 1000 | too much |
      | 40   | light    |
