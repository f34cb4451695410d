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
      | 46  | 1/8  |
      | 47  | 1/4  |
      | 50  | 1/4  |
      | 51  | 1/2  |
      | 55  | 1/2  |
      | 56  | 3/4  |
      | 59  | 3/4  |
      | 60  | 4/4  |
      | 66  | 4/4  |
