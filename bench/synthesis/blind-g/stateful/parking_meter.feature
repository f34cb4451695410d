Feature: Parking meter
  A 1.00 euro coin buys 30 minutes and a 0.50 euro coin buys 15 minutes. The
  meter holds at most 120 minutes: a coin that would take it past 120 minutes
  is refused with "maximum stay reached". When no time is left the meter shows
  expired.

  Scenario: one coin
    Given an empty parking meter
    When a 1.00 euro coin is inserted
    Then the meter shows 30 minutes left
    And the meter shows expired: no

  Scenario: the maximum stay
    Given an empty parking meter
    When a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 0.50 euro coin is inserted
    Then the coin is refused with "maximum stay reached"
    And the meter shows 120 minutes left

  Scenario: time runs out
    Given an empty parking meter
    When a 0.50 euro coin is inserted
    And 10 minutes pass
    Then the meter shows 5 minutes left
    When 30 minutes pass
    Then the meter shows 0 minutes left
    And the meter shows expired: yes

  Scenario: topping up
    Given an empty parking meter
    When a 1.00 euro coin is inserted
    And 20 minutes pass
    And a 1.00 euro coin is inserted
    And a 0.50 euro coin is inserted
    Then the meter shows 55 minutes left

  Scenario: an empty meter
    Given an empty parking meter
    Then the meter shows expired: yes
    When a 0.50 euro coin is inserted
    Then the meter shows expired: no
