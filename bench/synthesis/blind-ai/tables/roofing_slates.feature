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
      | 40   | 500x250 | 880    | 4      |
      | 45   | 500x250 | 990    | 4      |
      | 46   | 500x250 | 1012   | 5      |
      | 17   | 600x300 | 244    | 1      |
      | 18   | 600x300 | 258    | 2      |
      | 10   | 500x250 | 220    | 1      |
      | 73   | 600x300 | 1044   | 5      |
      | 62   | 500x250 | 1364   | 6      |
      | 100  | 600x300 | 1430   | 6      |
