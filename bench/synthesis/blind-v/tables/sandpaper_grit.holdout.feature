Feature: Sandpaper grit
  Stripping starts at 60 grit, shaping at 80, smoothing at 120 and finishing at 180. Hardwood
  goes one step finer, and a surface with 2 or more coats of old paint one step coarser, but
  never coarser than 60 or finer than 180.

  Scenario Outline: choosing the sandpaper
    Given the job is "<job>"
    And the wood is hardwood: <hardwood>
    And the coats of old paint are <coats>
    When the sandpaper is chosen
    Then the grit is <grit>

    Examples:
      | job       | hardwood | coats | grit |
      | smoothing | no       | 2     | 80   |
      | shaping   | no       | 4     | 60   |
      | stripping | yes      | 1     | 80   |
      | shaping   | yes      | 3     | 80   |
      | finishing | no       | 5     | 120  |
      | smoothing | yes      | 0     | 180  |
