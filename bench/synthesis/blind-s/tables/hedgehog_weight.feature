Feature: Hedgehog weight check

  Scenario Outline: autumn advice for a hedgehog found in the garden
    Given the hedgehog weighs <grams> g
    When the rescue checks whether it can hibernate
    Then the advice is "<advice>"

    Examples:
      | grams | advice           |
      | 120   | take it in       |
      | 300   | take it in       |
      | 449   | take it in       |
      | 450   | feed and reweigh |
      | 520   | feed and reweigh |
      | 599   | feed and reweigh |
      | 600   | let it hibernate |
      | 780   | let it hibernate |
      | 1050  | let it hibernate |
