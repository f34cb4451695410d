Feature: Parking meter
  A 1.00 euro coin buys 30 minutes and a 0.50 euro coin buys 15 minutes. The
  meter holds at most 120 minutes: a coin that would take it past 120 minutes
  is refused with "maximum stay reached". When no time is left the meter shows
  expired.

  Scenario: full, then topped up to the limit
    Given an empty parking meter
    When a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    Then the coin is refused with "maximum stay reached"
    When 45 minutes pass
    And a 1.00 euro coin is inserted
    And a 1.00 euro coin is inserted
    Then the coin is refused with "maximum stay reached"
    When a 0.50 euro coin is inserted
    Then the meter shows 120 minutes left

  Scenario: expired and paid again
    Given an empty parking meter
    When a 0.50 euro coin is inserted
    And 15 minutes pass
    Then the meter shows expired: yes
    When a 1.00 euro coin is inserted
    Then the meter shows expired: no
    And the meter shows 30 minutes left
