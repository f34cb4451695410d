Feature: Work-in-progress limit on the Doing column
  The Doing column takes no more cards than its limit; moving a card into a full column is refused, and finishing a card makes room.

  Scenario: moving cards into Doing
    Given the Doing column allows at most 3 cards
    When card "Login page" is moved into Doing
    And card "Search" is moved into Doing
    Then Doing holds 2 cards

  Scenario: the column is full
    Given the Doing column allows at most 2 cards
    When card "Login page" is moved into Doing
    And card "Search" is moved into Doing
    And card "Export" is moved into Doing
    Then the move is refused with "Doing is full"
    And Doing holds 2 cards
    And card "Export" is in Doing: no

  Scenario: finishing a card makes room
    Given the Doing column allows at most 2 cards
    When card "Login page" is moved into Doing
    And card "Search" is moved into Doing
    And card "Login page" is finished
    And card "Export" is moved into Doing
    Then Doing holds 2 cards
    And card "Login page" is in Doing: no
    And card "Export" is in Doing: yes
