Feature: Caffeine tally

  Scenario Outline: rating the day
    Given today's drinks add up to <mg> mg of caffeine
    When the caffeine tracker sums up the day
    Then the day is rated "<rating>"

    Examples:
      | mg  | rating   |
      | 0   | light    |
      | 95  | light    |
      | 199 | light    |
      | 200 | moderate |
      | 310 | moderate |
      | 399 | moderate |
      | 400 | too much |
      | 560 | too much |
