Feature: Tyre pressure check

  Scenario Outline: checking one tyre
    Given the recommended pressure is <recommended> psi
    And the gauge reads <measured> psi
    When the tyre is checked
    Then the advice is "<advice>"

    Examples:
      | recommended | measured | advice      |
      | 32          | 32       | ok          |
      | 32          | 30       | ok          |
      | 32          | 29       | add air     |
      | 32          | 34       | ok          |
      | 32          | 35       | let air out |
      | 26          | 24       | ok          |
      | 50          | 47       | add air     |
      | 50          | 53       | let air out |
      | 44          | 46       | ok          |
