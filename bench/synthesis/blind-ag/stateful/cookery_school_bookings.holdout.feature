Feature: Cookery school bookings
  A member holds one class booking at a time. A booked class that the member misses is a
  no-show. After 2 no-shows in a row the member cannot book until the office lifts the
  block, which also clears the count. Attending a class clears the count too.

  Scenario: a miss between two good weeks
    Given a member with no booking and a clean record
    When the member books the "curry" class
    And the member misses the class
    And the member books the "pasta" class
    And the member attends the class
    And the member books the "bread" class
    And the member misses the class
    Then the no-shows in a row are 1
    When the office lifts the block
    Then the member is told "bookings are not blocked"

  Scenario: blocked, lifted and booked again
    Given a member with no booking and a clean record
    When the member books the "sushi" class
    And the member misses the class
    And the member books the "tapas" class
    And the member misses the class
    Then bookings are "blocked"
    When the office lifts the block
    And the member books the "pasta" class
    And the member books the "curry" class
    Then the member is told "a class is already booked"

  Scenario: the same class missed twice
    Given a member with no booking and a clean record
    When the member books the "bread" class
    And the member misses the class
    And the member books the "bread" class
    And the member misses the class
    And the member books the "pasta" class
    Then the member is told "bookings are blocked after 2 no-shows"
    And the no-shows in a row are 2
