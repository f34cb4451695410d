Feature: Gym locker bank
  The lockers in a bank are numbered from 1. A locker holds one bag at a time.
  Putting a bag in a taken locker, collecting from an empty locker, or using a
  locker number the bank does not have is refused and changes nothing.

  Scenario: a busy evening
    Given a bank of 10 lockers
    And locker 7 is taken: yes
    When I put a bag in locker 1
    And I put a bag in locker 10
    And I collect my bag from locker 7
    Then locker 7 is taken: no
    And locker 10 is taken: yes
    And 8 lockers are free

  Scenario: collecting twice
    Given a bank of 3 lockers
    When I put a bag in locker 2
    And I collect my bag from locker 2
    And I collect my bag from locker 2
    Then I am told "locker 2 is empty"

  Scenario: one past the last locker
    Given a bank of 5 lockers
    When I put a bag in locker 6
    Then I am told "there is no locker 6"
    And 5 lockers are free
