Feature: Greenhouse watering
  Below 30 percent moisture a bed needs water; from 30 up to 70 it is fine; above 70 it is too wet.

  Scenario Outline: reading the moisture sensor in a bed
    Given the soil moisture sensor reads <moisture> percent
    When the bed is checked
    Then the gardener sees "<advice>"

    Examples:
      | moisture | advice    |
      | 0        | water now |
      | 18       | water now |
      | 31       | fine      |
      | 69       | fine      |
      | 100      | too wet   |
