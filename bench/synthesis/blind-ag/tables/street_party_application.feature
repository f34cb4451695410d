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
      | 28   | no  | 10     | 20         | yes    |
      | 27   | no  | 10     | 20         | no     |
      | 28   | yes | 20     | 20         | no     |
      | 40   | no  | 9      | 20         | no     |
      | 35   | no  | 15     | 30         | yes    |
      | 60   | no  | 7      | 15         | no     |
      | 30   | no  | 8      | 15         | yes    |
      | 14   | no  | 12     | 12         | no     |
      | 90   | yes | 5      | 10         | no     |
