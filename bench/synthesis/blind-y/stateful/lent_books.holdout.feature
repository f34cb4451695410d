Feature: Lent books
  I keep track of which of my books are lent out and who has them. Nobody borrows more than
  two of my books at a time.

  Scenario: two friends borrowing
    Given all my books are on the shelf
    When Raj borrows "Ulysses"
    And Raj borrows "Dune"
    And Mia borrows "Ulysses"
    Then I am told "Ulysses is already lent to Raj"
    When Mia borrows "Emma"
    Then "Emma" is with Mia
    And "Dune" is with Raj

  Scenario: waiting for a book to come back
    Given Mia has "Dune"
    And Mia has "Emma"
    When Mia borrows "Ulysses"
    Then I am told "Mia already has two of my books"
    When Raj borrows "Ulysses"
    And Mia gives back "Emma"
    Then "Emma" is on the shelf
    When Mia borrows "Ulysses"
    Then I am told "Ulysses is already lent to Raj"

  Scenario: returning a book never borrowed
    Given all my books are on the shelf
    When Raj gives back "Emma"
    Then I am told "Raj does not have Emma"
    When Raj borrows "Emma"
    And Raj gives back "Emma"
    Then "Emma" is on the shelf
    When Mia borrows "Emma"
    Then "Emma" is with Mia
