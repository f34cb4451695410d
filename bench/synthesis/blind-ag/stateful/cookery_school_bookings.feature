Feature: Cookery school bookings
  A member holds one class booking at a time. A booked class that the member misses is a
  no-show. After 2 no-shows in a row the member cannot book until the office lifts the
  block, which also clears the count. Attending a class clears the count too.

  Scenario: two missed classes
    Given a member with no booking and a clean record
    When the member books the "pasta" class
    And the member misses the class
    Then the no-shows in a row are 1
    And bookings are "open"
    When the member books the "curry" class
    And the member misses the class
    Then bookings are "blocked"
    When the member books the "bread" class
    Then the member is told "bookings are blocked after 2 no-shows"
    And the class booked is "none"

  Scenario: turning up clears the count
    Given a member with no booking and a clean record
    When the member misses the class
    Then the member is told "no class is booked"
    When the member books the "pasta" class
    And the member misses the class
    And the member books the "sushi" class
    And the member attends the class
    Then the no-shows in a row are 0
    When the member books the "tapas" class
    And the member misses the class
    Then the no-shows in a row are 1
    And bookings are "open"

  Scenario: one booking at a time
    Given a member with no booking and a clean record
    When the member books the "pasta" class
    And the member books the "curry" class
    Then the member is told "a class is already booked"
    And the class booked is "pasta"
    When the member attends the class
    And the member attends the class
    Then the member is told "no class is booked"

  Scenario: the office lifts a block
    Given a member with no booking and a clean record
    When the office lifts the block
    Then the member is told "bookings are not blocked"
    When the member books the "pasta" class
    And the member misses the class
    And the member books the "curry" class
    And the member misses the class
    And the office lifts the block
    Then bookings are "open"
    And the no-shows in a row are 0
    When the member books the "bread" class
    Then the class booked is "bread"
