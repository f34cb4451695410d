Feature: Loft insulation survey
  The surveyor measures how deep the insulation is in mm. Under 100 is poor, 100 to 199 is fair,
  200 to 269 is good, and 270 or more meets the current standard. Any loft under 200 mm
  qualifies for the top-up grant.

  Scenario Outline: rating a loft
    Given the insulation is <depth> mm deep
    When the surveyor rates the loft
    Then the rating is "<rating>"
    And the loft qualifies for a grant: <grant>

    Examples:
      | depth | rating         | grant |
      | 0     | poor           | yes   |
      | 99    | poor           | yes   |
      | 100   | fair           | yes   |
      | 150   | fair           | yes   |
      | 199   | fair           | yes   |
      | 200   | good           | no    |
      | 269   | good           | no    |
      | 270   | meets standard | no    |
      | 350   | meets standard | no    |
