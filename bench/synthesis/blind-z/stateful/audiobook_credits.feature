Feature: Audiobook credits
  Members get 2 credits at the start of each month and can bank up to 6; credits that would take
  the balance over 6 are lost. One credit buys one audiobook, and a book can only be bought once.

  Scenario: a new month and a purchase
    Given the credit balance is 0
    When a new month starts
    Then the credit balance is 2
    When "Circe" is bought with a credit
    Then the credit balance is 1
    And "Circe" is in the library

  Scenario: banking up to the cap
    Given the credit balance is 5
    When a new month starts
    Then the credit balance is 6
    When a new month starts
    Then the credit balance is 6

  Scenario: no credits
    Given the credit balance is 0
    When "Dune" is bought with a credit
    Then the app says "you have no credits left"
    And the credit balance is 0

  Scenario: buying a book twice
    Given the credit balance is 3
    And "Beloved" is already in the library
    When "Beloved" is bought with a credit
    Then the app says "you already own Beloved"
    And the credit balance is 3

  Scenario: two books in one month
    Given the credit balance is 4
    When "Emma" is bought with a credit
    And "Middlemarch" is bought with a credit
    Then the credit balance is 2
    When a new month starts
    Then the credit balance is 4
