Feature: Pool chlorine check
  Free chlorine is measured in ppm. Below 1.0 the pool needs chlorine added.
  From 1.0 up to and including 3.0 it is fine for swimming. Above 3.0 and up
  to 5.0 swimmers wait until the level drops; above 5.0 the pool is closed.
  Swimmers may only enter when the level is fine.

  Scenario Outline: advice for one reading
    Given the free chlorine reading is <ppm> ppm
    When the pool water is checked
    Then the advice is "<advice>"
    And swimmers may enter: <enter>

    Examples:
      | ppm | advice               | enter |
      | 0.0 | add chlorine         | no    |
      | 1.5 | ok to swim           | yes   |
      | 2.9 | ok to swim           | yes   |
      | 3.8 | wait before swimming | no    |
      | 7.2 | close the pool       | no    |
      | 1.1 | ok to swim           | yes   |
