Feature: Film camera

  Scenario: a full roll of 36
    Given a camera loaded with a film of 36 exposures
    When 30 photos are taken
    And 8 photos are taken
    Then the camera refuses with "only 6 exposures left"
    When 6 photos are taken
    And a photo is taken
    Then the camera refuses with "the film is finished"
    When the film is rewound
    Then the camera is empty

  Scenario: loading after an empty start
    Given an empty camera
    When a photo is taken
    Then the camera refuses with "there is no film in the camera"
    When a film of 12 exposures is loaded
    And 5 photos are taken
    And a film of 24 exposures is loaded
    Then the camera refuses with "rewind the film first"
    When a photo is taken
    Then the frame counter reads 6

  Scenario: two rolls in a row
    Given a camera loaded with a film of 24 exposures
    When 12 photos are taken
    And the film is rewound
    And a film of 36 exposures is loaded
    And 9 photos are taken
    Then the frame counter reads 9
