Feature: Audiobook credits
  Members get 2 credits at the start of each month and can bank up to 6; credits that would take
  the balance over 6 are lost. One credit buys one audiobook, and a book can only be bought once.

  Scenario: the last credit goes
    Given the credit balance is 1
    When "Persuasion" is bought with a credit
    Then the credit balance is 0
    When "Ulysses" is bought with a credit
    Then the app says "you have no credits left"
    When a new month starts
    Then the credit balance is 2

  Scenario: a full bank and a book already owned
    Given the credit balance is 6
    And "Dune" is already in the library
    When a new month starts
    Then the credit balance is 6
    When "Dune" is bought with a credit
    Then the app says "you already own Dune"
    When "Rebecca" is bought with a credit
    Then the credit balance is 5
    And "Rebecca" is in the library

  Scenario: three months without buying
    Given the credit balance is 0
    When a new month starts
    And a new month starts
    And a new month starts
    Then the credit balance is 6
    When "Circe" is bought with a credit
    Then the credit balance is 5
