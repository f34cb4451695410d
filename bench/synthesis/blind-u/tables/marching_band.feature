Feature: Marching band rows

  Scenario Outline: lining the band up
    Given the band has <players> players
    And each row holds <per_row> players
    When the band lines up
    Then the number of full rows is <rows>
    And the players left for a short row come to <left>

    Examples:
      | players | per_row | rows | left |
      | 24      | 4       | 6    | 0    |
      | 25      | 4       | 6    | 1    |
      | 27      | 4       | 6    | 3    |
      | 28      | 4       | 7    | 0    |
      | 30      | 8       | 3    | 6    |
      | 31      | 8       | 3    | 7    |
      | 32      | 8       | 4    | 0    |
      | 5       | 6       | 0    | 5    |
      | 60      | 7       | 8    | 4    |
