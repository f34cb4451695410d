Feature: Cider press
  The hopper takes up to 20 kg of apples. Pressing turns every 2 kg in the hopper into 1 litre
  of juice in the tub, which holds 25 litres; a pressing that would overflow the tub is not
  started. Each bottle takes 1 litre.

  Scenario: a busy afternoon
    Given the press is empty
    When 18 kg of apples go into the hopper
    And the apples are pressed
    Then the tub holds 9 litres
    When 16 kg of apples go into the hopper
    And 6 kg of apples go into the hopper
    Then the press refuses with "the hopper has room for 4 more kg"
    When the apples are pressed
    Then the tub holds 17 litres
    When 15 bottles are filled
    Then the bottle count is 15
    And the tub holds 2 litres

  Scenario: a small batch
    Given the press is empty
    When 5 kg of apples go into the hopper
    And the apples are pressed
    Then the tub holds 2.5 litres
    When 3 bottles are filled
    Then the press refuses with "there are only 2.5 litres in the tub"
    When 2 bottles are filled
    Then the tub holds 0.5 litres
    When the apples are pressed
    Then the press refuses with "the hopper is empty"

  Scenario: no room in the tub
    Given the press is empty
    When 20 kg of apples go into the hopper
    And the apples are pressed
    And 20 kg of apples go into the hopper
    And the apples are pressed
    And 11 kg of apples go into the hopper
    And the apples are pressed
    Then the press refuses with "the tub has room for 5 more litres"
    When 6 bottles are filled
    And the apples are pressed
    Then the tub holds 19.5 litres
    And the hopper holds 0 kg
