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
      | 16  | 70     | yes     | yes     |
      | 16  | 70     | no      | no      |
      | 25  | 145    | no      | no      |
      | 60  | 90     | yes     | yes     |
      | 12  | 45     | yes     | no      |
      | 19  | 38     | no      | no      |
