Feature: Sewing machine
  The machine only sews with the presser foot down and the needle threaded. A foot can only
  be changed while the presser foot is up, and the buttonhole stitch needs the buttonhole
  foot. The machine starts with the standard foot, the straight stitch and the presser
  foot up, and the stitch count adds up every stitch sewn.

  Scenario: changing feet
    Given the needle is threaded
    When the "buttonhole" foot is fitted
    And the stitch dial is turned to "buttonhole"
    And the presser foot is lowered
    And the pedal is pressed for 50 stitches
    And the presser foot is raised
    And the "standard" foot is fitted
    And the stitch dial is turned to "zigzag"
    And the presser foot is lowered
    And the pedal is pressed for 35 stitches
    Then the stitch count is 85
    And the foot fitted is "standard"
    When the stitch dial is turned to "buttonhole"
    And the pedal is pressed for 20 stitches
    Then the machine shows "fit the buttonhole foot first"
    And the stitch count is 85

  Scenario: threading late
    Given the needle is not threaded
    When the stitch dial is turned to "zigzag"
    And the presser foot is lowered
    And the pedal is pressed for 18 stitches
    Then the machine shows "thread the needle first"
    And the stitch count is 0
    When the needle is threaded
    And the pedal is pressed for 18 stitches
    And the pedal is pressed for 22 stitches
    Then the stitch count is 40
    And the stitch is "zigzag"

  Scenario: the foot is down
    Given the needle is threaded
    When the presser foot is lowered
    And the "buttonhole" foot is fitted
    Then the machine shows "raise the presser foot first"
    When the pedal is pressed for 45 stitches
    And the presser foot is raised
    And the pedal is pressed for 5 stitches
    Then the machine shows "lower the presser foot first"
    And the stitch count is 45
    And the foot fitted is "standard"
