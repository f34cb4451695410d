Feature: Flood warning level
  The warning is red when the river is at 3.0 metres or more, or at 2.5 metres
  or more with at least 30 mm of rain forecast. Otherwise it is orange when the
  river is at 2.5 metres or more, or at 2.0 metres or more with at least 30 mm
  of rain forecast. Otherwise it is yellow when the river is at 2.0 metres or
  more or at least 50 mm of rain is forecast. Otherwise it is green. Residents
  should move their cars on an orange or red warning.

  Scenario Outline: setting the warning
    Given a river level of <level> metres
    And <rain> mm of rain forecast
    When the warning level is set
    Then the warning is <warning>
    And residents should move their cars: <move>

    Examples:
      | level | rain | warning | move |
      | 2.0   | 30   | orange  | yes  |
      | 2.49  | 80   | orange  | yes  |
      | 1.99  | 49.9 | green   | no   |
      | 1.0   | 50   | yellow  | no   |
      | 3.4   | 45   | red     | yes  |
