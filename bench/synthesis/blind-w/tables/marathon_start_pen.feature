Feature: Marathon start pens
  Runners expecting to finish in under 200 minutes start in pen A, under 260 in pen B and
  the rest in pen C. Charity runners all start together in the charity pen, except those fast
  enough for pen A, who keep it.

  Scenario Outline: the start pen for a runner
    Given a predicted finish of <minutes> minutes
    And the runner has a charity place: <charity>
    When the start pen is allocated
    Then the runner starts in "<pen>"

    Examples:
      | minutes | charity | pen     |
      | 150     | no      | A       |
      | 199     | no      | A       |
      | 200     | no      | B       |
      | 259     | no      | B       |
      | 260     | no      | C       |
      | 400     | no      | C       |
      | 199     | yes     | A       |
      | 200     | yes     | charity |
      | 320     | yes     | charity |
