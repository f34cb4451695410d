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
      | stripping | no       | 0     | 60   |
      | shaping   | no       | 0     | 80   |
      | smoothing | no       | 1     | 120  |
      | finishing | no       | 1     | 180  |
      | finishing | no       | 2     | 120  |
      | stripping | no       | 3     | 60   |
      | shaping   | yes      | 0     | 120  |
      | finishing | yes      | 0     | 180  |
      | smoothing | yes      | 2     | 120  |
