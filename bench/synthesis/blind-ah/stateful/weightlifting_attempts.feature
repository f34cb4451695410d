Feature: Weightlifting attempts
  In the snatch a lifter gets three attempts. The bar never goes down between attempts, and after
  a good lift the lifter must ask for a heavier weight before the next one; after a miss the same
  weight can be tried again. The best good lift counts.

  Scenario: three good lifts
    Given the lifter opens at 80 kg
    When the lift is good
    And the lifter asks for 84 kg
    And the lift is good
    And the lifter asks for 87 kg
    And the lift is good
    Then the best lift is 87 kg
    And the attempts left are 0

  Scenario: a miss can be tried again
    Given the lifter opens at 95 kg
    When the lift is missed
    And the lift is good
    Then the best lift is 95 kg
    And the attempts left are 1
    And the bar is at 95 kg

  Scenario: the bar never goes down
    Given the lifter opens at 70 kg
    When the lift is missed
    And the lifter asks for 68 kg
    Then the jury turns it down with "the bar cannot go below 70 kg"
    And the bar is at 70 kg
    When the lifter asks for 72 kg
    And the lift is good
    Then the best lift is 72 kg

  Scenario: going up after a good lift
    Given the lifter opens at 60 kg
    When the lift is good
    And the lift is good
    Then the jury turns it down with "ask for more than 60 kg first"
    And the attempts left are 2
    When the lifter asks for 63 kg
    And the lift is missed
    Then the best lift is 60 kg
    And the bar is at 63 kg

  Scenario: three misses
    Given the lifter opens at 100 kg
    When the lift is missed
    And the lift is missed
    And the lift is missed
    Then no lift has counted
    When the lift is good
    Then the jury turns it down with "all three attempts are used"
