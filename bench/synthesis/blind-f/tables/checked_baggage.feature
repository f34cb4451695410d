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
      | 10     | yes      | 0.00   |
      | 23     | yes      | 0.00   |
      | 23.1   | yes      | 60.00  |
      | 28     | yes      | 60.00  |
      | 32     | yes      | 60.00  |
      | 32.5   | no       | 0.00   |
      | 40     | no       | 0.00   |
      | 0.5    | yes      | 0.00   |
