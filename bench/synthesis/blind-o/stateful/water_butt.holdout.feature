Feature: Water butt
  The water butt holds at most 200 litres; any more rain runs off over the top.

  Scenario: a dry butt after a downpour
    Given the water butt holds 0 litres
    When 120 litres of rain run in
    And a watering can is filled
    And a watering can is filled
    Then the water butt holds 100 litres

  Scenario: emptying a full butt with the hose
    Given the water butt holds 195 litres
    When 20 litres of rain run in
    And the hose draws 200 litres
    And a watering can is filled
    Then the tap says "not enough water"
    And the water butt holds 0 litres

  Scenario: a shower just in time
    Given the water butt holds 9 litres
    When a watering can is filled
    Then the tap says "not enough water"
    When 3 litres of rain run in
    And a watering can is filled
    Then the water butt holds 2 litres
