Feature: Carpet cleaning quote

  Scenario Outline: quoting a house
    Given the number of rooms is <rooms>
    And the stairs are done too: <stairs>
    When the cleaning is quoted
    Then the price per room is <per_room>
    And the quote is <quote>

    Examples:
      | rooms | stairs | per_room | quote  |
      | 1     | no     | 28.00    | 60.00  |
      | 2     | no     | 28.00    | 60.00  |
      | 1     | yes    | 28.00    | 60.00  |
      | 2     | yes    | 28.00    | 74.00  |
      | 3     | no     | 28.00    | 84.00  |
      | 4     | no     | 22.00    | 88.00  |
      | 3     | yes    | 28.00    | 102.00 |
      | 4     | yes    | 22.00    | 106.00 |
      | 7     | no     | 22.00    | 154.00 |
