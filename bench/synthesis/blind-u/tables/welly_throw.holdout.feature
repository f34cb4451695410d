Feature: Welly throwing final
  Each thrower has two throws and only the longer one counts. The longer best throw wins, and
  equal best throws are a tie.

  Scenario Outline: deciding the final
    Given Amy throws <amy_first> m and <amy_second> m
    And Bea throws <bea_first> m and <bea_second> m
    When the final is decided
    Then the result is "<result>"
    And the winning margin is <margin> m

    Examples:
      | amy_first | amy_second | bea_first | bea_second | result   | margin |
      | 25.0      | 26.0       | 26.0      | 24.0       | tie      | 0.0    |
      | 12.3      | 18.8       | 17.1      | 17.2       | Amy wins | 1.6    |
      | 20.0      | 20.0       | 20.4      | 3.3        | Bea wins | 0.4    |
      | 33.3      | 0.0        | 31.2      | 32.9       | Amy wins | 0.4    |
      | 16.6      | 19.5       | 21.1      | 19.9       | Bea wins | 1.6    |
