Feature: Energy display colour
  The in-home display glows green while the house is using under 500 watts, amber from
  500 watts and red from 1500 watts.

  Scenario Outline: the colour for what the house is using now
    Given the house is drawing <watts> watts
    When the display refreshes
    Then the light is "<colour>"

    Examples:
      | watts | colour |
      | 35    | green  |
      | 120   | green  |
      | 499   | green  |
      | 500   | amber  |
      | 860   | amber  |
      | 1499  | amber  |
      | 1500  | red    |
      | 2300  | red    |
      | 4100  | red    |
