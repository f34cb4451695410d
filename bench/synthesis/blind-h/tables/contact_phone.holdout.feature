Feature: Phone numbers on the contact card

  Scenario Outline: showing a phone number
    Given the number "<typed>" was typed in
    When the contact card is shown
    Then the number reads "<shown>"

    Examples:
      | typed               | shown          |
      | 0687654321          | 06 87 65 43 21 |
      | 030-2468013         | 03 02 46 80 13 |
      | 05.55.55.55.55      | 05 55 55 55 55 |
      | 0 1 2 3 4 5 6 7 8 9 | 01 23 45 67 89 |
      | 0412 34 56 78       | 04 12 34 56 78 |
