Feature: Marching band rows

  Scenario Outline: lining the band up
    Given the band has <players> players
    And each row holds <per_row> players
    When the band lines up
    Then the number of full rows is <rows>
    And the players left for a short row come to <left>

    Examples:
      | players | per_row | rows | left |
      | 18      | 5       | 3    | 3    |
      | 40      | 6       | 6    | 4    |
      | 45      | 9       | 5    | 0    |
      | 3       | 4       | 0    | 3    |
      | 100     | 8       | 12   | 4    |
      | 33      | 4       | 8    | 1    |
