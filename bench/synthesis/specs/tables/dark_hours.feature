Feature: Dark hours for stargazing
  The dark hours run from the hour of sunset to the hour of sunrise the next morning.

  Scenario Outline: planning an observing night
    Given sunset at hour <sunset> and sunrise at hour <sunrise>
    When the observing night is planned
    Then there are <hours> dark hours

    Examples:
      | sunset | sunrise | hours |
      | 20     | 6       | 10    |
      | 21     | 5       | 8     |
      | 18     | 7       | 13    |
      | 22     | 4       | 6     |
      | 16     | 8       | 16    |
      | 23     | 1       | 2     |
