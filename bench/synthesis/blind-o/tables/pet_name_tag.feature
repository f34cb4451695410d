Feature: Pet name tag

  Scenario Outline: engraving a name tag
    Given a pet called "<name>"
    When the name tag is engraved
    Then the tag reads "<tag>"
    And the name was shortened: <shortened>

    Examples:
      | name            | tag      | shortened |
      | Rex             | REX      | no        |
      | Bo              | BO       | no        |
      | Biscuit         | BISCUIT  | no        |
      | Princess        | PRINCESS | no        |
      | Marmalade       | MARMALAD | yes       |
      | Daisy May       | DAISY MA | yes       |
      | Mr Tibbles      | MR TIBBL | yes       |
      | Sir Woofs a Lot | SIR WOOF | yes       |
      | Bartholomew     | BARTHOLO | yes       |
