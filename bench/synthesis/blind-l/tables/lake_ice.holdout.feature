Feature: Lake ice notice
  The lake is "closed" when the ice is thinner than 10 cm or when the air
  temperature is above 0 degrees. Otherwise ice of 10 to 14 cm means "walking
  only" and ice of 15 cm or more means "open for skating".

  Scenario Outline: posting the notice at the jetty
    Given the ice is <ice> cm thick
    And the air temperature is <air> degrees
    When the lake status is posted
    Then the lake is "<status>"

    Examples:
      | ice | air | status           |
      | 11  | -3  | walking only     |
      | 18  | -7  | open for skating |
      | 25  | 2   | closed           |
      | 8   | -15 | closed           |
      | 15  | 0   | open for skating |
      | 13  | 0   | walking only     |
