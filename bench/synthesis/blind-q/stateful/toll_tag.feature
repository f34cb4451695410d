Feature: Toll tag account
  Each pass through the toll takes 2.40 for a car and 4.80 for a van. A toll the balance
  cannot cover is refused and the barrier stays down. With auto top-up on, 20.00 is added
  straight away whenever a toll leaves the balance below 5.00.

  Scenario: cars and vans
    Given a toll tag with 12.00 on it
    When a car passes the toll
    And a van passes the toll
    Then the balance is 4.80
    When a van passes the toll
    Then the balance is 0.00
    When a car passes the toll
    Then the barrier stays down with "not enough credit: 0.00 on the tag"

  Scenario: topping up by hand
    Given a toll tag with 3.00 on it
    When a van passes the toll
    Then the barrier stays down with "not enough credit: 3.00 on the tag"
    When 10.00 is paid in
    And a van passes the toll
    Then the balance is 8.20

  Scenario: automatic top-up
    Given a toll tag with 9.00 on it
    When auto top-up is switched on
    And a car passes the toll
    Then the balance is 6.60
    When a car passes the toll
    Then the balance is 24.20

  Scenario: auto top-up switched off again
    Given a toll tag with 7.50 on it
    When auto top-up is switched on
    And a van passes the toll
    Then the balance is 22.70
    When auto top-up is switched off
    And a van passes the toll
    And a van passes the toll
    And a van passes the toll
    And a van passes the toll
    Then the balance is 3.50

  Scenario: exactly 5.00 is not below 5.00
    Given a toll tag with 7.40 on it
    When auto top-up is switched on
    And a car passes the toll
    Then the balance is 5.00
    When a car passes the toll
    Then the balance is 22.60
    When 5.00 is paid in
    Then the balance is 27.60
