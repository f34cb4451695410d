Feature: Pet name tag

  Scenario Outline: engraving a name tag
    Given a pet called "<name>"
    When the name tag is engraved
    Then the tag reads "<tag>"
    And the name was shortened: <shortened>

    Examples:
      | name          | tag      | shortened |
      | Fluffy        | FLUFFY   | no        |
      | Snowball      | SNOWBALL | no        |
      | Chocolate     | CHOCOLAT | yes       |
      | Lady Penelope | LADY PEN | yes       |
      | Alexander     | ALEXANDE | yes       |
      | Max           | MAX      | no        |
