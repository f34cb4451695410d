Feature: Hearing test result
  The average hearing level in dB decides the result: up to 25 is normal, 26 to 40 is
  a mild loss, 41 to 70 a moderate loss, 71 to 90 a severe loss and above 90 a profound
  loss. From 41 dB the audiologist suggests a hearing aid.

  Scenario Outline: reading an audiogram
    Given the average hearing level is <level> dB
    When the audiologist reads the result
    Then the result is "<result>"
    And a hearing aid is suggested: <aid>

    Examples:
      | level | result        | aid |
      | 0     | normal        | no  |
      | 25    | normal        | no  |
      | 26    | mild loss     | no  |
      | 40    | mild loss     | no  |
      | 41    | moderate loss | yes |
      | 70    | moderate loss | yes |
      | 71    | severe loss   | yes |
      | 90    | severe loss   | yes |
      | 91    | profound loss | yes |
