Feature: Sewing machine
  The machine only sews with the presser foot down and the needle threaded. A foot can only
  be changed while the presser foot is up, and the buttonhole stitch needs the buttonhole
  foot. The machine starts with the standard foot, the straight stitch and the presser
  foot up, and the stitch count adds up every stitch sewn.

  Scenario: a straight seam
    Given the needle is threaded
    When the presser foot is lowered
    And the pedal is pressed for 40 stitches
    Then the stitch count is 40
    And the stitch is "straight"
    And the foot fitted is "standard"

  Scenario: forgetting the presser foot
    Given the needle is threaded
    When the pedal is pressed for 20 stitches
    Then the machine shows "lower the presser foot first"
    And the stitch count is 0
    When the presser foot is lowered
    And the pedal is pressed for 25 stitches
    And the presser foot is raised
    And the pedal is pressed for 10 stitches
    Then the machine shows "lower the presser foot first"
    And the stitch count is 25

  Scenario: no thread
    Given the needle is not threaded
    When the presser foot is lowered
    And the pedal is pressed for 15 stitches
    Then the machine shows "thread the needle first"
    When the needle is threaded
    And the pedal is pressed for 15 stitches
    Then the stitch count is 15

  Scenario: sewing a buttonhole
    Given the needle is threaded
    When the stitch dial is turned to "buttonhole"
    And the presser foot is lowered
    And the pedal is pressed for 60 stitches
    Then the machine shows "fit the buttonhole foot first"
    When the "buttonhole" foot is fitted
    Then the machine shows "raise the presser foot first"
    And the foot fitted is "standard"
    When the presser foot is raised
    And the "buttonhole" foot is fitted
    And the presser foot is lowered
    And the pedal is pressed for 60 stitches
    Then the stitch count is 60
    And the stitch is "buttonhole"

  Scenario: zigzag with any foot
    Given the needle is threaded
    When the "buttonhole" foot is fitted
    And the stitch dial is turned to "zigzag"
    And the presser foot is lowered
    And the pedal is pressed for 30 stitches
    Then the stitch count is 30
    And the foot fitted is "buttonhole"
    When the stitch dial is turned to "straight"
    And the pedal is pressed for 12 stitches
    Then the stitch count is 42
    And the stitch is "straight"
