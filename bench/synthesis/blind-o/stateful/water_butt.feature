Feature: Water butt
  The water butt holds at most 200 litres; any more rain runs off over the top.

  Scenario: rain fills the butt
    Given the water butt holds 50 litres
    When 30 litres of rain run in
    Then the water butt holds 80 litres

  Scenario: a full butt overflows
    Given the water butt holds 180 litres
    When 45 litres of rain run in
    Then the water butt holds 200 litres
    When a watering can is filled
    Then the water butt holds 190 litres
    When the hose draws 40 litres
    Then the water butt holds 150 litres

  Scenario: filling cans until it runs low
    Given the water butt holds 25 litres
    When a watering can is filled
    And a watering can is filled
    Then the water butt holds 5 litres
    When a watering can is filled
    Then the tap says "not enough water"
    And the water butt holds 5 litres

  Scenario: using the hose
    Given the water butt holds 120 litres
    When the hose draws 70 litres
    Then the water butt holds 50 litres
    When the hose draws 60 litres
    Then the tap says "not enough water"
    When 15 litres of rain run in
    And the hose draws 65 litres
    Then the water butt holds 0 litres
