Feature: Plant labels

  Scenario Outline: printing a label
    Given the plant is entered as "<entered>"
    When the label is printed
    Then the label reads "<label>"

    Examples:
      | entered               | label                |
      | CAMELLIA JAPONICA     | Camellia japonica    |
      | helianthus annuus     | Helianthus annuus    |
      | Citrus LIMON          | Citrus limon         |
      | allium schoenoprasum  | Allium schoenoprasum |
      | MALUS Domestica  fuji | Malus domestica fuji |
