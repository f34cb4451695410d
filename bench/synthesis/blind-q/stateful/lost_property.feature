Feature: Lost property office

  Scenario: handing things in
    Given the lost property office is empty
    When a "blue umbrella" is handed in
    Then it gets ticket 1
    When a "set of keys" is handed in
    Then it gets ticket 2
    And the number of items waiting is 2

  Scenario: claiming
    Given the last ticket given out was 40
    When a "red scarf" is handed in
    And a "phone charger" is handed in
    And ticket 41 is claimed
    Then the number of items waiting is 1
    And ticket 42 is for the "phone charger"
    When ticket 41 is claimed
    Then the office says "ticket 41 has already been claimed"

  Scenario: tickets that were never given out
    Given the lost property office is empty
    When ticket 1 is claimed
    Then the office says "ticket 1 was never issued"
    When a "lunch box" is handed in
    And ticket 2 is claimed
    Then the office says "ticket 2 was never issued"
    When ticket 1 is claimed
    Then the number of items waiting is 0

  Scenario: clearing the shelf
    Given the last ticket given out was 7
    When a "glove" is handed in
    And a "library book" is handed in
    And ticket 8 is claimed
    And the shelf is cleared for charity
    Then the number of items waiting is 0
    When ticket 9 is claimed
    Then the office says "ticket 9 went to charity"
    When ticket 8 is claimed
    Then the office says "ticket 8 has already been claimed"
    When a "water bottle" is handed in
    Then it gets ticket 10
