Feature: Weightlifting attempts
  In the snatch a lifter gets three attempts. The bar never goes down between attempts, and after
  a good lift the lifter must ask for a heavier weight before the next one; after a miss the same
  weight can be tried again. The best good lift counts.

  Scenario: a miss and then two good lifts
    Given the lifter opens at 110 kg
    When the lift is missed
    And the lift is good
    And the lifter asks for 115 kg
    And the lift is good
    Then the best lift is 115 kg
    And the attempts left are 0

  Scenario: asking for less after a good lift
    Given the lifter opens at 52 kg
    When the lift is good
    And the lifter asks for 50 kg
    Then the jury turns it down with "the bar cannot go below 52 kg"
    When the lift is good
    Then the jury turns it down with "ask for more than 52 kg first"
    And the best lift is 52 kg
    And the attempts left are 2

  Scenario: out after misses at a rising weight
    Given the lifter opens at 75 kg
    When the lift is missed
    And the lifter asks for 77 kg
    And the lift is missed
    And the lift is missed
    Then no lift has counted
    And the bar is at 77 kg
    When the lift is good
    Then the jury turns it down with "all three attempts are used"
