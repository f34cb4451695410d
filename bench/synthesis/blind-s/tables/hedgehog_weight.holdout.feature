Feature: Hedgehog weight check

  Scenario Outline: autumn advice for a hedgehog found in the garden
    Given the hedgehog weighs <grams> g
    When the rescue checks whether it can hibernate
    Then the advice is "<advice>"

    Examples:
      | grams | advice           |
      | 200   | take it in       |
      | 448   | take it in       |
      | 451   | feed and reweigh |
      | 575   | feed and reweigh |
      | 601   | let it hibernate |
      | 900   | let it hibernate |
