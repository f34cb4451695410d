Feature: Bungee jump check
  Jumpers must be at least 14 years old and weigh from 40 to 140 kg, both limits
  included. Jumpers under 18 also need a consent form signed by a parent.

  Scenario Outline: whether a jumper may jump
    Given the jumper is <age> years old
    And the jumper weighs <weight> kg
    And a consent form signed by a parent: <consent>
    When the jump is checked
    Then the jump is allowed: <allowed>

    Examples:
      | age | weight | consent | allowed |
      | 14  | 50     | yes     | yes     |
      | 13  | 50     | yes     | no      |
      | 14  | 50     | no      | no      |
      | 17  | 60     | no      | no      |
      | 18  | 60     | no      | yes     |
      | 30  | 40     | no      | yes     |
      | 30  | 39     | no      | no      |
      | 45  | 140    | no      | yes     |
      | 45  | 141    | yes     | no      |
