Feature: Swimming club lanes
  New swimmers are timed over 100 m. A time under 90 seconds goes in the fast
  lane, 90 to 119 seconds in the medium lane, and 120 seconds or more in the
  slow lane.

  Scenario Outline: placing a new swimmer
    Given a swimmer finishes 100 m in <seconds> seconds
    When the coach assigns a lane
    Then the swimmer joins the "<lane>" lane

    Examples:
      | seconds | lane   |
      | 75      | fast   |
      | 91      | medium |
      | 118     | medium |
      | 121     | slow   |
      | 88      | fast   |
      | 300     | slow   |
