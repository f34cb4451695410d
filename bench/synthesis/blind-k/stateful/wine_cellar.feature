Feature: Wine cellar

  Scenario: opening two bottles
    Given the cellar holds 6 bottles of "Rioja 2019"
    When 2 bottles of "Rioja 2019" are taken out
    Then the stock line reads "Rioja 2019: 4 bottles"

  Scenario: down to the last bottle
    Given the cellar holds 2 bottles of "Chablis"
    When 1 bottle of "Chablis" is taken out
    Then the stock line reads "Chablis: 1 bottle"
    When 1 bottle of "Chablis" is taken out
    Then the stock line reads "Chablis: none"
    When 1 bottle of "Chablis" is taken out
    Then the request is refused with "no Chablis in the cellar"
    When 1 bottle of "Chablis" is delivered
    Then the stock line reads "Chablis: 1 bottle"

  Scenario: asking for more than there is
    Given the cellar holds 3 bottles of "Barolo"
    When 5 bottles of "Barolo" are taken out
    Then the request is refused with "only 3 bottles of Barolo left"
    And the stock line reads "Barolo: 3 bottles"
    When 12 bottles of "Barolo" are delivered
    And 5 bottles of "Barolo" are taken out
    Then the stock line reads "Barolo: 10 bottles"

  Scenario: a wine we do not have
    Given the cellar holds 4 bottles of "Rioja 2019"
    When 1 bottle of "Prosecco" is taken out
    Then the request is refused with "no Prosecco in the cellar"
    And the stock line reads "Rioja 2019: 4 bottles"
    When 6 bottles of "Prosecco" are delivered
    Then the stock line reads "Prosecco: 6 bottles"

  Scenario: one bottle is not two
    Given the cellar holds 1 bottle of "Port"
    When 2 bottles of "Port" are taken out
    Then the request is refused with "only 1 bottle of Port left"
    And the stock line reads "Port: 1 bottle"
