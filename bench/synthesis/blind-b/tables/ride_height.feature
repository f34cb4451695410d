Feature: Roller coaster height check

  Scenario Outline: checking a child at the gate
    Given a child who is <height> cm tall
    And the child is with an adult: <accompanied>
    When the ride attendant checks the child
    Then the child may ride: <allowed>

    Examples:
      | height | accompanied | allowed |
      | 130    | no          | yes     |
      | 120    | no          | yes     |
      | 119    | no          | no      |
      | 119    | yes         | yes     |
      | 100    | yes         | yes     |
      | 99     | yes         | no      |
      | 90     | no          | no      |
      | 145    | yes         | yes     |
