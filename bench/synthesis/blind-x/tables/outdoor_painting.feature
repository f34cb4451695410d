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
      | 18      | 60       | no   | yes   |
      | 10      | 80       | no   | yes   |
      | 9       | 50       | no   | no    |
      | 30      | 40       | no   | yes   |
      | 31      | 40       | no   | no    |
      | 20      | 81       | no   | no    |
      | 20      | 50       | yes  | no    |
      | 15      | 80       | yes  | no    |
      | 25      | 70       | no   | yes   |
