Feature: Tyre pressure check

  Scenario Outline: checking one tyre
    Given the recommended pressure is <recommended> psi
    And the gauge reads <measured> psi
    When the tyre is checked
    Then the advice is "<advice>"

    Examples:
      | recommended | measured | advice      |
      | 30          | 28       | ok          |
      | 30          | 27       | add air     |
      | 36          | 38       | ok          |
      | 36          | 39       | let air out |
      | 40          | 33       | add air     |
      | 28          | 29       | ok          |
