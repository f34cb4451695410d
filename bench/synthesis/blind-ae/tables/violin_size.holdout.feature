Feature: Violin sizes
  Measure the arm from the neck to the middle of the palm. An arm of 60 cm or more takes
  a full size "4/4", from 56 cm a "3/4", from 51 cm a "1/2", from 47 cm a "1/4" and anything
  shorter a "1/8".

  Scenario Outline: choosing a violin for a pupil
    Given an arm length of <arm> cm
    When the violin size is chosen
    Then the size is "<size>"

    Examples:
      | arm | size |
      | 40  | 1/8  |
      | 48  | 1/4  |
      | 53  | 1/2  |
      | 57  | 3/4  |
      | 62  | 4/4  |
      | 44  | 1/8  |
