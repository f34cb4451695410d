Feature: Work gloves

  Scenario Outline: picking a glove size
    Given a hand measuring <hand> cm around the knuckles
    When the glove size is looked up
    Then the size to order is "<size>"

    Examples:
      | hand | size        |
      | 14   | extra small |
      | 15   | extra small |
      | 16   | small       |
      | 18   | small       |
      | 19   | medium      |
      | 21   | medium      |
      | 22   | large       |
      | 24   | large       |
      | 25   | extra large |
