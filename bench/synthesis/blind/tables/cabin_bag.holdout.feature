Feature: Cabin bags
  A cabin bag may weigh up to 8 kg; anything heavier has to go in the hold.

  Scenario Outline: bags within the limit stay with the passenger
    Given a cabin bag weighing <kg> kg
    When the bag is weighed at the gate
    Then the bag travels in the <place>

    Examples:
      | kg   | place |
      | 0.5  | cabin |
      | 6    | cabin |
      | 7.99 | cabin |

  Scenario Outline: heavier bags are taken to the hold
    Given a cabin bag weighing <kg> kg
    When the bag is weighed at the gate
    Then the bag travels in the <place>

    Examples:
      | kg   | place |
      | 8.01 | hold  |
      | 23   | hold  |
