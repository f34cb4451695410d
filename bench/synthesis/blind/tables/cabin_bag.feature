Feature: Cabin bags
  A cabin bag may weigh up to 8 kg; anything heavier has to go in the hold.

  Scenario Outline: bags within the limit stay with the passenger
    Given a cabin bag weighing <kg> kg
    When the bag is weighed at the gate
    Then the bag travels in the <place>

    Examples:
      | kg  | place |
      | 3   | cabin |
      | 7.5 | cabin |
      | 8   | cabin |

  Scenario Outline: heavier bags are taken to the hold
    Given a cabin bag weighing <kg> kg
    When the bag is weighed at the gate
    Then the bag travels in the <place>

    Examples:
      | kg  | place |
      | 8.2 | hold  |
      | 11  | hold  |
      | 15  | hold  |
