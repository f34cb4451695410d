Feature: Cider press
  The hopper takes up to 20 kg of apples. Pressing turns every 2 kg in the hopper into 1 litre
  of juice in the tub, which holds 25 litres; a pressing that would overflow the tub is not
  started. Each bottle takes 1 litre.

  Scenario: a first pressing
    Given the press is empty
    When 12 kg of apples go into the hopper
    And the apples are pressed
    Then the hopper holds 0 kg
    And the tub holds 6 litres
    When 4 bottles are filled
    Then the bottle count is 4
    And the tub holds 2 litres

  Scenario: an overfull hopper
    Given the press is empty
    When 15 kg of apples go into the hopper
    And 8 kg of apples go into the hopper
    Then the press refuses with "the hopper has room for 5 more kg"
    And the hopper holds 15 kg
    When 5 kg of apples go into the hopper
    Then the hopper holds 20 kg
    When the apples are pressed
    Then the tub holds 10 litres

  Scenario: an odd weight
    Given the press is empty
    When 7 kg of apples go into the hopper
    And the apples are pressed
    Then the tub holds 3.5 litres
    When 4 bottles are filled
    Then the press refuses with "there are only 3.5 litres in the tub"
    When 3 bottles are filled
    Then the tub holds 0.5 litres
    And the bottle count is 3

  Scenario: a full tub
    Given the press is empty
    When 20 kg of apples go into the hopper
    And the apples are pressed
    And 20 kg of apples go into the hopper
    And the apples are pressed
    Then the tub holds 20 litres
    When 12 kg of apples go into the hopper
    And the apples are pressed
    Then the press refuses with "the tub has room for 5 more litres"
    And the hopper holds 12 kg
    When 10 bottles are filled
    And the apples are pressed
    Then the tub holds 16 litres
    And the hopper holds 0 kg

  Scenario: pressing nothing
    Given the press is empty
    When the apples are pressed
    Then the press refuses with "the hopper is empty"
    And the tub holds 0 litres
