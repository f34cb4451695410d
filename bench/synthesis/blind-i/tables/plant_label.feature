Feature: Plant labels

  Scenario Outline: printing a label
    Given the plant is entered as "<entered>"
    When the label is printed
    Then the label reads "<label>"

    Examples:
      | entered                 | label                   |
      | rosa canina             | Rosa canina             |
      | LAVANDULA ANGUSTIFOLIA  | Lavandula angustifolia  |
      | Ficus Benjamina         | Ficus benjamina         |
      | acer   palmatum         | Acer palmatum           |
      | mentha                  | Mentha                  |
      | Salvia officinalis      | Salvia officinalis      |
      | HEDERA helix            | Hedera helix            |
      | olea EUROPAEA           | Olea europaea           |
      | echinacea PURPUREA Alba | Echinacea purpurea alba |
