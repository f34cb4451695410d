Feature: Work gloves

  Scenario Outline: picking a glove size
    Given a hand measuring <hand> cm around the knuckles
    When the glove size is looked up
    Then the size to order is "<size>"

    Examples:
      | hand | size        |
      | 12   | extra small |
      | 17   | small       |
      | 20   | medium      |
      | 23   | large       |
      | 27   | extra large |
      | 31   | extra large |
