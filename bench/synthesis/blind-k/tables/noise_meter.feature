Feature: Noise meter readings
  Below 55 dB the room is "quiet". From 55 up to 69 dB it is "moderate", from 70 up to
  84 dB it is "loud", and at 85 dB or more staff must wear "hearing protection".

  Scenario Outline: classifying a reading
    Given the meter reads <reading> dB
    When the reading is classified
    Then the level is "<level>"

    Examples:
      | reading | level              |
      | 0       | quiet              |
      | 38      | quiet              |
      | 54      | quiet              |
      | 55      | moderate           |
      | 69      | moderate           |
      | 70      | loud               |
      | 84      | loud               |
      | 85      | hearing protection |
      | 112     | hearing protection |
