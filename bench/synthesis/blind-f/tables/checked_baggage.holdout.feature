Feature: Checked baggage at the airport
  A bag of up to 23 kg travels free. A bag over 23 kg and up to 32 kg pays
  60.00 euros. A bag over 32 kg is not accepted and pays nothing.

  Scenario Outline: charge for a checked bag
    Given a bag weighing <weight> kg
    When the bag is checked in
    Then the bag is accepted: <accepted>
    And the extra charge is <charge> euros

    Examples:
      | weight | accepted | charge |
      | 15.5   | yes      | 0.00   |
      | 22.9   | yes      | 0.00   |
      | 24     | yes      | 60.00  |
      | 31.9   | yes      | 60.00  |
      | 33     | no       | 0.00   |
