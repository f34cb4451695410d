Feature: Roller coaster height check

  Scenario Outline: checking a child at the gate
    Given a child who is <height> cm tall
    And the child is with an adult: <accompanied>
    When the ride attendant checks the child
    Then the child may ride: <allowed>

    Examples:
      | height | accompanied | allowed |
      | 126    | no          | yes     |
      | 108    | yes         | yes     |
      | 108    | no          | no      |
      | 95     | yes         | no      |
