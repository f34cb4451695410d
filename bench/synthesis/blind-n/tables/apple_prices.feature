Feature: Apple prices

  Scenario Outline: comparing three stalls
    Given apples cost <north> a kg at the north stall
    And <south> a kg at the south stall
    And <east> a kg at the east stall
    When I compare the stalls
    Then the cheapest is the "<cheapest>" stall
    And it saves <saving> a kg on the dearest

    Examples:
      | north | south | east | cheapest | saving |
      | 2.40  | 2.10  | 2.65 | south    | 0.55   |
      | 1.80  | 1.95  | 2.00 | north    | 0.20   |
      | 3.00  | 2.99  | 2.50 | east     | 0.50   |
      | 2.00  | 2.00  | 1.90 | east     | 0.10   |
      | 1.50  | 2.50  | 2.50 | north    | 1.00   |
      | 2.25  | 1.99  | 2.25 | south    | 0.26   |
      | 4.10  | 3.05  | 3.60 | south    | 1.05   |
      | 2.70  | 2.80  | 2.69 | east     | 0.11   |
