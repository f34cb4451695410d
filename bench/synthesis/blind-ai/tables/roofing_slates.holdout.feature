Feature: Roofing slates
  A square metre of roof takes 20 slates of the "500x250" size or 13 of the
  "600x300" size. A tenth more is added for breakages, rounded up to a whole
  slate. Slates come in crates of 250 and only whole crates are delivered.

  Scenario Outline: ordering slates for a roof
    Given a roof of <area> square metres
    And it is laid with "<size>" slates
    When the slate order is worked out
    Then the slates ordered are <slates>
    And the crates delivered are <crates>

    Examples:
      | area | size    | slates | crates |
      | 25   | 600x300 | 358    | 2      |
      | 56   | 500x250 | 1232   | 5      |
      | 31   | 600x300 | 444    | 2      |
      | 12   | 500x250 | 264    | 2      |
      | 88   | 600x300 | 1259   | 6      |
      | 5    | 500x250 | 110    | 1      |
