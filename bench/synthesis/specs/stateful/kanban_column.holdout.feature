Feature: Work-in-progress limit on the Doing column
  The Doing column takes no more cards than its limit; moving a card into a full column is refused, and finishing a card makes room.

  Scenario: a limit of one card
    Given the Doing column allows at most 1 cards
    When card "Invoices" is moved into Doing
    And card "Reports" is moved into Doing
    Then the move is refused with "Doing is full"
    And Doing holds 1 cards
    And card "Reports" is in Doing: no
    And card "Invoices" is in Doing: yes

  Scenario: a busier column
    Given the Doing column allows at most 4 cards
    When card "A" is moved into Doing
    And card "B" is moved into Doing
    And card "C" is moved into Doing
    And card "B" is finished
    And card "D" is moved into Doing
    And card "E" is moved into Doing
    Then Doing holds 4 cards
    And card "B" is in Doing: no
    And card "E" is in Doing: yes
