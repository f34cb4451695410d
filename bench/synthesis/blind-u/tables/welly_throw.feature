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
      | 20.5      | 18.2       | 19.9      | 20.1       | Amy wins | 0.4    |
      | 15.0      | 22.3       | 21.0      | 19.4       | Amy wins | 1.3    |
      | 18.0      | 17.5       | 18.1      | 12.0       | Bea wins | 0.1    |
      | 19.2      | 19.2       | 19.2      | 11.0       | tie      | 0.0    |
      | 10.4      | 24.6       | 24.6      | 23.9       | tie      | 0.0    |
      | 30.0      | 12.2       | 25.5      | 27.1       | Amy wins | 2.9    |
      | 9.8       | 11.3       | 16.7      | 0.0        | Bea wins | 5.4    |
      | 22.2      | 21.8       | 21.9      | 23.0       | Bea wins | 0.8    |
      | 14.4      | 14.9       | 14.5      | 14.8       | Amy wins | 0.1    |
