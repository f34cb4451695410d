Feature: School microscope
  The eyepiece magnifies 10 times, so the view is ten times the lens in use. The 100x lens
  only works in a drop of oil on the slide, and once there is oil on the slide the 40x lens
  must not be turned in. The slide can only be cleaned while the 100x lens is turned away.
  Nothing can be seen with the light off.

  Scenario: looking at onion cells
    Given a microscope with the "4x" lens in and the light off
    Then the student sees nothing
    When the light is switched on
    Then the student sees the slide at 40 times
    When the "40x" lens is turned in
    Then the student sees the slide at 400 times

  Scenario: the oil lens
    Given a microscope with the "4x" lens in and the light off
    When the light is switched on
    And the "100x" lens is turned in
    Then the teacher says "put a drop of oil on the slide first"
    And the student sees the slide at 40 times
    When a drop of oil is put on the slide
    And the "100x" lens is turned in
    Then the student sees the slide at 1000 times

  Scenario: back down from the oil lens
    Given a microscope with the "4x" lens in and the light off
    When the light is switched on
    And a drop of oil is put on the slide
    And the "100x" lens is turned in
    And the "40x" lens is turned in
    Then the teacher says "clean the oil off first"
    And the student sees the slide at 1000 times
    When the "10x" lens is turned in
    Then the student sees the slide at 100 times
    When the slide is cleaned
    And the "40x" lens is turned in
    Then the student sees the slide at 400 times

  Scenario: cleaning too soon
    Given a microscope with the "4x" lens in and the light off
    When a drop of oil is put on the slide
    And the "100x" lens is turned in
    And the slide is cleaned
    Then the teacher says "turn the 100x lens away first"
    And the student sees nothing
    When the light is switched on
    Then the student sees the slide at 1000 times
    When the "4x" lens is turned in
    And the slide is cleaned
    And the "40x" lens is turned in
    And the light is switched off
    Then the student sees nothing
