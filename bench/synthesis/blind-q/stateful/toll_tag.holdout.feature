Feature: Toll tag account
  Each pass through the toll takes 2.40 for a car and 4.80 for a van. A toll the balance
  cannot cover is refused and the barrier stays down. With auto top-up on, 20.00 is added
  straight away whenever a toll leaves the balance below 5.00.

  Scenario: down to the last pennies
    Given a toll tag with 10.00 on it
    When a van passes the toll
    And a car passes the toll
    And a car passes the toll
    Then the balance is 0.40
    When a car passes the toll
    Then the barrier stays down with "not enough credit: 0.40 on the tag"

  Scenario: paying in before switching on
    Given a toll tag with 4.00 on it
    When 6.00 is paid in
    And auto top-up is switched on
    And a van passes the toll
    And a car passes the toll
    Then the balance is 22.80

  Scenario: switched off at 5.00
    Given a toll tag with 9.80 on it
    When auto top-up is switched on
    And a van passes the toll
    Then the balance is 5.00
    When auto top-up is switched off
    And a car passes the toll
    And a van passes the toll
    Then the barrier stays down with "not enough credit: 2.60 on the tag"
    When 20.00 is paid in
    Then the balance is 22.60
