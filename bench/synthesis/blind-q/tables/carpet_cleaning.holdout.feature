Feature: Carpet cleaning quote

  Scenario Outline: quoting a house
    Given the number of rooms is <rooms>
    And the stairs are done too: <stairs>
    When the cleaning is quoted
    Then the price per room is <per_room>
    And the quote is <quote>

    Examples:
      | rooms | stairs | per_room | quote  |
      | 5     | no     | 22.00    | 110.00 |
      | 6     | yes    | 22.00    | 150.00 |
      | 9     | no     | 22.00    | 198.00 |
      | 7     | yes    | 22.00    | 172.00 |
      | 10    | yes    | 22.00    | 238.00 |
      | 5     | yes    | 22.00    | 128.00 |
