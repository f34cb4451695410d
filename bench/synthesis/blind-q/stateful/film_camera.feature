Feature: Film camera

  Scenario: shooting a few frames
    Given a camera loaded with a film of 36 exposures
    When a photo is taken
    And 5 photos are taken
    Then the frame counter reads 6

  Scenario: the end of the roll
    Given a camera loaded with a film of 12 exposures
    When 10 photos are taken
    And 4 photos are taken
    Then the camera refuses with "only 2 exposures left"
    When 2 photos are taken
    Then the frame counter reads 12
    When a photo is taken
    Then the camera refuses with "the film is finished"

  Scenario: rewinding and loading a new film
    Given a camera loaded with a film of 24 exposures
    When 7 photos are taken
    And a film of 36 exposures is loaded
    Then the camera refuses with "rewind the film first"
    When the film is rewound
    Then the camera is empty
    When a photo is taken
    Then the camera refuses with "there is no film in the camera"
    When a film of 36 exposures is loaded
    And 3 photos are taken
    Then the frame counter reads 3

  Scenario: an empty camera
    Given an empty camera
    When the film is rewound
    Then the camera refuses with "there is no film in the camera"
    When 3 photos are taken
    Then the camera refuses with "there is no film in the camera"
    When a film of 24 exposures is loaded
    And 20 photos are taken
    And a photo is taken
    Then the frame counter reads 21

  Scenario: a burst at the end of the film
    Given a camera loaded with a film of 24 exposures
    When 24 photos are taken
    Then the frame counter reads 24
    When 2 photos are taken
    Then the camera refuses with "the film is finished"
    When the film is rewound
    And a film of 12 exposures is loaded
    Then the frame counter reads 0
