Feature: Energy display colour
  The in-home display glows green while the house is using under 500 watts, amber from
  500 watts and red from 1500 watts.

  Scenario Outline: the colour for what the house is using now
    Given the house is drawing <watts> watts
    When the display refreshes
    Then the light is "<colour>"

    Examples:
      | watts | colour |
      | 0     | green  |
      | 250   | green  |
      | 730   | amber  |
      | 1200  | amber  |
      | 1650  | red    |
      | 7800  | red    |
