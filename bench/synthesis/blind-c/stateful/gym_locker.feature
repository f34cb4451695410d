Feature: Gym locker bank
  The lockers in a bank are numbered from 1. A locker holds one bag at a time.
  Putting a bag in a taken locker, collecting from an empty locker, or using a
  locker number the bank does not have is refused and changes nothing.

  Scenario: storing a bag
    Given a bank of 6 lockers
    When I put a bag in locker 4
    Then locker 4 is taken: yes
    And 5 lockers are free

  Scenario: collecting a bag
    Given a bank of 6 lockers
    And locker 2 is taken: yes
    When I collect my bag from locker 2
    Then locker 2 is taken: no
    And 6 lockers are free

  Scenario: a taken locker is refused
    Given a bank of 6 lockers
    And locker 3 is taken: yes
    When I put a bag in locker 3
    Then I am told "locker 3 is already taken"
    And 5 lockers are free

  Scenario: a locker that does not exist
    Given a bank of 6 lockers
    When I put a bag in locker 9
    Then I am told "there is no locker 9"
    And 6 lockers are free

  Scenario: nothing to collect
    Given a bank of 4 lockers
    When I collect my bag from locker 1
    Then I am told "locker 1 is empty"
