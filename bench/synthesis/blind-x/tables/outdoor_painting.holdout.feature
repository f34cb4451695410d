Feature: Outdoor painting
  Only paint outside when it will be between 10 and 30 degrees, the humidity is 80
  percent or lower and no rain is forecast.

  Scenario Outline: deciding whether to paint the fence
    Given it will be <degrees> degrees
    And the humidity will be <humidity> percent
    And rain is forecast: <rain>
    When we decide about painting the fence
    Then it is a good day to paint: <paint>

    Examples:
      | degrees | humidity | rain | paint |
      | 12      | 30       | no   | yes   |
      | 5       | 90       | yes  | no    |
      | 35      | 20       | no   | no    |
      | 22      | 85       | no   | no    |
      | 28      | 79       | no   | yes   |
      | 16      | 60       | yes  | no    |
