Feature: Lost property office

  Scenario: three things and one claim
    Given the lost property office is empty
    When a "pair of glasses" is handed in
    And a "teddy bear" is handed in
    And a "cap" is handed in
    And ticket 2 is claimed
    Then ticket 3 is for the "cap"
    And the number of items waiting is 2

  Scenario: a ticket from the future
    Given the last ticket given out was 15
    When a "bike helmet" is handed in
    Then it gets ticket 16
    When ticket 17 is claimed
    Then the office says "ticket 17 was never issued"
    When ticket 16 is claimed
    And ticket 16 is claimed
    Then the office says "ticket 16 has already been claimed"

  Scenario: numbering goes on after a clear-out
    Given the lost property office is empty
    When a "purse" is handed in
    And the shelf is cleared for charity
    And a "jacket" is handed in
    Then it gets ticket 2
    When ticket 1 is claimed
    Then the office says "ticket 1 went to charity"
    When ticket 2 is claimed
    Then the number of items waiting is 0
