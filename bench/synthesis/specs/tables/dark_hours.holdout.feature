Feature: Dark hours for stargazing
  The dark hours run from the hour of sunset to the hour of sunrise the next morning.

  Scenario Outline: planning an observing night
    Given sunset at hour <sunset> and sunrise at hour <sunrise>
    When the observing night is planned
    Then there are <hours> dark hours

    Examples:
      | sunset | sunrise | hours |
      | 19     | 6       | 11    |
      | 17     | 9       | 16    |
      | 22     | 3       | 5     |
      | 15     | 7       | 16    |
