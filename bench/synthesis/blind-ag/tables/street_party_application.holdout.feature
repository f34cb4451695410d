Feature: Street party road closure
  The council closes a road for a street party when the application arrives at least 28
  days before the party, the road is not a bus route, and at least half of the households
  on the road have signed it.

  Scenario Outline: deciding an application
    Given the application arrives <days> days before the party
    And the road is a bus route: <bus>
    And <signed> of the <households> households have signed
    When the application is decided
    Then the road is closed for the party: <closed>

    Examples:
      | days | bus | signed | households | closed |
      | 29   | no  | 6      | 12         | yes    |
      | 45   | no  | 5      | 11         | no     |
      | 28   | no  | 6      | 11         | yes    |
      | 21   | no  | 30     | 30         | no     |
      | 50   | yes | 25     | 25         | no     |
      | 100  | no  | 3      | 6          | yes    |
