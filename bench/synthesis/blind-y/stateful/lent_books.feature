Feature: Lent books
  I keep track of which of my books are lent out and who has them. Nobody borrows more than
  two of my books at a time.

  Scenario: lending a book
    Given all my books are on the shelf
    When Mia borrows "Dune"
    Then "Dune" is with Mia
    And "Emma" is on the shelf

  Scenario: two at most
    Given all my books are on the shelf
    When Mia borrows "Dune"
    And Mia borrows "Emma"
    And Mia borrows "Ulysses"
    Then I am told "Mia already has two of my books"
    And "Ulysses" is on the shelf
    When Mia gives back "Dune"
    And Mia borrows "Ulysses"
    Then "Ulysses" is with Mia

  Scenario: a book that is already out
    Given Raj has "Emma"
    When Mia borrows "Emma"
    Then I am told "Emma is already lent to Raj"
    When Raj gives back "Emma"
    And Mia borrows "Emma"
    Then "Emma" is with Mia

  Scenario: giving back the wrong book
    Given Raj has "Dune"
    When Mia gives back "Dune"
    Then I am told "Mia does not have Dune"
    And "Dune" is with Raj
    When Raj gives back "Dune"
    Then "Dune" is on the shelf
