Feature: Wine cellar

  Scenario: a party
    Given the cellar holds 12 bottles of "Champagne"
    When 11 bottles of "Champagne" are taken out
    Then the stock line reads "Champagne: 1 bottle"
    When 3 bottles of "Champagne" are taken out
    Then the request is refused with "only 1 bottle of Champagne left"
    When 6 bottles of "Champagne" are delivered
    Then the stock line reads "Champagne: 7 bottles"

  Scenario: the case is finished
    Given the cellar holds 5 bottles of "Sancerre 2022"
    When 5 bottles of "Sancerre 2022" are taken out
    Then the stock line reads "Sancerre 2022: none"
    When 1 bottle of "Sancerre 2022" is delivered
    Then the stock line reads "Sancerre 2022: 1 bottle"

  Scenario: the wrong rack
    Given the cellar holds 2 bottles of "Malbec"
    When 1 bottle of "Riesling" is taken out
    Then the request is refused with "no Riesling in the cellar"
    When 2 bottles of "Malbec" are taken out
    And 1 bottle of "Malbec" is taken out
    Then the request is refused with "no Malbec in the cellar"
