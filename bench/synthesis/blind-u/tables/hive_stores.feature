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
      | 0      | feed now | 18     |
      | 5      | feed now | 13     |
      | 11     | feed now | 7      |
      | 12     | top up   | 6      |
      | 15     | top up   | 3      |
      | 17     | top up   | 1      |
      | 18     | enough   | 0      |
      | 21     | enough   | 0      |
      | 26     | enough   | 0      |
