Feature: Winter stores in a beehive
  Weigh the stores in October. A colony wants 18 kg to see it through the winter:
  under 12 kg means feed now, 12 to 17 kg means top up, and 18 kg or more is enough.
  Each litre of thick syrup adds about 1 kg, so the shortfall below 18 kg is fed in litres.

  Scenario Outline: planning the autumn feed
    Given the hive holds <stores> kg of stores
    When the autumn feeding is planned
    Then the advice is "<advice>"
    And the syrup shortfall in litres is <litres>

    Examples:
      | stores | advice   | litres |
      | 3      | feed now | 15     |
      | 8      | feed now | 10     |
      | 13     | top up   | 5      |
      | 16     | top up   | 2      |
      | 19     | enough   | 0      |
      | 30     | enough   | 0      |
